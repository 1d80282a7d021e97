"""Press releases from RSS 2.0 and Atom files, one per entry, via feedparser.

feedparser copes with the many broken feeds old CMSs wrote; what it hands
back is turned into the same ParsedItem shape as every other format, with
the entry's own time zone kept so the calendar date is the one published.
"""

from __future__ import annotations

import datetime
import email.utils
import io
import time
from collections.abc import Iterator
from typing import Any

import feedparser
from lxml import etree

from .dates import parse_date_string
from .htmlblocks import blocks_from_html
from .limits import LimitExceeded, check_depth
from .model import NO_DATE, Block, ImageRef, ParsedItem, ParseResult, Rejected
from .textutil import derived_source_id, split_caption_credit, squash


def _entry_date(entry: Any) -> datetime.date | datetime.datetime | None:
    for key in ("published", "updated", "created", "dc_date", "issued"):
        raw = entry.get(key)
        if not isinstance(raw, str) or not raw.strip():
            continue
        try:
            parsed: datetime.date | datetime.datetime | None = email.utils.parsedate_to_datetime(
                raw
            )
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is None:
            parsed = parse_date_string(raw)
        if parsed is not None:
            return parsed
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            try:
                return datetime.datetime(*value[:6], tzinfo=datetime.UTC)
            except ValueError:
                continue
    return None


def _entry_html(entry: Any) -> tuple[str, str | None]:
    """The richest body the entry has, and the summary when it is a separate teaser."""
    summary = entry.get("summary") or ""
    content = ""
    for part in entry.get("content") or []:
        value = part.get("value") or ""
        if len(value) > len(content):
            content = value
    if content:
        teaser = (
            squash(_plain(summary))
            if summary and squash(_plain(summary)) != squash(_plain(content))
            else None
        )
        return content, teaser
    return summary, None


def _plain(html: str) -> str:
    blocks = blocks_from_html(html)
    return " ".join(block.text for block in blocks)


def _entry_image(
    entry: Any, blocks: list[Block], media_caption: str | None = None
) -> ImageRef | None:
    credit = None
    for item in entry.get("media_credit") or []:
        if isinstance(item, dict) and item.get("content"):
            credit = squash(item["content"])
            break
    if credit is None and isinstance(entry.get("media_copyright"), dict):
        credit = squash(entry["media_copyright"].get("content")) or None
    caption = media_caption
    url = None
    for item in entry.get("media_content") or []:
        if (
            isinstance(item, dict)
            and item.get("url")
            and (
                item.get("medium") == "image"
                or str(item.get("type", "")).startswith("image/")
                or str(item.get("url"))
                .lower()
                .split("?")[0]
                .endswith((".jpg", ".jpeg", ".png", ".webp", ".gif"))
            )
        ):
            url = item["url"]
            break
    if url is None:
        for link in entry.get("enclosures") or entry.get("links") or []:
            if not isinstance(link, dict):
                continue
            is_image = str(link.get("type", "")).startswith("image/")
            if is_image and link.get("rel", "enclosure") == "enclosure":
                url = link.get("href") or link.get("url")
                if url:
                    break
    if url is None:
        for item in entry.get("media_thumbnail") or []:
            if isinstance(item, dict) and item.get("url"):
                url = item["url"]
                break
    if url is None and blocks and blocks[0].kind == "image":
        first = blocks.pop(0)
        return ImageRef(
            path=first.src, caption=first.caption, credit=first.credit or credit, alt=first.alt
        )
    if url is None and credit is None and caption is None:
        return None
    if caption:
        caption, found = split_caption_credit(caption)
        credit = credit or found
    return ImageRef(path=url, caption=caption, credit=credit, alt=None)


_MRSS = "http://search.yahoo.com/mrss/"


def _media_details(data: bytes) -> list[dict[str, str]]:
    """Per entry: the media:description and the entry's own description.

    feedparser lets a media:description overwrite the entry's summary, which
    would turn a photo caption into the teaser; a plain XML pass tells them
    apart again.
    """
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        check_depth(None, parser)
        return []
    check_depth(root, parser)
    if root is None:
        return []
    details: list[dict[str, str]] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or etree.QName(element).localname not in (
            "item",
            "entry",
        ):
            continue
        found: dict[str, str] = {}
        for child in element.iter():
            if not isinstance(child.tag, str):
                continue
            name = etree.QName(child)
            if (
                name.namespace == _MRSS
                and name.localname in ("description", "title")
                and child.text
            ):
                found.setdefault(f"media_{name.localname}", squash(child.text))
            elif (
                child.getparent() is element
                and name.localname in ("description", "summary")
                and name.namespace != _MRSS
            ):
                found.setdefault("description", child.xpath("string()"))
        details.append(found)
    return details


def parse_feed(data: bytes, source: str, rel_name: str) -> Iterator[ParseResult]:
    """Every entry of an RSS or Atom document, in document order."""
    try:
        # First, as plain XML: a feed nested past the depth limit is refused before
        # feedparser spends time on it.
        details = _media_details(data)
    except LimitExceeded as error:
        yield Rejected(source=source, reason=str(error))
        return
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=True)
    except Exception as error:  # noqa: BLE001 - feedparser raises many kinds on garbage
        yield Rejected(source=source, reason=f"not a readable RSS/Atom feed: {error}")
        return
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo") and not parsed.get("feed"):
            reason = str(parsed.get("bozo_exception") or "unknown error")
            yield Rejected(source=source, reason=f"not a readable RSS/Atom feed: {reason}")
        return
    language = str(parsed.get("feed", {}).get("language") or "de").split("-")[0].lower()[:5] or "de"
    if len(details) != len(entries):
        details = [{} for _ in entries]
    for position, entry in enumerate(entries, start=1):
        where = f"{source}:{position}"
        try:
            yield _entry_item(entry, where, rel_name, language, details[position - 1])
        except LimitExceeded as error:
            yield Rejected(source=where, reason=str(error))
        except Exception as error:  # noqa: BLE001 - one broken entry must not stop the rest
            yield Rejected(source=where, reason=f"entry could not be read: {error}")


def _entry_item(
    entry: Any, where: str, rel_name: str, language: str, details: dict[str, str]
) -> ParseResult:
    title = squash(entry.get("title"))
    link = entry.get("link") or None
    source_id = squash(entry.get("id") or entry.get("guid") or "") or (squash(link) if link else "")
    published = _entry_date(entry)
    if not title:
        return Rejected(source=where, source_id=source_id or None, reason="entry has no title")
    if not source_id:
        source_id = derived_source_id(rel_name, title, None, extra=str(published))
    media_caption = details.get("media_description")
    if media_caption and squash(entry.get("summary")) == media_caption:
        # Undo feedparser's overwrite: the summary was the photo caption.
        entry["summary"] = details.get("description") or ""
    html, teaser = _entry_html(entry)
    blocks = blocks_from_html(html)
    image = _entry_image(entry, blocks, media_caption)
    topics = [
        squash(tag.get("term"))
        for tag in entry.get("tags") or []
        if isinstance(tag, dict) and tag.get("term")
    ]
    subtitle = squash(entry.get("subtitle")) or None
    item = ParsedItem(
        source=where,
        source_id=source_id,
        title=title,
        published=published,
        subtitle=subtitle,
        teaser=teaser,
        blocks=blocks,
        image=image,
        topics=list(dict.fromkeys(topic for topic in topics if topic)),
        language=language,
        source_url=link,
    )
    if published is None:
        item.warnings.append(NO_DATE)
    if not blocks and html:
        item.warnings.append("entry content had no readable text")
    return item
