"""API and upload robustness: odd input gets a clear answer, never a server error.

The review found dates that answered 500 (``changed_since=0001-01-01``: the database could not
convert year 1 in Berlin to UTC), an OpenAPI document that disagreed with six answers, and a
malformed GIF that crashed the image upload. Here: date and number edge cases by hand,
schemathesis against the OpenAPI document through the WSGI application (a few bounded examples
per operation, its boundary values included), and damaged images through every upload form.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.serializers.json import DjangoJSONEncoder
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck, settings
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from twinning.api.api import api
from twinning.conftest import BERLIN, make_image, png_bytes
from twinning.core import roles
from twinning.partnerships.tests.factories import make_event
from twinning.wsgi import application

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(site_tree):
    venlo = site_tree.city("Venlo", slug="venlo", country="Niederlande", country_code="NL")
    site_tree.release(
        "Besuch aus Venlo",
        cities=[venlo],
        image=make_image(),
        published=dt.datetime(2024, 3, 1, 10, tzinfo=BERLIN),
    )
    start = dt.datetime(2030, 5, 1, 18, tzinfo=BERLIN)
    make_event(site_tree, "Bürgerfest", start, start + dt.timedelta(hours=2), cities=[venlo])
    return site_tree


def get(client, url: str, **params):
    response = client.get(url, params)
    assert response.status_code in (200, 400), (url, params, response.status_code)
    return response


# Dates and numbers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "since,total",
    [
        ("0001-01-01T00:00:00Z", 1),  # "since the beginning"
        ("0001-01-01T00:00:00+14:00", 1),  # before year 1 in UTC
        ("1900-01-01T00:00:00-12:00", 1),
        ("9999-12-31T23:59:59Z", 0),
        ("9999-12-31T23:59:59-14:00", 0),  # after year 9999 in UTC
    ],
)
def test_changed_since_at_the_ends_of_the_calendar_is_answered(client, data, since, total):
    body = get(client, "/api/v1/press-releases/", changed_since=since).json()
    assert body["total"] == total
    assert [r["title"] for r in body["results"]] == ["Besuch aus Venlo"][:total]
    assert body["removed"] == []


@pytest.mark.parametrize(
    "since",
    [
        "0001-01-01",  # a day is not an instant
        "2024-05-01T10:00:00",  # no time zone
        "2024-02-30T00:00:00Z",
        "2016-12-31T23:59:60Z",
        "99999-01-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "0.5",
        "1700000000",
        "gestern",
        "",
    ],
)
def test_malformed_instants_get_a_german_400(client, data, since):
    response = get(client, "/api/v1/press-releases/", changed_since=since)
    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == "changed_since"
    assert body["error"] == "Ungültiger Parameter: changed_since"
    assert body["details"][0]["message"].startswith("changed_since muss ein Zeitpunkt mit Zeitzone")


@pytest.mark.parametrize(
    "params,titles",
    [
        ({"date_from": "0001-01-01"}, ["Bürgerfest"]),
        ({"date_to": "9999-12-31"}, ["Bürgerfest"]),
        ({"date_from": "0001-01-01", "date_to": "9999-12-31"}, ["Bürgerfest"]),
        ({"date_from": "9999-12-31"}, []),
        ({"date_to": "0001-01-01"}, []),
        ({"date_from": "2030-05-01", "date_to": "2030-05-01"}, ["Bürgerfest"]),
    ],
)
def test_event_days_at_the_ends_of_the_calendar_are_answered(client, data, params, titles):
    body = get(client, "/api/v1/events/", **params).json()
    assert [e["title"] for e in body["results"]] == titles


@pytest.mark.parametrize(
    "params,parameter,message",
    [
        ({"date_from": "0000-01-01"}, "date_from", "date_from muss ein Datum"),
        ({"date_to": "2024-13-01"}, "date_to", "date_to muss ein Datum"),
        ({"date_from": "1"}, "date_from", "date_from muss ein Datum"),
        ({"date_to": "2024-05-01T00:00:00Z"}, "date_to", "date_to muss ein Datum"),
        ({"page": "0"}, "page", "page muss mindestens 1 sein."),
        ({"page_size": "101"}, "page_size", "page_size darf höchstens 100 sein."),
        ({"page": "zwei"}, "page", "page muss eine ganze Zahl sein."),
        ({"date_from": "2027-01-01", "date_to": "2026-01-01"}, "date_to", "date_to liegt vor"),
    ],
)
def test_bad_event_filters_get_a_german_400(client, data, params, parameter, message):
    response = get(client, "/api/v1/events/", **params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter
    assert response.json()["details"][0]["message"].startswith(message)


@pytest.mark.parametrize(
    "url,params,message",
    [
        ("/api/v1/press-releases/", {"year": "0"}, "year muss mindestens 1900 sein."),
        ("/api/v1/press-releases/", {"year": "9" * 30}, "year darf höchstens 2200 sein."),
        ("/api/v1/search", {"q": "Venlo", "limit": "0"}, "limit muss mindestens 1 sein."),
        ("/api/v1/search", {"q": "Venlo", "offset": "-1"}, "offset muss mindestens 0 sein."),
        ("/api/v1/partner-cities/", {"status": "vergessen"}, "status muss einer dieser Werte"),
    ],
)
def test_numbers_and_choices_out_of_range_get_a_german_400(client, data, url, params, message):
    response = get(client, url, **params)
    assert response.status_code == 400
    assert response.json()["details"][0]["message"].startswith(message)


@pytest.mark.parametrize("value", ["\x00", "ven\x00lo", "venlo'--", "\u202e", "x" * 5000])
def test_names_that_cannot_exist_find_nothing(client, data, value):
    """Also on PostgreSQL, which refuses a NUL character in any query (a 500 before)."""
    for url, params in [
        ("/api/v1/press-releases/", {"partner_city": value}),
        ("/api/v1/press-releases/", {"topic": value}),
        ("/api/v1/events/", {"partner_city": value}),
        ("/api/v1/partner-cities/", {"country_code": value}),
    ]:
        body = get(client, url, **params).json()
        assert (body["total"], body["results"]) == (0, []), (url, params)
    response = get(client, "/api/v1/search", q=value)  # words are searched, not names
    if len(value) > 500:  # longer than the search box allows: a JSON 400 naming q
        assert response.status_code == 400 and response.json()["parameter"] == "q"
        return
    assert all(
        hit["title"] == "Besuch aus Venlo" or hit["kind"] != "press_release"
        for hit in response.json()["results"]
    )


# The OpenAPI document, checked by schemathesis ------------------------------------------------

DOCUMENT = json.loads(json.dumps(api.get_openapi_schema(), cls=DjangoJSONEncoder))
schema = schemathesis.openapi.from_dict(DOCUMENT)
schema.app = application  # requests go through the WSGI application, as gunicorn sends them


@schema.hook
def map_query(context, query):
    """The one rule a document cannot state: ``date_to`` is not before ``date_from``."""
    if isinstance(query, dict):
        start, end = query.get("date_from"), query.get("date_to")
        days = re.compile(r"\d{4}-\d{2}-\d{2}")
        both = isinstance(start, str) and isinstance(end, str)
        if both and days.fullmatch(start) and days.fullmatch(end) and end < start:
            query = {**query, "date_from": end, "date_to": start}
    return query


@pytest.fixture
def wsgi_requests(data):
    """Requests through the WSGI handler inside the test's transaction (Django's test client
    does the same: the handler would otherwise close the test's database connection)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_the_checked_document_is_the_one_the_api_serves(client):
    served = client.get("/api/v1/openapi.json").json()
    assert served == DOCUMENT
    assert set(served["paths"]) == {
        "/api/v1/search",
        "/api/v1/press-releases/",
        "/api/v1/partner-cities/",
        "/api/v1/events/",
        "/api/v1/partnerships.json",
        "/api/v1/partnerships.csv",
    }


