"""Template tags shared by all public pages."""

import json

from django import template
from django.conf import settings
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


@register.simple_tag
def page_numbers(page_obj) -> list:
    """The page numbers a pagination shows: the first and last, two either side of the current
    one, and ``None`` where numbers are left out ("1 … 4 5 6 7 8 … 40")."""
    numbers = page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    return [n if isinstance(n, int) else None for n in numbers]


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context) -> dict:
    """ "Sie sind hier": the pages above the current one, from the start page down. Read once
    per parent and publish (``core.memo``); the start page itself shows none."""
    from wagtail.models import Page

    from twinning.core import memo

    page = context.get("page")
    path = getattr(page, "path", "") or ""
    steplen = Page.steplen
    if not isinstance(page, Page) or len(path) <= 2 * steplen:
        return {}
    parent_path = path[:-steplen]

    def read() -> list[tuple[str, str]]:
        paths = [parent_path[:n] for n in range(3 * steplen, len(parent_path) + 1, steplen)]
        ancestors = Page.objects.filter(path__in=paths).order_by("depth")
        return [(ancestor.title, ancestor.url or "") for ancestor in ancestors]

    return {
        "crumbs": memo.recent(("crumbs", parent_path), read),
        "current": page.title,
        "home_url": context.get("home_url") or "/",
    }


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    """Every language, linked to this page in it, or to the notice that it has none yet."""
    from wagtail.models import Page

    from twinning.core.i18n import language_links

    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or getattr(request, "is_preview", False):
        page = None
    path = request.get_full_path() if request is not None else "/"
    return {"links": language_links(page, path)}


@register.simple_tag(takes_context=True)
def hreflang_links(context) -> SafeString:
    """``<link rel="alternate" hreflang>`` for each language this page really has."""
    from django.utils.html import format_html, format_html_join
    from wagtail.models import Page

    from twinning.core.i18n import page_languages

    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or request is None:
        return mark_safe("")
    urls = page_languages(page)
    if len(urls) < 2:
        return mark_safe("")
    rows = [(code, request.build_absolute_uri(url)) for code, url in urls.items()]
    default = urls.get(settings.LANGUAGE_CODE)
    links = format_html_join("\n  ", '<link rel="alternate" hreflang="{}" href="{}">', rows)
    if default:
        links += format_html(
            '\n  <link rel="alternate" hreflang="x-default" href="{}">',
            request.build_absolute_uri(default),
        )
    return links


@register.filter
def tel_href(number: str) -> str:
    """A phone number as a ``tel:`` link target: "+49 2151 86-0" → "+492151860"."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"+{digits}" if number.strip().startswith("+") else digits


@register.filter
def zone_city(zone: str) -> str:
    """A time zone as readers name it, in their language: "Europe/Istanbul" → "Istanbul",
    "Europe/Warsaw" → "Warschau" (Unicode CLDR, through Babel)."""
    from babel.core import UnknownLocaleError
    from babel.dates import get_timezone_location
    from django.utils.translation import get_language, to_locale

    try:
        return get_timezone_location(
            zone, locale=to_locale(get_language() or "de"), return_city=True
        )
    except (LookupError, UnknownLocaleError, ValueError):
        return zone.rsplit("/", 1)[-1].replace("_", " ")


@register.simple_tag(takes_context=True)
def content_lang(context) -> SafeString:
    """` lang="de"` where a page is shown in another language's site because it has no
    translation (the German start page under /nl/), so that it is read out as German."""
    from django.utils.html import format_html
    from wagtail.models import Page

    from twinning.core.i18n import active_language, language_of

    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return mark_safe("")
    code = language_of(page)
    return format_html(' lang="{}"', code) if code != active_language() else mark_safe("")
