"""PDF rendering shared by every report: weasyprint with the fonts shipped in
core/static/fonts (DejaVu Sans), so Cyrillic, Estonian and Hungarian letters render the same
on every machine. Callers render inside ``translation.override`` for the document's language."""

from pathlib import Path

from django.template.loader import render_to_string

FONTS = Path(__file__).resolve().parent / "static" / "fonts"


def pdf_document(template: str, context: dict):
    """The laid-out weasyprint document (its pages can be inspected); .write_pdf() for bytes."""
    from weasyprint import HTML  # imported here: loading it costs ~0.5 s, only PDFs need it

    html = render_to_string(template, {**context, "font_dir": FONTS.as_uri()})
    return HTML(string=html, base_url=str(FONTS)).render()


def render_pdf(template: str, context: dict) -> bytes:
    return pdf_document(template, context).write_pdf()
