"""Public pages in a real headless Chromium: they load, pass axe-core and call no other host."""

import os

import pytest

from twinning.browser import CHROMIUM_ARGS, chromium_path, visit
from twinning.conftest import SiteTree, make_image

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault(
    "DJANGO_ALLOW_ASYNC_UNSAFE", "true"
)  # Playwright's loop shares the test thread


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def public_site(live_server):
    tree = SiteTree()
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.hostname = "localhost"
    site.port = live_server.thread.port
    site.save()
    from twinning.core.models import CitySettings

    settings = CitySettings.for_site(site)
    settings.latitude, settings.longitude = 51.3331, 6.5623  # the map marks home
    settings.press_email = "presse@krefeld.example"
    settings.phone = "+49 2151 555-0100"
    settings.address = "Rathaus\nVon-der-Leyen-Platz 1\n47798 Krefeld"
    settings.save()
    charlotte = tree.city(
        "Charlotte",
        country="USA",
        country_code="US",
        latitude=35.23,
        longitude=-80.84,
        began_year=1986,
    )
    dunkirk = tree.city("Dünkirchen", local_name="Dunkerque", latitude=51.03, longitude=2.37)
    tree.release("Radtour durch die Innenstadt", cities=[charlotte], image=make_image())
    release = tree.release(
        "Schülergruppen aus Dünkirchen zu Gast",
        cities=[dunkirk, charlotte],
        image=make_image(caption="Die Gäste im Rathaus", credit="Stadt Krefeld"),
        subtitle="Eine Woche Unterricht und Ausflüge",
        body=[
            {
                "type": "paragraph",
                "value": "<p>Die Gruppe kam am Montag an. Sie blieb eine Woche.</p>",
            },
            {"type": "heading", "value": {"text": "Unterricht im Tandem"}},
            {
                "type": "quote",
                "value": {
                    "text": "Freundschaft beginnt in der Schule.",
                    "speaker": "Schulleiterin Anna Beispiel",
                },
            },
        ],
    )
    import datetime as dt

    from twinning.partnerships.tests.factories import make_event, make_exchange

    exchange = make_exchange(
        "Schüleraustausch mit dem Collège des Dunes",
        dt.date(2024, 3, 11),
        dt.date(2024, 3, 15),
        [dunkirk],
        participants=[("FR", "pupils", 48), ("DE", "pupils", 48)],
        programme=[
            {
                "title": "Empfang im Rathaus",
                "date": dt.date(2024, 3, 15),
                "start_time": dt.time(11),
                "end_time": dt.time(12, 30),
                "place": "Rathaus",
            }
        ],
        releases=[release],
        kind="school",
    )
    event = make_event(
        tree,
        "Krefeld-Abend mit Charlotte Sister Cities",
        dt.datetime(dt.date.today().year + 1, 10, 23, 18, 0),
        dt.datetime(dt.date.today().year + 1, 10, 23, 21, 0),
        tz="America/New_York",
        cities=[charlotte, dunkirk],
        exchange=exchange,
        place="Charlotte, North Carolina",
        description="<p>Ein Abend mit Berichten aus beiden Städten.</p>",
    )
    from twinning.core.models import LegalPage

    imprint = LegalPage(
        title="Impressum",
        slug="impressum",
        body="<h2>Herausgeberin</h2><p>Stadt Krefeld, vertreten durch den Oberbürgermeister.</p>",
        show_contact=True,
    )
    tree.home.add_child(instance=imprint)
    imprint.save_revision().publish()
    return {
        "tree": tree,
        "imprint": imprint,
        "release": release,
        "city": dunkirk,
        "event": event,
        "base": live_server.url,
    }


def check(browser, url, base, width=1280):
    result = visit(browser, url, width=width)
    assert result.status == 200, url
    assert result.overflow["pixels"] <= 0, (url, width, result.overflow)
    assert result.foreign_requests(base) == []
    # Every finding is reported; serious and critical ones fail the test.
    for violation in result.violations:
        print(
            f"axe {width}px {url}: {violation['id']} ({violation['impact']}): {violation['help']}"
        )
    assert result.serious_violations() == []
    assert [e for e in result.console_errors if "Content Security Policy" in e] == []
    return result


def public_paths(public_site) -> list[str]:
    return [
        "/",
        "/presse/",
        "/presse/?partnerstadt=charlotte",
        public_site["release"].url,
        public_site["city"].url,
        "/partnerstaedte/",
        "/termine/",
        public_site["event"].url,
        "/suche/?q=D%C3%BCnkirchen",
        "/bildnachweis/",
        public_site["imprint"].url,
    ]


@pytest.mark.parametrize("width", [1280, 390, 320])
def test_public_pages_are_accessible_private_and_fit_the_screen(browser, public_site, width):
    """At 320 px (a phone, or 400 % zoom) nothing scrolls sideways and axe finds nothing
    serious or critical."""
    base = public_site["base"]
    for path in public_paths(public_site):
        check(browser, base + path, base, width=width)


def test_a_release_prints_on_at_most_two_pages_with_its_address_and_date(browser, public_site):
    import re

    release = public_site["release"]
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    page.goto(public_site["base"] + release.url, wait_until="load")
    page.emulate_media(media="print")
    assert page.locator(".site-nav").is_hidden()
    assert page.locator(".teaser-block").first.is_hidden()
    assert page.locator(".site-footer").is_hidden()
    source = page.locator(".press-release__print-source")
    assert source.is_visible()
    assert release.full_url in source.inner_text()
    assert "Veröffentlicht am: 01.05.2024" in page.locator(".press-release__date").inner_text()
    assert page.locator(".press-contact").is_visible()
    pdf = page.pdf(format="A4")
    context.close()
    pages = len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf))
    assert 1 <= pages <= 2, pages


def test_archive_filters_are_kern_selects_and_search_landmarks_have_distinct_names(
    browser, public_site
):
    base = public_site["base"]
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    page.goto(base + "/presse/", wait_until="load")
    for name in ("Partnerstadt", "Thema", "Jahr"):
        select = page.get_by_label(name, exact=True)
        assert (
            select.evaluate("e => e.parentElement.className") == "kern-form-input__select-wrapper"
        )
        assert select.bounding_box()["height"] >= 44  # KERN's 48 px target, not a text line
    page.goto(base + "/suche/?q=Charlotte", wait_until="load")
    names = page.locator("[role=search]").evaluate_all(
        "forms => forms.map(f => f.getAttribute('aria-label'))"
    )
    assert len(names) == 2 and len(set(names)) == 2 and all(names)
    context.close()


def test_map_labels_stay_readable_on_a_phone(browser, public_site):
    """The map keeps a width at which its labels are readable and scrolls inside its frame
    (a keyboard reaches the frame), instead of shrinking the labels to a few pixels."""
    context = browser.new_context(locale="de-DE", viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(public_site["base"] + "/", wait_until="load")
    heights = page.locator(".partner-map__pin text").evaluate_all(
        "texts => texts.map(t => t.getBoundingClientRect().height)"
    )
    assert heights and min(heights) >= 11, heights
    frame = page.locator(".partner-map__scroller")
    assert frame.get_attribute("tabindex") == "0"
    assert frame.evaluate("e => e.scrollWidth > e.clientWidth")
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    context.close()
