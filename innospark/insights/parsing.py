"""Readers for the published indicator files, exactly as their publishers lay them out.
Pure Python (no Django), so each quirk can be tested alone: Eurostat TSV flags and ":",
World Bank wide CSVs with empty cells, the GII file's byte-order mark, ";" separators and
decimal commas, EIS long tables, DESI contribution rows."""

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

COUNTRY = {
    # Eurostat / EIS / DESI
    "BG": "BG", "EE": "EE", "ES": "ES", "HU": "HU", "IT": "IT", "UK": "UK",
    "EU27_2020": "EU", "EU": "EU", "EU Average": "EU",
    # World Bank
    "BGR": "BG", "EST": "EE", "ESP": "ES", "HUN": "HU", "ITA": "IT", "GBR": "UK", "EUU": "EU",
    # GII economy names
    "Bulgaria": "BG", "Estonia": "EE", "Spain": "ES", "Hungary": "HU", "Italy": "IT",
    "United Kingdom": "UK",
}  # fmt: skip


@dataclass(frozen=True)
class Row:
    series: str  # the file's own name for the series
    country: str  # BG EE ES HU IT UK EU
    year: int
    value: float | None  # None: not available
    flag: str
    raw: str


class ParseError(ValueError):
    pass


def read_text(path: Path) -> str:
    """UTF-8, with or without a byte-order mark."""
    return path.read_bytes().decode("utf-8-sig")


def number(text: str, *, decimal_comma: bool = False) -> float | None:
    text = text.strip()
    if text in ("", ":", "NA", "n/a", ".."):
        return None
    if decimal_comma:
        text = text.replace(".", "").replace(",", ".") if "," in text else text
    try:
        return float(text)
    except ValueError as exc:
        raise ParseError(f"not a number: {text!r}") from exc


def eurostat_cell(cell: str) -> tuple[float | None, str, str]:
    """'0.3 b' → (0.3, 'b'); ': c' → (None, 'c'); ':' → (None, '')."""
    raw = cell.strip()
    match = re.fullmatch(r"(:|-?\d+(?:\.\d+)?)\s*([a-z]*)", raw)
    if not match:
        raise ParseError(f"not a Eurostat value: {cell!r}")
    value = None if match.group(1) == ":" else float(match.group(1))
    return value, match.group(2), raw


def eurostat_tsv(path: Path) -> Iterator[Row]:
    lines = read_text(path).splitlines()
    header = lines[0].split("\t")
    years = [int(h.strip()) for h in header[1:]]
    for line in lines[1:]:
        if not line.strip():
            continue
        cells = line.split("\t")
        _freq, nace, geo = cells[0].split(",")
        for year, cell in zip(years, cells[1:], strict=True):
            value, flag, raw = eurostat_cell(cell)
            yield Row(nace, COUNTRY[geo], year, value, flag, raw)


def world_bank_csv(path: Path) -> Iterator[Row]:
    for record in csv.DictReader(io.StringIO(read_text(path))):
        country = COUNTRY[record["Country Code"]]
        for key, cell in record.items():
            if key and key.isdigit():
                value = number(cell)
                if value is not None:
                    yield Row(record["Indicator Code"], country, int(key), value, "", cell)


def eis_csv(path: Path) -> Iterator[Row]:
    for record in csv.DictReader(io.StringIO(read_text(path))):
        raw = record["Value"]
        value = number(raw)
        yield Row(
            record["Indicator"], COUNTRY[record["Country"]], int(record["Year"]), value, "", raw
        )


def eurostat_panel_csv(path: Path, columns: list[str]) -> Iterator[Row]:
    for record in csv.DictReader(io.StringIO(read_text(path))):
        for column in columns:
            raw = record[column]
            yield Row(column, COUNTRY[record["geo"]], int(record["year"]), number(raw), "", raw)


GII_COLUMNS = [
    "Global Innovation Index",
    "Institutions",
    "Human capital and research",
    "Infrastructure",
    "Market sophistication",
    "Business sophistication",
    "Knowledge and technology outputs",
    "Creative outputs",
]


def gii_csv(path: Path) -> Iterator[Row]:
    reader = csv.DictReader(io.StringIO(read_text(path)), delimiter=";")
    for record in reader:
        country = COUNTRY[record["Economies"].strip()]
        for column in GII_COLUMNS:
            raw = record[column]
            yield Row(
                column, country, int(record["Year"]), number(raw, decimal_comma=True), "", raw
            )


def desi_csv(path: Path) -> Iterator[Row]:
    """DESI rows: the series is indicator/breakdown/unit as the Commission codes it."""
    for record in csv.DictReader(io.StringIO(read_text(path))):
        series = "/".join((record["indicator"], record["breakdown"], record["unit_measure"]))
        raw = record["value"]
        yield Row(
            series,
            COUNTRY[record["ref_area"]],
            int(record["time_period"]),
            number(raw),
            record.get("flag", "") or "",
            raw,
        )
