"""Editors preview an event with unsaved changes before they publish it."""

import datetime as dt

import pytest
from django.urls import reverse

from twinning.partnerships.tests.factories import editor, make_event
from twinning.partnerships.tests.test_permissions import event_form

pytestmark = pytest.mark.django_db


def test_preview_of_an_event_shows_the_unsaved_title_and_cities(client, site_tree):
    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    leiden = site_tree.city("Leiden", country="Niederlande", country_code="NL")
    event = make_event(
        site_tree,
        "Empfang",
        dt.datetime(2027, 1, 15, 18),
        dt.datetime(2027, 1, 15, 21),
        cities=[venlo],
    )
    client.force_login(editor("Internationales Büro"))
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(event.pk,))
    data = event_form("Empfang im Rathaus mit Gästen aus Leiden", leiden)
    data["slug"] = event.slug
    del data["action-publish"]
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()
    assert "Empfang im Rathaus mit Gästen aus Leiden" in html
    assert "Leiden" in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_preview_of_a_new_event(client, site_tree):
    city = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    client.force_login(editor("Internationales Büro"))
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=("events", "eventpage", site_tree.events.pk)
    )
    data = event_form("Neuer Termin", city)
    del data["action-publish"]
    assert client.post(url, data).json()["is_valid"]
    assert "Neuer Termin" in client.get(url).content.decode()
