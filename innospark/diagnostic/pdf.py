"""The profile as a PDF, rendered by weasyprint from the same context as the result page."""

from django.utils.translation import override

from innospark.core.pdf import render_pdf
from innospark.diagnostic.models import Session
from innospark.diagnostic.presentation import result_context


def render_result_pdf(session: Session, language: str) -> bytes:

    with override(language):
        return render_pdf("diagnostic/report_pdf.html", result_context(session, language))
