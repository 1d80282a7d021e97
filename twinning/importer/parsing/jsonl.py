"""Press releases from a JSON Lines export, one per line, read as a stream.

The export is the one format a city can produce in bulk, so it must stay
flat in memory on files of any size and cheap per line: one json.loads, a
handful of checks, and HTML work only when a line carries ``body_html``. A
bad line becomes a Rejected that names its line number; the rest go on.
"""

from __future__ import annotations

import datetime
import json
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .htmlblocks import blocks_from_html
from .limits import LimitExceeded
from .model import Block, ImageRef, ParsedItem, ParseResult, Rejected
from .paths import REFUSED, PathRefused, inside
from .textutil import squash

_PARAGRAPH_SPLIT = re.compile(r"\n[ \t]*\n+")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KNOWN_FIELDS = frozenset(
    {
        "source_id",
        "title",
        "published",
        "subtitle",
        "teaser",
        "body_text",
        "body_html",
        "image",
        "partner_cities",
        "topics",
        "language",
        "source_url",
        "url",
    }
)


REFUSED_IMAGE = f"image {REFUSED}"


class LineError(ValueError):
    """A reason to reject one line, phrased for the import report."""


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _text_field(record: dict[str, Any], name: str, required: bool = False) -> str | None:
    value = record.get(name)
    if value is None:
        if required:
            raise LineError(f"missing required field '{name}'")
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise LineError(f"field '{name}' must be a string, not {type(value).__name__}")
    text = str(value).strip()
    if required and not text:
        raise LineError(f"field '{name}' is empty")
    return text or None


def _published(value: Any) -> datetime.date | datetime.datetime:
    if value is None:
        raise LineError("missing required field 'published'")
    if not isinstance(value, str):
        raise LineError("field 'published' must be a string 'YYYY-MM-DD' or an ISO datetime")
    value = value.strip()
    try:
        if _DATE_ONLY.match(value):
            return datetime.date.fromisoformat(value)
        candidate = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        return datetime.datetime.fromisoformat(candidate)
    except ValueError:
        raise LineError(
            f"field 'published' is not a valid date 'YYYY-MM-DD' or ISO datetime: {value[:40]!r}"
        ) from None


def _string_list(record: dict[str, Any], name: str) -> list[str]:
    value = record.get(name)
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(entry, str) for entry in value):
        raise LineError(f"field '{name}' must be a list of strings")
    return list(dict.fromkeys(squash(entry) for entry in value if entry.strip()))


def _image(value: Any, image_exists: Callable[[str], bool | None] | None) -> ImageRef | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise LineError("field 'image' must be an object with 'path' and 'credit'")
    path = value.get("path")
    if not isinstance(path, str) or not path.strip():
        raise LineError("image is missing required field 'path'")
    credit = value.get("credit")
    if credit is not None and not isinstance(credit, str):
        raise LineError("image field 'credit' must be a string")
    # A photo without credit still comes in: the release stays a draft until one is added.
    for optional in ("caption", "alt"):
        if value.get(optional) is not None and not isinstance(value.get(optional), str):
            raise LineError(f"image field '{optional}' must be a string")
    path = path.strip()
    if not path.startswith(("http://", "https://")):
        # The importer's one containment rule (``paths``); the source applies it with its
        # folder and symbolic links, without one the file's own folder is the limit.
        found: bool | None = None
        try:
            if image_exists is None:
                inside("", path)
            else:
                found = image_exists(path)
        except PathRefused:
            raise LineError(REFUSED_IMAGE) from None
        path = posixpath.normpath(path.replace("\\", "/"))
        if found is False:
            raise LineError(f"image file not found: {path}")
    return ImageRef(
        path=path,
        caption=squash(value.get("caption")) or None,
        credit=squash(credit or "") or None,
        alt=squash(value.get("alt")) or None,
    )


def _blocks(record: dict[str, Any]) -> list[Block]:
    html = record.get("body_html")
    if html is not None:
        if not isinstance(html, str):
            raise LineError("field 'body_html' must be a string")
        return blocks_from_html(html)
    text = record.get("body_text")
    if text is None:
        return []
    if not isinstance(text, str):
        raise LineError("field 'body_text' must be a string")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for part in _PARAGRAPH_SPLIT.split(text):
        paragraph = " ".join(part.split())
        if paragraph:
            blocks.append(Block(kind="paragraph", text=paragraph))
    return blocks


def parse_record(
    record: Any,
    where: str,
    image_exists: Callable[[str], bool | None] | None = None,
) -> ParseResult:
    """Validate one decoded line and build its item, or say why not."""
    if not isinstance(record, dict):
        return Rejected(source=where, reason=f"expected a JSON object, got {type(record).__name__}")
    source_id: str | None = None
    title: str | None = None
    try:
        source_id = _text_field(record, "source_id", required=True)
        title = _text_field(record, "title", required=True)
        published = _published(record.get("published"))
        subtitle = _text_field(record, "subtitle")
        teaser = _text_field(record, "teaser")
        blocks = _blocks(record)
        image = _image(record.get("image"), image_exists)
        partner_cities = _string_list(record, "partner_cities")
        topics = _string_list(record, "topics")
        language = _text_field(record, "language") or "de"
        if not _LANGUAGE.match(language):
            raise LineError(f"field 'language' is not a language code: {language[:20]!r}")
        source_url = _text_field(record, "source_url") or _text_field(record, "url")
    except (LineError, LimitExceeded) as error:
        return Rejected(source=where, source_id=source_id, title=title, reason=str(error))
    assert source_id is not None and title is not None
    item = ParsedItem(
        source=where,
        source_id=source_id,
        title=squash(title),
        published=published,
        subtitle=squash(subtitle) or None,
        teaser=squash(teaser) or None,
        blocks=blocks,
        image=image,
        partner_cities=partner_cities,
        topics=topics,
        language=language.lower(),
        source_url=source_url,
    )
    unknown = sorted(set(record) - KNOWN_FIELDS)
    if unknown:
        item.warnings.append("ignored unknown fields: " + ", ".join(unknown[:10]))
    if record.get("body_html") is not None and record.get("body_text") is not None:
        item.warnings.append("both body_html and body_text given; used body_html")
    return item


def parse_jsonl_lines(
    lines: Iterable[bytes | LimitExceeded],
    source: str,
    image_exists: Callable[[str], bool | None] | None = None,
) -> Iterator[ParseResult]:
    """One result per non-blank line, streaming; blank lines are not items.

    A line may come as a LimitExceeded instead of its bytes (too long to be read): it is
    rejected with its number like any other bad line.
    """
    for number, raw in enumerate(lines, start=1):
        if isinstance(raw, LimitExceeded):
            yield Rejected(source=f"{source}:{number}", reason=f"line {number}: {raw}")
            continue
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            record = json.loads(_decode_line(raw))
        except (ValueError, RecursionError) as error:
            message = getattr(error, "msg", None) or str(error)
            yield Rejected(source=where, reason=f"line {number}: invalid JSON ({message})")
            continue
        result = parse_record(record, where, image_exists)
        if isinstance(result, Rejected) and not result.reason.startswith("line "):
            result.reason = f"line {number}: {result.reason}"
        yield result
