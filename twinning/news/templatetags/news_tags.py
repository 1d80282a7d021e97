"""``{% teaser_card release %}``: a release's card, rendered once per publish and process."""

from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from twinning.core import memo

register = template.Library()
CARD = "news/includes/teaser_card.html"


@register.simple_tag(takes_context=True)
def teaser_card(context, release, heading: str = "h3"):
    """The card shows only the release's stored fields, so it is the same on every page that
    lists it; a preview renders afresh, as its data may not be stored yet."""
    request = context.get("request")

    def render() -> str:
        return render_to_string(CARD, {"release": release, "heading": heading}, request=request)

    if request is None or getattr(request, "is_preview", False):
        return mark_safe(render())  # noqa: S308 - our own template's output
    key = ("teaser-card", release.pk, heading, get_language())
    return mark_safe(memo.fragment(key, render))  # noqa: S308 - our own template's output
