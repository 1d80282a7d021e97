"""Site chrome every public template needs: navigation, legal links, the city's name."""

from django.http import HttpRequest
from wagtail.models import Site

from twinning.core import memo


def site_chrome(request: HttpRequest) -> dict:
    """Kept per process until the next publish (``core.memo``): no query on most requests."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return memo.remember(f"chrome:{site.pk}", lambda: _chrome(site))


def _chrome(site: Site) -> dict:
    from twinning.core.models import LegalPage
    from twinning.core.selectors import city_settings_for_site
    from twinning.core.visibility import public_pages

    root = site.root_page
    fields = ("title", "url_path", "slug", "path", "depth")
    return {
        "site_root": root,
        "menu_pages": list(
            public_pages(root.get_children().in_menu().not_type(LegalPage)).only(*fields)
        ),
        "legal_pages": list(public_pages(LegalPage.objects.child_of(root)).only(*fields)),
        "city": city_settings_for_site(site),
    }
