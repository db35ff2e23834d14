import csv

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language

from innospark.insights.catalogue import GROUPS, spec_for
from innospark.insights.charts import bar_chart, line_chart
from innospark.insights.forms import ExplorerForm
from innospark.insights.models import COUNTRIES, Indicator
from innospark.insights.pdf import render_report_pdf
from innospark.insights.presentation import (
    NAMES,
    PARTNERS,
    country_rows,
    latest_values,
    narrative,
    overview_rows,
    skill_comparison,
)
from innospark.insights.queries import series_for


def overview(request):
    sii = latest_values("eis-sii")
    return render(
        request,
        "insights/overview.html",
        {
            "rows": overview_rows(),
            "countries": [(c, NAMES[c]) for c in COUNTRIES],
            "partners": [(c, NAMES[c]) for c in PARTNERS],
            "chart": bar_chart({c: v.value if v else None for c, v in sii.items()}),
            "chart_year": max(v.year for v in sii.values() if v),
            "names": NAMES,
        },
    )


def country(request, code):
    code = code.upper()
    if code not in PARTNERS:
        raise Http404
    language = get_language()
    indicator = Indicator.objects.get(code="eis-sii")
    series = series_for(indicator, [code, "EU"], 2016, 2023)
    return render(
        request,
        "insights/country.html",
        {
            "code": code,
            "name": NAMES[code],
            "paragraphs": narrative(code, language),
            "rows": country_rows(code),
            "chart": line_chart(series),
            "series": series,
            "names": NAMES,
            "comparison": skill_comparison(code, language),
            "partners": [(c, NAMES[c]) for c in PARTNERS],
        },
    )


def _explore(request) -> tuple[ExplorerForm, dict | None]:
    data = None
    if request.GET:
        # Unset choices show their defaults in the form too: every country, 2010 to 2024.
        data = request.GET.copy()
        if not data.getlist("countries"):
            data.setlist("countries", COUNTRIES)
        for name, default in (("start", "2010"), ("end", "2024"), ("chart", "line")):
            data.setdefault(name, default)
    form = ExplorerForm(data)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    indicator = Indicator.objects.get(code=data["indicator"])
    series = series_for(indicator, data["countries"], data["start"], data["end"])
    return form, {
        **data,
        "indicator": indicator,
        "spec": spec_for(indicator.code),
        "series": series,
    }


def explorer(request):
    form, found = _explore(request)
    context = {"form": form, "found": found, "names": NAMES, "groups": GROUPS}
    if found:
        years = sorted({p["year"] for points in found["series"].values() for p in points})
        context["years"] = years
        context["table"] = [
            {"year": year, "cells": [
                next((p for p in found["series"][c] if p["year"] == year), None)
                for c in found["countries"]]}
            for year in years
        ]  # fmt: skip
        if found["chart"] == "bar":
            year = found["end"] if found["end"] in years else (years[-1] if years else found["end"])
            context["bar_year"] = year
            context["chart"] = bar_chart({
                c: next((p["value"] for p in found["series"][c] if p["year"] == year), None)
                for c in found["countries"]})  # fmt: skip
        else:
            context["chart"] = line_chart(found["series"])
        context["csv_query"] = request.GET.urlencode()
    template = "insights/_explorer_result.html" if request.htmx else "insights/explorer.html"
    return render(request, template, context, status=200 if found or not form.is_bound else 422)


def explorer_csv(request):
    """Exactly what the explorer shows, as CSV: one row per country and year."""
    form, found = _explore(request)
    if not found:
        raise Http404
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="innospark-{found["indicator"].code}.csv"'
    )
    writer = csv.writer(response)
    writer.writerow(["indicator", "unit", "country", "year", "value", "flag", "source", "licence"])
    for country_code in found["countries"]:
        for point in found["series"][country_code]:
            writer.writerow([
                found["indicator"].code, str(found["spec"].unit), country_code, point["year"],
                "" if point["value"] is None else repr(point["value"]), point["flag"],
                f"{found['indicator'].source}, {found['indicator'].dataset}", found["indicator"].licence,
            ])  # fmt: skip
    return response


def report_pdf(request):
    language = get_language()
    response = HttpResponse(render_report_pdf(language), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="innospark-report-{language}.pdf"'
    return response
