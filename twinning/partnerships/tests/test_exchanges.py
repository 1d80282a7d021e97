"""Exchanges: edited in the admin, shown in the partner city's timeline; bad input is refused."""

import datetime as dt
from urllib.parse import urlencode

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from lxml import html
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from twinning.conftest import BERLIN
from twinning.partnerships.models import Exchange, ParticipantCount, PartnerCityPage
from twinning.partnerships.tests.factories import make_exchange

pytestmark = pytest.mark.django_db
ADD_URL = "wagtailsnippets_partnerships_exchange:add"


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("chefin", "c@example.org", "x"))
    return client


def exchange_form(city, **overrides) -> dict:
    participants = overrides.pop(
        "participants", [{"country_code": "fr", "group": "pupils", "count": 24}]
    )
    data = {
        "title": "Schüleraustausch",
        "slug": "schueleraustausch-2024",
        "kind": "school",
        "direction": "incoming",
        "starts_on": "2024-03-11",
        "ends_on": "2024-03-15",
        "places": "Krefeld",
        "description": "Eine Woche Unterricht.",
        "funding": "Deutsch-Französisches Jugendwerk",
        "participants": inline_formset(participants),
        "programme": inline_formset([]),
        "public": "on",
    }
    data.update(overrides)
    form = nested_form_data(data)
    form["partner_cities"] = [city.pk]  # a multiple choice, not a nested list
    return form


def messages_in(response) -> str:
    return " ".join(html.fromstring(response.content).text_content().split())


def test_international_office_records_an_exchange_with_head_counts(admin_client, site_tree):
    city = site_tree.city("Dünkirchen")
    response = admin_client.post(reverse(ADD_URL), exchange_form(city))
    assert response.status_code == 302
    exchange = Exchange.objects.get(slug="schueleraustausch-2024")
    assert list(exchange.partner_cities.all()) == [city]
    [count] = exchange.participants.all()
    assert (count.country_code, count.group, count.count) == ("FR", "pupils", 24)
    assert exchange.days == 5


