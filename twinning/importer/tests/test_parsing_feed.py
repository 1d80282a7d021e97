"""RSS 2.0 and Atom files."""

from __future__ import annotations

import datetime

from twinning.importer.parsing import ParsedItem, Rejected, parse_bytes_items, parse_path_items

from .vocabulary import FIXTURES

FEEDS = FIXTURES / "feeds"


def test_rss_items_with_guid_media_credit_and_sanitised_content() -> None:
    results = list(parse_path_items(FEEDS / "presse.rss"))
    assert len(results) == 3
    first, second, undated = results
    assert isinstance(first, ParsedItem)
    assert first.source_id == "press-2023-0815"
    assert first.source.endswith("presse.rss:1")
    # The local calendar date, not the UTC one (00:30 +02:00 is still the 15th).
    assert first.published_date == datetime.date(2023, 8, 15)
    assert first.teaser == "Eine Woche lang stellt sich die türkische Partnerstadt vor."
    assert first.image.path == "https://www.example-stadt.de/bilder/kayseri.jpg"
    assert first.image.credit == "Stadt Kayseri"
    assert first.image.caption == "Blick auf Kayseri mit dem Erciyes."
    assert first.headings == ["Programm"]
    assert first.quotes[0].speaker == "Karin Meincke"
    assert first.topics == ["Kultur"]
    assert first.language == "de"
    for block in first.blocks:
        assert "script" not in (block.html or "") and "javascript" not in (block.html or "")
    assert second.source_id == "https://www.example-stadt.de/presse/buergerreise-leicester"
    assert second.image.path == "https://www.example-stadt.de/bilder/leicester.jpg"
    assert isinstance(undated, ParsedItem) and undated.source_id == "press-undated"
    assert undated.published is None and "no publication date found" in undated.warnings


def test_atom_entries() -> None:
    results = list(parse_path_items(FEEDS / "presse.atom"))
    assert [type(result) for result in results] == [ParsedItem, ParsedItem]
    first, second = results
    assert first.source_id == "urn:uuid:6f1c2d9e-0001"
    assert first.published == datetime.datetime.fromisoformat("2023-11-20T07:30:00+01:00")
    assert first.teaser == "Ein grenzüberschreitender Radweg soll beide Städte verbinden."
    assert first.image.path == "https://www.example-stadt.de/bilder/radweg.jpg"
    assert [quote.as_dict() for quote in first.quotes] == [
        {"text": "Ein starkes Zeichen für Europa.", "speaker": "Antoin Scholten"}
    ]
    assert all("iframe" not in (block.html or "") for block in first.blocks)
    assert first.topics == ["Mobilität"]
    assert second.source_id == "https://www.example-stadt.de/presse/lakenfeest"
    assert second.blocks[0].text == "Am 3. Oktober feiert Leiden sein Stadtfest."


def test_entry_without_id_or_link_gets_a_derived_stable_id() -> None:
    feed = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
    <item><title>Nur ein Titel</title><pubDate>Mon, 03 Jul 2023 10:00:00 +0200</pubDate></item></channel></rss>"""
    first = next(parse_bytes_items(feed, "f.xml"))
    again = next(parse_bytes_items(feed, "f.xml"))
    assert first.source_id == again.source_id
    assert first.source_id.startswith("f.xml#")


def test_broken_feed_is_rejected_not_raised() -> None:
    results = list(parse_bytes_items(b"<rss><channel><item><title>x", "kaputt.rss", fmt="feed"))
    assert all(isinstance(result, (ParsedItem, Rejected)) for result in results)
