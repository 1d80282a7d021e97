"""Each language's pages in a real Chromium: axe, no other host, 320 px, and the switcher."""

import pytest
from wagtail.models import Locale

from twinning.core.demo.translate import translate_page
from twinning.core.tests.test_browser_pages import browser, check, public_site  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Our own short translations of the fixture's pages, per language (title → slug, title).
WORDS = {
    "en": {
        "home": ("home", "Twin towns"),
        "archive": ("press", "Press releases"),
        "cities": ("partner-cities", "Partner cities"),
        "events": ("events", "Events"),
        "release": ("pupils-from-dunkirk", "Pupils from Dunkirk visit Krefeld"),
        "city": ("duenkirchen", "Dunkirk"),
        "event": ("krefeld-evening-in-charlotte", "A Krefeld evening with Charlotte"),
    },
    "fr": {
        "home": ("accueil", "Jumelages"),
        "archive": ("communiques", "Communiqués de presse"),
        "cities": ("villes-jumelees", "Villes jumelées"),
        "events": ("agenda", "Agenda"),
        "release": ("eleves-de-dunkerque", "Des élèves de Dunkerque en visite à Krefeld"),
        "city": ("duenkirchen", "Dunkerque"),
        "event": ("soiree-krefeld-a-charlotte", "Une soirée Krefeld avec Charlotte"),
    },
    "nl": {
        "home": ("start", "Stedenbanden"),
        "archive": ("persberichten", "Persberichten"),
        "cities": ("partnersteden", "Partnersteden"),
        "events": ("agenda", "Agenda"),
        "release": ("leerlingen-uit-duinkerke", "Leerlingen uit Duinkerke op bezoek"),
        "city": ("duenkirchen", "Duinkerke"),
        "event": ("krefeld-avond-in-charlotte", "Een Krefeld-avond met Charlotte"),
    },
}


@pytest.fixture
def translated_site(public_site):  # noqa: F811
    tree = public_site["tree"]
    pages = {
        "home": tree.home,
        "archive": tree.archive,
        "cities": tree.cities,
        "events": tree.events,
        "release": public_site["release"],
        "city": public_site["city"],
        "event": public_site["event"],
    }
    urls = {}
    for code, words in WORDS.items():
        locale = Locale.objects.get(language_code=code)
        for key in ("home", "archive", "cities", "events", "release", "city", "event"):
            slug, title = words[key]
            page = pages[key]
            made = translate_page(page.specific, locale, {page.title: title}, slug)
            urls[(code, key)] = made.url
    return {**public_site, "urls": urls}


@pytest.mark.parametrize("width", [1280, 320])
@pytest.mark.parametrize("code", ["en", "fr", "nl"])
def test_each_languages_pages_are_accessible_private_and_fit(browser, translated_site, code, width):  # noqa: F811
    base = translated_site["base"]
    for key in ("home", "release", "city", "event"):
        url = translated_site["urls"][(code, key)]
        assert url.startswith(f"/{code}/"), url
        result = check(browser, base + url, base, width=width)
        assert result.status == 200


def test_the_switcher_takes_a_reader_from_a_release_to_its_translation(browser, translated_site):  # noqa: F811
    base = translated_site["base"]
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    page.goto(base + translated_site["release"].url, wait_until="load")
    assert page.locator("html").get_attribute("lang") == "de"
    switcher = page.get_by_role("navigation", name="Sprache")
    switcher.get_by_role("link", name="Français").click()
    page.wait_for_load_state("load")
    assert page.url == base + translated_site["urls"][("fr", "release")]
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text().startswith("Des élèves de Dunkerque")
    # And back, by the switcher in French ("Langue").
    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Deutsch").click()
    page.wait_for_load_state("load")
    assert page.url == base + translated_site["release"].url
    context.close()
