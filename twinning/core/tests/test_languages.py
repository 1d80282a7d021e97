"""Readers in their own language: URL prefixes, the switcher, hreflang, lists, feeds and API.

Translations are made the way editors make them, with wagtail-localize (``demo.translate``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Locale

from twinning.core.demo.translate import translate_page

pytestmark = pytest.mark.django_db


def translate(page, code: str, slug: str, **texts: str):
    """``page`` translated into ``code``: each keyword names the German text and gives its
    translation (``title="…"`` translates the page's title)."""
    mapping = {getattr(page, field): value for field, value in texts.items()}
    return translate_page(page.specific, Locale.objects.get(language_code=code), mapping, slug)


@pytest.fixture
def english(site_tree):
    """A German site with its start page, archive and partner-city index in English, Charlotte
    and one of two Charlotte releases translated."""
    charlotte = site_tree.city("Charlotte", country="Vereinigte Staaten", country_code="US")
    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    translated = site_tree.release("Jugendaustausch mit Charlotte beginnt", cities=[charlotte])
    german_only = site_tree.release("Radtour nach Venlo", cities=[venlo])
    home_en = translate(site_tree.home, "en", "home", title="Twin towns")
    archive_en = translate(site_tree.archive, "en", "press", title="Press releases")
    cities_en = translate(site_tree.cities, "en", "partner-cities", title="Partner cities")
    charlotte_en = translate(charlotte, "en", "charlotte", title="Charlotte")
    release_en = translate(translated, "en", "youth-exchange", title="Youth exchange begins")
    return {
        "charlotte": charlotte,
        "venlo": venlo,
        "release": translated,
        "german_only": german_only,
        "home_en": home_en,
        "archive_en": archive_en,
        "cities_en": cities_en,
        "charlotte_en": charlotte_en,
        "release_en": release_en,
    }


def html_lang(body: str) -> str:
    return re.search(r'<html lang="([^"]+)"', body).group(1)


def switcher(body: str) -> dict[str, str]:
    """Language code → where the switcher's link for it leads ("" for the current one)."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', body, re.S).group()
    links = {}
    for item in re.findall(r"<li>(.*?)</li>", nav, re.S):
        code = re.search(r'lang="([a-z]+)"', item).group(1)
        href = re.search(r'href="([^"]+)"', item)
        links[code] = href.group(1) if href else ""
    return links


def test_english_pages_live_under_en_and_german_urls_stay(client, english):
    german = client.get("/presse/jugendaustausch-mit-charlotte-beginnt/")
    assert german.status_code == 200 and html_lang(german.content.decode()) == "de"
    response = client.get("/en/press/youth-exchange/")
    body = response.content.decode()
    assert response.status_code == 200
    assert html_lang(body) == "en"
    assert response["Content-Language"] == "en"
    assert "<h1" in body and "Youth exchange begins" in body
    home = client.get("/en/").content.decode()
    assert html_lang(home) == "en" and "Twin towns" in home


def test_switching_language_on_a_release_lands_on_its_translation(client, english):
    links = switcher(client.get("/presse/jugendaustausch-mit-charlotte-beginnt/").content.decode())
    assert links["de"] == ""  # the current language, not a link
    assert links["en"] == "/en/press/youth-exchange/"
    landed = client.get(links["en"])
    assert landed.status_code == 200 and "Youth exchange begins" in landed.content.decode()
    back = switcher(landed.content.decode())
    assert back["de"] == "/presse/jugendaustausch-mit-charlotte-beginnt/"


def test_a_page_without_translation_says_so_and_offers_the_german_page(client, english):
    page = english["german_only"]
    links = switcher(client.get("/presse/radtour-nach-venlo/").content.decode())
    assert links["fr"] == f"/fr/ohne-uebersetzung/{page.pk}/"
    notice = client.get(links["fr"])
    body = notice.content.decode()
    assert notice.status_code == 200
    assert html_lang(body) == "fr"
    assert 'href="/presse/radtour-nach-venlo/"' in body and 'hreflang="de"' in body
    assert '<meta name="robots" content="noindex">' in body
    assert client.get("/fr/ohne-uebersetzung/999999/").status_code == 404


def test_hreflang_names_only_the_languages_a_page_has(client, english):
    body = client.get("/presse/jugendaustausch-mit-charlotte-beginnt/").content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', body))
    assert alternates == {
        "de": "http://testserver/presse/jugendaustausch-mit-charlotte-beginnt/",
        "en": "http://testserver/en/press/youth-exchange/",
        "x-default": "http://testserver/presse/jugendaustausch-mit-charlotte-beginnt/",
    }
    lonely = client.get("/presse/radtour-nach-venlo/").content.decode()
    assert 'hreflang="en"' not in re.sub(
        r'<nav class="language-switcher".*?</nav>', "", lonely, flags=re.S
    )


def test_each_archive_lists_the_releases_of_its_language(client, english):
    german = client.get("/presse/").content.decode()
    assert "Jugendaustausch mit Charlotte beginnt" in german and "Radtour nach Venlo" in german
    assert "Youth exchange begins" not in german
    english_archive = client.get("/en/press/").content.decode()
    assert "Youth exchange begins" in english_archive
    # (The body was left untranslated: the German text stands in for it, the title does not.)
    assert ">Jugendaustausch mit Charlotte beginnt<" not in english_archive
    assert "Radtour nach Venlo" not in english_archive
    # The filter by partner city works with the same slug in every language.
    filtered = client.get("/en/press/?partnerstadt=charlotte").content.decode()
    assert "Youth exchange begins" in filtered


def test_english_city_page_lists_the_english_releases_about_it(client, english):
    body = client.get("/en/partner-cities/charlotte/").content.decode()
    assert "Youth exchange begins" in body
    assert ">Jugendaustausch mit Charlotte beginnt<" not in body


def test_a_partner_city_page_offers_the_city_its_own_language_first(client, english):
    body = client.get("/partnerstaedte/charlotte/").content.decode()
    offer = re.search(r'<p class="kern-body own-language" lang="en">(.*?)</p>', body, re.S)
    assert offer is not None, "no offer of the English page"
    assert 'href="/en/partner-cities/charlotte/"' in offer.group(1)
    # Venlo has no Dutch page yet: nothing to offer; the English page offers no English.
    assert "own-language" not in client.get("/partnerstaedte/venlo/").content.decode()
    assert "own-language" not in client.get("/en/partner-cities/charlotte/").content.decode()


def test_translations_keep_the_german_pages_relations(client, english, site_tree):
    release, venlo = english["release"], english["venlo"]
    release.partner_cities = [english["charlotte"], venlo]
    release.save_revision().publish()
    english["release_en"].refresh_from_db()
    names = set(english["release_en"].partner_cities.values_list("title", flat=True))
    assert names == {"Charlotte", "Venlo"}
    assert "Youth exchange begins" in client.get("/en/press/?partnerstadt=venlo").content.decode()


def test_feeds_per_language(client, english):
    root = ET.fromstring(client.get("/en/feeds/presse/rss/").content)
    channel = root.find("channel")
    assert channel.findtext("language") == "en"
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Youth exchange begins"]
    assert channel.findtext("link").endswith("/en/press/")
    german = ET.fromstring(client.get("/feeds/presse/rss/").content).find("channel")
    assert german.findtext("language") == "de"
    assert "Youth exchange begins" not in [i.findtext("title") for i in german.findall("item")]


def test_api_lists_releases_per_language(client, english):
    data = client.get("/api/v1/press-releases/?lang=en").json()
    assert [r["title"] for r in data["results"]] == ["Youth exchange begins"]
    assert data["results"][0]["language"] == "en"
    assert data["results"][0]["translations"] == {
        "de": "http://testserver/presse/jugendaustausch-mit-charlotte-beginnt/"
    }
    german = client.get("/api/v1/press-releases/").json()
    assert {r["language"] for r in german["results"]} == {"de"}
    assert german["total"] == 2
    refused = client.get("/api/v1/press-releases/?lang=pl")
    assert refused.status_code == 400
    assert "Unbekannte Sprache: pl" in refused.json()["error"]


def test_json_ld_names_the_language(client, english):
    body = client.get("/en/press/youth-exchange/").content.decode()
    assert '"inLanguage": "en"' in body


def test_sitemap_lists_every_language_with_alternates(client, english):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {
        url.findtext("s:loc", namespaces=ns): {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns)
        }
        for url in root.findall("s:url", ns)
    }
    assert "http://testserver/en/press/youth-exchange/" in entries
    assert entries["http://testserver/presse/jugendaustausch-mit-charlotte-beginnt/"] == {
        "de": "http://testserver/presse/jugendaustausch-mit-charlotte-beginnt/",
        "en": "http://testserver/en/press/youth-exchange/",
    }
    assert entries["http://testserver/presse/radtour-nach-venlo/"] == {}


@pytest.mark.parametrize("url", ["/pl/", "/en/gibt-es-nicht/", "/xx/presse/", "/en/presse/"])
def test_unknown_language_or_page_is_a_clean_404(client, english, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "<h1" in response.content.decode()


def test_a_translation_whose_german_page_is_gone_still_answers(client, english):
    english["release"].delete()
    response = client.get("/en/press/youth-exchange/")
    assert response.status_code == 200
    links = switcher(response.content.decode())
    assert links["de"] == f"/ohne-uebersetzung/{english['release_en'].pk}/"
    assert client.get(links["de"]).status_code == 200


def test_a_language_without_its_own_tree_falls_back_to_german(client, english):
    response = client.get("/nl/")
    body = response.content.decode()
    assert response.status_code == 200
    assert html_lang(body) == "nl"  # the site's own words are Dutch …
    assert '<main id="inhalt" class="kern-container site-main" tabindex="-1" lang="de">' in body


def report_cells(body: str) -> dict[tuple[str, str], str]:
    """(German title, language) → the state the translation report shows."""
    cells = {}
    for row in re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</tr>", body, re.S):
        title = re.sub(r"<[^>]+>", "", re.search(r"<a [^>]*>(.*?)</a>", row, re.S).group(1))
        for code, state in re.findall(r'data-language="(\w+)" data-status="(\w+)"', row):
            cells[(title.strip(), code)] = state
    return cells


def test_translation_report_shows_missing_outdated_and_current_translations(client, english):
    from twinning.browser import user_in_role
    from twinning.core import roles

    roles.ensure_roles()
    client.force_login(user_in_role(roles.EDITOR, "redakteurin"))
    url = "/admin/berichte/uebersetzungen/"
    assert url in client.get("/admin/").content.decode()  # under "Berichte" in the menu
    cells = report_cells(client.get(url).content.decode())
    release, german_only = english["release"].title, english["german_only"].title
    assert cells[(release, "en")] == "current"
    assert cells[(release, "fr")] == "missing"
    assert cells[(german_only, "en")] == "missing"
    assert cells[("Charlotte", "en")] == "current"
    # The German release changes after the English one was published: English is behind.
    german = english["release"]
    german.subtitle = "Neu: Programm für die zweite Woche"
    german.save_revision().publish()
    cells = report_cells(client.get(url).content.decode())
    assert cells[(release, "en")] == "outdated"
    assert "Übersetzungen synchronisieren" in client.get(url).content.decode()
    # Only what is missing or behind in English, only releases:
    body = client.get(url + "?art=pressemitteilung&sprache=en&status=offen").content.decode()
    assert set(t for t, _code in report_cells(body)) == {release, german_only}
    body = client.get(url + "?sprache=en&status=aktuell").content.decode()
    assert set(t for t, _code in report_cells(body)) == {"Charlotte"}
    # The English translation published again: current.
    english["release_en"].save_revision().publish()
    cells = report_cells(client.get(url).content.decode())
    assert cells[(release, "en")] == "current"


def test_translation_report_is_for_people_who_translate(client, english):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    nobody = get_user_model().objects.create_user("leser", password="x")
    nobody.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(nobody)
    response = client.get("/admin/berichte/uebersetzungen/")
    assert response.status_code == 302  # Wagtail sends refused admin requests to the dashboard
    assert "data-status" not in response.content.decode()
    assert "berichte/uebersetzungen" not in client.get("/admin/").content.decode()


def test_translators_get_the_words_and_not_the_codes(site_tree):
    """Names, codes and the time zone are copied into a translation, not offered as segments."""
    from wagtail_localize.models import StringSegment, TranslationSource

    city = site_tree.city(
        "Venlo",
        country="Niederlande",
        country_code="NL",
        local_name="Venlo",
        exonyms="Fenlo",
        timezone="Europe/Amsterdam",
        wikidata_id="Q3260",
        languages="Niederländisch, Limburgisch",
    )
    venlo_nl = translate(city, "nl", "venlo", title="Venlo", country="Nederland")
    source = TranslationSource.objects.get(object_id=city.translation_key)
    segments = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {"Niederlande", "Niederländisch, Limburgisch"} <= segments
    assert not segments & {"NL", "Fenlo", "Europe/Amsterdam", "Q3260"}
    assert (venlo_nl.country, venlo_nl.timezone, venlo_nl.wikidata_id) == (
        "Nederland",
        "Europe/Amsterdam",
        "Q3260",
    )
