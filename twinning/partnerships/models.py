"""Partner cities: the index with its map and one page per partnership."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from twinning.core import i18n
from twinning.core.choosers import AutocompletePanel
from twinning.core.routing import ViewRestrictionsMixin
from twinning.partnerships.anniversaries import Anniversary, current_or_next


class PartnershipType(models.TextChoices):
    TWINNING = "staedtepartnerschaft", _("Städtepartnerschaft")
    FRIENDSHIP = "freundschaft", _("Städtefreundschaft")
    PROJECT = "projektpartnerschaft", _("Projektpartnerschaft")


class PartnershipStatus(models.TextChoices):
    ACTIVE = "active", _("aktiv")
    SUSPENDED = "suspended", _("ruht")
    ENDED = "ended", _("beendet")


def validate_timezone(value: str) -> None:
    """An IANA zone name such as "America/New_York"; events and programme items are kept in it."""
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Unbekannte Zeitzone: %(tz)s"), params={"tz": value}) from exc


validate_wikidata_id = RegexValidator(
    r"^Q[1-9][0-9]*$", _("Eine Wikidata-ID beginnt mit Q und einer Zahl, z. B. „Q45797“.")
)
validate_country_code = RegexValidator(
    r"^[A-Z]{2}$", _("Bitte den zweistelligen Ländercode nach ISO 3166 angeben, z. B. „FR“.")
)


class PartnerCityIndexPage(ViewRestrictionsMixin, Page):
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


# Administrative units that a partnership can be with, by the dative article they take.
DATIVE_ARTICLES = {
    "dem": (
        "Landkreis", "Kreis", "Bezirk", "Stadtbezirk", "Distrikt", "Departement", "Département",
        "Kanton", "Land", "Bundesland", "Verwaltungsbezirk", "Rajon", "County", "Borough",
    ),
    "der": (
        "Region", "Provinz", "Gemeinde", "Stadt", "Grafschaft", "Präfektur", "Woiwodschaft",
        "Oblast", "Samtgemeinde", "Verbandsgemeinde", "Metropolregion", "Partnerregion",
    ),
}  # fmt: skip


def with_dative_article(name: str) -> str:
    first = name.split(" ", 1)[0]
    for article, nouns in DATIVE_ARTICLES.items():
        if first in nouns and " " in name:
            return f"{article} {name}"
    return name


class PartnerCityPage(ViewRestrictionsMixin, Page):
    """One partnership: a city or a county, with the record the international office keeps.

    The names a city goes by (local name, exonyms) are kept here because the importer links
    releases by them and search treats them as one word ("Dünkirchen" = "Dunkerque").
    """

    route_select_related = ("image",)  # read with the page when routed (core.routing)

    # Names, codes and the council's reference are the same in every language: translators
    # see the country, region, languages and texts only (wagtail-localize copies the rest).
    override_translatable_fields = [
        SynchronizedField("local_name"),
        SynchronizedField("exonyms"),
        SynchronizedField("country_code"),
        SynchronizedField("timezone"),
        SynchronizedField("wikidata_id"),
        SynchronizedField("council_decision"),
    ]

    local_name = models.CharField(_("Name in der Landessprache"), max_length=120, blank=True)
    exonyms = models.CharField(
        _("Weitere Namen"),
        max_length=400,
        blank=True,
        help_text=_("Durch Kommas getrennt, z. B. „Dunkerque, Dunkirk, Duinkerke“."),
    )
    country = models.CharField(_("Land"), max_length=80)
    country_code = models.CharField(
        _("Ländercode (ISO)"), max_length=2, blank=True, validators=[validate_country_code]
    )
    region = models.CharField(_("Region"), max_length=120, blank=True)
    latitude = models.FloatField(
        _("Breitengrad"), validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("Längengrad"), validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    timezone = models.CharField(
        _("Zeitzone"), max_length=64, default="Europe/Berlin", validators=[validate_timezone]
    )
    languages = models.CharField(
        _("Sprachen"),
        max_length=200,
        blank=True,
        help_text=_("Durch Kommas getrennt, z. B. „Niederländisch, Limburgisch“."),
    )
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
    council_decision = models.CharField(
        _("Ratsbeschluss"),
        max_length=200,
        blank=True,
        help_text=_(
            "Aktenzeichen oder Datum des Ratsbeschlusses, z. B. „Rat vom 12.05.1974, TOP 7“."
        ),
    )
    status = models.CharField(
        _("Status"),
        max_length=16,
        choices=PartnershipStatus.choices,
        default=PartnershipStatus.ACTIVE,
    )
    status_reason = models.TextField(_("Begründung des Status"), blank=True)
    status_since = models.DateField(
        _("Status seit"),
        null=True,
        blank=True,
        help_text=_("Seit wann die Partnerschaft ruht oder an welchem Tag sie endete."),
    )
    wikidata_id = models.CharField(
        _("Wikidata-ID"), max_length=20, blank=True, validators=[validate_wikidata_id]
    )
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
    autocomplete_search_field = "title"  # the release editor's chooser searches this

    class Meta:
        verbose_name = _("Partnerstadt")
        verbose_name_plural = _("Partnerstädte")

    @classmethod
    def autocomplete_custom_queryset_filter(
        cls, search_query: str, request: object = None
    ) -> models.QuerySet[PartnerCityPage]:
        """Also by local name and exonyms: "Dunkerque" finds Dünkirchen, as the importer does."""
        query = Q()
        for word in search_query.split()[:5]:
            query &= (
                Q(title__icontains=word)
                | Q(local_name__icontains=word)
                | Q(exonyms__icontains=word)
            )
        return cls.objects.filter(query).order_by("title")

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
        if self.status == PartnershipStatus.SUSPENDED and self.status_since is None:
            errors["status_since"] = _(
                "Bitte angeben, seit wann die Partnerschaft ruht (z. B. das Datum des Ratsbeschlusses)."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def year_begun(self) -> int | None:
        return self.began_on.year if self.began_on else self.began_year

    @property
    def language_list(self) -> list[str]:
        return [lang.strip() for lang in self.languages.split(",") if lang.strip()]

    @property
    def local_name_language(self) -> str:
        """The BCP 47 language of the local name, for its ``lang`` attribute: the country's
        first official language (CLDR via Babel: CN → zh, US → en, UA → uk), not the country
        code ("cn" is no language). Empty where the country is unknown."""
        from babel.languages import get_official_languages

        code = (self.country_code or "").upper()
        languages = get_official_languages(code, de_facto=True) if len(code) == 2 else ()
        return languages[0] if languages else ""

    @property
    def dative_name(self) -> str:
        """The name after "mit": a county or region takes its article ("mit dem Landkreis
        Oder-Spree", "mit der Region Pilsen"), a city does not ("mit Venlo")."""
        if not i18n.is_default():  # the article is German grammar; other languages take the name
            return self.title
        return with_dative_article(self.title)

    @property
    def exonym_list(self) -> list[str]:
        return [name.strip() for name in self.exonyms.split(",") if name.strip()]

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
            "language": i18n.language_of(self),
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
        context["own_language"] = i18n.own_language_link(self, self.local_name_language)
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


class ExchangeKind(models.TextChoices):
    DELEGATION = "delegation", _("Delegationsbesuch")
    SCHOOL = "school", _("Schüleraustausch")
    YOUTH = "youth", _("Jugendbegegnung")
    CITIZENS = "citizens", _("Bürgerreise")
    CONFERENCE = "conference", _("Konferenz oder Fachtagung")
    CULTURE = "culture", _("Kulturaustausch")


class ExchangeDirection(models.TextChoices):
    OUTGOING = "outgoing", _("Reise in die Partnerstadt")
    INCOMING = "incoming", _("Besuch aus der Partnerstadt")


class ParticipantGroup(models.TextChoices):
    PUPILS = "pupils", _("Schülerinnen und Schüler")
    TEACHERS = "teachers", _("Lehrkräfte und Betreuende")
    YOUTH = "youth", _("Jugendliche und Studierende")
    OFFICIALS = "officials", _("Politik und Verwaltung")
    EXPERTS = "experts", _("Fachleute")
    ARTISTS = "artists", _("Künstlerinnen und Künstler")
    CITIZENS = "citizens", _("Bürgerinnen und Bürger")


class ExchangeForm(WagtailAdminModelForm):
    """Press releases to link are listed newest first, with their date, as editors look for them."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("press_releases")
        if field is not None:
            field.queryset = field.queryset.order_by("-published_at").only(
                "pk", "title", "published_at"
            )
            field.label_from_instance = lambda page: (
                f"{timezone.localtime(page.published_at):%d.%m.%Y} – {page.title}"
            )
        cities = self.fields.get("partner_cities")
        if cities is not None:
            cities.queryset = cities.queryset.order_by("title")


class Exchange(index.Indexed, ClusterableModel):
    """A Begegnung: a delegation trip or visit, school or youth exchange, citizens' trip, conference.

    A snippet rather than a page because it has no public page of its own: the partner-city
    pages show it in their timeline and events link to it. Participants are counted by country
    and group only, never named, so that reports for funding applications need no personal data.
    https://docs.wagtail.org/en/stable/topics/snippets/
    """

    title = models.CharField(_("Titel"), max_length=255)
    slug = models.SlugField(
        _("Kurzname"),
        max_length=120,
        unique=True,
        help_text=_("Für Links auf die Begegnung, z. B. „schueleraustausch-duenkirchen-2024“."),
    )
    kind = models.CharField(
        _("Art"), max_length=16, choices=ExchangeKind.choices, default=ExchangeKind.DELEGATION
    )
    direction = models.CharField(
        _("Richtung"),
        max_length=16,
        choices=ExchangeDirection.choices,
        default=ExchangeDirection.INCOMING,
    )
    starts_on = models.DateField(_("Erster Tag"), db_index=True)
    ends_on = models.DateField(_("Letzter Tag"))
    places = models.CharField(_("Orte"), max_length=300, blank=True)
    description = models.TextField(_("Beschreibung"), blank=True)
    funding = models.CharField(
        _("Finanzierung"),
        max_length=300,
        blank=True,
        help_text=_(
            "Haushaltsmittel oder Förderprogramm, z. B. „Deutsch-Französisches Jugendwerk“."
        ),
    )
    public = models.BooleanField(
        _("Auf der Website zeigen"),
        default=True,
        help_text=_("Abschalten für Besuche, die noch nicht angekündigt werden dürfen."),
    )
    partner_cities = ParentalManyToManyField(
        PartnerCityPage, verbose_name=_("Partnerstädte"), related_name="exchanges"
    )
    topics = ParentalManyToManyField(
        "news.Topic", verbose_name=_("Themen"), blank=True, related_name="exchanges"
    )
    press_releases = ParentalManyToManyField(
        "news.PressReleasePage",
        verbose_name=_("Pressemitteilungen"),
        blank=True,
        related_name="exchanges",
    )

    base_form_class = ExchangeForm
    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("direction")]),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
        FieldPanel("places"),
        FieldPanel("partner_cities", widget=forms.CheckboxSelectMultiple),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        FieldPanel("description"),
        FieldPanel("funding"),
        InlinePanel("participants", label=_("Teilnehmende nach Land und Gruppe")),
        InlinePanel("programme", label=_("Programm")),
        # Searched on the server, as the archive holds up to 100,000 releases.
        AutocompletePanel("press_releases"),
        FieldPanel("public"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.SearchField("places"),
        index.SearchField("description"),
        index.FilterField("starts_on"),
    ]

    class Meta:
        ordering = ["-starts_on", "title"]
        verbose_name = _("Begegnung")
        verbose_name_plural = _("Begegnungen")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=F("starts_on")), name="exchange_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.starts_on:%d.%m.%Y})" if self.starts_on else self.title

    def clean(self) -> None:
        super().clean()
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError(
                {"ends_on": _("Der letzte Tag der Begegnung liegt vor ihrem ersten Tag.")}
            )

    @property
    def days(self) -> int:
        """Calendar days, both ends counted: a visit from Monday to Friday lasts five days."""
        return (self.ends_on - self.starts_on).days + 1

    @property
    def total_participants(self) -> int:
        return sum(p.count for p in self.participants.all())


class ProgrammeItem(Orderable):
    """One dated item of an exchange's programme, in the wall-clock time of the place it happens.

    Dates and times are kept as typed (with the zone beside them) rather than as instants, so
    that "18:30 at the embassy in Washington" stays 18:30 whoever edits it from wherever.
    """

    exchange = ParentalKey(Exchange, on_delete=models.CASCADE, related_name="programme")
    title = models.CharField(_("Programmpunkt"), max_length=255)
    date = models.DateField(_("Datum"))
    start_time = models.TimeField(_("Beginn"), null=True, blank=True)
    end_date = models.DateField(
        _("Bis (Datum)"), null=True, blank=True, help_text=_("Nur bei mehrtägigen Punkten.")
    )
    end_time = models.TimeField(_("Ende"), null=True, blank=True)
    timezone = models.CharField(
        _("Zeitzone"), max_length=64, default="Europe/Berlin", validators=[validate_timezone]
    )
    place = models.CharField(_("Ort"), max_length=200, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("start_time")]),
        FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
        FieldPanel("timezone"),
        FieldPanel("place"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Programmpunkt")
        verbose_name_plural = _("Programm")

    def clean(self) -> None:
        super().clean()
        if self.date is None:
            return
        if self.end_date and self.end_date < self.date:
            raise ValidationError({"end_date": _("Der Programmpunkt endet vor seinem Beginn.")})
        if (
            (self.end_date in (None, self.date))
            and self.start_time
            and self.end_time
            and self.end_time < self.start_time
        ):
            raise ValidationError({"end_time": _("Der Programmpunkt endet vor seinem Beginn.")})

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.start_time or dt.time(0), tzinfo=self.zone)

    @property
    def end(self) -> dt.datetime | None:
        if self.end_time is None and self.end_date is None:
            return None
        return dt.datetime.combine(
            self.end_date or self.date, self.end_time or dt.time(23, 59), tzinfo=self.zone
        )


class ParticipantCountField(models.PositiveIntegerField):
    """A head count that refuses negative numbers with a message an editor understands."""

    NEGATIVE = _("Die Zahl der Teilnehmenden kann nicht negativ sein.")

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("validators", [MinValueValidator(0, message=self.NEGATIVE)])
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.error_messages["min_value"] = self.NEGATIVE
        return field


class CountryCodeField(models.CharField):
    """A two-letter ISO code, stored in capitals whatever the editor typed."""

    def to_python(self, value):
        value = super().to_python(value)
        return value.strip().upper() if isinstance(value, str) else value


class ParticipantCount(Orderable):
    """How many people of one group from one country took part: counted, never named."""

    exchange = ParentalKey(Exchange, on_delete=models.CASCADE, related_name="participants")
    country_code = CountryCodeField(
        _("Land (ISO-Code)"), max_length=2, validators=[validate_country_code]
    )
    group = models.CharField(_("Gruppe"), max_length=16, choices=ParticipantGroup.choices)
    count = ParticipantCountField(_("Anzahl"))

    panels = [FieldRowPanel([FieldPanel("country_code"), FieldPanel("group"), FieldPanel("count")])]

    class Meta(Orderable.Meta):
        verbose_name = _("Teilnehmende")
        verbose_name_plural = _("Teilnehmende")
