"""/sitemap.xml: Wagtail's sitemap over the pages readers may see (``core.visibility``), in
every language, each page with its translations as hreflang alternates."""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from twinning.core import i18n
from twinning.core.visibility import public_pages


class PublicSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        # The start page in every language: each language's tree hangs below its own.
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth)
        inside = reduce(or_, (Q(path__startswith=r.path) for r in roots), Q(pk=root.pk))
        return (
            public_pages(Page.objects.filter(inside))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        pages = list(self.paginator.page(page).object_list)
        by_location = {}
        for item in pages:
            by_location[item.get_full_url(self.request)] = item
        i18n.prefetch_languages(pages)
        for url in urls:
            item = by_location.get(url.get("location"))
            languages = i18n.page_languages(item) if item is not None else {}
            if len(languages) > 1:
                url["alternates"] = [
                    {"lang_code": code, "location": self.request.build_absolute_uri(link)}
                    for code, link in languages.items()
                ]
        return urls
