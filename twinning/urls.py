"""URLs: admin, feeds, search, API and the Wagtail page tree."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.documents.views import serve as document_views

from twinning.core import autocomplete, credits
from twinning.core import views as core_views
from twinning.core.cache import cache_query_params
from twinning.core.media import as_download, serve_media
from twinning.core.sitemaps import PublicSitemap
from twinning.search import views as search_views

urlpatterns = [
    # Before the admin include: the autocomplete widget posts to /admin/autocomplete/search/.
    path("admin/autocomplete/", include(autocomplete)),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URLs, each file a download with a sandboxing CSP (core.media).
    re_path(r"^dokumente/(\d+)/(.*)$", as_download(document_views.serve), name="wagtaildocs_serve"),
    path("dokumente/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        cache_query_params("p")(sitemap_views.sitemap),
        {"sitemaps": {"wagtail": PublicSitemap}},
        name="sitemap",
    ),
    path("api/", include("twinning.api.urls")),
]

# Uploaded files when the app serves them itself (SERVE_MEDIA or DEBUG): downloads, images
# inline, with nosniff and a sandboxing CSP (core.media).
urlpatterns += [re_path(r"^media/(?P<path>.*)$", serve_media, name="media")]

# What readers see, in German without a prefix and under /en/, /fr/, /nl/ in the others
# (core.i18n reads the language from the prefix).
urlpatterns += i18n_patterns(
    path("feeds/", include("twinning.news.urls")),
    path("suche/", search_views.search, name="search"),
    path("bildnachweis/", credits.image_credits, name="image_credits"),
    path(
        "ohne-uebersetzung/<int:page_id>/",
        core_views.translation_missing,
        name="translation_missing",
    ),
    path("", include("twinning.events.urls")),  # …/kalender.ics
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

# A database outage met outside a view (in a middleware) answers the German 503 page too.
handler500 = "twinning.core.resilience.server_error"
