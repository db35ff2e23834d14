from django import template
from django.utils.formats import number_format

register = template.Library()

MAX_DECIMALS = 3


@register.filter
def figure(value) -> str:
    """A published figure with the decimals it has (at most three), in the page's number
    format: 108.467 stays 108.467, 59.7 stays 59.7, 0.41826 shows as 0.418. None shows "–"."""
    if value is None or value == "":
        return "–"
    rounded = round(float(value), MAX_DECIMALS)
    text = repr(rounded)
    decimals = len(text.split(".")[1].rstrip("0")) if "." in text and "e" not in text else 0
    return number_format(rounded, decimal_pos=decimals)


@register.filter
def get_item(mapping: dict, key):
    return mapping.get(key, key)
