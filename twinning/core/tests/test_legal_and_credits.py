"""The Impressum names the city's address and contacts; the credits page (Bildnachweis) lists
every image readers can see with its rights and where it appears."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from twinning.conftest import MUSTERSTADT, make_image, set_city_settings
from twinning.core.models import LegalPage
from twinning.importer.tests.test_import_jobs import run_worker


def html_of(url: str) -> str:
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def text_of(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split()).replace(" ,", ",")


@pytest.mark.django_db
def test_the_impressum_shows_address_phone_and_both_offices_between_its_sections(site_tree):
    set_city_settings(**MUSTERSTADT)
    page = LegalPage(
        title="Impressum",
        slug="impressum",
        body="<h2>Herausgeberin</h2><p>Stadt Musterstadt, vertreten durch die Bürgermeisterin.</p>",
        show_contact=True,
        body_after_contact="<h2>Verantwortlich für den Inhalt</h2><p>Die Pressestelle.</p>",
    )
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    text = text_of(html_of(page.url))
    assert (
        "Herausgeberin Stadt Musterstadt, vertreten durch die Bürgermeisterin. "
        "Anschrift und Kontakt Stadt Musterstadt Rathausplatz 1 12345 Musterstadt "
        "Telefon: +49 1234 56-0 "
        "Pressestelle: presse@musterstadt.example "
        "Internationales Büro: international@musterstadt.example "
        "Verantwortlich für den Inhalt Die Pressestelle."
    ) in text
    other = LegalPage(title="Datenschutz", slug="datenschutz", body="<p>Keine Cookies.</p>")
    site_tree.home.add_child(instance=other)
    other.save_revision().publish()
    assert "Anschrift und Kontakt" not in html_of(other.url)


@pytest.mark.django_db(transaction=True)
def test_the_credits_page_lists_shown_images_with_rights_and_pages_but_not_hidden_ones(site_tree):
    shown = make_image(
        credit="Anna Beispiel", caption="Gäste aus Venlo im Rathaus", licence="CC BY-SA 4.0"
    )
    reserved = make_image(credit="Stadt Krefeld", caption="Stadtansicht", licence="")
    draft_only = make_image(credit="Unbekannt", caption="Entwurfsbild")
    secret = make_image(credit="Intern", caption="Nur für Angemeldete")
    first = site_tree.release("Gäste aus Venlo", image=shown)
    second = site_tree.release("Noch einmal Venlo", image=shown)
    site_tree.release("Stadtrundgang", image=reserved)
    site_tree.release("Entwurf", image=draft_only, live=False)
    restricted = site_tree.release("Geschützt", image=secret)
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    # Wagtail keeps its reference index ("where is this image used") in background tasks,
    # which the worker that `make run` starts carries out.
    run_worker()
    html = html_of("/bildnachweis/")
    assert html.count("<h1") == 1 and "Bildnachweis</h1>" in html
    items = re.findall(r'<li class="image-credits__item">(.*?)</li>', html, re.S)
    assert len(items) == 2
    venlo = next(text_of(item) for item in items if "Gäste aus Venlo im Rathaus" in item)
    assert "Foto Anna Beispiel" in venlo
    assert "Lizenz CC BY-SA 4.0" in venlo
    assert "Verwendet auf Gäste aus Venlo, Noch einmal Venlo" in venlo
    links = re.findall(r'href="([^"]+)"', next(i for i in items if "Venlo im Rathaus" in i))
    assert sorted(links) == sorted([first.url, second.url])
    town = next(text_of(item) for item in items if "Stadtansicht" in item)
    assert "Lizenz Alle Rechte vorbehalten" in town
    assert "Entwurfsbild" not in html and "Nur für Angemeldete" not in html
    assert 'href="/bildnachweis/"' in html_of("/")
