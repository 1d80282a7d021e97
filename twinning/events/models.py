"""Events: public dates of the partnerships, each with its own page and iCalendar entry."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone as django_timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from twinning.core import i18n
from twinning.core.routing import ViewRestrictionsMixin


def validate_timezone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Unbekannte Zeitzone: %(tz)s"), params={"tz": value}) from exc


class EventIndexPage(ViewRestrictionsMixin, Page):
    """/termine/: coming events, and all of them as one calendar."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1
    cache_query_params = ("vergangene",)  # the page cache keys on it and drops any other

    class Meta:
        verbose_name = _("Terminübersicht")

    def get_context(self, request, *args, **kwargs):
        from twinning.events.selectors import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request.GET))
        return context


class EventPageForm(WagtailAdminPageForm):
    """Start and end are typed as wall-clock times of the event's own time zone.

    Django reads a typed date and time in the editor's time zone (Europe/Berlin); a reception
    in Washington at 18:30 would then be stored six hours early. The form shows the stored
    instants in the event's zone and reads what is typed there, whatever the editor's zone.
    """

    TIME_FIELDS = ("start", "end")

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        zone = self._zone(self.instance.timezone)
        if zone is None:
            return
        for name in self.TIME_FIELDS:
            value = getattr(self.instance, name, None)
            if value is not None and name in self.fields:
                self.initial[name] = value.astimezone(zone).replace(tzinfo=None)

    @staticmethod
    def _zone(name: str | None) -> zoneinfo.ZoneInfo | None:
        try:
            return zoneinfo.ZoneInfo(name) if name else None
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return None

    def clean(self):
        cleaned = super().clean()
        zone = self._zone(cleaned.get("timezone"))
        if zone is None:
            return cleaned
        for name in self.TIME_FIELDS:
            value = cleaned.get(name)
            if value is not None:
                wall_clock = django_timezone.localtime(value).replace(tzinfo=None)
                cleaned[name] = django_timezone.make_aware(wall_clock, zone)
        start, end = cleaned.get("start"), cleaned.get("end")
        if start and end and end < start:
            self.add_error(
                "end",
                _("Das Ende (%(end)s) liegt vor dem Beginn (%(start)s).")
                % {
                    "end": end.astimezone(zone).strftime("%d.%m.%Y %H:%M"),
                    "start": start.astimezone(zone).strftime("%d.%m.%Y %H:%M"),
                },
            )
        return cleaned


class EventPage(ViewRestrictionsMixin, Page):
    """One public event; times are stored as instants and shown in the event's own time zone."""

    # The time zone and the postal address are the same in every language (wagtail-localize
    # copies them); the place's name is translated ("Rathaus" → "Town hall").
    override_translatable_fields = [SynchronizedField("timezone"), SynchronizedField("address")]

    start = models.DateTimeField(_("Beginn"), db_index=True)
    end = models.DateTimeField(_("Ende"))
    timezone = models.CharField(
        _("Zeitzone"), max_length=64, default="Europe/Berlin", validators=[validate_timezone]
    )
    place = models.CharField(_("Ort"), max_length=200)
    address = models.CharField(_("Anschrift"), max_length=300, blank=True)
    partner_cities = ParentalManyToManyField(
        "partnerships.PartnerCityPage",
        verbose_name=_("Partnerstädte"),
        blank=True,
        related_name="events",
    )
    exchange = models.ForeignKey(
        "partnerships.Exchange",
        verbose_name=_("Teil der Begegnung"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Wenn der Termin zum Programm einer Begegnung gehört."),
    )
    description = RichTextField(_("Beschreibung"), blank=True)

    base_form_class = EventPageForm
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("timezone"), FieldRowPanel([FieldPanel("start"), FieldPanel("end")])],
            _("Zeit (Ortszeit der gewählten Zeitzone)"),
        ),
        FieldPanel("place"),
        FieldPanel("address"),
        FieldPanel("partner_cities"),
        FieldPanel("exchange"),
        FieldPanel("description"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("place"),
        index.SearchField("description"),
        index.FilterField("start"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("Termin")
        verbose_name_plural = _("Termine")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")), name="event_ends_after_it_starts"
            )
        ]

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Das Ende liegt vor dem Beginn.")})

    def get_context(self, request, *args, **kwargs):
        from twinning.events.selectors import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(self, request))
        return context

    def search_document(self) -> dict:
        return {
            "kind": "event",
            "language": i18n.language_of(self),
            "object_id": self.pk,
            "url": self.url or "",
            "title": self.title,
            "subtitle": self.place,
            "teaser": self.address,
            "body": strip_tags(self.description),
            "published": self.start,
            "source_id": None,
            "partner_cities": [c.title for c in self.partner_cities.all()],
            "live": self.live,
        }

    @property
    def cities_beyond_place(self) -> list:
        """Partner cities a list names after the place, leaving out one the place already
        names ("Kayseri", not "Kayseri · Kayseri")."""
        place = self.place.casefold()
        return [c for c in self.partner_cities.all() if c.title.casefold() not in place]

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def local_start(self) -> dt.datetime:
        return self.start.astimezone(self.zone)

    @property
    def local_end(self) -> dt.datetime:
        return self.end.astimezone(self.zone)
