"""Imports the indicator files into Indicator and Value rows. Everything is read and checked
first, then written in one transaction: only what differs is written, so a second run changes
nothing, and a bad file leaves the database as it was."""

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from tqdm import tqdm

from innospark.insights import parsing
from innospark.insights.catalogue import SOURCES, SPECS, desi_detail_code, spec_for
from innospark.insights.models import Indicator, Value

Key = tuple[str, str, int]  # indicator code, country, year
Cell = tuple[float | None, str, str]  # value, flag, raw


@dataclass
class ImportReport:
    indicators: int = 0
    rows: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    files: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return (
            f"{self.indicators} indicators, {self.rows} values from {len(self.files)} files:"
            f" {self.created} created, {self.updated} updated, {self.deleted} deleted"
        )


def _rows_for(source_key: str, path: Path) -> Iterator[parsing.Row]:
    if source_key == "eis":
        return parsing.eis_csv(path)
    if source_key.startswith("wdi-"):
        return parsing.world_bank_csv(path)
    if source_key == "isoc":
        return parsing.eurostat_panel_csv(path, ["ict_share_pc_emp", "ict_employed_ths"])
    if source_key in ("tin00074", "tin00085"):
        return parsing.eurostat_tsv(path)
    if source_key == "gii":
        return parsing.gii_csv(path)
    return parsing.desi_csv(path)


def read_all(data_dir: Path, *, progress: bool = False) -> dict[Key, Cell]:
    """Every published figure the catalogue asks for, keyed by (code, country, year)."""
    cells: dict[Key, Cell] = {}
    for source_key in tqdm(SOURCES, desc="files", disable=not progress):
        path = data_dir / SOURCES[source_key].file
        if not path.exists():
            raise parsing.ParseError(f"{path}: missing")
        rows = list(_rows_for(source_key, path))
        if source_key == "desi-detail":
            for row in rows:
                if row.series.strip("/"):
                    cells[(desi_detail_code(row.series), row.country, row.year)] = (
                        row.value,
                        row.flag,
                        row.raw,
                    )
            continue
        specs = [s for s in SPECS if s.source_key == source_key]
        by_series = {s.series: s.code for s in specs}
        for row in rows:
            code = by_series.get(row.series)
            if code is None:
                continue
            value = row.value
            if source_key == "desi" and value is not None:
                value = value * 100  # contributions are shares of 1; the index is in points
            cells[(code, row.country, row.year)] = (value, row.flag, row.raw)
        if source_key == "desi":
            cells.update(_desi_totals(rows))
    return cells


def _desi_totals(rows: Iterable[parsing.Row]) -> dict[Key, Cell]:
    """The DESI overall score: the sum of the four weighted contributions, in points, to one
    decimal as the Commission publishes it."""
    parts: dict[tuple[str, int], list[float | None]] = defaultdict(list)
    for row in rows:
        parts[(row.country, row.year)].append(row.value)
    totals = {}
    for (country, year), values in parts.items():
        if len(values) == 4 and None not in values:
            total = round(sum(values) * 100, 1)
            totals[("desi-total", country, year)] = (total, "", f"{total:.1f}")
    return totals


def import_indicators(data_dir: Path, *, progress: bool = False) -> ImportReport:
    cells = read_all(data_dir, progress=progress)
    report = ImportReport(rows=len(cells), files=[s.file for s in SOURCES.values()])
    codes = sorted({code for code, _c, _y in cells})
    with transaction.atomic():
        indicators = _sync_indicators(codes)
        report.indicators = len(indicators)
        existing = {
            (v.indicator.code, v.country, v.year): v
            for v in Value.objects.select_related("indicator")
        }
        create, update = [], []
        for key, (value, flag, raw) in tqdm(cells.items(), desc="values", disable=not progress):
            old = existing.pop(key, None)
            if old is None:
                create.append(
                    Value(
                        indicator=indicators[key[0]],
                        country=key[1],
                        year=key[2],
                        value=value,
                        flag=flag,
                        raw=raw,
                    )
                )
            elif (old.value, old.flag, old.raw) != (value, flag, raw):
                old.value, old.flag, old.raw = value, flag, raw
                update.append(old)
        Value.objects.bulk_create(create, batch_size=500)
        Value.objects.bulk_update(update, ["value", "flag", "raw"], batch_size=500)
        Value.objects.filter(pk__in=[v.pk for v in existing.values()]).delete()
        report.created, report.updated, report.deleted = len(create), len(update), len(existing)
    return report


def _sync_indicators(codes: list[str]) -> dict[str, Indicator]:
    order = {spec.code: n for n, spec in enumerate(SPECS)}
    wanted = {}
    for code in codes:
        spec = spec_for(code)
        source = SOURCES[spec.source_key]
        wanted[code] = {
            "group": spec.group,
            "order": order.get(code, len(SPECS)),
            "source": source.publisher,
            "dataset": source.dataset,
            "licence": source.licence,
            "note": source.note,
        }
    Indicator.objects.exclude(code__in=codes).delete()
    indicators = {i.code: i for i in Indicator.objects.all()}
    for code, values in wanted.items():
        indicator = indicators.get(code)
        if indicator is None:
            indicators[code] = Indicator.objects.create(code=code, **values)
        elif any(getattr(indicator, k) != v for k, v in values.items()):
            Indicator.objects.filter(pk=indicator.pk).update(**values)
    return indicators
