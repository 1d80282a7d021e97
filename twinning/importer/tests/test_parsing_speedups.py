"""The shortcuts that make parsing and linking fast find exactly what the plain way finds.

Patterns are tried only where an anchor says they can match, the quotes of an
item are remembered, and the names in a release's body are derived from the
reading of its whole text. Each is checked here against the plain way.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from twinning.importer.parsing import dates, linking, names, quotes
from twinning.importer.parsing.linking import Linker
from twinning.importer.parsing.model import Block, ParsedItem
from twinning.importer.parsing.quotes import quotes_from_blocks
from twinning.importer.parsing.textutil import _ACCENTS, strip_accents

from .vocabulary import KREFELD

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINKER = Linker(KREFELD)

WORDS = st.sampled_from(
    [
        "Oberbürgermeister",
        "Bürgermeisterin",
        "OB",
        "Kulturbeigeordnete",
        "Landrat",
        "Mayor",
        "Burgemeester",
        "Direktor",
        "Frank",
        "Meyer",
        "Karin",
        "Meincke",
        "Jan",
        "Jansen",
        "Dr.",
        "Prof.",
        "Frau",
        "Herr",
        "Marie-Luise",
        "O'Neill",
        "van",
        "der",
        "de",
        "Venlo",
        "Venlos",
        "Venloer",
        "Leiden",
        "Charlotte",
        "DÜNKIRCHEN",
        "Dunkerque",
        "Oder-Spree",
        "Landkreis",
        "Uljanowsk",
        "Kayseri",
        "Krefeld",
        "HSNR",
        "Hochschule",
        "Niederrhein",
        "Deutschen",
        "Städtetages",
        "Klimaschutzkonzept",
        "Schüleraustausch",
        "Schulden",
        "Radverkehr",
        "Smart",
        "City",
        "sagt",
        "sagte",
        "betont",
        "so",
        "er",
        "sie",
        "der",
        "die",
        "den",
        "des",
        "dem",
        "vom",
        "bis",
        "am",
        "um",
        "Uhr",
        "Montag",
        "Freitag",
        "Oktober",
        "Mai",
        "März",
        "Okt.",
        "October",
        "May",
        "1.",
        "3.",
        "5.",
        "14.",
        "17.",
        "30.",
        "3",
        "17",
        "2022",
        "2023",
        "14.10.2022",
        "17./18.10.",
        "3.-5.5.2023",
        "2022-10-14",
        "17th",
        "١٧",
        "İ",
        "ſ",
        "ı",
        "K",
        "ß",
        "Straße",
        "Rathaus",
        "Stadt",
        "Partnerstadt",
        "Delegation",
    ]
)
GLUE = st.sampled_from(
    [" "] * 3
    + [
        ", ",
        ". ",
        "? ",
        "! ",
        ": ",
        " – ",
        "-",
        "\n\n",
        " „",
        "“ ",
        " »",
        "« ",
        ' "',
        '" ',
        "(",
        ")",
    ]
)
TEXTS = st.lists(st.tuples(WORDS, GLUE), max_size=60).map(
    lambda parts: "".join(word + glue for word, glue in parts)
)


def _scan_plainly(patch: pytest.MonkeyPatch) -> None:
    """Every anchored scan replaced by the pattern's own finditer over the whole text."""

    def everywhere_from(
        anchor: re.Pattern[str], pattern: re.Pattern[str], text: str
    ) -> Iterator[re.Match[str]]:
        return pattern.finditer(text)

    def everywhere_at(
        pattern: re.Pattern[str], text: str, starts: object
    ) -> Iterator[re.Match[str]]:
        return pattern.finditer(text)

    for module in (linking, names, quotes):
        patch.setattr(module, "finditer_from", everywhere_from)
    patch.setattr(dates, "finditer_at", everywhere_at)


def _everything(text: str) -> object:
    names._LAST_ANALYSED = None
    item = ParsedItem(
        source="t",
        source_id="t",
        title="Titel",
        published=datetime.date(2022, 12, 15),
        teaser=text[:80],
        blocks=[Block(kind="paragraph", text=part) for part in text.split("\n\n")],
    )
    return (
        dataclasses.asdict(LINKER.link(item)),
        [quote.as_dict() for quote in item.quotes],
        list(dates._iter_mentions(text, datetime.date(2023, 1, 10))),
        names.names_after_titles(text),
        [quote.as_dict() for quote in quotes.quotes_in_text(text)[0]],
    )


