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
