"""The demo's translations, made the way an editor makes them: with wagtail-localize.

For each page in ``demo.translations.TRANSLATIONS`` the German page becomes a translation
source, its segments are exported as a PO file, filled from our translated texts (matched to
the German text they translate, field by field and block by block) and imported again, and the
translation is published. The admin then shows them as wagtail-localize translations, complete,
and marks them outdated when the German page changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from html import escape

from django.conf import settings
from django.db import transaction
from wagtail.models import Locale, Page

Log = Callable[[str], None]

# Fields whose values are names or identifiers: the same in every language.
_SAME = {"slug", "credit", "speaker", "published", "motif", "palette"}


def _pairs(german: object, translated: object) -> Iterator[tuple[str, str]]:
    """(German text, its translation) for every string the two structures hold in the same
    place: dict keys, list positions and tuple positions."""
    if isinstance(german, str) and isinstance(translated, str):
        yield german, translated
        yield escape(german), escape(translated)  # as rich text stores it
    elif isinstance(german, dict) and isinstance(translated, dict):
        for key, value in translated.items():
            if key in german and key not in _SAME:
                yield from _pairs(german[key], value)
    elif isinstance(german, list | tuple) and isinstance(translated, list | tuple):
        for g, t in zip(german, translated, strict=False):
            yield from _pairs(g, t)


def translate_page(page: Page, locale: Locale, texts: dict[str, str], slug: str | None) -> Page:
    """``page`` translated into ``locale`` with wagtail-localize, ``texts`` giving the
    translation of each German segment; published."""
    from wagtail_localize.models import Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    for entry in po:
        if entry.msgctxt == "slug" and slug:
            entry.msgstr = slug
        elif entry.msgid in texts:
            entry.msgstr = texts[entry.msgid]
    translation.import_po(po)
    # Published here rather than by wagtail-localize, which publishes when the outer
    # transaction commits, from page objects read before the loader added their children.
    translation.save_target(publish=False)
    translated = page.get_translation(locale).specific
    translated.get_latest_revision().publish()
    return translated


def _german(model, slug: str, parent: Page | None = None) -> Page | None:
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    qs = model.objects.filter(slug=slug, locale=default)
    if parent is not None:
        qs = qs.child_of(parent)
    return qs.first()


def ensure_translations(home: Page, sections: dict[str, Page], log: Log = print) -> int:
    """Translate the demo pages that have no translation yet; returns how many were made."""
    from twinning.core.demo import content
    from twinning.core.demo.translations import TRANSLATIONS
    from twinning.events.models import EventPage
    from twinning.news.models import PressReleasePage
    from twinning.partnerships.models import PartnerCityPage

    german_texts = {
        "releases": {r["slug"]: r for r in content.PRESS_RELEASES},
        "partner_cities": {c["slug"]: c for c in content.PARTNER_CITIES},
        "events": {e["slug"]: e for e in content.EVENTS if "slug" in e},
    }
    made = 0
    for code, parts in TRANSLATIONS.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        todo: list[tuple[Page, object, dict]] = []
        structure = parts.get("pages", {})
        for key, page in [("home", home), *sections.items()]:
            if key in structure:
                german = {"title": page.title, "intro": getattr(page, "intro", "")}
                todo.append((page, german, structure[key]))
        for kind, model in [
            ("partner_cities", PartnerCityPage),
            ("releases", PressReleasePage),
            ("events", EventPage),
        ]:
            for slug, translated in parts.get(kind, {}).items():
                page = _german(model, slug)
                german = german_texts[kind].get(slug)
                if page is None or german is None:
                    continue
                if kind == "partner_cities":
                    # A city keeps its slug: archive filters and feeds name it the same way
                    # in every language.
                    translated = {**translated, "slug": page.slug}
                    german = {**german, "title": german.get("name", page.title)}
                todo.append((page, german, translated))
        for page, german, translated in todo:
            if page.has_translation(locale):
                continue
            texts = dict(_pairs(german, translated))
            with transaction.atomic():
                translate_page(page.specific, locale, texts, translated.get("slug"))
            made += 1
        log(f"Übersetzungen {code}: bereit.")
    return made
