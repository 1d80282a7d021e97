"""Text encodings and format detection."""

from __future__ import annotations

import pytest

from twinning.importer.parsing import decode_text, detect_format


@pytest.mark.parametrize(
    "data",
    [
        "Grüße aus Dünkirchen – „Straße“".encode(),
        b"\xef\xbb\xbf" + "Grüße aus Dünkirchen – „Straße“".encode(),
        "Grüße aus Dünkirchen – „Straße“".encode("cp1252"),
        "Grüße aus Dünkirchen – „Straße“".encode("utf-16"),
        "Grüße aus Dünkirchen – „Straße“".encode("utf-16-le"),
        "Grüße aus Dünkirchen – „Straße“".encode().decode("cp1252").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom", "utf16-le-no-bom", "double-encoded"],
)
def test_every_common_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode_text(data) == "Grüße aus Dünkirchen – „Straße“"


def test_latin1_and_windows_line_ends_and_invisible_characters() -> None:
    assert (
        decode_text("Café\r\nZeile\u00a0zwei\u00ad".encode("latin-1", "ignore"))
        == "Café\nZeile zwei"
    )
    assert decode_text("Zeile\u200b eins".encode()) == "Zeile eins"


def test_undefined_cp1252_bytes_never_raise() -> None:
    assert isinstance(decode_text(bytes(range(256))), str)


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("a.jsonl", b'{"source_id": "1"}', "jsonl"),
        ("export.json", b'{"source_id": "1"}\n{"source_id": "2"}', "jsonl"),
        ("export.txt", b'{"source_id": "1", "title": "x"}\n', "jsonl"),
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        (
            "feed.html",
            b"<?xml version='1.0' encoding='utf-8'?><feed xmlns='http://www.w3.org/2005/Atom'>",
            "feed",
        ),
        ("seite.htm", b"<!DOCTYPE html><html><body>", "html"),
        ("seite", b"\xef\xbb\xbf<!doctype html>\n<html lang=de>", "html"),
        ("seite.php", b"<div>", "html"),
        ("meldung.txt", "Überschrift\nVeröffentlicht am: 14.10.2022".encode(), "text"),
        ("meldung", b"Krefeld und Venlo", "text"),
        ("bericht.pdf", b"%PDF-1.7", "unsupported"),
        ("x.bin", bytes(range(32)) * 10, "unsupported"),
    ],
)
def test_format_detection(name: str, head: bytes, expected: str) -> None:
    assert detect_format(name, head) == expected
