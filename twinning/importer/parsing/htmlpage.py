"""Press releases from HTML pages saved out of a CMS (TYPO3, WordPress, hand-made).

The page is one release. Its parts are looked for where CMSs put them
(tx-news and WordPress markup, schema.org, Open Graph and Dublin Core
metadata) and, failing that, by general signals: the article is the element
with the most paragraph text, the headline its h1, and page furniture
(navigation, header, footer, asides, cookie banners, share bars) is dropped.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlparse

import lxml.html
from lxml import etree

from . import explain
from .dates import (
    dateline_date,
    parse_date_string,
    publication_date_in_line,
    split_date_and_title,
    split_title_and_date,
)
from .encoding import declared_encoding, decode_text
from .htmlblocks import (
    BlockWalker,
    drop_dangerous,
    element_classes,
    figure_image,
    image_src,
    is_boilerplate,
    is_figure_like,
    quotes_as_text,
    remove_element,
    text_of,
)
from .limits import LimitExceeded, check_depth, html_parser
from .model import NO_DATE, Block, ImageRef, ParsedItem, ParseResult, Rejected, Related
from .sections import is_closing_heading, is_teaser_heading, same_title
from .textutil import (
    derived_source_id,
    ends_sentence,
    is_contact_line,
    is_credit_line,
    is_noise_line,
    is_tail_furniture,
    split_caption_credit,
    squash,
)

_ARTICLE_XPATHS = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-single ')]//*[contains(concat(' ', normalize-space(@class), ' '), ' article ')]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-single ')]",
    "//article[contains(concat(' ', normalize-space(@class), ' '), ' post ') or contains(@class, 'type-post')]",
    "//*[@itemtype and (contains(@itemtype, 'NewsArticle') or contains(@itemtype, 'BlogPosting') or contains(@itemtype, '/Article'))]",
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-detail ') or contains(concat(' ', normalize-space(@class), ' '), ' article-detail ') or contains(concat(' ', normalize-space(@class), ' '), ' press-release ')]",
    "//main//article",
    "//article",
    "//*[@role='main']",
    "//main",
    "//*[@id='content' or @id='main-content' or @id='maincontent' or @id='main' or @id='inhalt' or @id='c-content']",
)
_BODY_XPATHS = (
    ".//*[@itemprop='articleBody']",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' field--name-body ')]",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' news-text-wrap ')]",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-content ')]",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' post-content ') or contains(concat(' ', normalize-space(@class), ' '), ' article-content ') or contains(concat(' ', normalize-space(@class), ' '), ' article-body ') or contains(concat(' ', normalize-space(@class), ' '), ' article__body ') or contains(concat(' ', normalize-space(@class), ' '), ' article-text ') or contains(concat(' ', normalize-space(@class), ' '), ' news-text ') or contains(concat(' ', normalize-space(@class), ' '), ' story-body ')]",
)
_SUBTITLE_XPATHS = (
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' teaser-text ')]",
    ".//*[@itemprop='description' or @itemprop='alternativeHeadline']",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' subtitle ') or contains(concat(' ', normalize-space(@class), ' '), ' sub-title ') or contains(concat(' ', normalize-space(@class), ' '), ' subheadline ') or contains(concat(' ', normalize-space(@class), ' '), ' sub-headline ') or contains(concat(' ', normalize-space(@class), ' '), ' entry-subtitle ') or contains(concat(' ', normalize-space(@class), ' '), ' article-subtitle ') or contains(concat(' ', normalize-space(@class), ' '), ' standfirst ') or contains(concat(' ', normalize-space(@class), ' '), ' lead ') or contains(concat(' ', normalize-space(@class), ' '), ' intro ') or contains(concat(' ', normalize-space(@class), ' '), ' summary ') or contains(concat(' ', normalize-space(@class), ' '), ' subline ') or contains(concat(' ', normalize-space(@class), ' '), ' kicker ')]",
    ".//*[contains(@class, 'field--name-')]",  # Drupal fields: _is_subtitle_field decides
)
# Drupal names a field by its machine name ("field--name-field-untertitel"); its type class
# ("field--type-text-with-summary") belongs to the body field and says nothing.
_SUBTITLE_FIELD = re.compile(
    r"(?:^|\s)field--name-[\w-]*(?:summary|subtitle|untertitel|unterzeile|subline|lead|intro|"
    r"teaser|anreisser|vorspann)(?:\s|$)"
)
_LEAD_IMAGE_XPATHS = (
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' news-img-wrap ')]",
    ".//*[contains(concat(' ', normalize-space(@class), ' '), ' post-thumbnail ') or contains(concat(' ', normalize-space(@class), ' '), ' featured-image ') or contains(concat(' ', normalize-space(@class), ' '), ' lead-image ') or contains(concat(' ', normalize-space(@class), ' '), ' article-image ') or contains(concat(' ', normalize-space(@class), ' '), ' hero-image ') or contains(concat(' ', normalize-space(@class), ' '), ' entry-image ')]",
)
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "publication-date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "og:published_time",
)
_WEAK_DATE_META = frozenset(("dc.date", "dcterms.date", "date", "pubdate"))
_MODIFIED_META = (
    "article:modified_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "og:updated_time",
)
_URL_DATE = re.compile(r"/(20\d\d|19\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|-|$)")
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||–|—|-|::|»|·|•)\s+")
_ARTICLE_TYPES = ("NewsArticle", "Article", "BlogPosting", "Report", "PressRelease", "WebPage")


def parse_html_page(
    data: bytes, source: str, rel_name: str, text: str | None = None
) -> ParseResult:
    """One saved page to one release, or a rejection saying what was missing."""
    if text is None:
        text = decode_text(data, declared_encoding(data[:4096]))
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)
    if not text.strip():
        return Rejected(source=source, reason="empty file")
    parser = html_parser()
    try:
        document = lxml.html.document_fromstring(text, parser=parser)
        check_depth(document, parser)
    except LimitExceeded as error:
        return Rejected(source=source, reason=str(error))
    except (etree.ParserError, ValueError) as error:
        return Rejected(source=source, reason=f"not an HTML document: {error}")
    page = _Page(document)
    body = document.find("body")
    copied = text_of(body if body is not None else document, keep_breaks=True)
    item = page.to_item(source, rel_name)
    if isinstance(item, ParsedItem) and len(item.body_text) >= 150 or len(copied) < 150:
        return item
    # No article markup to go by (table layouts with <font> and <br>, the text in a cell):
    # read the page as a reader sees it, the way a copied page is read.
    from .textpage import parse_text_extract

    fallback = parse_text_extract(copied, source, rel_name)
    if not isinstance(fallback, ParsedItem) or len(fallback.body_text) <= len(
        getattr(item, "body_text", "")
    ):
        return item
    if isinstance(item, ParsedItem):
        fallback.published = fallback.published or item.published
        if fallback.published is not None and NO_DATE in fallback.warnings:
            fallback.warnings.remove(NO_DATE)
        fallback.source_id = item.source_id
        fallback.source_url = item.source_url
        fallback.language = item.language
    if fallback.image is not None and fallback.image.path is None:
        fallback.image.path = page.photo_captioned(fallback.image.caption)
    return fallback


class _Page:
    """The steps of reading one page, sharing the parsed tree and metadata."""

    def __init__(self, document: etree._Element) -> None:
        self.document = document
        self.meta = _collect_meta(document)
        self.jsonld = _collect_jsonld(document)
        self.canonical = self._canonical()
        self.language = _language(document)
        drop_dangerous(document)
        quotes_as_text(document)
        self.photos = [
            (src, img)
            for img in document.iter("img")
            if (src := image_src(img))
            and not ((img.get("width") or "").isdigit() and int(img.get("width")) < 120)
            and not any(is_boilerplate(node) for node in (img, *img.iterancestors()))
        ]
        self.related = _extract_related(document)
        self.article = _find_article(document)

    def photo_captioned(self, caption: str | None) -> str | None:
        """The photo sharing the smallest box (up to three levels up) with ``caption``."""
        if not caption:
            return None
        start = caption[:40]
        best: tuple[int, str] | None = None
        for src, img in self.photos:
            for level, ancestor in enumerate(img.iterancestors()):
                if level >= 3:
                    break
                text = text_of(ancestor)
                if start in text:
                    if best is None or len(text) < best[0]:
                        best = (len(text), src)
                    break
        return best[1] if best else None

    def _canonical(self) -> str | None:
        for link in self.document.xpath("//link[@href]"):
            if "canonical" in (link.get("rel") or "").lower().split():
                href = link.get("href", "").strip()
                if href.startswith(("http://", "https://")):
                    return href
        for key in ("og:url", "twitter:url"):
            value = self.meta.get(key, "").strip()
            if value.startswith(("http://", "https://")):
                return value
        for item in self.jsonld:
            value = item.get("url") or item.get("mainEntityOfPage")
            if isinstance(value, dict):
                value = value.get("@id") or value.get("url")
            if isinstance(value, str) and value.startswith(("http://", "https://")):
                return value
        return None

    def to_item(self, source: str, rel_name: str) -> ParseResult:
        article = self.article
        warnings: list[str] = []
        headline_element = _find_headline(
            article, self.document, squash(self.meta.get("og:title") or "")
        )
        title = text_of(headline_element) if headline_element is not None else ""
        if not title:
            title = self._title_from_metadata()
        title = squash(title)
        published = self._published(article)
        labelled = split_date_and_title(title)
        if labelled is not None:  # "Pressemitteilung Nr. 268 vom 12.05.2023 <headline>" in one h1
            published = published or labelled[0]
            title = labelled[1]
        trailing = split_title_and_date(title)
        if trailing is not None:
            title, published = trailing[0], published or trailing[1]
        if not title:
            return Rejected(source=source, reason="no headline found (no h1, og:title or <title>)")
        if published is None:
            warnings.append(NO_DATE)

        subtitle_element = _find_subtitle(article, headline_element)
        subtitle = text_of(subtitle_element) if subtitle_element is not None else None
        if subtitle_element is not None:
            remove_element(subtitle_element)

        lead = self._lead_image(article)
        body = _find_body(article)
        if headline_element is not None and _contains(body, headline_element):
            _remove_headline_header(headline_element, body)
        for element in body.xpath(".//time"):
            if (
                not squash(element.tail)
                and publication_date_in_line(text_of(element) or "x") is not None
            ):
                remove_element(element)
        blocks = BlockWalker().blocks(body)
        blocks = [block for block in blocks if not _is_date_or_byline(block)]
        if lead is None and blocks and blocks[0].kind == "image":
            first = blocks.pop(0)
            lead = ImageRef(
                path=first.src, caption=first.caption, credit=first.credit, alt=first.alt
            )
        if lead is None:
            lead = self._og_image()
        if subtitle is None:
            subtitle, blocks = _subtitle_from_blocks(blocks, body)
        if blocks and blocks[0].kind == "heading" and same_title(blocks[0].text, title):
            blocks.pop(0)
        _cut_closing_section(blocks)
        _trim_tail(blocks)
        if not blocks:
            warnings.append("no body text found")
        if lead is not None and lead.path is not None and not lead.credit:
            warnings.append("lead image has no credit")

        teaser = self._teaser()
        if teaser and subtitle and same_title(teaser, subtitle):
            teaser = subtitle
        related = [entry for entry in self.related if not same_title(entry.title, title)]
        topics = self._keywords()
        source_id = derived_source_id(rel_name, title, self.canonical)
        return ParsedItem(
            source=source,
            source_id=source_id,
            title=title,
            published=published,
            subtitle=subtitle or None,
            teaser=teaser or None,
            blocks=blocks,
            image=lead,
            topics=topics,
            language=self.language or "de",
            source_url=self.canonical,
            related=related,
            warnings=warnings,
        )

    def _title_from_metadata(self) -> str:
        for key in ("og:title", "twitter:title", "dc.title", "title"):
            value = squash(self.meta.get(key))
            if value:
                return value
        for item in self.jsonld:
            headline = item.get("headline") or item.get("name")
            if isinstance(headline, str) and headline.strip():
                return headline
        titles = self.document.xpath("//title")
        if titles:
            raw = text_of(titles[0])
            parts = [part for part in _TITLE_SEPARATORS.split(raw) if part.strip()]
            if len(parts) > 1:
                return max(parts[:-1], key=len) if len(parts) > 2 else parts[0]
            return raw
        return ""

    def _date_candidates(
        self, article: etree._Element
    ) -> Iterator[tuple[str, datetime.date | datetime.datetime]]:
        """Publication dates the page offers, the most trustworthy kind first (label, date)."""
        for element in article.xpath(".//*[@itemprop='datePublished']") + self.document.xpath(
            "//*[@itemprop='datePublished']"
        ):
            for value in (element.get("datetime"), element.get("content"), text_of(element)):
                parsed = parse_date_string(value or "")
                if parsed:
                    yield "itemprop datePublished", parsed
                    break
        for key in _DATE_META:
            if key in _WEAK_DATE_META:
                continue
            parsed = parse_date_string(self.meta.get(key, ""))
            if parsed:
                yield f"Meta-Angabe {key}", parsed
        for item in self.jsonld:
            value = item.get("datePublished") or item.get("dateCreated")
            if isinstance(value, str):
                parsed = parse_date_string(value)
                if parsed:
                    yield "JSON-LD datePublished", parsed
        # Generic "date" metadata is often the page's last change; a labelled
        # "Veröffentlicht am …" in the article says what a reader sees.
        for element in article.xpath(".//p|.//span|.//div|.//time|.//small|.//em|.//strong|.//dd"):
            own = text_of(element)
            if own and len(own) <= 120:
                found = publication_date_in_line(own)
                if found and found[0] == "published":
                    yield f"Zeile mit Datumsangabe im Artikel „{own[:40]}“", found[1]
        for key in _WEAK_DATE_META:
            parsed = parse_date_string(self.meta.get(key, ""))
            if parsed:
                yield f"allgemeine Meta-Angabe {key}", parsed
        times = article.xpath(
            ".//time[contains(@class, 'published') or contains(@class, 'entry-date')][@datetime]"
        ) or article.xpath(".//time[@datetime]")
        for element in times:
            parsed = parse_date_string(element.get("datetime", ""))
            if parsed:
                yield "<time datetime> im Artikel", parsed
        for scope in (article, self.document):
            for element in scope.xpath(
                ".//p|.//span|.//div|.//time|.//li|.//small|.//em|.//strong|.//dd"
            ):
                own = text_of(element)
                if not own or len(own) > 120:
                    continue
                found = publication_date_in_line(own)
                if found and found[0] in ("published", "bare"):
                    yield f"Datumszeile „{own[:40]}“", found[1]
        for element in article.xpath(".//*[contains(@class, 'date') or contains(@class, 'datum')]"):
            parsed = parse_date_string(text_of(element))
            if parsed:
                yield "Element mit Datumsklasse", parsed
        for element in article.xpath(".//p")[:6]:
            found = dateline_date(text_of(element))
            if found is not None:
                yield "Ortsmarke am Anfang des Textes", found
        for element in self.document.xpath("//*[text()]"):
            own = squash(element.text)
            found = publication_date_in_line(own) if own and len(own) <= 120 else None
            if found and found[0] == "updated":
                yield f"Stand-Angabe „{own[:40]}“ (Änderung, nicht Veröffentlichung)", found[1]
        for key in _MODIFIED_META:
            parsed = parse_date_string(self.meta.get(key, ""))
            if parsed:
                yield f"Änderungsdatum {key}", parsed
        for item in self.jsonld:
            value = item.get("dateModified")
            if isinstance(value, str):
                parsed = parse_date_string(value)
                if parsed:
                    yield "JSON-LD dateModified", parsed
        if self.canonical:
            match = _URL_DATE.search(urlparse(self.canonical).path)
            if match:
                try:
                    yield (
                        "Datum in der Adresse",
                        datetime.date(
                            int(match.group(1)), int(match.group(2)), int(match.group(3))
                        ),
                    )
                except ValueError:
                    return

    def _published(self, article: etree._Element) -> datetime.date | datetime.datetime | None:
        """The first date of the most trustworthy kind; with --explain also the runner-up."""
        candidates = self._date_candidates(article)
        first = next(candidates, None)
        if explain.active():
            ranked = [first] if first else []
            for candidate in candidates:
                if first is None or candidate[1] != first[1]:
                    ranked.append(candidate)
                    break
            explain.decided(
                "Datum",
                [
                    explain.Candidate(value.isoformat(), len(ranked) - rank, [label])
                    for rank, (label, value) in enumerate(ranked)
                ],
            )
        return first[1] if first else None

    def _lead_image(self, article: etree._Element) -> ImageRef | None:
        for xpath in _LEAD_IMAGE_XPATHS:
            for element in article.xpath(xpath):
                image = figure_image(element)
                if image is not None:
                    remove_element(element)
                    return image
        body = _find_body(article)
        if body is not article:
            for element in article.xpath(".//figure|.//img"):
                if _contains(body, element) or is_boilerplate(element):
                    continue
                if not _precedes(element, body):
                    continue
                image = figure_image(element) if element.tag == "figure" else None
                if element.tag == "img":
                    boxed = _boxed_image(element, article, body)
                    if boxed is not None:
                        box, image = boxed
                        remove_element(box)
                        return image
                    src = image_src(element)
                    image = (
                        ImageRef(path=src, alt=squash(element.get("alt")) or None) if src else None
                    )
                if image is not None:
                    remove_element(element)
                    return image
        return self._image_box_before_text(article, body)

    @staticmethod
    def _image_box_before_text(article: etree._Element, body: etree._Element) -> ImageRef | None:
        """A photo above the text in a box of its own: <div><img><p class="bildunterschrift">…
        <p class="bildnachweis">…</div>, a NOLIS or Imperia image block, a table cell."""
        first_text = next(
            (
                element
                for element in body.iter("p", "div", "td")
                if len(squash(element.text or "")) >= 80
            ),
            None,
        )
        for img in article.iter("img"):
            if first_text is not None and not _precedes(img, first_text):
                return None
            if any(is_boilerplate(node) for node in (img, *img.iterancestors())):
                continue
            src = image_src(img)
            if not src or (img.get("width") or "").isdigit() and int(img.get("width")) < 120:
                continue  # spacers and icons
            boxed = _boxed_image(img, article, body)
            if boxed is None:
                return None  # a bare photo: the body's first block, read as usual
            remove_element(boxed[0])
            return boxed[1]
        return None

    def _og_image(self) -> ImageRef | None:
        url = self.meta.get("og:image") or self.meta.get("twitter:image")
        caption = None
        credit = None
        for item in self.jsonld:
            image = item.get("image")
            if isinstance(image, list) and image:
                image = image[0]
            if isinstance(image, dict):
                url = url or image.get("url") or image.get("contentUrl")
                caption = image.get("caption") if isinstance(image.get("caption"), str) else None
                for key in ("creditText", "copyrightHolder", "author", "creator"):
                    value = image.get(key)
                    if isinstance(value, dict):
                        value = value.get("name")
                    if isinstance(value, str) and value.strip():
                        credit = squash(value)
                        break
            elif isinstance(image, str):
                url = url or image
        if not url or not isinstance(url, str):
            return None
        alt = self.meta.get("og:image:alt") or self.meta.get("twitter:image:alt")
        if caption:
            caption, found_credit = split_caption_credit(caption)
            credit = credit or found_credit
        return ImageRef(path=url.strip(), caption=caption, credit=credit, alt=squash(alt) or None)

    def _teaser(self) -> str | None:
        for key in ("description", "og:description", "twitter:description", "dc.description"):
            value = squash(self.meta.get(key))
            # "Pressedienst der Landeshauptstadt Düsseldorf": the site's description on every
            # page says nothing about this release.
            if value and (len(value.split()) >= 8 or ends_sentence(value)):
                return value
        for item in self.jsonld:
            value = item.get("description")
            if isinstance(value, str) and value.strip():
                return squash(value)
        return None

    def _keywords(self) -> list[str]:
        found: list[str] = []
        for key in ("article:tag", "news_keywords", "keywords"):
            value = self.meta.get(key)
            if value:
                found.extend(part.strip() for part in value.split(",") if part.strip())
                break
        for item in self.jsonld:
            value = item.get("keywords")
            if isinstance(value, str):
                found.extend(part.strip() for part in value.split(",") if part.strip())
            elif isinstance(value, list):
                found.extend(str(part).strip() for part in value if str(part).strip())
        return list(dict.fromkeys(found))


def _collect_meta(document: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    for element in document.xpath("//meta[@content]"):
        key = (
            element.get("property")
            or element.get("name")
            or element.get("itemprop")
            or element.get("http-equiv")
        )
        if not key:
            continue
        key = key.strip().lower()
        if key == "article:tag" and key in meta:
            meta[key] = f"{meta[key]}, {element.get('content', '')}"
        else:
            meta.setdefault(key, element.get("content", ""))
    return meta


def _collect_jsonld(document: etree._Element) -> list[dict[str, Any]]:
    """Article-like objects from JSON-LD, which many CMSs fill better than their markup."""
    found: list[dict[str, Any]] = []
    for script in document.xpath("//script[@type='application/ld+json']"):
        raw = script.text or ""
        if len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack: list[Any] = [data]
        while stack and len(found) < 20:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item[:50])
            elif isinstance(item, dict):
                kind = item.get("@type")
                kinds = kind if isinstance(kind, list) else [kind]
                if any(isinstance(value, str) and value in _ARTICLE_TYPES for value in kinds):
                    found.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph[:50])
    found.sort(key=lambda item: 0 if item.get("@type") != "WebPage" else 1)
    return found


def _language(document: etree._Element) -> str | None:
    value = (
        document.get("lang") or document.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    ).strip()
    if not value:
        return None
    return value.split("-")[0].split("_")[0].lower()[:5] or None


def _paragraph_text_length(element: etree._Element) -> int:
    return sum(len(text_of(paragraph)) for paragraph in element.xpath(".//p"))


def _find_article(document: etree._Element) -> etree._Element:
    """The element that holds the release: CMS markup first, then paragraph density."""
    for xpath in _ARTICLE_XPATHS:
        candidates = [element for element in document.xpath(xpath) if not is_boilerplate(element)]
        if not candidates:
            continue
        best = max(
            candidates,
            key=lambda element: (bool(element.xpath(".//h1")), _paragraph_text_length(element)),
        )
        if _paragraph_text_length(best) >= 80 or best.xpath(".//h1"):
            if best.tag in ("main",) or best.get("role") == "main" or best.get("id"):
                inner = _densest(best)
                if inner is not None and inner.xpath(".//h1"):
                    return inner
            return best
    densest = _densest(document)
    return (
        densest
        if densest is not None
        else (document.find("body") if document.find("body") is not None else document)
    )


def _densest(root: etree._Element) -> etree._Element | None:
    """Readability's idea in small: paragraphs vote for their parent and grandparent."""
    scores: dict[etree._Element, float] = {}
    for paragraph in root.xpath(".//p|.//blockquote|.//h2|.//h3"):
        if any(is_boilerplate(ancestor) for ancestor in paragraph.iterancestors()):
            continue
        length = len(text_of(paragraph))
        if length < 20 and paragraph.tag == "p":
            continue
        links = sum(len(text_of(link)) for link in paragraph.xpath(".//a"))
        score = max(0.0, length - 2 * links) / 100 + 1
        parent = paragraph.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + score / 2
    if not scores:
        return None
    best = max(scores, key=lambda element: scores[element])
    # Climb to the container that also holds the headline, if it is close by.
    climber = best
    for _ in range(4):
        if climber.xpath(".//h1"):
            return climber
        parent = climber.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        climber = parent
    return best


