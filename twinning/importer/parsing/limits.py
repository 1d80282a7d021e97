"""How much the importer reads before it refuses: sizes, counts, line length, nesting depth.

A small archive can expand to gigabytes, one JSON line can be hundreds of megabytes, a page
can nest tags a hundred thousand deep. Each limit is checked while reading (an archive's
declared sizes before any member is opened, a stream in bounded chunks, a tree as it is
built), so nothing hostile is ever held whole. The command and the worker set the limits
from the settings with :func:`applied`; the parsers read them with :func:`current`, so they
stay free of Django.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO

import lxml.html
from lxml import etree

MiB = 1024 * 1024
# libxml2 stops building a tree at this depth (and drops the rest) unless told otherwise.
LIBXML_MAX_DEPTH = 255
CHUNK = 64 * 1024


@dataclass(frozen=True)
class Limits:
    """The limits of one import run; the names are the settings (and environment variables)."""

    archive_bytes: int = 2048 * MiB  # IMPORT_MAX_ARCHIVE_BYTES: all members together, unpacked
    member_bytes: int = 512 * MiB  # IMPORT_MAX_MEMBER_BYTES: one member, unpacked
    archive_members: int = 20_000  # IMPORT_MAX_ARCHIVE_MEMBERS: entries in one archive
    line_bytes: int = 8 * MiB  # IMPORT_MAX_LINE_BYTES: one JSON Lines line
    document_bytes: int = 32 * MiB  # IMPORT_MAX_DOCUMENT_BYTES: a page, text or feed read whole
    html_depth: int = 128  # IMPORT_MAX_HTML_DEPTH: nested elements in a page or HTML field


SETTING_NAMES = {
    "archive_bytes": "IMPORT_MAX_ARCHIVE_BYTES",
    "member_bytes": "IMPORT_MAX_MEMBER_BYTES",
    "archive_members": "IMPORT_MAX_ARCHIVE_MEMBERS",
    "line_bytes": "IMPORT_MAX_LINE_BYTES",
    "document_bytes": "IMPORT_MAX_DOCUMENT_BYTES",
    "html_depth": "IMPORT_MAX_HTML_DEPTH",
}

# Limits is frozen, so one shared default is safe.
_current: contextvars.ContextVar[Limits] = contextvars.ContextVar(
    "import_limits",
    default=Limits(),  # noqa: B039
)


def current() -> Limits:
    return _current.get()


@contextmanager
def applied(limits: Limits) -> Iterator[Limits]:
    token = _current.set(limits)
    try:
        yield limits
    finally:
        _current.reset(token)


class LimitExceeded(ValueError):
    """Input past one of the limits; the message names the setting and its value.

    The message has a fixed shape, ``import limit NAME (VALUE) exceeded: what``, so that the
    admin can say it in German (``twinning.importer.reasons``).
    """

    def __init__(self, field: str, what: str) -> None:
        self.setting = SETTING_NAMES[field]
        self.value = getattr(current(), field)
        super().__init__(f"import limit {self.setting} ({self.value}) exceeded: {what}")


def read_bounded(stream: BinaryIO, head: bytes, limit: int, field: str) -> bytes:
    """The rest of ``stream`` after ``head``, refused once it would pass ``limit`` bytes."""
    parts = [head]
    size = len(head)
    if size > limit:
        raise LimitExceeded(field, "file too large")
    while True:
        chunk = stream.read(min(CHUNK, limit - size + 1))
        if not chunk:
            return b"".join(parts)
        size += len(chunk)
        if size > limit:
            raise LimitExceeded(field, "file too large")
        parts.append(chunk)


class Budget:
    """Bytes left for the members of one archive together."""

    def __init__(self, total: int) -> None:
        self.left = total

    def spend(self, size: int) -> None:
        self.left -= size
        if self.left < 0:
            raise LimitExceeded("archive_bytes", "archive too large when unpacked")


class BoundedReader:
    """A read-only stream that refuses to give more than ``limit`` bytes (and spends a budget).

    Wraps an archive member, so that whatever its header claims, no caller can read past the
    limits; ``readline`` and iteration are not offered, only ``read`` in chunks.
    """

    def __init__(
        self, stream: BinaryIO, limit: int, field: str, budget: Budget | None = None
    ) -> None:
        self._stream = stream
        self._limit = limit
        self._field = field
        self._budget = budget
        self._read = 0

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            return read_bounded(self, b"", self._limit - self._read, self._field)
        data = self._stream.read(min(size, self._limit - self._read + 1))
        self._read += len(data)
        if self._read > self._limit:
            raise LimitExceeded(self._field, "file too large")
        if self._budget is not None:
            self._budget.spend(len(data))
        return data

    def close(self) -> None:
        self._stream.close()

    def __enter__(self) -> BoundedReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def html_parser() -> lxml.html.HTMLParser:
    """A fresh HTML parser, whose error log tells when libxml2 stopped at its depth limit."""
    return lxml.html.HTMLParser()


def check_depth(root: etree._Element | None, parser: etree._BaseParser | None = None) -> None:
    """Refuse a tree nested deeper than the limit, or one libxml2 cut short for its depth.

    libxml2 silently stops at depth 256 and keeps what came before: without this check a
    hostile page would be imported with its body quietly gone.
    """
    limit = min(current().html_depth, LIBXML_MAX_DEPTH)
    if parser is not None:
        for entry in parser.error_log:
            if entry.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in entry.message:
                raise LimitExceeded("html_depth", "elements nested too deep")
    if root is None:
        return
    depth = 0
    for event, _element in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            if depth > limit:
                raise LimitExceeded("html_depth", "elements nested too deep")
        else:
            depth -= 1


# Elements that never nest: void ones, and those the HTML parser closes by itself when the
# next one starts (a page of a thousand unclosed <p> is a thousand siblings, not a tower).
_FLAT = frozenset(
    {
        *("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"),
        *("param", "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th"),
        *("option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp"),
    }
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/?)>")


def check_markup_depth(markup: str) -> None:
    """A cheap look at raw markup before a parser that slows down with depth sees it.

    The HTML sanitiser takes quadratic time on deep nesting (a minute for 100,000 levels),
    so an HTML field is refused when its tags, counted as written, nest more than twice as
    deep as the limit; the exact check on the parsed tree follows.
    """
    limit = 2 * min(current().html_depth, LIBXML_MAX_DEPTH)
    if markup.count("<") <= limit:
        return
    depth = 0
    for match in _TAG.finditer(markup):
        closing, name, self_closing = match.groups()
        if self_closing or name.lower() in _FLAT:
            continue
        if closing:
            depth = max(0, depth - 1)
            continue
        depth += 1
        if depth > limit:
            raise LimitExceeded("html_depth", "elements nested too deep")
