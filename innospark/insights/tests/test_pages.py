"""The report's pages: every number on the overview equals its source file, the explorer
shows gaps as gaps and its CSV is what it shows, narratives cite only figures in the data."""

import csv
import io
import re

import pytest
from django.conf import settings
from django.utils import translation
from django.utils.html import escape

from innospark.diagnostic.testing import finished_session
from innospark.insights.importer import read_all
from innospark.insights.models import Value
from innospark.insights.presentation import PARTNERS, narrative
from innospark.insights.templatetags.figures import figure

pytestmark = pytest.mark.django_db

CELL = re.compile(
    r'<td class="num" data-indicator="([\w-]+)" data-country="(\w\w)" data-year="(\d{4})">([^<\s]+)'
)


def test_every_number_on_the_overview_equals_its_source_file(client):
    source = read_all(settings.INDICATORS_DIR)  # read afresh from the shipped files
    body = client.get("/en/report/").content.decode()
    cells = CELL.findall(body)
    assert len(cells) >= 60
    with translation.override("en"):
        for code, country, year, shown in cells:
            published = source[(code, country, int(year))][0]
            assert shown == figure(published), (code, country, year)
            assert abs(float(shown) - published) < 0.0005 + 1e-9
    assert "108.467" in body  # EIS 2023, EU


@pytest.mark.parametrize("language", settings.LANGUAGE_CODES)
def test_country_pages_exist_in_every_language(client, language):
    for country in PARTNERS:
        response = client.get(f"/{language}/report/{country.lower()}/")
        assert response.status_code == 200
        body = response.content.decode()
        assert escape(narrative(country, language)[0][:40]) in body
        assert '<svg viewBox="0 0 720 360" role="img"' in body


def test_an_unknown_country_is_a_404(client):
    assert client.get("/en/report/fr/").status_code == 404


def _numbers_in_data(country: str) -> set[str]:
    values = Value.objects.filter(country__in=[country, "EU"]).exclude(value=None)
    numbers = {f"{v:.1f}" for v in values.values_list("value", flat=True)}
    years = {str(y) for y in Value.objects.values_list("year", flat=True).distinct()}
    return numbers | years | {"0", "100"}  # scales: "EU in 2016 = 100", "0 to 100"


@pytest.mark.parametrize("country", ["UK", "BG", "IT", "ES", "EE", "HU"])
def test_every_number_in_a_narrative_is_a_figure_in_the_data(country):
    allowed = _numbers_in_data(country)
    for language in settings.LANGUAGE_CODES:
        paragraphs = narrative(country, language)
        assert len(paragraphs) == 3
        for number in re.findall(r"(?<![\w.,])\d+(?:[.,]\d+)?", " ".join(paragraphs)):
            assert number.replace(",", ".") in allowed, (country, language, number)


def test_the_skill_comparison_waits_for_30_sessions(client, settings):
    settings.NORMS_MIN_SESSIONS = 3
    body = client.get("/en/report/ee/").content.decode()
    assert "Too few people in Estonia" in body
    for _ in range(3):
        finished_session({"curiosity": 5}, country="EE")
    finished_session({"curiosity": 1}, country="BG")
    body = client.get("/en/report/ee/").content.decode()
    assert "Too few people" not in body and "from 3 completed self-diagnostics" in body


def test_the_explorer_shows_gaps_as_gaps_and_its_csv_is_what_it_shows(client):
    query = "indicator=ict-sector-gdp&countries=IT&countries=UK&start=2018&end=2020"
    body = client.get(f"/en/report/explore/?{query}").content.decode()
    table = body[body.index('class="explorer-table"') :]
    rows = re.findall(r"<tr><th scope=\"row\">(\d{4})</th>(.*?)</tr>", table)
    shown = {year: re.findall(r'<td class="num">([^<]*)', cells) for year, cells in rows}
    assert shown["2020"][0].startswith("–") and shown["2020"][1].startswith("–")  # not 0
    assert shown["2018"][0].strip() == "3.29"
    data = client.get(f"/en/report/explore.csv?{query}").content.decode()
    lines = list(csv.DictReader(io.StringIO(data)))
    published = Value.objects.filter(
        indicator__code="ict-sector-gdp", country__in=["IT", "UK"], year__range=(2018, 2020)
    )
    assert len(lines) == published.count()
    countries = ["IT", "UK"]
    for line in lines:
        cell = shown[line["year"]][countries.index(line["country"])].strip()
        assert cell == (figure(float(line["value"])) if line["value"] else "–")
    italy_2020 = next(r for r in lines if r["country"] == "IT" and r["year"] == "2020")
    assert italy_2020["value"] == "" and italy_2020["flag"] == "c"


def test_the_line_chart_breaks_at_a_missing_year(client):
    body = client.get(
        "/en/report/explore/?indicator=ict-sector-gdp&countries=UK&start=2009&end=2020"
    ).content.decode()
    chart = body[body.index("<svg") : body.index("</svg>")]
    assert chart.count("<polyline") >= 2  # the UK's ": c" years split the line


def test_bad_explorer_input_gets_a_message_in_the_users_language(client):
    response = client.get("/es/report/explore/?indicator=nothing")
    assert response.status_code == 422
    assert "Escoja una opción válida" in response.content.decode()
    response = client.get("/hu/report/explore/?indicator=eis-sii&start=2023&end=2016")
    assert response.status_code == 422


@pytest.mark.parametrize("language", ["en", "hu"])
def test_the_report_pdf(client, language):
    response = client.get(f"/{language}/report/report.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
