"""Partner cities: the index with its map and one page per partnership."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from twinning.partnerships.anniversaries import Anniversary, current_or_next


class PartnershipType(models.TextChoices):
    TWINNING = "staedtepartnerschaft", _("Städtepartnerschaft")
    FRIENDSHIP = "freundschaft", _("Städtefreundschaft")
    PROJECT = "projektpartnerschaft", _("Projektpartnerschaft")


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", _("aktiv")
    SUSPENDED = "suspended", _("ruht")
    ENDED = "ended", _("beendet")


class PartnerCityIndexPage(Page):
    """/partnerstaedte/: the map and the list of all partner cities."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["partnerships.PartnerCityPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Übersicht Partnerstädte")

    def get_context(self, request, *args, **kwargs):
        from twinning.partnerships.selectors import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self))
        return context


class PartnerCityPage(Page):
    """One partnership: a city or a county, with the record the international office keeps.

    The names a city goes by (local name, exonyms) are kept here because the importer links
    releases by them and search treats them as one word ("Dünkirchen" = "Dunkerque").
    """

    local_name = models.CharField(_("Name in der Landessprache"), max_length=120, blank=True)
    exonyms = models.CharField(
        _("Weitere Namen"),
        max_length=400,
        blank=True,
        help_text=_("Durch Kommas getrennt, z. B. „Dunkerque, Dunkirk, Duinkerke“."),
    )
    country = models.CharField(_("Land"), max_length=80)
    country_code = models.CharField(_("Ländercode (ISO)"), max_length=2, blank=True)
    region = models.CharField(_("Region"), max_length=120, blank=True)
    latitude = models.FloatField(
        _("Breitengrad"), validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("Längengrad"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    timezone = models.CharField(_("Zeitzone"), max_length=64, default="Europe/Berlin")
    languages = models.CharField(_("Sprachen"), max_length=200, blank=True)
    population = models.PositiveIntegerField(_("Einwohnerzahl"), null=True, blank=True)
    partnership_type = models.CharField(
        _("Art der Partnerschaft"),
        max_length=32,
        choices=PartnershipType.choices,
        default=PartnershipType.TWINNING,
    )
    began_on = models.DateField(_("Beginn (Datum)"), null=True, blank=True)
    began_year = models.PositiveSmallIntegerField(
        _("Beginn (Jahr)"),
        validators=[MinValueValidator(1900), MaxValueValidator(2200)],
        help_text=_("Wenn nur das Jahr bekannt ist."),
        null=True,
        blank=True,
    )
    council_decision = models.CharField(_("Ratsbeschluss"), max_length=200, blank=True)
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.ACTIVE,
    )
    status_reason = models.TextField(_("Begründung des Status"), blank=True)
    status_since = models.DateField(_("Status seit"), null=True, blank=True)
    wikidata_id = models.CharField(_("Wikidata-ID"), max_length=20, blank=True)
    intro = models.TextField(_("Kurzbeschreibung"), blank=True)
    description = RichTextField(_("Beschreibung"), blank=True)
    image = models.ForeignKey(
        "core.CityImage",
        verbose_name=_("Bild"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("local_name"),
                FieldPanel("exonyms"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("country_code")]),
                FieldPanel("region"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("timezone"),
                FieldPanel("languages"),
                FieldPanel("population"),
            ],
            _("Stadt"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("partnership_type"),
                FieldRowPanel([FieldPanel("began_on"), FieldPanel("began_year")]),
                FieldPanel("council_decision"),
                FieldRowPanel([FieldPanel("status"), FieldPanel("status_since")]),
                FieldPanel("status_reason"),
                FieldPanel("wikidata_id"),
            ],
            _("Partnerschaft"),
        ),
        FieldPanel("intro"),
        FieldPanel("description"),
        FieldPanel("image"),
        InlinePanel("associations", label=_("Vereine und Freundeskreise")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("local_name"),
        index.SearchField("exonyms"),
        index.SearchField("intro"),
        index.SearchField("description"),
    ]
    parent_page_types = ["partnerships.PartnerCityIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Partnerstadt")
        verbose_name_plural = _("Partnerstädte")

    def clean(self) -> None:
        super().clean()
        errors = {}
        if (
            self.partnership_type == PartnershipType.TWINNING
            and self.began_on is None
            and self.began_year is None
        ):
            errors["began_year"] = _(
                "Bei einer Städtepartnerschaft bitte Datum oder Jahr des Beginns angeben."
            )
        if self.began_on and self.began_year and self.began_on.year != self.began_year:
            errors["began_year"] = _("Jahr und Datum des Beginns widersprechen sich.")
        if self.status == PartnershipStatus.SUSPENDED and not self.status_reason.strip():
            errors["status_reason"] = _("Eine ruhende Partnerschaft braucht eine Begründung.")
        if errors:
            raise ValidationError(errors)

    @property
    def year_begun(self) -> int | None:
        return self.began_on.year if self.began_on else self.began_year

    @property
    def all_names(self) -> list[str]:
        """Every name this city goes by, the German one first."""
        names = [self.title, self.local_name, *self.exonyms.split(",")]
        seen: list[str] = []
        for name in (n.strip() for n in names):
            if name and name.lower() not in {s.lower() for s in seen}:
                seen.append(name)
        return seen

    def anniversary(self, today: dt.date | None = None) -> Anniversary | None:
        if self.status != PartnershipStatus.ACTIVE:
            return None
        return current_or_next(self.began_on, self.began_year, today or timezone.localdate())

    def search_document(self) -> dict:
        return {
            "kind": "partner_city",
            "object_id": self.pk,
            "url": self.url or "",
            "title": self.title,
            "subtitle": ", ".join(self.all_names[1:]),
            "teaser": self.intro,
            "body": strip_tags(self.description),
            "published": None,
            "source_id": None,
            "partner_cities": [self.title],
            "live": self.live,
        }

    def get_context(self, request, *args, **kwargs):
        from twinning.partnerships.selectors import city_context

        context = super().get_context(request, *args, **kwargs)
        context.update(city_context(self))
        return context


class Association(Orderable):
    """A Freundeskreis or sister-cities association that carries the partnership in civil society."""

    city = ParentalKey(PartnerCityPage, on_delete=models.CASCADE, related_name="associations")
    name = models.CharField(_("Name"), max_length=200)
    kind = models.CharField(
        _("Art"),
        max_length=32,
        choices=[
            ("freundeskreis", _("Freundeskreis")),
            ("sister_cities", _("Sister-Cities-Verein")),
            ("verein", _("Verein")),
            ("schule", _("Schule")),
        ],
        default="freundeskreis",
    )
    contact_name = models.CharField(_("Ansprechperson"), max_length=120, blank=True)
    email = models.EmailField(_("E-Mail"), blank=True)
    phone = models.CharField(_("Telefon"), max_length=60, blank=True)
    url = models.URLField(_("Website"), blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("contact_name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("url"),
        FieldPanel("description"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Verein")
        verbose_name_plural = _("Vereine")