def _is_site_name(heading: etree._Element) -> bool:
    """An h1 that holds the site's name: styled as logo or brand, or only a link home."""
    if re.search(r"logo|site-title|site-name|brand", element_classes(heading), re.IGNORECASE):
        return True
    links = heading.xpath(".//a[@href]")
    if len(links) == 1 and text_of(links[0]) == text_of(heading):
        href = links[0].get("href", "").strip()
        path = urlparse(href).path if href.startswith(("http://", "https://")) else href
        if path in ("/", "", "./", "index.html", "/index.html", "/index.php") or "home" in (
            links[0].get("rel") or ""
        ):
            return True
    return False


def _find_headline(
    article: etree._Element, document: etree._Element, meta_title: str = ""
) -> etree._Element | None:
    for scope in (article, document):
        candidates = [
            element
            for element in scope.xpath(".//h1")
            if text_of(element)
            and not _is_site_name(element)
            and not is_noise_line(text_of(element))
        ]
        if candidates:
            chosen = candidates[0]
            if meta_title and not same_title(text_of(chosen), meta_title):
                # The page's own title metadata names another heading (the h1
                # is the site or section name): that heading is the headline.
                for element in article.xpath(".//h2|.//h3"):
                    if same_title(text_of(element), meta_title):
                        return element
            return chosen
    for element in article.xpath(
        ".//*[@itemprop='headline']|.//*[contains(@class, 'entry-title')]|.//h2"
    ):
        if text_of(element):
            return element
    return None


