"""Press releases, the press archive and what releases are about (topics, people, organisations)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable

from django import forms
from django.db import models
from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.snippets.models import register_snippet

from twinning.core import i18n
from twinning.core.choosers import AutocompletePanel
from twinning.core.routing import ViewRestrictionsMixin
from twinning.news.blocks import BodyBlock
from twinning.news.credits import MissingCredit, check_credits, uncredited_images

TEASER_LENGTH = 240


@register_snippet
class Topic(index.Indexed, models.Model):
    """A subject the press office files releases under (Klimaschutz, Schule, …)."""

    name = models.CharField(_("Name"), max_length=80, unique=True)
    slug = models.SlugField(_("Kurzname"), max_length=80, unique=True)
    keywords = models.CharField(
        _("Stichwörter"),
        max_length=500,
        blank=True,
        help_text=_("Durch Kommas getrennt; der Import ordnet Meldungen damit Themen zu."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("keywords")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("Thema")
        verbose_name_plural = _("Themen")

    def __str__(self) -> str:
        return self.name


@register_snippet
class Organisation(index.Indexed, models.Model):
    """An institution named in releases: the Foreign Office, a museum, a sister-cities association."""

    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kurzname"), max_length=200, unique=True)
    kind = models.CharField(_("Art"), max_length=80, blank=True)
    url = models.URLField(_("Website"), blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    autocomplete_search_field = "name"  # the release editor's chooser searches this

    class Meta:
        ordering = ["name"]
        verbose_name = _("Organisation")
        verbose_name_plural = _("Organisationen")

    def __str__(self) -> str:
        return self.name

    def autocomplete_label(self) -> str:
        """The chooser shows a label or else a ``title``, which an organisation does not have."""
        return self.name


@register_snippet
class Person(index.Indexed, models.Model):
    """A person named in releases, with the role they appear in (e.g. Oberbürgermeister)."""

    name = models.CharField(_("Name"), max_length=200, unique=True)
    slug = models.SlugField(_("Kurzname"), max_length=200, unique=True)
    role = models.CharField(_("Funktion"), max_length=200, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("Organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    url = models.URLField(_("Link"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("url"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    autocomplete_search_field = "name"  # the release editor's chooser searches this

    class Meta:
        ordering = ["name"]
        verbose_name = _("Person")
        verbose_name_plural = _("Personen")

    def __str__(self) -> str:
        return self.name

    @classmethod
    def autocomplete_custom_queryset_filter(
        cls, search_query: str, request: object = None
    ) -> QuerySet[Person]:
        """By name or role, as editors think of "the mayor" before they recall the name."""
        query = Q()
        for word in search_words(search_query):
            query &= Q(name__icontains=word) | Q(role__icontains=word)
        return cls.objects.filter(query).order_by("name")

    def autocomplete_label(self) -> str:
        """The role tells apart two people of one name in the chooser."""
        return f"{self.name} ({self.role})" if self.role else self.name


def search_words(query: str, most: int = 5) -> list[str]:
    """The first few words of a chooser's query; each must occur in the match."""
    return query.split()[:most]


