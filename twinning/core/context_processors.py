"""Site chrome every public template needs: navigation, legal links, the city's name."""

from django.http import HttpRequest
from wagtail.models import Site

from twinning.core import memo


def site_chrome(request: HttpRequest) -> dict:
    """Kept per process and language until the next publish (``core.memo``): no query on most
    requests."""
    from twinning.core.i18n import active_language

    site = Site.find_for_request(request)
    if site is None:
        return {}
    language = active_language()
    return memo.remember(f"chrome:{site.pk}:{language}", lambda: _chrome(site, language))


def _chrome(site: Site, language: str) -> dict:
    from twinning.core.i18n import localize, localized
    from twinning.core.models import LegalPage
    from twinning.core.selectors import city_settings_for_site
    from twinning.core.visibility import public_pages

    # The start page in the reader's language; without a translation the German one.
    root = localized(site.root_page.specific)
    fields = ("title", "url_path", "slug", "path", "depth", "locale_id", "translation_key")
    children = list(public_pages(root.get_children().not_type(LegalPage)).specific())
    legal = list(public_pages(LegalPage.objects.child_of(site.root_page)).only(*fields))
    home_url = root.get_url() or "/"
    sections = {type(child).__name__: child.get_url() for child in children}
    return {
        "site_root": root,
        "home_url": home_url,
        "archive_url": sections.get("PressArchivePage") or home_url,
        "events_url": sections.get("EventIndexPage") or home_url,
        "cities_url": sections.get("PartnerCityIndexPage") or home_url,
        "menu_pages": [child for child in children if child.show_in_menus],
        # Legal pages (Impressum, Datenschutz) in the reader's language where translated.
        "legal_pages": localize(legal, model=LegalPage) if legal else [],
        "city": city_settings_for_site(site),
    }
