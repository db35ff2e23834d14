"""The results as CSV and PDF: every idea with its step, group, originality, votes and
language. Participants appear only by the display name they chose to give, if any."""

import csv
import io

from django.utils import timezone
from django.utils.translation import override

from innospark.core.pdf import render_pdf
from innospark.toolkit.models import TechniqueText
from innospark.workshops.models import Workshop
from innospark.workshops.presentation import ranking, scored_ideas

COLUMNS = ["rank", "votes", "idea", "step", "group", "originality", "language", "name"]


def results_csv(workshop: Workshop) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for rank, row in enumerate(ranking(scored_ideas(workshop)), start=1):
        writer.writerow(
            [rank, row.votes, row.text, row.step_number, row.group, row.originality,
             row.language, row.name]
        )  # fmt: skip
    return out.getvalue()


def results_pdf(workshop: Workshop, language: str) -> bytes:
    text = TechniqueText.objects.filter(technique=workshop.technique, language=language).first()
    with override(language):
        return render_pdf(
            "workshops/results_pdf.html",
            {
                "workshop": workshop,
                "name": text.name if text else workshop.technique.slug,
                "ideas": ranking(scored_ideas(workshop)),
                "participants": workshop.participants.count(),
                "generated": timezone.now(),
            },
        )