def test_a_negative_participant_count_is_refused_with_a_clear_message(admin_client, site_tree):
    city = site_tree.city("Dünkirchen")
    data = exchange_form(
        city, participants=[{"country_code": "FR", "group": "pupils", "count": -3}]
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert "Die Zahl der Teilnehmenden kann nicht negativ sein." in messages_in(response)
    assert not Exchange.objects.exists()


def test_a_negative_count_is_refused_outside_the_admin_too():
    with pytest.raises(ValidationError) as error:
        ParticipantCount(country_code="DE", group="citizens", count=-1).clean_fields(
            exclude=["exchange"]
        )
    assert error.value.message_dict["count"] == [
        "Die Zahl der Teilnehmenden kann nicht negativ sein."
    ]


def test_an_exchange_that_ends_before_it_starts_is_refused(admin_client, site_tree):
    city = site_tree.city("Dünkirchen")
    response = admin_client.post(reverse(ADD_URL), exchange_form(city, ends_on="2024-03-01"))
    assert response.status_code == 200
    assert "Der letzte Tag der Begegnung liegt vor ihrem ersten Tag." in messages_in(response)
    assert not Exchange.objects.exists()


def test_an_exchange_needs_a_partner_city(admin_client, site_tree):
    site_tree.city("Dünkirchen")
    data = exchange_form(site_tree.city("Venlo"))
    data.pop("partner_cities")
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert not Exchange.objects.exists()


def test_a_programme_item_that_ends_before_it_starts_is_refused(admin_client, site_tree):
    city = site_tree.city("Dünkirchen")
    data = exchange_form(
        city,
        programme=inline_formset(
            [
                {
                    "title": "Empfang",
                    "date": "2024-03-12",
                    "start_time": "18:00",
                    "end_time": "17:00",
                    "timezone": "Europe/Berlin",
                    "place": "Rathaus",
                }
            ]
        ),
    )
    response = admin_client.post(reverse(ADD_URL), data)
    assert response.status_code == 200
    assert "Der Programmpunkt endet vor seinem Beginn." in messages_in(response)


def city_form(city: PartnerCityPage, **overrides) -> dict:
    data = {
        "title": city.title,
        "slug": city.slug,
        "local_name": city.local_name,
        "exonyms": city.exonyms,
        "country": city.country,
        "country_code": city.country_code,
        "region": "",
        "latitude": city.latitude,
        "longitude": city.longitude,
        "timezone": city.timezone,
        "languages": "",
        "population": "",
        "partnership_type": city.partnership_type,
        "began_on": "",
        "began_year": city.began_year or "",
        "council_decision": "",
        "status": "active",
        "status_since": "",
        "status_reason": "",
        "wikidata_id": "",
        "intro": "",
        "description": rich_text(""),
        "image": "",
        "associations": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def test_a_suspended_partnership_without_reason_is_refused(admin_client, site_tree):
    city = site_tree.city("Uljanowsk")
    url = reverse("wagtailadmin_pages:edit", args=[city.pk])
    response = admin_client.post(
        url, city_form(city, status="suspended", status_since="2022-05-04")
    )
    assert response.status_code == 200
    assert "Eine ruhende Partnerschaft braucht eine Begründung." in messages_in(response)
    city.refresh_from_db()
    assert city.status == "active"


def test_a_suspended_partnership_needs_the_date_it_rests_from(site_tree):
    city = site_tree.city("Uljanowsk")
    city.status, city.status_reason = "suspended", "Ratsbeschluss nach dem Angriff auf die Ukraine."
    with pytest.raises(ValidationError) as error:
        city.full_clean()
    assert "status_since" in error.value.message_dict


def test_a_malformed_wikidata_id_is_refused(site_tree):
    city = site_tree.city("Leiden")
    city.wikidata_id = "43631"
    with pytest.raises(ValidationError) as error:
        city.full_clean()
    assert "beginnt mit Q" in error.value.message_dict["wikidata_id"][0]


def test_partner_city_page_shows_a_timeline_of_exchanges_and_releases(client, site_tree):
    city = site_tree.city("Dünkirchen")
    report = site_tree.release(
        "Schülergruppen zu Gast",
        cities=[city],
        published=dt.datetime(2024, 3, 15, 12, tzinfo=BERLIN),
    )
    site_tree.release(
        "Bürgerfest geplant", cities=[city], published=dt.datetime(2024, 6, 1, 9, tzinfo=BERLIN)
    )
    make_exchange(
        "Schüleraustausch mit dem Collège des Dunes",
        dt.date(2024, 3, 11),
        dt.date(2024, 3, 15),
        [city],
        participants=[("FR", "pupils", 48), ("DE", "pupils", 48), ("FR", "teachers", 4)],
        releases=[report],
        kind="school",
        slug="schueleraustausch-2024",
    )
    make_exchange(
        "Noch geheimer Besuch", dt.date(2024, 8, 1), dt.date(2024, 8, 2), [city], public=False
    )
    doc = html.fromstring(client.get(city.url).content)
    items = doc.xpath("//ol[contains(@class, 'timeline')]/li")
    texts = [" ".join(li.text_content().split()) for li in items]
    assert len(texts) == 2
    assert texts[0].startswith("01.06.2024 · Pressemitteilung Bürgerfest geplant")
    assert texts[1].startswith("11.03.2024 – 15.03.2024 Schüleraustausch mit dem Collège des Dunes")
    assert "Schüleraustausch, Besuch aus der Partnerstadt" in texts[1]
    assert "100 Personen" in texts[1]
    assert "Schülergruppen zu Gast (15.03.2024)" in texts[1]
    assert items[1].get("id") == "begegnung-schueleraustausch-2024"
    assert "geheim" not in doc.text_content()


def test_deleting_a_partner_city_with_exchanges_is_refused(admin_client, site_tree):
    city = site_tree.city("Charlotte")
    make_exchange("Delegation aus Charlotte", dt.date(2023, 6, 12), dt.date(2023, 6, 16), [city])
    url = reverse("wagtailadmin_pages:delete", args=[city.pk])
    response = admin_client.post(url, follow=True)
    assert PartnerCityPage.objects.filter(pk=city.pk).exists()
    text = messages_in(response)
    assert "Diese Partnerstadt kann nicht gelöscht werden" in text
    assert "Charlotte: 1 Begegnung(en), 0 Pressemitteilung(en)" in text


def test_deleting_a_partner_city_with_press_releases_is_refused(admin_client, site_tree):
    city = site_tree.city("Leiden")
    site_tree.release("Konzert in Leiden", cities=[city], live=False)
    response = admin_client.get(reverse("wagtailadmin_pages:delete", args=[city.pk]))
    assert response.status_code == 302
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[city.pk]))
    assert PartnerCityPage.objects.filter(pk=city.pk).exists()


def test_deleting_the_index_with_such_cities_below_is_refused(admin_client, site_tree):
    city = site_tree.city("Leiden")
    site_tree.release("Konzert in Leiden", cities=[city])
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[site_tree.cities.pk]))
    assert PartnerCityPage.objects.filter(pk=city.pk).exists()


