"""The press office publishes releases; the international office keeps exchanges, cities, events."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from twinning.conftest import make_image
from twinning.events.models import EventPage
from twinning.news.models import PressReleasePage
from twinning.partnerships.models import Exchange
from twinning.partnerships.services import (
    INTERNATIONAL_GROUP,
    PRESS_GROUP,
    ensure_editor_groups,
)
from twinning.partnerships.tests.factories import editor, make_exchange

pytestmark = pytest.mark.django_db


def add_page_url(parent, app: str, model: str) -> str:
    return reverse("wagtailadmin_pages:add", args=(app, model, parent.pk))


def release_form(title: str, image) -> dict:
    return nested_form_data(
        {
            "title": title,
            "slug": "meldung",
            "subtitle": "",
            "published_at": "2024-05-01 10:00",
            "teaser": "",
            "lead_image": image.pk,
            "body": streamfield([("paragraph", rich_text("<p>Ein Satz.</p>"))]),
            "action-publish": "action-publish",
        }
    )


def event_form(title: str, city) -> dict:
    data = nested_form_data(
        {
            "title": title,
            "slug": "empfang",
            "timezone": "Europe/Berlin",
            "start": "2027-01-15 18:00",
            "end": "2027-01-15 21:00",
            "place": "Rathaus",
            "address": "",
            "exchange": "",
            "description": rich_text("<p>Empfang.</p>"),
            "action-publish": "action-publish",
        }
    )
    data["partner_cities"] = [city.pk]
    return data


def test_every_installation_has_both_groups_from_the_migration():
    assert set(Group.objects.values_list("name", flat=True)) >= {PRESS_GROUP, INTERNATIONAL_GROUP}
    international = Group.objects.get(name=INTERNATIONAL_GROUP)
    codenames = set(international.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_exchange", "change_exchange", "delete_exchange"} <= codenames


def test_new_section_pages_give_the_groups_their_page_permissions(site_tree):
    international = editor(INTERNATIONAL_GROUP)
    press = editor(PRESS_GROUP)
    assert site_tree.events.permissions_for_user(international).can_publish_subpage()
    assert site_tree.cities.permissions_for_user(international).can_add_subpage()
    assert site_tree.archive.permissions_for_user(press).can_publish_subpage()
    assert not site_tree.archive.permissions_for_user(international).can_add_subpage()
    assert not site_tree.events.permissions_for_user(press).can_add_subpage()


def test_ensuring_the_groups_again_changes_nothing():
    before = {g.name: set(g.permissions.all()) for g in Group.objects.all()}
    ensure_editor_groups()
    after = {g.name: set(g.permissions.all()) for g in Group.objects.all()}
    assert before == after


def test_international_office_records_exchanges(client, site_tree):
    city = site_tree.city("Dünkirchen")
    client.force_login(editor(INTERNATIONAL_GROUP))
    assert client.get(reverse("wagtailsnippets_partnerships_exchange:add")).status_code == 200
    data = nested_form_data(
        {
            "title": "Bürgerreise",
            "slug": "buergerreise",
            "kind": "citizens",
            "direction": "outgoing",
            "starts_on": "2025-02-27",
            "ends_on": "2025-03-02",
            "places": "Dünkirchen",
            "description": "",
            "funding": "Eigenbeiträge",
            "participants": inline_formset(
                [{"country_code": "DE", "group": "citizens", "count": 40}]
            ),
            "programme": inline_formset([]),
        }
    )
    data["partner_cities"] = [city.pk]
    response = client.post(reverse("wagtailsnippets_partnerships_exchange:add"), data)
    assert response.status_code == 302
    assert Exchange.objects.filter(slug="buergerreise").exists()


def test_international_office_publishes_events(client, site_tree):
    city = site_tree.city("Venlo")
    client.force_login(editor(INTERNATIONAL_GROUP))
    response = client.post(
        add_page_url(site_tree.events, "events", "eventpage"), event_form("Empfang", city)
    )
    assert response.status_code == 302
    assert EventPage.objects.get(slug="empfang").live


def test_international_office_cannot_write_or_publish_press_releases(client, site_tree):
    client.force_login(editor(INTERNATIONAL_GROUP))
    url = add_page_url(site_tree.archive, "news", "pressreleasepage")
    assert client.get(url).status_code in (302, 403)
    client.post(url, release_form("Unerlaubt", make_image()))
    assert not PressReleasePage.objects.filter(title="Unerlaubt").exists()
    release = site_tree.release("Bestehende Meldung")
    assert not release.permissions_for_user(editor(INTERNATIONAL_GROUP)).can_publish()


def test_press_office_publishes_releases_but_does_not_edit_exchanges(client, site_tree):
    city = site_tree.city("Leiden")
    exchange = make_exchange("Konzertreise", dt.date(2019, 10, 2), dt.date(2019, 10, 4), [city])
    client.force_login(editor(PRESS_GROUP))
    url = add_page_url(site_tree.archive, "news", "pressreleasepage")
    response = client.post(url, release_form("Konzert in Leiden", make_image()))
    assert response.status_code == 302
    assert PressReleasePage.objects.get(title="Konzert in Leiden").live
    # It may read the exchanges to plan its coverage, not change them.
    assert client.get(reverse("wagtailsnippets_partnerships_exchange:list")).status_code == 200
    assert client.get(reverse("wagtailsnippets_partnerships_exchange:add")).status_code in (
        302,
        403,
    )
    edit = reverse("wagtailsnippets_partnerships_exchange:edit", args=[exchange.pk])
    assert client.get(edit).status_code in (302, 403)
    assert client.get(add_page_url(site_tree.events, "events", "eventpage")).status_code in (
        302,
        403,
    )
