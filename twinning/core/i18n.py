"""Languages: which one a request reads, a page in the other languages, lists in the reader's.

German is the site's language: its URLs carry no prefix and every page exists in German first.
English, French, Dutch (``settings.SITE_LANGUAGES``) live under ``/en/``, ``/fr/``, ``/nl/``.
Each translation is a page of its own in Wagtail's tree for its locale, made and kept in step by
wagtail-localize (the admin's "Übersetzen" action). The language of a request is read from its
path alone (:class:`PathLanguageMiddleware`): one URL always answers in one language, so the
page cache, the front cache and crawlers never see a page change its language by who asked.

Things that are not text — a release's partner cities, topics, people, an event's cities — are
the same in every language. Translations keep the German pages' relations (``sync_relations``),
so archive filters, counts and a city's releases work the same way in every language, and a
related page is shown in the reader's language where it has a translation (:func:`localize`).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import F, Model, QuerySet
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from twinning.core import memo


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_names() -> dict[str, str]:
    """Each language named in itself (the switcher: "English", "Français", "Nederlands")."""
    from django.conf.locale import LANG_INFO

    return {
        code: LANG_INFO.get(code, {}).get("name_local", str(name)).capitalize()
        for code, name in settings.LANGUAGES
    }


def active_language() -> str:
    """The reader's language as one of ``settings.LANGUAGES`` (German when unsure)."""
    code = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0].lower()
    return code if code in language_codes() else settings.LANGUAGE_CODE


def is_default(code: str | None = None) -> bool:
    return (code or active_language()) == settings.LANGUAGE_CODE


class PathLanguageMiddleware:
    """Activates the language the URL names (``/en/…``), German for every other URL."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_path(request.path_info)
        language = language or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


def locale_ids() -> dict[str, int]:
    """Language code → Locale id, kept per process until the next publish (``core.memo``)."""
    return memo.remember(
        "locale-ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )


def locale_id(code: str | None = None) -> int | None:
    return locale_ids().get(code or active_language())


def in_locale(qs: QuerySet, locale: int | None) -> QuerySet:
    """``qs`` narrowed to the pages of one locale (all of them where there is no locale yet).

    Nearly every page is in the default language, so its locale index narrows nothing; SQLite
    would still pick it and visit every German page (100,000 releases for a list of four events).
    "+ 0" hides the index for the default language, so SQLite keeps the list's own index
    (published_at, start, the small table) and checks the locale per row. Other languages have
    few pages: there the index is the right way in, as it is on PostgreSQL, which counts rows.
    """
    if locale is None:
        return qs
    if connection.vendor == "sqlite" and locale == locale_id(settings.LANGUAGE_CODE):
        return qs.alias(_locale=F("locale_id") + 0).filter(_locale=locale)
    return qs.filter(locale_id=locale)


def language_of(page: Page) -> str:
    """The language code of a page's locale, without a query."""
    for code, pk in locale_ids().items():
        if pk == page.locale_id:
            return code
    return settings.LANGUAGE_CODE


def _kept_locale_for_language(manager, language_code: str):
    """``Locale.objects.get_for_language`` without a query per request: Wagtail asks it on
    every page to find the site root in the reader's language."""
    from wagtail.coreutils import get_supported_content_language_variant

    code = get_supported_content_language_variant(language_code)
    pk = locale_ids().get(code)
    if pk is None:
        return manager.get(language_code=code)
    locale = Locale(pk=pk, language_code=code)
    locale._state.adding = False
    locale._state.db = "default"
    return locale


def keep_locales() -> None:
    """Wagtail looks the active Locale up with a query each time it routes a request; answer it
    from :func:`locale_ids` instead (Locale rows change only when an admin adds a language)."""
    from wagtail.models.i18n import LocaleManager

    LocaleManager.get_for_language = _kept_locale_for_language


def localize(pages: list, *, model: type[Model] | None = None) -> list:
    """Each page in the reader's language where it has a public translation, else the page
    itself (shown in German, marked with its ``lang``). One query, none in German."""
    from twinning.core.visibility import public_pages

    target = locale_id()
    missing = {p.translation_key for p in pages if p.locale_id != target}
    if target is None or not missing:
        return list(pages)
    model = model or type(pages[0])
    found = {
        p.translation_key: p
        for p in public_pages(model.objects.filter(translation_key__in=missing, locale_id=target))
    }
    return [found.get(p.translation_key, p) for p in pages]


def localized(page: Page) -> Page:
    return localize([page])[0] if page is not None else page


def source_ids(pages: list) -> list[int]:
    """The ids of the German pages these pages translate (relations point at those)."""
    default = locale_id(settings.LANGUAGE_CODE)
    keys = {p.translation_key for p in pages if p.locale_id != default}
    if not keys:
        return [p.pk for p in pages]
    found = dict(
        Page.objects.filter(translation_key__in=keys, locale_id=default).values_list(
            "translation_key", "pk"
        )
    )
    return [p.pk if p.locale_id == default else found.get(p.translation_key, p.pk) for p in pages]


def source_id(page: Page) -> int:
    return source_ids([page])[0]


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str  # the page in this language, or the notice that it has no translation yet
    exists: bool
    current: bool


