"""``{% teaser_card release %}``: a release's card, rendered once per publish and process."""

from django import template
from django.utils.safestring import mark_safe

from twinning.core import memo

register = template.Library()
CARD = "news/includes/teaser_card.html"


@register.simple_tag(takes_context=True)
def teaser_card(context, release, heading: str = "h3"):
    """The card shows only the release's stored fields, so it is the same on every page that
    lists it; a preview renders afresh, as its data may not be stored yet."""
    html = memo.rendered(
        ("teaser-card", release.pk, heading),
        CARD,
        {"release": release, "heading": heading},
        context.get("request"),
    )
    return mark_safe(html)  # noqa: S308 - our own template's output
