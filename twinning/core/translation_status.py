"""Which translations are missing or outdated: an admin report for the press office.

wagtail-localize translates a page segment by segment and, on request, brings a changed
German page's segments into its translations; it has no overview of what is behind. This
report lists the German releases, events and partner-city pages with, per language, one of:

* ``missing``  – no translation in that language, or only a draft of one;
* ``outdated`` – the German page was published after the translation was last published
  (the original changed since; sync and translate the changed segments, then publish);
* ``current``  – the translation was published after the German page's last change.

The states are SQL (``Exists`` on the unique (translation_key, locale) index), so the filter
"missing or outdated in English" pages through 100,000 releases without loading them.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from twinning.core import i18n
from twinning.core.admin_reports import ReportView

PERMISSION = "wagtail_localize.submit_translation"
PAGE_SIZE = 50

MISSING, DRAFT, OUTDATED, CURRENT = "missing", "draft", "outdated", "current"
STATUS_LABELS = {
    MISSING: _("fehlt"),
    DRAFT: _("Entwurf"),
    OUTDATED: _("veraltet"),
    CURRENT: _("aktuell"),
}
# What the status filter offers: "open" is anything a reader of that language does not get
# in its current form.
FILTERS = {
    "offen": _("fehlt oder veraltet"),
    "fehlt": _("fehlt (auch Entwurf)"),
    "veraltet": _("veraltet"),
    "aktuell": _("aktuell"),
}


def page_kinds() -> dict[str, tuple[type[Page], str]]:
    """The page types editors translate, by the filter value that names them."""
    from twinning.events.models import EventPage
    from twinning.news.models import PressReleasePage
    from twinning.partnerships.models import PartnerCityPage

    return {
        "pressemitteilung": (PressReleasePage, _("Pressemitteilung")),
        "termin": (EventPage, _("Termin")),
        "partnerstadt": (PartnerCityPage, _("Partnerstadt")),
    }


@dataclass(frozen=True)
class Cell:
    language: str
    status: str
    label: str
    page_id: int | None


@dataclass(frozen=True)
class Row:
    page: Page
    kind: str
    cells: list[Cell]
    sync_url: str  # wagtail-localize's "sync translated pages", where the page has a source

    @property
    def behind(self) -> bool:
        return any(cell.status == OUTDATED for cell in self.cells)


def _translation(code: str) -> QuerySet:
    return Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=i18n.locale_id(code)
    )


def status_condition(code: str, wanted: str) -> Q:
    """German pages whose ``code`` translation is in the state the filter ``wanted`` names."""
    live = _translation(code).filter(live=True)
    newer = live.filter(last_published_at__gte=OuterRef("last_published_at"))
    if wanted == "fehlt":
        return ~Q(Exists(live))
    if wanted == "veraltet":
        return Q(Exists(live)) & ~Q(Exists(newer))
    if wanted == "aktuell":
        return Q(Exists(newer))
    return ~Q(Exists(newer))  # "offen": missing or outdated


def german_pages(model: type[Page] | None, code: str | None, wanted: str | None) -> QuerySet:
    """The live German pages of ``model`` (or of every translated type), newest first."""
    models = [model] if model else [m for m, _label in page_kinds().values()]
    pages = Page.objects.live().filter(locale_id=i18n.locale_id(settings.LANGUAGE_CODE))
    pages = pages.type(*models)
    if code and wanted:
        pages = pages.filter(status_condition(code, wanted))
    return pages.order_by("-last_published_at", "-pk")


def rows(pages: list[Page], languages: list[str]) -> list[Row]:
    """Each page with the state of its translation in each of ``languages`` (two queries)."""
    kinds = {model: label for model, label in page_kinds().values()}
    found = {
        (key, locale): (pk, live, published)
        for key, locale, pk, live, published in Page.objects.filter(
            translation_key__in=[p.translation_key for p in pages],
            locale_id__in=[i18n.locale_id(code) for code in languages],
        ).values_list("translation_key", "locale_id", "pk", "live", "last_published_at")
    }
    from wagtail_localize.models import TranslationSource

    sources = dict(
        TranslationSource.objects.filter(
            object_id__in=[p.translation_key for p in pages],
            locale_id=i18n.locale_id(settings.LANGUAGE_CODE),
        ).values_list("object_id", "pk")
    )
    result = []
    for page in pages:
        cells = []
        for code in languages:
            pk, live, published = found.get(
                (page.translation_key, i18n.locale_id(code)), (None, False, None)
            )
            if pk is None:
                status = MISSING
            elif not live:
                status = DRAFT
            elif published is None or (
                page.last_published_at and published < page.last_published_at
            ):
                status = OUTDATED
            else:
                status = CURRENT
            cells.append(Cell(code, status, str(STATUS_LABELS[status]), pk))
        model = page.specific_class
        source = sources.get(page.translation_key)
        sync_url = reverse("wagtail_localize:update_translations", args=[source]) if source else ""
        result.append(Row(page, str(kinds.get(model, model._meta.verbose_name)), cells, sync_url))
    return result


class TranslationStatusView(ReportView):
    template_name = "core/admin/translation_status.html"
    page_title = _("Übersetzungen")
    header_icon = "globe"
    permission = PERMISSION

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        languages = [c for c in i18n.language_codes() if c != settings.LANGUAGE_CODE]
        names = i18n.language_names()
        params = self.request.GET
        kind = params.get("art", "")
        model = page_kinds().get(kind, (None, ""))[0]
        code = params.get("sprache", "")
        code = code if code in languages else ""
        wanted = params.get("status", "")
        wanted = wanted if wanted in FILTERS else ""
        paginator = Paginator(german_pages(model, code, wanted), PAGE_SIZE)
        page_obj = paginator.get_page(params.get("p"))
        query = params.copy()
        query.pop("p", None)
        context.update(
            {
                "rows": rows(list(page_obj.object_list), languages),
                "languages": [(c, names.get(c, c)) for c in languages],
                "kinds": [(value, label) for value, (_model, label) in page_kinds().items()],
                "filters": list(FILTERS.items()),
                "kind": kind if model else "",
                "language": code,
                "wanted": wanted,
                "page_obj": page_obj,
                "total": paginator.count,
                "query": query.urlencode(),
            }
        )
        return context
