"""Reads the report pages, the CSV, the PDF and the API share."""

from innospark.insights.models import Indicator, Value


def series_for(indicator: Indicator, countries: list[str], start: int, end: int) -> dict:
    """country → [{"year", "value", "flag"}] in year order, countries in the order asked.
    Years the source lacks are absent; years it marks ":" carry value None."""
    points: dict[str, list[dict]] = {country: [] for country in countries}
    rows = Value.objects.filter(
        indicator=indicator, country__in=countries, year__gte=start, year__lte=end
    ).order_by("year")
    for row in rows:
        points[row.country].append({"year": row.year, "value": row.value, "flag": row.flag})
    return points
