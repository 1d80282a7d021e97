"""Shared test data built in code: a site tree, partner cities, images and releases."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import zoneinfo

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.models import Site

from twinning.core.demo.loader import ensure_tree_root
from twinning.core.models import CityImage, CitySettings, HomePage
from twinning.events.models import EventIndexPage
from twinning.news.models import PressArchivePage, PressReleasePage, Topic
from twinning.partnerships.models import PartnerCityIndexPage, PartnerCityPage

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts cold: no cached pages, no search statistics of a rolled-back test."""
    from django.core.cache import cache

    from twinning.core import memo
    from twinning.search import stats

    cache.clear()
    memo.forget()
    stats.invalidate()
    yield
    stats.invalidate()


def png_bytes(colour: str = "#2255aa", size: tuple[int, int] = (64, 48)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(credit: str = "Stadt Krefeld", caption: str = "Ein Bild", **kwargs) -> CityImage:
    n = next(_counter)
    image = CityImage(
        title=kwargs.pop("title", f"Bild {n}"),
        caption=caption,
        credit=credit,
        alt_text=kwargs.pop("alt_text", f"Beschreibung {n}"),
        file=ImageFile(io.BytesIO(png_bytes()), name=f"bild{n}.png"),
        **kwargs,
    )
    image.save()
    return image


class SiteTree:
    def __init__(self) -> None:
        root = ensure_tree_root()
        self.home = HomePage(title="Städtepartnerschaften", slug="start")
        root.add_child(instance=self.home)
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.create(
            hostname="testserver", root_page=root, is_default_site=True
        )
        old = site.root_page
        site.root_page = self.home
        site.hostname = "testserver"
        site.save()
        if old.pk != self.home.pk and old.depth > 1:
            # After a transactional test's flush the new site points at the tree root itself,
            # which holds the new home page and must stay.
            old.delete()
        CitySettings.for_site(site)  # created once, as a configured site has it
        self.archive = PressArchivePage(title="Pressearchiv", slug="presse", show_in_menus=True)
        self.home.add_child(instance=self.archive)
        self.cities = PartnerCityIndexPage(
            title="Partnerstädte", slug="partnerstaedte", show_in_menus=True
        )
        self.home.add_child(instance=self.cities)
        self.events = EventIndexPage(title="Termine", slug="termine", show_in_menus=True)
        self.home.add_child(instance=self.events)

    def city(self, name: str, **fields) -> PartnerCityPage:
        defaults = dict(
            title=name,
            country="Frankreich",
            country_code="FR",
            latitude=51.03,
            longitude=2.37,
            began_year=1974,
        )
        defaults.update(fields)
        page = PartnerCityPage(**defaults)
        self.cities.add_child(instance=page)
        page.save_revision().publish()
        return page

    def release(
        self,
        title: str,
        *,
        published: dt.datetime | None = None,
        cities: list[PartnerCityPage] = (),
        topics: list[Topic] = (),
        image: CityImage | None = None,
        body: list | None = None,
        live: bool = True,
        **fields,
    ) -> PressReleasePage:
        page = PressReleasePage(
            title=title,
            published_at=published or dt.datetime(2024, 5, 1, 10, 0, tzinfo=BERLIN),
            lead_image=image,
            body=body
            if body is not None
            else [
                {"type": "paragraph", "value": f"<p>Text zu {title}. Zweiter Satz folgt hier.</p>"}
            ],
            **fields,
        )
        page.partner_cities = list(cities)
        page.topics = list(topics)
        page.live = False
        self.archive.add_child(instance=page)
        if live:
            page.save_revision().publish()
            page.refresh_from_db()
        return page


MUSTERSTADT = dict(
    city_name="Musterstadt",
    address="Rathausplatz 1\n12345 Musterstadt",
    phone="+49 1234 56-0",
    press_email="presse@musterstadt.example",
    international_email="international@musterstadt.example",
)


def set_city_settings(**values) -> CitySettings:
    """The default site's city settings with ``values`` (e.g. ``**MUSTERSTADT``) saved."""
    settings = CitySettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in values.items():
        setattr(settings, name, value)
    settings.save()
    return settings


@pytest.fixture
def site_tree(db) -> SiteTree:
    return SiteTree()


@pytest.fixture(scope="module")
def admin_browser():
    """Headless Debian chromium for the back-office browser tests (one per test module)."""
    from twinning.browser import chromium

    with chromium() as instance:
        yield instance


@pytest.fixture
def people(admin_browser, live_server, request):
    """Logs people in, each in a browser of their own, and closes them after the test."""
    from twinning.browser import people_logging_in

    with people_logging_in(admin_browser, live_server.url, request.node.name) as log_in_as:
        yield log_in_as