@schema.parametrize()
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_answer_matches_the_openapi_document(case, wsgi_requests):
    case.call_and_validate()


# Damaged images -------------------------------------------------------------------------------


def damaged_images() -> dict[str, bytes]:
    gif = io.BytesIO()
    PILImage.new("P", (40, 30), 3).save(gif, "GIF")
    png = png_bytes(size=(200, 150))
    jpeg = io.BytesIO()
    PILImage.new("RGB", (200, 150), "#225").save(jpeg, "JPEG")
    return {
        "kopf.gif": b"GIF89a\x10\x00\x10\x00\x80\x00\x00" + b"\x00" * 20,  # header, no frames
        "abgeschnitten.gif": gif.getvalue()[: len(gif.getvalue()) // 2],
        "abgeschnitten.png": png[: len(png) // 2],
        "abgeschnitten.jpg": jpeg.getvalue()[: len(jpeg.getvalue()) // 3],
        "leer.gif": b"",
        "text.gif": b"kein Bild, nur Text",
    }


@pytest.fixture
def editor() -> Client:
    roles.ensure_roles()
    user = get_user_model().objects.create_user("redaktion", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=roles.EDITOR))
    client = Client()
    client.force_login(user)
    return client


def upload_fields(name: str, content: bytes) -> dict:
    return {
        "title": "Foto",
        "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content, "image/gif"),
        "alt_text": "Ein Foto",
        "caption": "Ein Foto",
        "credit": "Stadt Krefeld",
    }


GERMAN_REFUSALS = ("ist beschädigt oder kein vollständiges Bild", "gültiges Bild", "leer")


@pytest.mark.parametrize("name", list(damaged_images()))
def test_a_damaged_image_is_a_german_form_error_in_the_image_library(editor, name):
    content = damaged_images()[name]
    response = editor.post("/admin/images/add/", upload_fields(name, content))
    assert response.status_code == 200
    text = response.content.decode()
    assert any(refusal in text for refusal in GERMAN_REFUSALS), name
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("name", ["kopf.gif", "abgeschnitten.gif", "abgeschnitten.png"])
def test_a_damaged_image_is_refused_by_the_multiple_upload_and_the_chooser(editor, name):
    content = damaged_images()[name]
    response = editor.post(
        "/admin/images/multiple/add/",
        {
            "collection": Collection.get_first_root_node().pk,
            "files[]": SimpleUploadedFile(name, content, "image/gif"),
        },
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False
    assert "ist beschädigt oder kein vollständiges Bild" in body["error_message"]
    response = editor.post(
        "/admin/images/chooser/create/",
        {f"image-chooser-upload-{k}": v for k, v in upload_fields(name, content).items()},
    )
    assert response.status_code == 200
    assert response.json()["step"] == "reshow_creation_form"
    assert "ist beschädigt oder kein vollständiges Bild" in response.json()["htmlFragment"]
    assert not get_image_model().objects.exists()


def test_a_sound_image_still_goes_in(editor):
    response = editor.post("/admin/images/add/", upload_fields("foto.png", png_bytes()))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (64, 48)
    image.file.delete(save=False)