def _find_subtitle(
    article: etree._Element, headline: etree._Element | None
) -> etree._Element | None:
    for xpath in _SUBTITLE_XPATHS:
        for element in article.xpath(xpath):
            if element is headline or element.tag in ("meta", "img") or is_boilerplate(element):
                continue
            if "field--name-" in (element.get("class") or "") and not _SUBTITLE_FIELD.search(
                element.get("class") or ""
            ):
                continue
            if _in_figure(element):
                continue  # GSB calls a photo's caption box "subtitle"
            value = text_of(element)
            if value and len(value) <= 600:
                return element
    if headline is not None:
        sibling = headline.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if sibling is not None and sibling.tag in ("h2", "h3", "p") and sibling.tag != "p":
            value = text_of(sibling)
            if value and len(value) <= 300:
                return sibling
    return None


def _in_figure(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag == "figure" or (node is not element and is_figure_like(node)):
            return True
        if node.tag in ("article", "main", "body"):
            break
    return bool(element.xpath(".//img"))


def _find_body(article: etree._Element) -> etree._Element:
    for xpath in _BODY_XPATHS:
        found = article.xpath(xpath)
        if found:
            return found[0]
    return article


def _contains(ancestor: etree._Element, element: etree._Element) -> bool:
    return element is ancestor or any(parent is ancestor for parent in element.iterancestors())


def _precedes(element: etree._Element, other: etree._Element) -> bool:
    for node in element.getroottree().getroot().iter():
        if node is element:
            return True
        if node is other:
            return False
    return False


def _remove_head_furniture(headline: etree._Element, body: etree._Element) -> None:
    """What stands above the headline inside the body is the page head: a rubric ("Nachrichten
    aus dem Rathaus"), a release number, a date. Photos stay (they may be the lead photo)."""
    node = headline
    while node is not None and node is not body:
        sibling = node.getprevious()
        while sibling is not None:
            previous = sibling.getprevious()
            if isinstance(sibling.tag, str) and not sibling.xpath(
                "self::img|self::figure|.//img|.//figure"
            ):
                remove_element(sibling)
            sibling = previous
        node = node.getparent()


def _remove_headline_header(headline: etree._Element, body: etree._Element) -> None:
    _remove_head_furniture(headline, body)
    parent = headline.getparent()
    if (
        parent is not None
        and parent is not body
        and parent.tag in ("header", "hgroup")
        and _contains(body, parent)
    ):
        remove_element(parent)
    else:
        remove_element(headline)


_BYLINE = re.compile(r"^(?:von|by|autor(?:in)?:|text:|geschrieben von)\s+\S+", re.IGNORECASE)


def _is_date_or_byline(block: Block) -> bool:
    if block.kind not in ("paragraph", "heading"):
        return False
    text = block.text
    if len(text) <= 120 and publication_date_in_line(text) is not None:
        return True
    return len(text) <= 60 and bool(_BYLINE.match(text)) and not text.endswith(".")


def _is_link_list(block: Block) -> bool:
    """A list of short links ("Venlo", "Leicester", …): navigation, not prose."""
    html = (block.html or "").lstrip()
    if not html.startswith(("<ul", "<ol")):
        return False
    items = block.text.split("\n")
    return (
        len(items) >= 3
        and all(len(item.split()) <= 4 and not item.endswith(".") for item in items)
        and html.count("<a ") >= len(items)
    )


def _cut_closing_section(blocks: list[Block]) -> None:
    """A closing heading inside the article ("Das sind Krefelds Partnerstädte",
    "Kontakt") ends it, unless real prose still follows (then it is a heading)."""
    for index, block in enumerate(blocks):
        if block.kind != "heading" or index == 0 or not is_closing_heading(block.text):
            continue
        long_after = sum(
            1
            for other in blocks[index + 1 :]
            if other.kind == "paragraph" and len(other.text) >= 200
        )
        if long_after < 2:
            del blocks[index:]
            return


def _trim_tail(blocks: list[Block]) -> None:
    """Contact lines, link lists and headings left with nothing after them end no article."""
    while blocks:
        last = blocks[-1]
        if (
            last.kind == "paragraph"
            and (
                is_contact_line(last.text)
                or is_tail_furniture(last.text)
                or is_noise_line(last.text)
                or _is_link_list(last)
            )
            or last.kind == "heading"
            and len(blocks) > 1
        ):
            blocks.pop()
        else:
            break


_SENTENCE_ENDS = re.compile(r"(?<=[a-zäöüß)“\"])[.!?](?:\s|$)")


def _subtitle_from_blocks(
    blocks: list[Block], body: etree._Element
) -> tuple[str | None, list[Block]]:
    """A heading before any paragraph, or a bold-only first paragraph, is the subheading."""
    if not blocks:
        return None, blocks
    first = blocks[0]
    if (
        first.kind == "heading"
        and len(first.text) <= 250
        and len(blocks) > 1
        and blocks[1].kind == "paragraph"
    ):
        return first.text, blocks[1:]
    if first.kind == "paragraph" and first.html and len(first.text) <= 400:
        inner = first.html.strip()
        bold = re.fullmatch(r"<(strong|b)>(.*)</\1>", inner, re.DOTALL)
        # A bold lead of full sentences ("Zum zweiten Advent ist … zu Gast. Die 28 Sänger …")
        # is the release's first paragraph, set in bold; a subheading is a line.
        lead = ends_sentence(first.text) and (
            len(first.text) > 160 or len(_SENTENCE_ENDS.findall(first.text)) > 1
        )
        if bold and "<strong>" not in bold.group(2) and len(blocks) > 1 and not lead:
            return first.text, blocks[1:]
    return None, blocks


def _extract_related(document: etree._Element) -> list[Related]:
    """Teaser cards after the article become related entries; their sections leave the tree."""
    related: list[Related] = []
    containers: list[etree._Element] = []
    for heading in document.xpath(
        "//h2|//h3|//h4|//h5|//*[contains(@class, 'headline') or contains(@class, 'title')][not(self::h1)]"
    ):
        value = text_of(heading)
        if not value:
            continue
        if is_teaser_heading(value):
            containers.append(_section_of(heading))
        elif is_closing_heading(value) and not heading.xpath("ancestor::article"):
            section = _section_of(heading)
            if section is not None and not section.xpath(".//h1"):
                remove_element(section)
    for element in document.xpath(
        "//*[contains(@class, 'related') or contains(@class, 'news-related') or contains(@class, 'jp-relatedposts') or contains(@class, 'more-news')]"
    ):
        if not element.xpath(".//h1") and element.getparent() is not None:
            containers.append(element)
    seen: set[int] = set()
    for container in containers:
        if container is None or id(container) in seen or container.getparent() is None:
            continue
        seen.add(id(container))
        for card in _cards(container):
            entry = _related_from_card(card)
            if entry and not any(same_title(entry.title, other.title) for other in related):
                related.append(entry)
        remove_element(container)
    return related


def _section_of(heading: etree._Element) -> etree._Element:
    """The heading's own section, or a synthetic one of the siblings it heads."""
    parent = heading.getparent()
    if parent is None:
        return heading
    if (
        not parent.xpath(".//h1")
        and len(text_of(parent)) < 8000
        and parent.tag not in ("body", "main")
    ):
        return parent
    wrapper = etree.Element("section")
    sibling = heading.getnext()
    moving: list[etree._Element] = []
    while sibling is not None:
        if isinstance(sibling.tag, str) and sibling.tag == heading.tag:
            break
        moving.append(sibling)
        sibling = sibling.getnext()
    heading.addprevious(wrapper)
    wrapper.append(heading)
    for element in moving:
        wrapper.append(element)
    return wrapper


def _cards(container: etree._Element) -> list[etree._Element]:
    candidates = container.xpath(
        ".//article|.//li|.//*[contains(@class, 'teaser') or contains(@class, 'card') or contains(@class, 'item') or contains(@class, 'entry')]"
    )
    cards = [
        element
        for element in candidates
        if element.xpath(".//h2|.//h3|.//h4|.//h5|.//a")
        and not any(other is not element and _contains(element, other) for other in candidates)
    ]
    if cards:
        return cards
    # No card markup: each heading below the section's own starts a card, which
    # reaches up to the largest ancestor that holds no other heading.
    headings = container.xpath(".//h2|.//h3|.//h4|.//h5|.//h6")
    if len(headings) < 2:
        return _repeated_link_rows(container)
    own = headings[0]
    for heading in headings[1:]:
        card = heading
        parent = heading.getparent()
        while (
            parent is not None
            and parent is not container
            and not _contains(parent, own)
            and len(parent.xpath(".//h2|.//h3|.//h4|.//h5|.//h6")) == 1
        ):
            card = parent
            parent = parent.getparent()
        cards.append(card)
    return cards


def _boxed_image(
    img: etree._Element, article: etree._Element, body: etree._Element
) -> tuple[etree._Element, ImageRef] | None:
    """The box around a photo (up to three levels: no other photo, little text) and what it
    says: caption and credit in elements of their own (Drupal media fields, NOLIS, Imperia)."""
    box = img
    for _ in range(3):
        parent = box.getparent()
        if (
            parent is None
            or parent is article
            or parent is body
            or _contains(parent, body)
            or len(parent.xpath(".//img")) > 1
            or len(text_of(parent)) > 600
        ):
            break
        box = parent
    if box is img:
        return None
    image = figure_image(box)
    if image is None or not (image.caption or image.credit):
        return None
    return box, image


def _repeated_link_rows(container: etree._Element) -> list[etree._Element]:
    """Cards without card markup or headings (Drupal's "views-row"): the children of the
    element whose children, at least two, each hold one link."""
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        children = [child for child in element if isinstance(child.tag, str)]
        if len(children) >= 2 and all(len(child.xpath(".//a[@href]")) == 1 for child in children):
            return children
    return []


def _related_from_card(card: etree._Element) -> Related | None:
    heading = card.xpath(
        ".//h2|.//h3|.//h4|.//h5|.//*[contains(@class, 'title') or contains(@class, 'headline')]"
    )
    title = text_of(heading[0]) if heading else ""
    links = card.xpath(".//a[@href]")
    if not title and links:
        title = max((text_of(link) for link in links), key=len, default="")
    if not title or is_noise_line(title):
        return None
    image = figure_image(card) if card.xpath(".//img") else None
    teaser = None
    for paragraph in card.xpath(
        ".//p|.//*[contains(@class, 'teaser-text') or contains(@class, 'excerpt') or contains(@class, 'summary')]"
    ):
        value = text_of(paragraph)
        if (
            value
            and not same_title(value, title)
            and not is_credit_line(value)
            and not is_noise_line(value)
            and publication_date_in_line(value) is None
            and (image is None or value != image.caption)
        ):
            teaser = value
            break
    url = None
    for link in links:
        href = link.get("href", "").strip()
        if href and not href.lower().startswith(("javascript:", "data:", "#")):
            url = href
            break
    return Related(title=title, teaser=teaser, image=image, url=url)
