"""API routes for partner cities, events and the partnerships open-data export (Wikidata P190).

The router is created before the imports from ``api.py`` because ``api.py`` mounts it by its
import path: whichever of the two modules is imported first, the router already exists.
"""

from __future__ import annotations

from ninja import Router

router = Router(tags=["Partnerschaften und Termine"])

import csv  # noqa: E402
import datetime as dt  # noqa: E402
import io  # noqa: E402
from typing import Literal  # noqa: E402

from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.utils import timezone  # noqa: E402
from django.utils.html import strip_tags  # noqa: E402
from django.utils.translation import gettext as _  # noqa: E402
from ninja import Query, Schema  # noqa: E402
from ninja.errors import ValidationError  # noqa: E402

from twinning.api.api import CityRef, ErrorOut, Image, Paged  # noqa: E402
from twinning.api.params import Day, PageNumber, PageSize, is_slug  # noqa: E402
from twinning.api.selectors import absolute, image_data, paged  # noqa: E402
from twinning.core.cache import use_query_params  # noqa: E402
from twinning.events.selectors import events_between  # noqa: E402
from twinning.partnerships.selectors import filtered_cities, partnership_records  # noqa: E402

# Partner cities ------------------------------------------------------------------------------


class AnniversaryOut(Schema):
    years: int
    on: dt.date
    exact: bool
    label: str


class AssociationOut(Schema):
    name: str
    kind: str
    url: str
    description: str


class PartnerCityOut(Schema):
    id: int
    slug: str
    name: str
    local_name: str
    other_names: list[str]
    country: str
    country_code: str
    region: str
    latitude: float
    longitude: float
    timezone: str
    languages: list[str]
    population: int | None
    partnership_type: str
    began_on: dt.date | None
    began_year: int | None
    status: str
    status_since: dt.date | None
    status_reason: str
    council_decision: str
    wikidata_id: str | None
    url: str
    calendar_url: str
    image: Image | None
    anniversary: AnniversaryOut | None
    associations: list[AssociationOut]


class PartnerCityList(Paged):
    results: list[PartnerCityOut]


class CityFilters(Schema):
    page: PageNumber = 1
    page_size: PageSize = 20
    status: Literal["active", "suspended", "ended"] | None = None
    country_code: str | None = None
    partnership_type: (
        Literal["staedtepartnerschaft", "freundschaft", "projektpartnerschaft"] | None
    ) = None


def city_data(request: HttpRequest, city) -> dict:
    anniversary = city.anniversary()
    return {
        "id": city.pk,
        "slug": city.slug,
        "name": city.title,
        "local_name": city.local_name,
        "other_names": city.all_names[1:],
        "country": city.country,
        "country_code": city.country_code,
        "region": city.region,
        "latitude": city.latitude,
        "longitude": city.longitude,
        "timezone": city.timezone,
        "languages": city.language_list,
        "population": city.population,
        "partnership_type": city.partnership_type,
        "began_on": city.began_on,
        "began_year": city.year_begun,
        "status": city.status,
        "status_since": city.status_since,
        "status_reason": city.status_reason,
        "council_decision": city.council_decision,
        "wikidata_id": city.wikidata_id or None,
        "url": absolute(request, city.url),
        "calendar_url": absolute(request, f"{city.url}kalender.ics") if city.url else "",
        "image": image_data(request, city.image),
        "anniversary": {
            "years": anniversary.years,
            "on": anniversary.on,
            "exact": anniversary.exact,
            "label": _("%(years)d Jahre Partnerschaft mit %(city)s")
            % {"years": anniversary.years, "city": city.dative_name},
        }
        if anniversary
        else None,
        "associations": [
            {"name": a.name, "kind": a.kind, "url": a.url, "description": a.description}
            for a in city.associations.all()
        ],
    }


@router.get(
    "/partner-cities/",
    response={200: PartnerCityList, 400: ErrorOut},
    summary="Partnerstädte mit Partnerschaftsdaten, alphabetisch",
)
def partner_cities(request: HttpRequest, filters: Query[CityFilters]):
    use_query_params(request, CityFilters.model_fields)
    qs = filtered_cities(filters.status, filters.country_code, filters.partnership_type)
    if filters.country_code is not None and not filters.country_code.isalpha():
        qs = qs.none()  # no country has such a code
    qs = qs.prefetch_related("image__renditions")
    return paged(request, qs, filters.page, filters.page_size, lambda c: city_data(request, c))


# Events --------------------------------------------------------------------------------------


class ExchangeRef(Schema):
    slug: str
    title: str
    kind: str
    starts_on: dt.date
    ends_on: dt.date


class EventOut(Schema):
    id: int
    title: str
    url: str
    start: dt.datetime
    end: dt.datetime
    timezone: str
    place: str
    address: str
    description: str
    partner_cities: list[CityRef]
    exchange: ExchangeRef | None
    calendar_url: str


