"""RSS 2.0 and Atom feeds of press releases: all, per partner city, per topic."""

from __future__ import annotations

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, HttpRequest
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from twinning.core import i18n
from twinning.core.text import clean_data
from twinning.core.visibility import public_pages
from twinning.news.models import PressReleasePage, Topic
from twinning.news.selectors import live_releases
from twinning.partnerships.models import PartnerCityPage

FEED_SIZE = 30
# Feed and item fields that are one line of text; the others may keep their line breaks.
SINGLE_LINE = frozenset({"title", "author_name", "image_credit", "image_caption", "unique_id"})
MEDIA_NS = "http://search.yahoo.com/mrss/"


class MediaCreditMixin:
    """Adds Media RSS credit and caption of the lead image, so readers can show "Foto: …".

    Also the feeds' last line of defence for text: rows stored before text was cleaned on
    the way in may hold control characters, which XML 1.0 cannot carry (Django's writer
    refuses them, and the whole feed answered 500). They are taken out as the feed is written.
    """

    def write(self, outfile, encoding) -> None:
        self.feed = clean_data(self.feed, line_keys=SINGLE_LINE)
        self.items = [clean_data(item, line_keys=SINGLE_LINE) for item in self.items]
        super().write(outfile, encoding)

    def root_attributes(self) -> dict:
        attrs = super().root_attributes()
        attrs["xmlns:media"] = MEDIA_NS
        return attrs

    def add_item_elements(self, handler, item) -> None:
        super().add_item_elements(handler, item)
        if item.get("image_credit"):
            handler.addQuickElement("media:credit", item["image_credit"], {"role": "photographer"})
        if item.get("image_caption"):
            handler.addQuickElement("media:description", item["image_caption"])


class RssWithCredits(MediaCreditMixin, Rss201rev2Feed):
    pass


class AtomWithCredits(MediaCreditMixin, Atom1Feed):
    pass


class ReleaseFeed(Feed):
    feed_type = RssWithCredits
    description_template = None

    def get_object(self, request: HttpRequest, *args, **kwargs):
        self.request = request
        return None

    def title(self, obj=None) -> str:
        return _("Pressemitteilungen zu den Städtepartnerschaften")

    def link(self, obj=None) -> str:
        return self.archive_url()

    def archive_url(self) -> str:
        """The press archive in the feed's language."""
        from twinning.core.context_processors import site_chrome

        return site_chrome(self.request).get("archive_url") or "/"

    def description(self, obj=None) -> str:
        return _("Neue Pressemitteilungen rund um die Partnerstädte")

    def releases(self, obj=None):
        return live_releases()

    def items(self, obj=None):
        return list(
            self.releases(obj)
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")[:FEED_SIZE]
        )

    def item_title(self, item: PressReleasePage) -> str:
        return item.title

    def item_description(self, item: PressReleasePage) -> str:
        text = item.summary
        if item.lead_image and item.lead_image.credit:
            text += f" ({_('Foto:')} {item.lead_image.credit})"
        return text

    def item_link(self, item: PressReleasePage) -> str:
        return item.get_url(request=self.request)

    def item_guid(self, item: PressReleasePage) -> str:
        return self.request.build_absolute_uri(item.get_url(request=self.request))

    def item_pubdate(self, item: PressReleasePage):
        return item.published_at

    def item_updateddate(self, item: PressReleasePage):
        return item.last_published_at or item.published_at

    def item_enclosures(self, item: PressReleasePage) -> list[Enclosure]:
        if not item.lead_image:
            return []
        rendition = item.lead_image.get_rendition("fill-1200x675|format-jpeg")
        return [
            Enclosure(
                self.request.build_absolute_uri(rendition.url),
                str(rendition.file.size if rendition.file else 0),
                "image/jpeg",
            )
        ]

    def item_extra_kwargs(self, item: PressReleasePage) -> dict:
        if item.lead_image:
            return {
                "image_credit": item.lead_image.credit,
                "image_caption": item.lead_image.caption,
            }
        return {}


class CityReleaseFeed(ReleaseFeed):
    def get_object(self, request: HttpRequest, slug: str):
        self.request = request
        # The German page: relations point at it, and a city's slug is the same in every
        # language (a translation with a slug of its own is found through it as well).
        cities = public_pages(PartnerCityPage.objects.filter(slug=slug))
        city = cities.filter(locale_id=i18n.locale_id(settings.LANGUAGE_CODE)).first()
        if city is None:
            found = cities.first()
            if found is None:
                raise Http404
            city = PartnerCityPage.objects.get(pk=i18n.source_id(found))
        return city

    def title(self, obj) -> str:
        return _("Pressemitteilungen zur Partnerschaft mit %s") % obj.title

    def link(self, obj) -> str:
        return f"{self.archive_url()}?partnerstadt={obj.slug}"

    def releases(self, obj):
        return live_releases().filter(partner_cities=obj)


class TopicReleaseFeed(ReleaseFeed):
    def get_object(self, request: HttpRequest, slug: str):
        self.request = request
        topic = Topic.objects.filter(slug=slug).first()
        if topic is None:
            raise Http404
        return topic

    def title(self, obj) -> str:
        return _("Pressemitteilungen zum Thema %s") % obj.name

    def link(self, obj) -> str:
        return f"{self.archive_url()}?thema={obj.slug}"

    def releases(self, obj):
        return live_releases().filter(topics=obj)


def atom(feed_class: type[ReleaseFeed]) -> type[ReleaseFeed]:
    """The same feed in Atom 1.0, whose readers expect a subtitle instead of a description."""
    return type(
        f"Atom{feed_class.__name__}",
        (feed_class,),
        {"feed_type": AtomWithCredits, "subtitle": feed_class.description},
    )
