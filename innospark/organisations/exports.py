"""The team report as CSV (aggregates only: one row per skill) and as PDF."""

import csv
import io
from pathlib import Path

from django.template.loader import render_to_string
from django.utils.translation import override

from innospark.organisations.models import Campaign
from innospark.organisations.report import team_report

FONTS = Path(__file__).resolve().parent.parent / "core" / "static" / "fonts"


def report_csv(campaign: Campaign, language: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    with override(language):
        report = team_report(campaign, language)
    aggregate = report["aggregate"]
    writer.writerow(
        ["campaign", "respondents", "skill", "q1", "median", "q3", "mean", "platform_mean"]
    )
    if aggregate is None:
        writer.writerow([campaign.name, 0, "", "", "", "", "", ""])
        return out.getvalue()
    for row in aggregate["skills"]:
        writer.writerow([
            campaign.name, aggregate["respondents"], row["key"], f"{row['q1']:.1f}", f"{row['median']:.1f}",
            f"{row['q3']:.1f}", f"{row['mean']:.1f}", "" if row["norm"] is None else f"{row['norm']:.1f}",
        ])  # fmt: skip
    return out.getvalue()


def report_pdf(campaign: Campaign, language: str) -> bytes:
    from weasyprint import HTML  # imported here: loading it costs ~0.5 s, only PDFs need it

    with override(language):
        html = render_to_string(
            "organisations/report_pdf.html",
            {
                "campaign": campaign,
                "report": team_report(campaign, language),
                "font_dir": FONTS.as_uri(),
            },
        )
    return HTML(string=html, base_url=str(FONTS)).write_pdf()
