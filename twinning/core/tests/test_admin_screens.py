"""Every admin screen of the demo site opens for the role that uses it and shows its content.

No redirect is followed: a screen that sent its user to the dashboard or the login page
(a missing permission) fails here instead of passing as "opens".
"""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from lxml import html as lxml_html

from twinning.core.models import CityImage, CitySettings
from twinning.core.roles import ADMINISTRATION, APPROVER, EDITOR, INTERNATIONAL
from twinning.events.models import EventPage
from twinning.news.models import Organisation, Person, PressArchivePage, PressReleasePage, Topic
from twinning.partnerships.models import Exchange, PartnerCityPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(client) -> dict:
    call_command("load_demo", stdout=io.StringIO())
    users = get_user_model().objects.filter(is_superuser=False)
    return {
        role: users.get(groups__name=role)
        for role in (EDITOR, APPROVER, INTERNATIONAL, ADMINISTRATION)
    }


def screen(client, user, url: str):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code, response.get("Location"))
    return lxml_html.fromstring(response.content.decode())


def text(doc) -> str:
    return " ".join(doc.text_content().split())


def title_input(doc) -> str:
    return doc.xpath("//input[@name='title']/@value")[0]


def test_editor_screens_show_releases_snippets_and_images(client, demo):
    editor = demo[EDITOR]
    release = PressReleasePage.objects.live().order_by("-published_at").first()
    archive = PressArchivePage.objects.get(locale__language_code="de")

    doc = screen(client, editor, reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    assert title_input(doc) == release.title
    doc = screen(
        client,
        editor,
        reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", archive.pk)),
    )
    assert doc.xpath("//input[@name='title']") and "Pressemitteilung" in text(doc)
    doc = screen(client, editor, reverse("wagtailadmin_explore", args=(archive.pk,)))
    assert release.title in text(doc)
    for model, label in ((Topic, "topic"), (Person, "person"), (Organisation, "organisation")):
        known = model.objects.order_by("name").first()
        doc = screen(client, editor, reverse(f"wagtailsnippets_news_{label}:list"))
        assert known.name in text(doc), label
    image = CityImage.objects.order_by("title").first()
    doc = screen(client, editor, reverse("wagtailimages:index") + "?ordering=title")
    edit = reverse("wagtailimages:edit", args=(image.pk,))
    assert doc.xpath(f"//a[starts-with(@href, '{edit}')]/@title") == [image.title]
    assert image.credit in text(doc)


def test_approver_screens_show_the_import(client, demo):
    doc = screen(client, demo[APPROVER], reverse("importer_import"))
    assert "Datei hochladen" in text(doc)
    assert doc.xpath("//input[@type='file' and @name='file']")


def test_international_office_screens_show_cities_events_exchanges_and_report(client, demo):
    office = demo[INTERNATIONAL]
    city = PartnerCityPage.objects.order_by("title").first()
    event = EventPage.objects.order_by("start").first()
    exchange = Exchange.objects.order_by("starts_on").first()

    assert (
        title_input(screen(client, office, reverse("wagtailadmin_pages:edit", args=(city.pk,))))
        == city.title
    )
    assert (
        title_input(screen(client, office, reverse("wagtailadmin_pages:edit", args=(event.pk,))))
        == event.title
    )
    doc = screen(client, office, reverse("wagtailsnippets_partnerships_exchange:list") + "?p=1")
    assert Exchange.objects.order_by("-starts_on").first().title in text(doc)
    doc = screen(
        client, office, reverse("wagtailsnippets_partnerships_exchange:edit", args=(exchange.pk,))
    )
    assert title_input(doc) == exchange.title
    doc = screen(client, office, reverse("partnerships_report") + "?jahr=alle")
    report = text(doc)
    assert "Gesamt" in report
    assert exchange.partner_cities.first().title in report


def test_administration_screens_show_users_groups_and_site_settings(client, demo):
    admin = demo[ADMINISTRATION]
    doc = screen(client, admin, reverse("wagtailusers_users:index"))
    assert {"redaktion", "freigabe", "international"} <= set(text(doc).lower().split())
    doc = screen(client, admin, reverse("wagtailusers_groups:index"))
    assert all(name in text(doc) for name in (EDITOR, APPROVER, INTERNATIONAL))
    site_settings = CitySettings.objects.get()
    doc = screen(
        client,
        admin,
        reverse("wagtailsettings:edit", args=("core", "citysettings", site_settings.site_id)),
    )
    assert doc.xpath("//input[@name='city_name']/@value") == [site_settings.city_name]


def test_login_form_speaks_german(client):
    html = client.get("/admin/login/").content.decode()
    labels = [" ".join(label.split()) for label in html.split("<label")[1:]]
    texts = [label.split(">", 1)[1].strip() for label in labels]
    assert any(text.startswith("Passwort") for text in texts), texts
    assert not any(text.startswith("Password") for text in texts)
