"""The whole report as a PDF per language: the overview, then each country with its analysis
and chart (core/pdf.py)."""

from django.utils.translation import override

from innospark.core.pdf import render_pdf
from innospark.insights.charts import bar_chart, line_chart
from innospark.insights.models import COUNTRIES, Indicator
from innospark.insights.presentation import NAMES, PARTNERS, latest_values, narrative, overview_rows
from innospark.insights.queries import series_for


def render_report_pdf(language: str) -> bytes:

    sii = Indicator.objects.get(code="eis-sii")
    latest = latest_values("eis-sii")
    with override(language):
        pages = []
        for code in PARTNERS:
            series = series_for(sii, [code, "EU"], 2016, 2023)
            pages.append({"code": code, "name": NAMES[code], "paragraphs": narrative(code, language),
                          "chart": line_chart(series), "series": series})  # fmt: skip
        return render_pdf(
            "insights/report_pdf.html",
            {
                "rows": overview_rows(),
                "countries": [(c, NAMES[c]) for c in COUNTRIES],
                "bar": bar_chart({c: v.value if v else None for c, v in latest.items()}),
                "country_pages": pages,
                "names": NAMES,
            },
        )
