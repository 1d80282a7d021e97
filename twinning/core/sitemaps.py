"""/sitemap.xml: Wagtail's sitemap over the pages readers may see (``core.visibility``)."""

from __future__ import annotations

from wagtail.contrib.sitemaps import Sitemap

from twinning.core.visibility import public_pages


class PublicSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        return (
            public_pages(root.get_descendants(inclusive=True))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
