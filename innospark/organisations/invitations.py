"""A printable invitation to a campaign, per language, with a QR code of the join link."""

import segno
from django.utils.translation import override

from innospark.core.pdf import render_pdf
from innospark.organisations.models import Campaign


def invitation_pdf(campaign: Campaign, language: str, join_url: str) -> bytes:

    qr = segno.make(join_url, error="m").svg_data_uri(scale=6, border=2)
    with override(language):
        return render_pdf(
            "organisations/invitation_pdf.html",
            {"campaign": campaign, "join_url": join_url, "qr": qr},
        )
