"""The team report as CSV (aggregates only: one row per skill) and as PDF."""

import csv
import io

from django.utils.translation import override

from innospark.core.pdf import render_pdf
from innospark.organisations.models import Campaign
from innospark.organisations.report import team_report


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

    with override(language):
        return render_pdf(
            "organisations/report_pdf.html",
            {"campaign": campaign, "report": team_report(campaign, language)},
        )