class PressArchivePage(ViewRestrictionsMixin, Page):
    """/presse/: all releases, newest first, filtered by partner city, topic and year."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["news.PressReleasePage"]
    max_count = 1
    # The filters and the page number: the page cache keys on these and drops any other.
    cache_query_params = ("partnerstadt", "thema", "jahr", "seite")

    class Meta:
        verbose_name = _("Pressearchiv")

    def get_context(self, request, *args, **kwargs):
        from twinning.news.selectors import archive_context

        context = super().get_context(request, *args, **kwargs)
        context.update(archive_context(self, request.GET))
        return context


# Ordinals and dates ("29."), and abbreviations German press texts use before a capital.
NO_SENTENCE_END = re.compile(
    r"(?:\b\d{1,2}|\b(?:Dr|Prof|St|Nr|Str|ca|bzw|vgl|Hr|Fr|Bgm|OB|Jh|Abs|Mio|Mrd|geb|u\.a|z\.B|d\.h|u\.v\.m))\.$"
)


def first_sentences(text: str, limit: int = TEASER_LENGTH) -> str:
    """Whole sentences from the start of ``text`` that fit in ``limit`` characters."""
    text = re.sub(r"\s+", " ", text).strip()
    if len(text) <= limit:
        return text
    sentences = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])", text):
        # "29. Juni", "2. Bürgermeister", "Dr. Meyer": a full stop that ends no sentence.
        if sentences and NO_SENTENCE_END.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    picked = ""
    for sentence in sentences:
        candidate = f"{picked} {sentence}".strip()
        if len(candidate) > limit:
            break
        picked = candidate
    return picked or Truncator(text).chars(limit)


_SIMPLE_TAG = re.compile(r"<[^<>]*>")


def plain_html_text(html: str) -> str:
    """``strip_tags`` for the editor's and the importer's rich text, five times faster.

    Their markup is well formed (``<`` and ``>`` in text arrive escaped), so removing the tags
    is all ``strip_tags`` does to it; anything left looking like markup takes the thorough way,
    so the result is always the same as ``strip_tags``'s.
    """
    text = _SIMPLE_TAG.sub("", html)
    if "<" in text or ">" in text:
        return strip_tags(html)
    return text


def body_plain_text(body: Iterable) -> str:
    """The readable text of a body stream: paragraphs, headings and quotes."""
    parts: list[str] = []
    for block in body:
        if block.block_type == "paragraph":
            parts.append(plain_html_text(block.value.source))
        elif block.block_type == "heading" or block.block_type == "quote":
            parts.append(block.value["text"])
    return "\n\n".join(p.strip() for p in parts if p.strip())


class PressReleaseForm(WagtailAdminPageForm):
    """Refuses to publish or approve while a photo of the release has no credit, naming each one."""

    def goes_public(self) -> bool:
        """Publishing, scheduling, or approving in the workflow (which publishes)."""
        if "action-publish" in self.data:
            return True
        return "action-workflow-action" in self.data and self.data.get(
            "workflow-action-name", ""
        ).startswith("approve")

    def clean(self):
        cleaned = super().clean()
        related = cleaned.get("related_releases") or []
        if self.instance.pk and any(r.pk == self.instance.pk for r in related):
            self.add_error(
                "related_releases",
                _(
                    "Eine Meldung kann nicht mit sich selbst verwandt sein. Bitte entfernen Sie sie."
                ),
            )
        if self.goes_public():
            lead = cleaned.get("lead_image")
            if lead is not None and not lead.has_credit:
                self.add_error("lead_image", MissingCredit([lead]))
            body = cleaned.get("body")
            missing = uncredited_images(None, body) if body is not None else []
            if missing:
                self.add_error("body", MissingCredit(missing))
            if self.instance.date_unknown and cleaned.get("published_at") is None:
                # Publishing would date an old release with today: the editor must say when.
                self.add_error(
                    "published_at",
                    _(
                        "Datum unbekannt: Die importierte Seite nannte kein Datum. Bitte tragen "
                        "Sie das Datum der Meldung ein, bevor Sie sie veröffentlichen."
                    ),
                )
        return cleaned


def year_of(moment) -> int | None:
    """The calendar year of ``moment`` where the city is (``TIME_ZONE``)."""
    return timezone.localtime(moment).year if moment else None


def published_in(qs: QuerySet, year: int) -> QuerySet:
    """``qs`` narrowed to the releases of one calendar year where the city is (the year
    ``published_year`` holds), as a range of the publication date: a list of a year then walks
    the published_at index in order and stops after one page. On the year column SQLite sorted
    every release of the year first (12,000 at 100,000 releases: 50 ms per page)."""
    zone = timezone.get_default_timezone()
    start = dt.datetime(year, 1, 1, tzinfo=zone)
    return qs.filter(published_at__gte=start, published_at__lt=start.replace(year=year + 1))


class PressReleasePage(ViewRestrictionsMixin, Page):
    """One press release, shaped after the anatomy of a municipal press page (DESIGN.md)."""

    route_select_related = ("lead_image",)  # read with the page when routed (core.routing)

    subtitle = models.CharField(
        _("Unterzeile"), max_length=300, blank=True, help_text=_("Fasst die Meldung kurz zusammen.")
    )
    published_at = models.DateTimeField(
        _("Veröffentlicht am"),
        null=True,
        blank=True,
        db_index=True,
        help_text=_(
            "Leer lassen: Es gilt der Moment, in dem die Meldung online geht. Ein späterer "
            "Zeitpunkt ist eine Sperrfrist: Bis dahin bleibt die Meldung überall verborgen."
        ),
    )
    # The year of ``published_at`` in the city's time zone, kept by ``save`` and the bulk path:
    # the archive's year filter and its counts read an indexed column, not a date per row.
    published_year = models.PositiveSmallIntegerField(null=True, editable=False, db_index=True)
    teaser = models.TextField(
        _("Anreißer"),
        blank=True,
        help_text=_("Ein bis zwei Sätze für Listen. Leer: die ersten Sätze des Textes."),
    )
    summary = models.TextField(editable=False, blank=True)
    lead_image = models.ForeignKey(
        "core.CityImage",
        verbose_name=_("Aufmacherbild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("Text"), blank=True)
    partner_cities = ParentalManyToManyField(
        "partnerships.PartnerCityPage",
        verbose_name=_("Partnerstädte"),
        blank=True,
        related_name="press_releases",
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("Themen"), blank=True, related_name="+")
    people = ParentalManyToManyField(
        Person, verbose_name=_("Personen"), blank=True, related_name="+"
    )
    organisations = ParentalManyToManyField(
        Organisation, verbose_name=_("Organisationen"), blank=True, related_name="+"
    )
    related_releases = ParentalManyToManyField(
        "self", verbose_name=_("Verwandte Meldungen"), blank=True, symmetrical=False
    )
    # When a published release's text (title, subtitle, teaser, body) changed in a later
    # publish: readers see "Zuletzt aktualisiert am". Kept beside the revisions, not in them
    # (``with_content_json``), and written by ``news.lifecycle`` on each publish.
    text_updated_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_text_hash = models.CharField(max_length=64, blank=True, editable=False)
    source_id = models.CharField(
        _("Quell-ID"), max_length=255, null=True, blank=True, unique=True, editable=False
    )
    source_url = models.URLField(_("Quell-URL"), max_length=1000, blank=True, editable=False)
    import_details = models.JSONField(default=dict, blank=True, editable=False)

    base_form_class = PressReleaseForm
    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("published_at"),
        FieldPanel("teaser"),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                # Choosers that show only what is chosen and search on the server: the
                # archive holds up to 100,000 releases (twinning.core.autocomplete).
                AutocompletePanel("partner_cities"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                AutocompletePanel("people"),
                AutocompletePanel("organisations"),
                AutocompletePanel("related_releases"),
            ],
            _("Worum es geht"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("teaser"),
        index.SearchField("body_text"),
        index.FilterField("published_at"),
    ]
    parent_page_types = ["news.PressArchivePage"]
    subpage_types: list[str] = []
    autocomplete_search_field = "title"  # choosers for related releases and exchanges search this

    class Meta:
        verbose_name = _("Pressemitteilung")
        verbose_name_plural = _("Pressemitteilungen")
        indexes = [models.Index(fields=["-published_at"], name="news_release_published")]

    def with_content_json(self, content):
        """A revision brings the editor's fields; when the text last changed after publication
        is the live row's own record (a draft started before that publish would reset it)."""
        obj = super().with_content_json(content)
        obj.text_updated_at = self.text_updated_at
        obj.published_text_hash = self.published_text_hash
        return obj

    @property
    def date_unknown(self) -> bool:
        """Imported from a page without a date, and no one has entered one since."""
        return self.published_at is None and bool((self.import_details or {}).get("date_unknown"))

    @property
    def status_string(self) -> str:
        """The admin's status tag says so for an import still waiting for its date."""
        if self.date_unknown and not self.live:
            return _("Entwurf · Datum unbekannt")
        return super().status_string

    def text_fingerprint(self) -> str:
        """Changes when what a reader reads changes, not with topics, cities or photos."""
        text = "\x1f".join([self.title, self.subtitle, self.teaser, self.body_text])
        return hashlib.sha256(text.encode()).hexdigest()

    @property
    def body_text(self) -> str:
        """The body as plain text, worked out once per body value: the admin search index
        asks for it three times per page (title, body and autocomplete columns) and our own
        search index once more, which made it a third of an import's time."""
        body = self.body
        kept = self.__dict__.get("_body_text")
        if kept is None or kept[0] is not body:
            kept = (body, body_plain_text(body))
            self.__dict__["_body_text"] = kept
        return kept[1]

    @classmethod
    def autocomplete_custom_queryset_filter(
        cls, search_query: str, request: object = None
    ) -> QuerySet[PressReleasePage]:
        """Titles holding every word, newest first.

        Newest first walks the publication-date index, so with 100,000 releases a common word
        stops after the first page of hits; the endpoint caps that page (core.autocomplete).
        """
        query = Q()
        for word in search_words(search_query):
            query &= Q(title__icontains=word)
        return (
            cls.objects.filter(query)
            .order_by("-published_at")
            .only("title", "published_at", "content_type")
        )

    def autocomplete_label(self) -> str:
        """The date tells apart releases of one title (the yearly "Bürgerreise nach Venlo")."""
        if self.published_at is None:
            return f"{self.title} ({_('Entwurf')})"
        return f"{timezone.localtime(self.published_at):%d.%m.%Y} – {self.title}"

    def compute_summary(self) -> str:
        return self.teaser.strip() or first_sentences(self.body_text)

    def save(self, *args, **kwargs):
        self.summary = self.compute_summary()
        if self.live:
            self.guard_credits()
            if self.published_at is None:
                # "Veröffentlicht am" is the moment the release first went public.
                self.published_at = self.first_published_at or timezone.now()
        self.published_year = year_of(self.published_at)
        return super().save(*args, **kwargs)

    @property
    def visible(self) -> bool:
        """Live and past its publication moment (an embargo keeps it hidden on every route)."""
        return bool(self.live and self.published_at and self.published_at <= timezone.now())

    def serve(self, request, *args, **kwargs):
        if not self.visible and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) if self.visible else []

    def guard_credits(self) -> None:
        """The last line of defence: no path (admin, import, scheduler) publishes an uncredited photo."""
        check_credits(self)

    def search_document(self) -> dict:
        """What the search index stores for this release (see twinning.search.services)."""
        return {
            "kind": "press_release",
            "language": i18n.language_of(self),
            "object_id": self.pk,
            "url": self.url or "",
            "title": self.title,
            "subtitle": self.subtitle,
            "teaser": self.summary,
            "body": self.body_text,
            "published": self.published_at,
            "source_id": self.source_id,
            "partner_cities": [c.title for c in self.partner_cities.all()],
            "live": self.visible,
        }

    def get_context(self, request, *args, **kwargs):
        from twinning.news.selectors import release_context

        context = super().get_context(request, *args, **kwargs)
        context.update(release_context(self, preview=getattr(request, "is_preview", False)))
        return context


class ReleaseRemoval(models.Model):
    """A release that left the public site (unpublished, expired or deleted), for syncing systems.

    ``GET /api/v1/press-releases/?changed_since=…`` reports these as tombstones, so that a
    system that copied a release also learns that it is gone. Publishing it again removes
    its tombstone (it is then reported as changed).
    """

    page_id = models.BigIntegerField(db_index=True)
    source_id = models.CharField(max_length=255, null=True, blank=True)
    title = models.CharField(max_length=255)
    removed_at = models.DateTimeField(default=timezone.now, db_index=True)
    reason = models.CharField(max_length=20)  # unpublished | deleted

    class Meta:
        ordering = ["removed_at", "pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.reason} {self.removed_at:%Y-%m-%d %H:%M})"


from twinning.news.approval import PressApprovalTask  # noqa: E402,F401  (a model of this app)