@SETTINGS
@given(texts=st.lists(TEXTS, min_size=1, max_size=5))
def test_anchored_scans_find_what_scanning_everywhere_finds(texts: list[str]) -> None:
    fast = [_everything(text) for text in texts]
    with pytest.MonkeyPatch.context() as patch:
        _scan_plainly(patch)
        plain = [_everything(text) for text in texts]
    assert fast == plain


@SETTINGS
@given(text=TEXTS)
def test_sentence_end_is_found_where_the_pattern_finds_it(text: str) -> None:
    expected = quotes._SENTENCE_END.search(text, 1)
    assert quotes._sentence_end(text) == (expected.start() if expected else None)


@SETTINGS
@given(whole=TEXTS, cut=st.integers(min_value=1))
def test_names_of_the_end_of_a_text_agree_with_a_fresh_reading(whole: str, cut: int) -> None:
    whole = "Ein Anreißer von Frank Meyer,\n\n" + whole + " Ende." * 60
    ends = [
        offset
        for offset in range(1, len(whole))
        if not (whole[offset - 1].isalnum() or whole[offset - 1] in "-_")
    ]
    end = whole[ends[cut % len(ends)] :]
    names._LAST_ANALYSED = None
    fresh = names.names_after_titles(end, ["Venlo"])
    names.names_after_titles(whole)
    assert names.names_after_titles(end, ["Venlo"]) == fresh


def test_a_name_before_a_title_across_the_start_of_the_body_is_not_taken_along() -> None:
    whole = "Titel\n\nGrüße von Frank Meyer,\n\n" + "Oberbürgermeister Jan Jansen kam. " * 12
    body = whole[whole.index("Ober") :]
    names._LAST_ANALYSED = None
    fresh = names.names_after_titles(body)
    names.names_after_titles(whole)
    assert names.names_after_titles(body) == fresh
    assert all(name == "Jan Jansen" for _, name, _ in fresh)


def item_with(*paragraphs: str) -> ParsedItem:
    return ParsedItem(
        source="t",
        source_id="t",
        title="Titel",
        published=datetime.date(2022, 10, 14),
        blocks=[Block(kind="paragraph", text=text) for text in paragraphs],
    )


def test_quotes_are_remembered_but_follow_the_blocks() -> None:
    item = item_with("„Wir freuen uns sehr auf den Besuch“, sagt Oberbürgermeister Frank Meyer.")
    first = item.quotes
    assert [quote.as_dict() for quote in first] == [
        {"text": "Wir freuen uns sehr auf den Besuch", "speaker": "Frank Meyer"}
    ]
    first[0].speaker = "Jemand Anderes"  # the caller's copy; the next answer is unchanged
    first.clear()
    assert item.quotes == quotes_from_blocks(item.blocks) and len(item.quotes) == 1

    item.blocks[
        0
    ].text = "„Das ist ein großer Tag für uns alle“, sagte Bürgermeisterin Karin Meincke."
    assert [quote.speaker for quote in item.quotes] == ["Karin Meincke"]
    item.blocks.append(Block(kind="quote", text="„Schön, hier zu sein.“", speaker="Jan Jansen"))
    assert [quote.speaker for quote in item.quotes] == ["Karin Meincke", "Jan Jansen"]
    item.blocks[1].speaker = None
    assert [quote.speaker for quote in item.quotes] == ["Karin Meincke", None]
    item.blocks = []
    assert item.quotes == []


def test_remembered_quotes_leave_equality_repr_and_asdict_alone() -> None:
    text = "„Wir freuen uns sehr auf den Besuch“, sagt Oberbürgermeister Frank Meyer."
    seen, unseen = item_with(text), item_with(text)
    _ = seen.quotes
    assert seen == unseen
    assert repr(seen) == repr(unseen)
    assert dataclasses.asdict(seen) == dataclasses.asdict(unseen)
    assert dataclasses.replace(seen).quotes == seen.quotes


def test_strip_accents_is_the_accent_table() -> None:
    everything = "".join(chr(code) for code in range(0x3000))
    assert strip_accents(everything) == everything.translate(_ACCENTS)
    assert strip_accents("Dünkirchen, Świnoujście, Ærø") == "Dunkirchen, Swinoujscie, Ærø"
