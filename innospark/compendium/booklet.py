"""The whole compendium as one PDF per language: a cover, a contents page with page numbers,
then one section per case with its sources."""

from django.utils.translation import override

from innospark.compendium.presentation import cases_in
from innospark.core.pdf import pdf_document


def render_booklet(language: str):
    """The laid-out weasyprint document (its pages can be inspected); .write_pdf() for bytes."""
    with override(language):
        return pdf_document("compendium/booklet.html", {"cases": cases_in(language)})