def _read_translations(keys: set) -> dict[str, dict[str, str]]:
    """Translation key → {language code → URL} of the public pages with these keys."""
    from twinning.core.visibility import public_pages

    found = public_pages(Page.objects.filter(translation_key__in=keys)).only(
        "pk", "url_path", "locale_id", "translation_key", "path", "depth"
    )
    codes = {pk: code for code, pk in locale_ids().items()}
    urls: dict[str, dict[str, str]] = {str(key): {} for key in keys}
    for p in found:
        if p.locale_id in codes:
            urls[str(p.translation_key)][codes[p.locale_id]] = p.get_url()
    return urls


def prefetch_languages(pages: list) -> None:
    """Read the translations of many pages in one query (the API's lists), kept like
    :func:`page_languages` keeps one page's."""
    keys = {p.translation_key for p in pages if p.translation_key}
    if not keys:
        return
    for key, urls in _read_translations(keys).items():
        memo.recent(("translations", key), lambda urls=urls: urls)


def _public_translations(page: Page) -> dict[str, str]:
    """Language code → URL of each public translation of ``page`` (itself included)."""
    key = str(page.translation_key)
    return memo.recent(("translations", key), lambda: _read_translations({key})[key])


def page_languages(page: Page) -> dict[str, str]:
    """The languages ``page`` really has, with their URLs (for hreflang)."""
    if page is None or not getattr(page, "translation_key", None) or not page.pk:
        return {}
    urls = _public_translations(page)
    return {code: urls[code] for code in language_codes() if urls.get(code)}


def language_links(page: Page | None, path: str) -> list[LanguageLink]:
    """The language switcher: every language, linked to this page's translation, or for a page
    without one to the notice that says so and offers the German page. ``path`` is the current
    URL, for views that are not pages (search): the same view in the other language."""
    names = language_names()
    current = active_language()
    have = page_languages(page) if page is not None else {}
    links = []
    for code in language_codes():
        if page is None:
            url, exists = translate_url(path, code), True
        elif code in have:
            url, exists = have[code], True
        else:
            with translation.override(code):
                url = reverse("translation_missing", args=[page.pk])
            exists = False
        links.append(LanguageLink(code, names[code], url, exists, code == current))
    return links


def create_locales(**kwargs) -> None:
    """After ``migrate``: a Wagtail Locale for each language in ``settings.LANGUAGES``, so that
    adding a language is a setting, not an admin step (see the README)."""
    using = kwargs.get("using", "default")
    have = set(Locale.objects.using(using).values_list("language_code", flat=True))
    Locale.objects.using(using).bulk_create(
        [Locale(language_code=code) for code in language_codes() if code not in have]
    )


def _relation_fields(model: type[Model]) -> list:
    """The many-to-many relations a page type keeps the same in every language."""
    from modelcluster.fields import ParentalManyToManyField

    return [
        f
        for f in model._meta.get_fields()
        if isinstance(f, ParentalManyToManyField) and f.model is model
    ]


def sync_relations(page: Page) -> int:
    """Give every translation of ``page`` the relations of the German page (partner cities,
    topics, people, …), after either of them was published. wagtail-localize translates text
    and leaves many-to-many relations as they were when the translation was made; here they
    follow the German page, so a city's releases and the archive filters agree in every
    language. Returns how many translations were brought in step."""
    fields = _relation_fields(type(page))
    if not fields or not page.translation_key:
        return 0
    default = locale_id(settings.LANGUAGE_CODE)
    family = dict(
        type(page)
        .objects.filter(translation_key=page.translation_key)
        .values_list("locale_id", "pk")
    )
    source = family.pop(default, None)
    if source is None or not family:
        return 0
    for field in fields:
        through = field.remote_field.through
        # Column names (…_id): the rows are written from ids, without loading the pages.
        own = through._meta.get_field(field.m2m_field_name()).attname
        other = through._meta.get_field(field.m2m_reverse_field_name()).attname
        wanted = set(through.objects.filter(**{own: source}).values_list(other, flat=True))
        for target in family.values():
            have = set(through.objects.filter(**{own: target}).values_list(other, flat=True))
            if have != wanted:
                through.objects.filter(**{own: target}).exclude(**{f"{other}__in": wanted}).delete()
                through.objects.bulk_create(
                    [through(**{own: target, other: value}) for value in wanted - have]
                )
    return len(family)


def own_language_link(page: Page, code: str) -> LanguageLink | None:
    """The page in ``code`` (a partner city's own language), when it has that translation and
    the reader is not already reading it: offered first on the partner city's page."""
    code = (code or "").split("-")[0].lower()
    if not code or code == active_language() or code not in language_codes():
        return None
    url = page_languages(page).get(code)
    if url is None:
        return None
    return LanguageLink(code, language_names()[code], url, True, False)


def hold_back_untranslated(page: Page) -> bool:
    """Unpublish ``page`` if it is a wagtail-localize translation with no segment translated
    yet; returns whether it did."""
    if not page.live or page.locale_id == locale_id(settings.LANGUAGE_CODE):
        return False
    from wagtail_localize.models import Translation

    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).first()
    if translation is None:
        return False
    total, done = translation.get_progress()
    if total == 0 or done > 0:
        return False
    page.specific.unpublish(log_action=True)
    return True
