"""Parsing core of the press-archive importer: files in, press releases out.

This package knows nothing of Django. The ``import_press`` management command
walks the given paths with :func:`iter_sources`, feeds each source to
:func:`parse_source_items` (or a single file to :func:`parse_path_items`),
links every parsed item with :class:`~.linking.Linker`, and stores it. Every
input item comes back exactly once, as a ParsedItem or as a Rejected with its
reason, and no input, however broken, makes these functions raise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from .encoding import declared_encoding, decode_text
from .limits import CHUNK, LimitExceeded, Limits, current, read_bounded
from .model import Block, ImageRef, ParsedItem, ParseResult, Quote, Rejected, Related
from .paths import PathRefused
from .sources import Source, bytes_source, iter_sources

FORMATS = ("auto", "html", "text", "feed", "jsonl")

__all__ = [
    "FORMATS",
    "Block",
    "ImageRef",
    "LimitExceeded",
    "Limits",
    "PathRefused",
    "ParseResult",
    "ParsedItem",
    "Quote",
    "Rejected",
    "Related",
    "Source",
    "decode_text",
    "detect_format",
    "iter_sources",
    "parse_bytes_items",
    "parse_path_items",
    "parse_source_items",
]

_FEED_ROOT = re.compile(
    rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*\?>\s*|<!DOCTYPE[^>]*>\s*)*<(?:rss|feed|rdf:RDF|RDF)\b",
    re.DOTALL | re.IGNORECASE,
)
_HTML_SIGNS = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<div[\s>]|<p[\s>]|<article[\s>]|<h1[\s>]",
    re.IGNORECASE,
)
_SUFFIX_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".php": "html",
    ".asp": "html",
    ".aspx": "html",
    ".jsp": "html",
    ".mhtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
}
_UNSUPPORTED = {
    ".pdf": "PDF files are not supported; save the page as HTML or copy its text",
    ".doc": "Word documents are not supported; save as plain text or HTML",
    ".docx": "Word documents are not supported; save as plain text or HTML",
    ".odt": "OpenDocument files are not supported; save as plain text or HTML",
    ".rtf": "RTF files are not supported; save as plain text",
    ".xls": "spreadsheets are not supported; export JSON Lines",
    ".xlsx": "spreadsheets are not supported; export JSON Lines",
    ".csv": "CSV is not supported; export JSON Lines",
}
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _strip_bom_and_space(head: bytes) -> bytes:
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:2] in (b"<\x00", b"{\x00", b"\x00<", b"\x00{") or head.count(b"\x00") > len(head) // 4:
        head = head.replace(b"\x00", b"")
    return head.lstrip()


def detect_format(name: str, head: bytes) -> str:
    """Which parser a file needs: "jsonl", "feed", "html", "text" or "unsupported".

    Content decides first where it is unambiguous (a feed root element, a
    JSON object on the first line), because exports are often misnamed
    (feeds saved as .xml or .html, JSON Lines as .json or .txt); the name
    decides next; loose HTML signs last, plain text otherwise.
    """
    suffix = Path(name.split("!")[-1]).suffix.lower()
    if suffix in _UNSUPPORTED:
        return "unsupported"
    body = _strip_bom_and_space(head[:8192])
    if _FEED_ROOT.match(body):
        return "feed"
    if body.startswith(b"{") and suffix not in (".html", ".htm"):
        first_line = body.split(b"\n", 1)[0].strip()
        if first_line.endswith(b"}") or suffix in (".jsonl", ".ndjson", ".json", ".jsonlines"):
            return "jsonl"
    if body.startswith(b"%PDF"):
        return "unsupported"
    if body.startswith(b"PK\x03\x04"):
        return "unsupported"
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    if suffix == ".json":
        return "jsonl"
    if suffix == ".xml":
        return "feed" if b"<item" in body or b"<entry" in body else "html"
    if body.startswith(b"<") and _HTML_SIGNS.search(body[:4096]):
        return "html"
    if _HTML_SIGNS.search(body[:2048]) and body.count(b"<") > 5:
        return "html"
    sample = head[:4096]
    if sample and sum(1 for byte in sample if byte < 9 or 13 < byte < 32) > len(sample) // 10:
        return "unsupported"
    return "text"


def _unsupported_reason(name: str) -> str:
    suffix = Path(name.split("!")[-1]).suffix.lower()
    return _UNSUPPORTED.get(
        suffix, "binary file: not a press-release format (html, text, feed or jsonl)"
    )


def parse_source_items(source: Source, fmt: str = "auto") -> Iterator[ParseResult]:
    """Every item of one source, streaming JSON Lines; never raises.

    Nothing is read whole that the limits (:mod:`.limits`) do not allow: JSON Lines go
    line by line in bounded chunks, the other formats up to the document size.
    """
    try:
        if fmt not in FORMATS:
            yield Rejected(source=source.name, reason=f"unknown format {fmt!r}")
            return
        stream = source.open()
    except (LimitExceeded, PathRefused) as error:
        yield Rejected(source=source.name, reason=str(error))
        return
    except Exception as error:  # noqa: BLE001 - unreadable files are reported, not raised
        yield Rejected(source=source.name, reason=f"cannot read file: {error}")
        return
    with stream:
        try:
            head = stream.read(8192)
        except LimitExceeded as error:
            yield Rejected(source=source.name, reason=str(error))
            return
        except Exception as error:  # noqa: BLE001
            yield Rejected(source=source.name, reason=f"cannot read file: {error}")
            return
        chosen = detect_format(source.name, head) if fmt == "auto" else fmt
        if chosen == "jsonl":
            yield from _jsonl_stream(head, stream, source)
            return
        try:
            data = read_bounded(stream, head, current().document_bytes, "document_bytes")
        except LimitExceeded as error:
            yield Rejected(source=source.name, reason=str(error))
            return
        except Exception as error:  # noqa: BLE001
            yield Rejected(source=source.name, reason=f"cannot read file: {error}")
            return
    yield from _parse_whole(data, source, chosen)


def bounded_lines(head: bytes, stream: BinaryIO, limit: int) -> Iterator[bytes | LimitExceeded]:
    """The lines of ``head`` and the rest of ``stream``, read in chunks, one yield per line.

    A line longer than ``limit`` bytes comes as a LimitExceeded in its place; its bytes are
    read past, never held, so a single line of hundreds of megabytes costs one chunk.
    """
    buffer = bytearray(head)
    skipping = False  # inside a line already reported as too long
    while True:
        start = 0
        while (newline := buffer.find(b"\n", start)) >= 0:
            if skipping:
                skipping = False
            elif newline + 1 - start > limit:
                yield LimitExceeded("line_bytes", "line too long")
            else:
                yield bytes(buffer[start : newline + 1])
            start = newline + 1
        del buffer[:start]
        if skipping:
            buffer.clear()
        elif len(buffer) > limit:
            yield LimitExceeded("line_bytes", "line too long")
            skipping = True
            buffer.clear()
        chunk = stream.read(CHUNK)
        if not chunk:
            break
        buffer += chunk
    if buffer and not skipping:
        yield bytes(buffer)


def _jsonl_stream(head: bytes, stream: BinaryIO, source: Source) -> Iterator[ParseResult]:
    from .jsonl import parse_jsonl_lines

    lines = bounded_lines(head, stream, current().line_bytes)
    try:
        yield from parse_jsonl_lines(lines, source.name, source.image_exists)
    except LimitExceeded as error:  # the archive's budget ran out mid-file
        yield Rejected(source=source.name, reason=str(error))
    except Exception as error:  # noqa: BLE001 - a read error mid-file ends the file, reported
        yield Rejected(source=source.name, reason=f"reading stopped: {error}")


def _parse_whole(data: bytes, source: Source, fmt: str) -> Iterator[ParseResult]:
    try:
        if fmt == "unsupported":
            yield Rejected(source=source.name, reason=_unsupported_reason(source.name))
        elif fmt == "feed":
            from .feed import parse_feed

            yield from parse_feed(data, source.name, source.rel_name)
        elif fmt == "html":
            from .htmlpage import parse_html_page

            yield parse_html_page(data, source.name, source.rel_name)
        elif fmt == "text":
            from .textpage import parse_text_extract

            if not data.strip():
                yield Rejected(source=source.name, reason="empty file")
                return
            yield parse_text_extract(decode_text(data), source.name, source.rel_name)
        elif fmt == "jsonl":
            from .jsonl import parse_jsonl_lines

            yield from parse_jsonl_lines(
                data.splitlines(keepends=True), source.name, source.image_exists
            )
    except Exception as error:  # noqa: BLE001 - the contract: report, never crash
        yield Rejected(
            source=source.name, reason=f"could not be parsed ({type(error).__name__}: {error})"
        )


def parse_bytes_items(
    data: bytes,
    name: str,
    fmt: str = "auto",
    base_dir: Path | None = None,
    rel_name: str | None = None,
) -> Iterator[ParseResult]:
    """Every item in bytes already read (a zip member, an upload, a test fixture)."""
    source = bytes_source(data, name, base_dir)
    if rel_name is not None:
        source.rel_name = rel_name
    yield from parse_source_items(source, fmt)


def parse_path_items(
    path: Path, fmt: str = "auto", root: Path | None = None
) -> Iterator[ParseResult]:
    """Every item in one file; ``root`` is the import root that stable ids are relative to."""
    from .sources import _file_source

    path = Path(path)
    if not path.is_file():
        yield Rejected(source=str(path), reason="not a readable file")
        return
    source = _file_source(path, Path(root) if root is not None else path.parent)
    yield from parse_source_items(source, fmt)


_ = declared_encoding
