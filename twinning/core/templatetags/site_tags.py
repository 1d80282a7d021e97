"""Template tags shared by all public pages."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import _json_script_escapes
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.simple_tag
def json_ld(data: dict | None) -> SafeString:
    """schema.org data as a JSON-LD block, escaped so that no text can close the script element."""
    if not data:
        return mark_safe("")
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(
        _json_script_escapes
    )
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')


CITY_LIST = "partnerships/includes/city_list.html"


@register.simple_tag(takes_context=True)
def city_list(context, cities) -> SafeString:
    """The list of partner cities under a release and on the home page: the same on every page
    showing the same cities, so it is rendered once per publish and process (``core.memo``)."""
    from twinning.core import memo

    key = ("city-list", tuple(city.pk for city in cities))
    html = memo.rendered(key, CITY_LIST, {"cities": cities}, context.get("request"))
    return mark_safe(html)  # noqa: S308 - our own template's output
