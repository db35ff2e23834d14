"""The profile as a PDF, rendered by weasyprint from the same context as the result page.

Fonts are shipped in core/static/fonts (DejaVu Sans) so Cyrillic, Estonian and Hungarian
letters render the same on every machine."""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils.translation import override

from innospark.diagnostic.models import Session
from innospark.diagnostic.presentation import result_context

FONTS = Path(__file__).resolve().parent.parent / "core" / "static" / "fonts"


def render_result_pdf(session: Session, language: str) -> bytes:
    from weasyprint import HTML  # imported here: loading it costs ~0.5 s, only PDF views need it

    with override(language):
        context = result_context(session, language)
        context["font_dir"] = FONTS.as_uri()
        html = render_to_string("diagnostic/report_pdf.html", context)
    return HTML(string=html, base_url=str(FONTS)).write_pdf()