def test_bulk_deleting_a_partner_city_with_records_is_refused(admin_client, site_tree):
    city = site_tree.city("Leiden")
    make_exchange("Konzertreise", dt.date(2019, 10, 2), dt.date(2019, 10, 4), [city])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "delete"))
    admin_client.post(f"{url}?{urlencode({'id': city.pk})}")
    assert PartnerCityPage.objects.filter(pk=city.pk).exists()


def test_a_partner_city_without_records_can_be_deleted(admin_client, site_tree):
    city = site_tree.city("Xuzhou", began_year=None, partnership_type="freundschaft")
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[city.pk]))
    assert response.status_code == 302
    assert not PartnerCityPage.objects.filter(pk=city.pk).exists()


def test_a_new_exchange_appears_on_the_cached_city_page_at_once(client, site_tree):
    city = site_tree.city("Venlo")
    first = client.get(city.url)
    assert client.get(city.url)["X-Page-Cache"] == "hit"
    assert "Museumswerkstatt" not in first.content.decode()
    make_exchange("Museumswerkstatt", dt.date(2025, 1, 23), dt.date(2025, 1, 24), [city])
    assert "Museumswerkstatt" in client.get(city.url).content.decode()


def test_linked_press_releases_are_offered_newest_first_with_their_date(admin_client, site_tree):
    """The form lists no releases (there may be 100,000); its chooser asks the server."""
    city = site_tree.city("Venlo")
    site_tree.release(
        "Ältere Meldung", cities=[city], published=dt.datetime(2022, 9, 14, 9, tzinfo=BERLIN)
    )
    site_tree.release(
        "Neuere Meldung", cities=[city], published=dt.datetime(2025, 1, 24, 9, tzinfo=BERLIN)
    )
    form = admin_client.get(reverse(ADD_URL)).content.decode()
    offered = admin_client.post(
        "/admin/autocomplete/search/", {"query": "Meldung", "type": "news.PressReleasePage"}
    ).json()["items"]

    assert 'data-autocomplete-input-name="press_releases"' in form
    assert "Meldung" not in form
    assert [item["title"] for item in offered] == [
        "24.01.2025 – Neuere Meldung",
        "14.09.2022 – Ältere Meldung",
    ]


def test_the_timeline_shows_an_exchanges_programme_in_local_time(client, site_tree):
    city = site_tree.city("Charlotte", country="USA", country_code="US")
    make_exchange(
        "Konferenzreise",
        dt.date(2026, 10, 18),
        dt.date(2026, 10, 25),
        [city],
        programme=[
            {
                "title": "Stadtrundgang",
                "date": dt.date(2026, 10, 24),
                "start_time": dt.time(10),
                "end_time": dt.time(13),
                "timezone": "America/New_York",
                "place": "Uptown Charlotte",
            },
            {
                "title": "Empfang in der Deutschen Botschaft",
                "date": dt.date(2026, 10, 20),
                "start_time": dt.time(18, 30),
                "end_time": dt.time(21),
                "timezone": "America/New_York",
                "place": "Washington, D.C.",
            },
        ],
    )
    doc = html.fromstring(client.get(city.url).content)
    items = [" ".join(li.text_content().split()) for li in doc.xpath("//details//li")]
    assert items == [
        "20.10.2026, 18:30–21:00 Uhr (Ortszeit): Empfang in der Deutschen Botschaft – Washington, D.C.",
        "24.10.2026, 10:00–13:00 Uhr (Ortszeit): Stadtrundgang – Uptown Charlotte",
    ]
    assert doc.xpath("//details//time/@datetime")[0] == "2026-10-20T18:30:00-04:00"


def test_the_admin_finds_exchanges_by_title_and_filters_them_by_city(admin_client, site_tree):
    venlo, leiden = site_tree.city("Venlo"), site_tree.city("Leiden")
    make_exchange("Museumswerkstatt", dt.date(2025, 1, 23), dt.date(2025, 1, 24), [venlo])
    make_exchange("Konzertreise", dt.date(2019, 10, 2), dt.date(2019, 10, 4), [leiden])
    listing = reverse("wagtailsnippets_partnerships_exchange:list")
    found = admin_client.get(f"{listing}?q=Museumswerkstatt").content.decode()
    assert "Museumswerkstatt" in found and "Konzertreise" not in found
    filtered = admin_client.get(f"{listing}?partner_cities={leiden.pk}").content.decode()
    assert "Konzertreise" in filtered and "Museumswerkstatt" not in filtered
