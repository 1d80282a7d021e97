"""Every public page of the demo site: valid HTML, one h1, a skip link, German dates, own host only."""

import io
import re

import html5lib
import pytest
from django.core.management import call_command
from lxml import html

from twinning.events.models import EventPage
from twinning.news.models import PressReleasePage
from twinning.partnerships.models import PartnerCityPage

pytestmark = pytest.mark.django_db


def public_urls() -> list[str]:
    urls = [
        "/",
        "/presse/",
        "/presse/?thema=kultur",
        "/partnerstaedte/",
        "/termine/",
        "/suche/?q=Partnerschaft",
        "/impressum/",
        "/datenschutz/",
        "/barrierefreiheit/",
    ]
    urls += [p.url for p in PressReleasePage.objects.live()[:5]]
    urls += [p.url for p in PartnerCityPage.objects.live()]
    urls += [p.url for p in EventPage.objects.live()[:3]]
    return urls


def test_demo_site_pages_are_valid_accessible_german_and_private(client):
    call_command("load_demo", stdout=io.StringIO())
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for url in public_urls():
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        text = response.content.decode()
        parser.parse(text)  # raises on any HTML parse error
        doc = html.fromstring(response.content)
        prefix = url.split("/")[1] if url.count("/") > 1 else ""
        assert doc.get("lang") == (prefix if prefix in ("en", "fr", "nl") else "de"), url
        assert len(doc.xpath("//h1")) == 1, url
        skip = doc.xpath("//a[@href='#inhalt']")
        assert skip and skip[0].text_content().strip() == {
            "de": "Zum Inhalt",
            "en": "Skip to content",
        }.get(doc.get("lang"), skip[0].text_content().strip()), url
        assert doc.xpath("//main[@id='inhalt']"), url
        ids = doc.xpath("//@id")
        assert len(ids) == len(set(ids)), (url, sorted(i for i in ids if ids.count(i) > 1))
        for img in doc.xpath("//img"):
            assert img.get("alt") is not None, (url, img.get("src"))
        for attr in doc.xpath("//@src | //link[@rel='stylesheet' or @rel='icon']/@href"):
            assert not re.match(r"^(https?:)?//", attr), (url, attr)
        # German dates read 18.11.2026; en/fr/nl write the month's name (18 November 2026).
        date_pattern = (
            r"\d{2}\.\d{2}\.\d{4}" if doc.get("lang") == "de" else r"\d{1,2} [^\W\d]+ \d{4}"
        )
        for time in doc.xpath("//time[not(ancestor::head)]"):
            assert re.search(date_pattern, time.text_content()), (url, time.text_content())
