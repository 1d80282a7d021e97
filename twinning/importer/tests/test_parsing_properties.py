"""Property tests: no input crashes the parsers, every JSON line gives one result."""

from __future__ import annotations

import datetime
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twinning.importer.parsing import (
    ParsedItem,
    Rejected,
    decode_text,
    detect_format,
    parse_bytes_items,
)
from twinning.importer.parsing.dates import dates_mentioned, parse_date_string
from twinning.importer.parsing.linking import Linker
from twinning.importer.parsing.textpage import parse_text_extract

from .vocabulary import KREFELD

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINKER = Linker(KREFELD)

# Lines that look like the parts of a press page, so the text parser's paths get exercised.
PAGE_LINES = st.sampled_from(
    [
        "Zum Inhalt springen",
        "Startseite > Presse",
        "Krefeld und Venlo feiern",
        "Veröffentlicht am: 14.10.2022",
        "Stand: 01.02.2023",
        "Foto: Stadt Krefeld",
        "© Stadt Krefeld, Name",
        "Die Gäste im Rathaus.Foto: Stadt Krefeld",
        "„Wir freuen uns“, sagt Oberbürgermeister Frank Meyer.",
        "Nachrichten aus dem Pressearchiv rund um Städtepartnerschaften",
        "Das sind Krefelds Partnerstädte",
        "Ein längerer Absatz mit mehreren Wörtern und einem Punkt am Ende.",
        "Zwischenüberschrift",
        "• Punkt",
        "Schlagworte: Kultur, Venlo",
        "https://www.example.org/presse/1",
        "",
        "Drucken",
        "Zurück",
    ]
)


def check(results: list[object]) -> None:
    for result in results:
        assert isinstance(result, (ParsedItem, Rejected))
        if isinstance(result, ParsedItem):
            assert result.title and result.source_id
            _ = result.quotes, result.headings, result.body_text
            LINKER.link(result)


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["auto", "html", "text", "feed", "jsonl"]))
def test_arbitrary_bytes_never_crash_any_parser(data: bytes, fmt: str) -> None:
    check(list(parse_bytes_items(data, "input.bin", fmt=fmt)))


@SETTINGS
@given(st.text(max_size=3000))
def test_arbitrary_text_never_crashes_the_text_parser(text: str) -> None:
    result = parse_text_extract(text, "x.txt", "x.txt")
    check([result])


@SETTINGS
@given(st.lists(st.one_of(PAGE_LINES, st.text(max_size=80)), max_size=40))
def test_page_like_text_never_crashes(lines: list[str]) -> None:
    check(list(parse_bytes_items("\n".join(lines).encode(), "page.txt")))


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_markup_never_crashes_the_html_parser(text: str) -> None:
    page = f"<html><body><article><h1>{text[:50]}</h1><p>{text}</p><time datetime='{text[:20]}'></time></article></body></html>"
    check(list(parse_bytes_items(page.encode("utf-8", "surrogatepass"), "p.html", fmt="html")))


@SETTINGS
@given(st.binary(max_size=2000))
def test_decoding_and_detection_never_crash(data: bytes) -> None:
    assert isinstance(decode_text(data), str)
    assert detect_format("x", data) in {"jsonl", "feed", "html", "text", "unsupported"}


@SETTINGS
@given(
    st.text(max_size=500),
    st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2100, 1, 1)),
)
def test_date_finders_never_crash(text: str, reference: datetime.date) -> None:
    for value in dates_mentioned(text, reference):
        datetime.date.fromisoformat(value)
    parse_date_string(text)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=10,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "source_id": st.one_of(st.text(max_size=20), st.integers(), st.none()),
        "title": st.one_of(st.text(max_size=40), st.none(), st.lists(st.text(max_size=5))),
        "published": st.one_of(
            st.dates().map(str),
            st.datetimes().map(lambda value: value.isoformat()),
            st.text(max_size=20),
        ),
        "body_text": st.text(max_size=200),
        "body_html": st.text(max_size=200),
        "image": st.one_of(
            JSON_VALUES,
            st.fixed_dictionaries({"path": st.text(max_size=20), "credit": st.text(max_size=10)}),
        ),
        "partner_cities": JSON_VALUES,
        "topics": JSON_VALUES,
        "language": JSON_VALUES,
    },
)
LINES = st.one_of(
    RECORDS.map(json.dumps),
    JSON_VALUES.map(json.dumps),
    st.text(max_size=100).filter(lambda line: "\n" not in line and "\r" not in line),
)


@SETTINGS
@given(st.lists(LINES, min_size=1, max_size=20))
def test_every_jsonl_line_yields_exactly_one_result(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    results = list(parse_bytes_items(data, "x.jsonl", fmt="jsonl"))
    check(results)
    expected = [number for number, line in enumerate(data.split(b"\n"), start=1) if line.strip()]
    assert [int(result.source.rsplit(":", 1)[1]) for result in results] == expected
