"""Events: public dates of the partnerships, each with its own page and iCalendar entry."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


def validate_timezone(value: str) -> None:
    try:
        zoneinfo.ZoneInfo(value)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(_("Unbekannte Zeitzone: %(tz)s"), params={"tz": value}) from exc


class EventIndexPage(Page):
    """/termine/: coming events, and all of them as one calendar."""

    intro = models.TextField(_("Einleitung"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("Terminübersicht")

    def get_context(self, request, *args, **kwargs):
        from twinning.events.selectors import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request.GET))
        return context


class EventPage(Page):
    """One public event; times are stored as instants and shown in the event's own time zone."""

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
    description = RichTextField(_("Beschreibung"), blank=True)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("timezone")],
            _("Zeit"),
        ),
        FieldPanel("place"),
        FieldPanel("address"),
        FieldPanel("partner_cities"),
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

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Das Ende liegt vor dem Beginn.")})

    def search_document(self) -> dict:
        return {
            "kind": "event",
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
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def local_start(self) -> dt.datetime:
        return self.start.astimezone(self.zone)

    @property
    def local_end(self) -> dt.datetime:
        return self.end.astimezone(self.zone)