class EventList(Paged):
    results: list[EventOut]


class EventFilters(Schema):
    page: PageNumber = 1
    page_size: PageSize = 20
    partner_city: str | None = None
    date_from: Day | None = None
    date_to: Day | None = None


def event_data(request: HttpRequest, event) -> dict:
    exchange = event.exchange if event.exchange_id and event.exchange.public else None
    return {
        "id": event.pk,
        "title": event.title,
        "url": absolute(request, event.url),
        "start": event.local_start,
        "end": event.local_end,
        "timezone": event.timezone,
        "place": event.place,
        "address": event.address,
        "description": strip_tags(event.description).strip(),
        "partner_cities": [
            {"slug": c.slug, "name": c.title, "url": absolute(request, c.url)}
            for c in event.partner_cities.all()
        ],
        "exchange": {
            "slug": exchange.slug,
            "title": exchange.title,
            "kind": exchange.kind,
            "starts_on": exchange.starts_on,
            "ends_on": exchange.ends_on,
        }
        if exchange
        else None,
        "calendar_url": absolute(request, f"{event.url}kalender.ics") if event.url else "",
    }


@router.get(
    "/events/",
    response={200: EventList, 400: ErrorOut},
    summary="Termine, nach Beginn geordnet; Zeiten in der Zeitzone des Termins",
    description=(
        "`date_from` und `date_to` (JJJJ-MM-TT, beide eingeschlossen) wählen Termine, die an "
        "diesen Tagen stattfinden, gerechnet in Europe/Berlin; `date_to` darf nicht vor "
        "`date_from` liegen (sonst 400). `partner_city` ist der Kurzname einer Partnerstadt."
    ),
)
def events(request: HttpRequest, filters: Query[EventFilters]):
    use_query_params(request, EventFilters.model_fields)
    if filters.date_from and filters.date_to and filters.date_to < filters.date_from:
        raise ValidationError([{"loc": ["date_to"], "msg": "date_to liegt vor date_from"}])
    qs = events_between(filters.date_from, filters.date_to, filters.partner_city)
    if not is_slug(filters.partner_city):
        qs = qs.none()  # no partner city has such a name
    return paged(request, qs, filters.page, filters.page_size, lambda e: event_data(request, e))


# Open data: the partnerships as Wikidata "twinned administrative body" (P190) -----------------


class SubjectOut(Schema):
    label: str
    wikidata_id: str | None


class PartnershipOut(Schema):
    subject_label: str
    subject_wikidata_id: str | None
    property: str
    partner_label: str
    partner_local_name: str
    partner_wikidata_id: str | None
    partner_country_code: str
    partner_latitude: float
    partner_longitude: float
    partnership_type: str
    status: str
    status_since: dt.date | None
    start_time: str | None
    start_time_wikidata: str | None
    end_time: str | None
    end_time_wikidata: str | None
    url: str


class PartnershipExport(Schema):
    subject: SubjectOut
    property: str
    generated: dt.datetime
    partnerships: list[PartnershipOut]


EXPORT_DESCRIPTION = (
    "Jede Partnerschaft als Aussage „Partnerstadt“ (Wikidata P190) der Stadt (`subject`) mit "
    "Beginn (P580, `start_time`) und Ende (P582, `end_time`, nur bei beendeten "
    "Partnerschaften). `*_wikidata` geben die Zeit in Wikidatas Schreibweise mit Genauigkeit "
    "an (/11 Tag, /9 Jahr), wie sie QuickStatements erwartet."
)


def export_records(request: HttpRequest) -> dict:
    data = partnership_records()
    for record in data["partnerships"]:
        record["url"] = absolute(request, record["url"])
    data["generated"] = timezone.now()
    return data


@router.get(
    "/partnerships.json",
    response=PartnershipExport,
    summary="Offene Daten: alle Partnerschaften (Wikidata P190) als JSON",
    description=EXPORT_DESCRIPTION,
)
def partnerships_json(request: HttpRequest):
    return export_records(request)


CSV_FIELDS = list(PartnershipOut.model_fields)


@router.get(
    "/partnerships.csv",
    summary="Offene Daten: alle Partnerschaften (Wikidata P190) als CSV",
    description=EXPORT_DESCRIPTION + " Spalten wie im JSON, durch Kommas getrennt, UTF-8.",
    openapi_extra={
        "responses": {
            200: {
                "description": "CSV mit einer Kopfzeile: " + ", ".join(CSV_FIELDS),
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        }
    },
)
def partnerships_csv(request: HttpRequest) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\r\n")
    writer.writeheader()
    for record in export_records(request)["partnerships"]:
        writer.writerow({k: "" if record[k] is None else record[k] for k in CSV_FIELDS})
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="partnerschaften.csv"'
    return response
