"""The import keeps every value as published, with its flag, and changes nothing when run
again; the readers handle each publisher's quirks."""

import re
import shutil

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from innospark.insights import parsing
from innospark.insights.models import Indicator, Value


def test_eurostat_cells_keep_flags_and_missing_values():
    assert parsing.eurostat_cell("0.3 b") == (0.3, "b", "0.3 b")
    assert parsing.eurostat_cell(": c") == (None, "c", ": c")
    assert parsing.eurostat_cell(":") == (None, "", ":")
    assert parsing.eurostat_cell("5.95 b\t") == (5.95, "b", "5.95 b")
    with pytest.raises(parsing.ParseError):
        parsing.eurostat_cell("five")


def test_the_gii_file_with_bom_semicolons_and_decimal_commas(tmp_path):
    path = tmp_path / "gii.csv"
    header = ";".join(["Economies", "Year", "ID", *parsing.GII_COLUMNS])
    path.write_bytes(("\ufeff" + header + "\nEstonia;2022;1;50,2;1;2;3;4;5;6;41,3\n").encode())
    rows = {r.series: r for r in parsing.gii_csv(path)}
    assert rows["Global Innovation Index"].value == 50.2
    assert rows["Global Innovation Index"].country == "EE"
    assert rows["Creative outputs"].value == 41.3 and rows["Creative outputs"].raw == "41,3"


def test_numbers_with_decimal_commas_and_missing_markers():
    assert parsing.number("1.234,5", decimal_comma=True) == 1234.5
    assert parsing.number("74,5", decimal_comma=True) == 74.5
    for missing in ("", ":", "NA", "n/a", ".."):
        assert parsing.number(missing) is None


@pytest.mark.django_db
def test_values_served_equal_the_source_files(client):
    def value(code, country, year):
        return client.get(
            f"/api/v1/insights/indicators/{code}",
            {"countries": country, "from": year, "to": year},
        ).json()["series"][0]["points"][0]["value"]

    assert value("eis-sii", "EU", 2023) == 108.467
    assert value("gii-score", "UK", 2022) == 59.7
    assert value("gii-score", "EE", 2022) == 50.2
    assert value("gii-score", "IT", 2022) == 46.1
    desi = {"EU": 52.3, "ES": 60.8, "EE": 56.5, "IT": 49.3, "HU": 43.8, "BG": 37.7}
    for country, total in desi.items():
        assert value("desi-total", country, 2022) == total, country


@pytest.mark.django_db
def test_flags_missing_values_and_the_uk_series_break_are_kept():
    italy = Value.objects.get(indicator__code="ict-sector-gdp", country="IT", year=2020)
    assert italy.value is None and italy.flag == "c" and italy.raw == ": c"
    broken = Value.objects.get(indicator__code="ict-sector-gdp", country="HU", year=2018)
    assert broken.flag == "b" and broken.value == 5.95
    uk = dict(
        Value.objects.filter(
            indicator__code="rd-expenditure", country="UK", year__in=[2013, 2014]
        ).values_list("year", "value")
    )
    assert round(uk[2013], 2) == 1.62 and round(uk[2014], 2) == 2.26
    assert "series break" in Indicator.objects.get(code="rd-expenditure").note
    after_brexit = Value.objects.filter(
        indicator__code="ict-specialists", country="UK", year__gt=2019
    )
    assert not after_brexit.exclude(value=None).exists()


@pytest.mark.django_db
def test_importing_again_changes_nothing(capsys):
    before = sorted(
        Value.objects.values_list("indicator__code", "country", "year", "value", "flag")
    )
    call_command("import_indicators", verbosity=0)
    assert "0 created, 0 updated, 0 deleted" in capsys.readouterr().out
    after = sorted(Value.objects.values_list("indicator__code", "country", "year", "value", "flag"))
    assert after == before


@pytest.mark.django_db
def test_a_broken_file_is_refused_and_nothing_changes(tmp_path):
    copy = tmp_path / "indicators"
    shutil.copytree(settings.INDICATORS_DIR, copy)
    path = copy / "eurostat_tin00085_6c_eu.tsv"
    path.write_text(path.read_text().replace("0.14 \t", "zero \t", 1))
    count = Value.objects.count()
    with pytest.raises(CommandError, match="not a Eurostat value"):
        call_command("import_indicators", data_dir=copy, verbosity=0)
    assert Value.objects.count() == count


def test_the_project_ships_its_own_copy_of_the_data_and_notes():
    shipped = {p.name for p in settings.INDICATORS_DIR.iterdir()}
    notes = (settings.INDICATORS_DIR / "SOURCES.md").read_text()
    listed = set(re.findall(r"^\| ([\w.]+\.(?:csv|tsv)) \|", notes, re.M))
    assert len(listed) == 11 and shipped == listed | {"SOURCES.md"}


@pytest.mark.django_db
def test_the_summary_file_agrees_with_the_imported_index():
    path = settings.INDICATORS_DIR / "eis2023_summary_innovation_index_6c_eu.csv"
    rows = list(parsing.eis_csv(path))
    assert len(rows) == 56
    for row in rows:
        stored = Value.objects.get(indicator__code="eis-sii", country=row.country, year=row.year)
        assert stored.value == row.value
