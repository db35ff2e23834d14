"""A printable invitation to a campaign, per language, with a QR code of the join link."""

from pathlib import Path

import segno
from django.template.loader import render_to_string
from django.utils.translation import override

from innospark.organisations.models import Campaign

FONTS = Path(__file__).resolve().parent.parent / "core" / "static" / "fonts"


def invitation_pdf(campaign: Campaign, language: str, join_url: str) -> bytes:
    from weasyprint import HTML  # imported here: loading it costs ~0.5 s, only PDFs need it

    qr = segno.make(join_url, error="m").svg_data_uri(scale=6, border=2)
    with override(language):
        html = render_to_string(
            "organisations/invitation_pdf.html",
            {"campaign": campaign, "join_url": join_url, "qr": qr, "font_dir": FONTS.as_uri()},
        )
    return HTML(string=html, base_url=str(FONTS)).write_pdf()
