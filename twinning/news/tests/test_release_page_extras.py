"""What a reader finds around a release besides its text: where it sits (breadcrumbs), whom
to ask (press contact), what else belongs to it (related releases), when it last changed, the
image's rights, and the archive's numbered pages."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from django.test import Client

from twinning.conftest import BERLIN, MUSTERSTADT, make_image, set_city_settings
from twinning.news import selectors as news_selectors


def html_of(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def json_ld(html: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert found
    return json.loads(found.group(1))


@pytest.mark.django_db
def test_a_release_shows_where_it_sits_start_archive_then_itself(site_tree):
    release = site_tree.release("Chorfahrt nach Venlo")
    html = html_of(release.url)
    nav = re.search(r'<nav class="breadcrumbs" aria-label="Sie sind hier">(.*?)</nav>', html, re.S)
    assert nav, "no breadcrumbs"
    links = re.findall(r'<a class="kern-link" href="([^"]+)">([^<]+)</a>', nav.group(1))
    assert links == [("/", "Start"), ("/presse/", "Pressearchiv")]
    assert '<span aria-current="page">Chorfahrt nach Venlo</span>' in nav.group(1)
    home = html_of("/")
    assert 'class="breadcrumbs"' not in home


@pytest.mark.django_db
def test_every_release_names_the_press_contact_from_the_city_settings(site_tree):
    set_city_settings(**MUSTERSTADT)
    release = site_tree.release("Delegation aus Leicester")
    html = html_of(release.url)
    block = re.search(r'<section class="press-contact".*?</section>', html, re.S).group(0)
    assert "Pressekontakt" in block
    assert "Presse- und Öffentlichkeitsarbeit" in block
    assert "Rathausplatz 1<br>12345 Musterstadt" in block
    assert 'href="tel:+4912345 60"' not in block
    assert 'href="tel:+491234560">+49 1234 56-0</a>' in block
    assert 'href="mailto:presse@musterstadt.example"' in block


@pytest.mark.django_db
def test_related_releases_show_those_readers_may_see_newest_first(site_tree):
    older = site_tree.release(
        "Jugendorchester probt in Dünkirchen",
        published=dt.datetime(2023, 3, 1, 9, 0, tzinfo=BERLIN),
    )
    newer = site_tree.release(
        "Jugendorchester spielt in Krefeld", published=dt.datetime(2024, 3, 1, 9, 0, tzinfo=BERLIN)
    )
    draft = site_tree.release("Noch nicht freigegeben", live=False)
    release = site_tree.release("Konzertreise beendet")
    release.related_releases = [older, newer, draft]
    release.save_revision().publish()
    html = html_of(release.url)
    section = re.search(r'<section class="teaser-block related-releases".*?</section>', html, re.S)
    assert section, "no related releases"
    titles = re.findall(r"<h3[^>]*>\s*<a[^>]*>([^<]+)</a>", section.group(0))
    assert titles == ["Jugendorchester spielt in Krefeld", "Jugendorchester probt in Dünkirchen"]
    assert "Noch nicht freigegeben" not in html
    lonely = site_tree.release("Ohne Bezug")
    assert "Verwandte Meldungen" not in html_of(lonely.url)


@pytest.mark.django_db
def test_a_corrected_text_says_when_it_was_last_updated_other_changes_do_not(site_tree):
    release = site_tree.release("Besuch aus Charlotte")
    assert "Zuletzt aktualisiert" not in html_of(release.url)

    draft = release.get_latest_revision_as_object()
    draft.related_releases = [site_tree.release("Andere Meldung")]
    draft.save_revision().publish()
    assert "Zuletzt aktualisiert" not in html_of(release.url)

    draft = release.get_latest_revision_as_object()
    draft.body = [
        {"type": "paragraph", "value": "<p>Der Besuch beginnt am Montag, nicht Dienstag.</p>"}
    ]
    draft.save_revision().publish()
    release.refresh_from_db()
    assert release.text_updated_at is not None
    text = text_of(html_of(release.url))
    local = release.text_updated_at.astimezone(BERLIN)
    assert f"Zuletzt aktualisiert am: {local:%d.%m.%Y, %H:%M} Uhr" in text

    # A later draft started before the correction does not wipe the record of it.
    first = release.text_updated_at
    draft = release.get_latest_revision_as_object()
    draft.subtitle = "Mit Programm"
    draft.save_revision().publish()
    release.refresh_from_db()
    assert release.text_updated_at >= first


@pytest.mark.django_db
def test_the_figure_names_kind_credit_and_an_open_licence_and_offers_the_original(site_tree):
    photo = make_image(credit="Anna Beispiel", caption="Empfang im Rathaus", licence="CC BY 4.0")
    release = site_tree.release("Empfang für Gäste aus Venlo", image=photo)
    html = html_of(release.url)
    figure = re.search(r'<figure class="site-figure">.*?</figure>', html, re.S).group(0)
    assert "Foto: Anna Beispiel" in text_of(figure)
    assert "Lizenz: CC BY 4.0" in text_of(figure)
    download = re.search(
        r'<a class="kern-link site-figure__download" href="([^"]+)" download>', figure
    )
    assert download and download.group(1) == photo.file.url
    assert "64 × 48 Pixel" in text_of(figure)
    data = json_ld(html)["image"]
    assert data["license"] == "CC BY 4.0"
    assert data["url"].startswith("http://testserver/") and data["url"].endswith(".jpg")
    assert Client().get(data["url"].removeprefix("http://testserver")).status_code in (200, 404)


@pytest.mark.django_db
def test_reserved_rights_are_not_printed_as_a_licence_and_graphics_say_grafik(site_tree):
    chart = make_image(
        credit="Stadt Krefeld",
        caption="Austauschzahlen",
        licence="© Stadt Krefeld, alle Rechte vorbehalten",
        kind="grafik",
    )
    release = site_tree.release("Mehr Schülerinnen im Austausch", image=chart)
    figure = re.search(
        r'<figure class="site-figure">.*?</figure>', html_of(release.url), re.S
    ).group(0)
    assert "Grafik: Stadt Krefeld" in text_of(figure)
    assert "Foto:" not in figure
    assert "Lizenz" not in figure
    assert "herunterladen" not in figure


@pytest.mark.django_db
def test_the_archive_numbers_its_pages_and_leaves_out_the_middle(site_tree, monkeypatch):
    monkeypatch.setattr(news_selectors, "ARCHIVE_PAGE_SIZE", 2)
    start = dt.datetime(2020, 1, 1, tzinfo=BERLIN)
    for n in range(2 * 11 + 1):  # twelve pages
        site_tree.release(f"Meldung {n}", published=start + dt.timedelta(days=n))
    html = html_of("/presse/?seite=6")
    nav = re.search(
        r'<nav class="pagination" aria-label="Seitennavigation">(.*?)</nav>', html, re.S
    ).group(1)
    assert "Seite 6 von 12" in text_of(nav)
    labels = re.findall(
        r'seite=\d+"[^>]*>(?:<span class="kern-sr-only">Seite </span>)?(\d+)</a>', nav
    )
    assert [int(label) for label in labels] == [1, 4, 5, 6, 7, 8, 12]
    assert nav.count("…") == 2
    assert re.search(r'aria-current="page" href="\?seite=6"', nav)
    assert 'rel="prev" href="?seite=5"' in nav and 'rel="next" href="?seite=7"' in nav
    first = re.search(r'<nav class="pagination".*?</nav>', html_of("/presse/"), re.S).group(0)
    assert "Vorherige Seite" not in first and "Seite 1 von 12" in text_of(first)


@pytest.mark.django_db
def test_common_and_rare_partner_cities_filter_the_archive_alike(site_tree, monkeypatch):
    """A city many releases name is checked while walking the date index, a rare one looked
    up first (``news.selectors.about_city``): both give the same newest-first list."""
    monkeypatch.setattr(news_selectors, "WALK_SHARE", 2)
    common = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    rare = site_tree.city("Leiden", country="Niederlande", country_code="NL")
    start = dt.datetime(2024, 1, 1, tzinfo=BERLIN)
    for n in range(5):
        site_tree.release(f"Venlo {n}", cities=[common], published=start + dt.timedelta(days=n))
    site_tree.release("Beide", cities=[common, rare], published=start + dt.timedelta(days=9))
    site_tree.release("Ohne Stadt", published=start + dt.timedelta(days=10))

    def titles(slug: str) -> list[str]:
        html = html_of(f"/presse/?partnerstadt={slug}")
        return re.findall(r"<h3[^>]*>\s*<a[^>]*>([^<]+)</a>", html)

    assert titles("venlo") == ["Beide", "Venlo 4", "Venlo 3", "Venlo 2", "Venlo 1", "Venlo 0"]
    assert titles("leiden") == ["Beide"]
    assert "6 Meldungen" in text_of(html_of("/presse/?partnerstadt=venlo"))
