"""Reads shared by every page: the home page, the city's settings for a page."""

from __future__ import annotations

from wagtail.models import Page, Site

from twinning.core import memo


def city_settings_for(page: Page):
    """The city settings of the site ``page`` belongs to, kept until the next publish."""
    from twinning.core.models import CitySettings

    site_id = next(
        (
            root.site_id
            for root in Site.get_site_root_paths()
            if page.url_path and page.url_path.startswith(root.root_path)
        ),
        None,
    )
    if site_id is None:
        site = Site.objects.filter(is_default_site=True).first()
        site_id = site.pk if site else None
    if site_id is None:
        return CitySettings()
    return memo.remember(
        f"city-settings:{site_id}", lambda: CitySettings.for_site(Site.objects.get(pk=site_id))
    )


def city_settings_for_site(site: Site):
    """The city settings of ``site``, kept until the next publish or settings change."""
    from twinning.core.models import CitySettings

    return memo.remember(f"city-settings:{site.pk}", lambda: CitySettings.for_site(site))


def home_context(page) -> dict:
    from twinning.events.selectors import coming_events
    from twinning.news.selectors import latest_releases
    from twinning.partnerships.selectors import partner_map, shown_cities

    cities = shown_cities()
    return {
        "latest_releases": latest_releases(6),
        "coming_events": coming_events(4),
        "cities": cities,
        "partner_map": partner_map(cities, page),
    }
