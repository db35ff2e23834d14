"""The whole compendium as one PDF per language: a cover, a contents page with page numbers,
then one section per case with its sources."""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils.translation import override

from innospark.compendium.presentation import cases_in

FONTS = Path(__file__).resolve().parent.parent / "core" / "static" / "fonts"


def render_booklet(language: str):
    """The laid-out weasyprint document (its pages can be inspected); .write_pdf() for bytes."""
    from weasyprint import HTML  # imported here: loading it costs ~0.5 s, only PDFs need it

    with override(language):
        html = render_to_string(
            "compendium/booklet.html", {"cases": cases_in(language), "font_dir": FONTS.as_uri()}
        )
    return HTML(string=html, base_url=str(FONTS)).render()
