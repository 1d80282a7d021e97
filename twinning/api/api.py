"""The read-only JSON API (/api/v1/…), with its OpenAPI document from django-ninja."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import HttpError, ValidationError

from twinning.api import selectors
from twinning.api.params import Moment, PageNumber, PageSize, german_message
from twinning.core.cache import use_query_params

api = NinjaAPI(
    title="Twinning API",
    version="1",
    description="Pressemitteilungen, Partnerstädte, Termine und Suche – nur lesend.",
    urls_namespace="api_v1",
    docs_url=None,
    openapi_url="/openapi.json",
)


@api.exception_handler(ValidationError)
def bad_parameters(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """A 400 that names each bad parameter, instead of ninja's 422."""
    problems = []
    for error in exc.errors:
        loc = [str(part) for part in error.get("loc", []) if part not in ("query", "path", "body")]
        parameter = ".".join(loc) or None
        problems.append(
            {"parameter": parameter, "message": german_message(error, parameter or "Anfrage")}
        )
    first = problems[0]["parameter"] if problems else None
    return api.create_response(
        request,
        {
            "error": f"Ungültiger Parameter: {first}" if first else "Ungültige Anfrage",
            "parameter": first,
            "details": problems,
        },
        status=400,
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return api.create_response(request, {"error": str(exc)}, status=exc.status_code)


class Problem(Schema):
    parameter: str | None
    message: str


class ErrorOut(Schema):
    error: str
    parameter: str | None = None
    details: list[Problem] = Field(default_factory=list)


class SearchHit(Schema):
    title: str
    url: str
    published: dt.datetime | None
    source_id: str | None
    kind: str
    partner_cities: list[str]
    snippet: str


class SearchOut(Schema):
    total: int
    results: list[SearchHit]


MAX_QUERY = 500  # as the search box allows (templates: maxlength)


# The languages the site offers (SITE_LANGUAGES), named in the schema: another code is a 400.
LANG = Field(
    None,
    pattern="^[a-z]{2,3}$",
    description="Sprache (de, en, fr, nl …); ohne: Deutsch",
    json_schema_extra={"enum": [code for code, _name in settings.LANGUAGES]},
)


def in_language(lang: str | None):
    """The answer's language: German without ``lang``; a language the site does not offer is
    a 400 with a German message, never an empty list that looks like "no releases"."""
    from django.utils import translation

    from twinning.core.i18n import language_codes

    if lang is None:
        lang = settings.LANGUAGE_CODE
    if lang not in language_codes():
        offered = ", ".join(language_codes())
        raise HttpError(400, f"Unbekannte Sprache: {lang}. Angeboten werden: {offered}.")
    return translation.override(lang)


class SearchParams(Schema):
    q: str = Field("", max_length=MAX_QUERY)
    lang: str | None = LANG
    limit: int = Field(10, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000)


@api.get(
    "/search",
    response={200: SearchOut, 400: ErrorOut},
    summary="Suche über Meldungen, Partnerstädte und Termine",
)
def search(request: HttpRequest, params: Query[SearchParams]):
    use_query_params(request, SearchParams.model_fields)
    with in_language(params.lang):
        return selectors.search(request, params.q, params.limit, params.offset)


class Image(Schema):
    url: str
    caption: str
    credit: str
    alt: str


class CityRef(Schema):
    slug: str
    name: str
    url: str


class PressReleaseOut(Schema):
    id: int
    title: str
    subtitle: str
    url: str
    published: dt.datetime
    updated: dt.datetime | None
    teaser: str
    image: Image | None
    partner_cities: list[CityRef]
    topics: list[str]
    source_id: str | None
    source_url: str
    language: str = Field(description="Sprache der Meldung (de, en, fr, nl …)")
    translations: dict[str, str] = Field(
        default_factory=dict,
        description="Dieselbe Meldung in den anderen Sprachen: Sprache → URL",
    )


class Paged(Schema):
    total: int
    page: int
    page_size: int
    next: str | None
    previous: str | None


class Removal(Schema):
    """A release that left the public site since ``changed_since``: delete your copy."""

    id: int
    source_id: str | None
    removed_at: dt.datetime
    reason: str = Field(description="unpublished oder deleted")


class PressReleaseList(Paged):
    results: list[PressReleaseOut]
    removed: list[Removal] = Field(
        default_factory=list,
        description="Nur mit changed_since: seither zurückgezogene oder gelöschte Meldungen",
    )


class ReleaseFilters(Schema):
    page: PageNumber = 1
    page_size: PageSize = 20
    partner_city: str | None = None
    topic: str | None = None
    year: int | None = Field(None, ge=1900, le=2200)
    changed_since: Moment | None = None
    lang: str | None = LANG


@api.get(
    "/press-releases/",
    response={200: PressReleaseList, 400: ErrorOut},
    summary="Pressemitteilungen, neueste zuerst",
)
def press_releases(request: HttpRequest, filters: Query[ReleaseFilters]):
    use_query_params(request, ReleaseFilters.model_fields)
    with in_language(filters.lang):
        return selectors.press_releases(request, filters)


api.add_router("", "twinning.api.partnerships_api.router")  # partner cities, events, open data
