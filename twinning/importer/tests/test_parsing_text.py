"""Plain-text extracts copied out of municipal press pages."""

from __future__ import annotations

import datetime

import pytest

from twinning.importer.parsing import ParsedItem, parse_bytes_items, parse_path_items
from twinning.importer.parsing.textpage import parse_text_extract

from .vocabulary import FIXTURES

TEXT = FIXTURES / "text"


def parse_one(name: str) -> ParsedItem:
    results = list(parse_path_items(TEXT / name))
    assert len(results) == 1
    item = results[0]
    assert isinstance(item, ParsedItem), item
    return item


def test_full_page_yields_headline_date_image_subtitle_and_body() -> None:
    item = parse_one("charlotte_delegation.txt")
    assert item.title == "Krefelder Delegation reist zur Partnerstadt Charlotte"
    assert item.published == datetime.date(2022, 10, 14)
    assert item.image is not None
    assert item.image.caption.startswith("Oberbürgermeister Frank Meyer (Mitte)")
    assert item.image.credit == "Stadt Krefeld, Presse und Kommunikation, Lothar Strücken"
    assert (
        item.subtitle == "Ein Empfang in der Deutschen Botschaft in Washington gehört zum Programm"
    )
    assert item.headings == [
        "Programm mit Schwerpunkt Wirtschaft",
        "Neue Ideen für den Klimaschutz",
    ]
    assert item.blocks[0].text.startswith("Zum ersten Mal seit der Pandemie")
    assert item.blocks[-1].text.startswith("Beide Städte arbeiten")


def test_navigation_and_footer_leftovers_are_dropped() -> None:
    item = parse_one("charlotte_delegation.txt")
    body = item.body_text
    for leftover in (
        "Zum Inhalt springen",
        "Startseite >",
        "Drucken",
        "Teilen",
        "Impressum",
        "Leben in Krefeld",
    ):
        assert leftover not in body
    assert "Das sind Krefelds Partnerstädte" not in body


def test_quotes_get_their_speakers() -> None:
    item = parse_one("charlotte_delegation.txt")
    quotes = [quote.as_dict() for quote in item.quotes]
    assert quotes[0]["speaker"] == "Frank Meyer"
    assert quotes[0]["text"].startswith("Charlotte und Krefeld verbindet")
    assert "Wir wollen den Austausch" in quotes[0]["text"]
    assert {
        "text": "Wir können viel voneinander lernen, gerade beim Ausbau des Radverkehrs",
        "speaker": "Vi Lyles",
    } in quotes


def test_teaser_blocks_become_related_without_the_article_itself() -> None:
    item = parse_one("charlotte_delegation.txt")
    titles = [entry.title for entry in item.related]
    assert titles == [
        "Schulaustausch mit Charlotte startet wieder",
        "Jubiläumsfeier mit Venlo im Stadtwaldhaus",
        "Kayseri zu Gast beim Krefelder Weihnachtsmarkt",
    ]
    first = item.related[0]
    assert first.teaser.startswith("Nach drei Jahren Pause")
    assert first.image is not None and first.image.credit == "Stadt Krefeld, Lothar Strücken"
    assert first.image.caption == "Schülerinnen und Schüler aus Charlotte im Krefelder Rathaus."
    assert item.related[2].image.credit == "Stadt Krefeld, Dirk Jochmann"
    assert item.related[2].teaser.startswith("Eine Delegation aus der türkischen Partnerstadt")


def test_date_before_headline_and_credit_glued_to_caption() -> None:
    item = parse_one("venlo_date_first.txt")
    assert item.title == "Sechzig Jahre Freundschaft mit Venlo"
    assert item.published == datetime.date(2024, 5, 5)
    assert item.image.caption.endswith("vor dem Rathaus.")
    assert item.image.credit == "Stadt Krefeld"
    assert item.subtitle.startswith("Krefeld und die niederländische Nachbarstadt")
    assert item.headings == ["Ein Fest für alle Generationen"]
    assert item.related == []
    assert not any("Zurück" in block.text for block in item.blocks)
    speakers = [quote.speaker for quote in item.quotes]
    assert speakers == ["Frank Meyer", "Antoin Scholten"]


def test_stand_date_and_copyright_credit_on_its_own_line() -> None:
    item = parse_one("leicester_stand.txt")
    assert item.published == datetime.date(2023, 3, 3)
    assert item.title == "Schulpartnerschaft zwischen Krefeld und Leicester ausgezeichnet"
    assert item.image.credit == "Stadt Krefeld, Anna Beispiel"
    assert item.image.caption.startswith("Schülerinnen und Schüler des Gymnasiums")
    assert item.quotes[0].speaker == "Petra Schmitz"
    assert [entry.title for entry in item.related] == [
        "Lord Mayor of Leicester besucht Krefeld",
        "Englischer Abend in der Mediothek",
    ]
    assert (
        item.related[1].teaser == "Lesung und Musik zum Jubiläum der Partnerschaft mit Leicester."
    )
    assert "Facebook" not in item.body_text


def test_blank_line_layout_with_written_out_date_and_title_prefixed_speaker() -> None:
    item = parse_one("leiden_plain.txt")
    assert item.published == datetime.date(2023, 6, 12)
    assert item.title == "Hochschulen aus Krefeld und Leiden vereinbaren Zusammenarbeit"
    assert item.headings == ["Gemeinsame Projekte"]
    assert item.quotes[0].speaker == "Thomas Grünewald"
    assert len(item.related) == 2
    assert item.image is None


def test_windows_1252_file_is_decoded() -> None:
    item = parse_one("duenkirchen_cp1252.txt")
    assert item.title == "Jugendliche aus Dünkirchen zu Gast in Krefeld"
    assert item.image.credit == "Stadt Krefeld, Jan Beispiel"
    assert "Crêpes" in item.body_text
    assert item.quotes[0].speaker == "Markus Schön"


def test_utf8_bom_and_crlf_with_parenthesised_credit_and_tags() -> None:
    item = parse_one("kayseri_bom_crlf.txt")
    assert item.title == "Kayseri und Krefeld vereinbaren Wirtschaftsdialog"
    assert item.published == datetime.datetime(2022, 10, 17, 11, 30)
    assert item.image.credit == "Stadt Krefeld/Dirk Jochmann"
    assert (
        item.image.caption
        == "Bei ihrem Treffen im Rathaus unterzeichneten beide Städte eine gemeinsame Erklärung."
    )
    assert item.subtitle == "Wirtschaftsförderer aus der türkischen Partnerstadt zu Gast"
    assert item.topics == ["Wirtschaft", "Kayseri", "Städtepartnerschaft"]
    assert item.quotes[0].speaker == "Frank Meyer"
    assert "\ufeff" not in item.title


def test_source_id_is_stable_and_relative_to_the_import_root() -> None:
    first = next(parse_path_items(TEXT / "leiden_plain.txt", root=FIXTURES))
    again = next(parse_path_items(TEXT / "leiden_plain.txt", root=FIXTURES))
    assert first.source_id == again.source_id
    assert first.source_id.startswith("text/leiden_plain.txt#")


def test_text_without_any_date_comes_as_undated_item() -> None:
    results = list(
        parse_bytes_items("Eine Überschrift ohne Datum\n\nText der Meldung.".encode(), "x.txt")
    )
    assert len(results) == 1
    assert results[0].title == "Eine Überschrift ohne Datum"
    assert results[0].published is None and results[0].published_date is None
    assert "no publication date found" in results[0].warnings


def test_empty_text_is_rejected() -> None:
    result = parse_text_extract("  \n\n ", "empty.txt", "empty.txt")
    assert result.reason == "empty file"


@pytest.mark.parametrize(
    "date_line",
    [
        "Veröffentlicht am: 14.10.2022",
        "Datum: 14.10.2022",
        "Stand: 14.10.2022",
        "14. Oktober 2022",
        "Pressemitteilung vom 14.10.2022",
    ],
)
def test_date_labels(date_line: str) -> None:
    text = f"Menü\nKrefeld und Venlo feiern gemeinsam\n{date_line}\nEin erster Absatz, der lang genug ist, um als Text zu gelten. Er hat zwei Sätze.\n"
    item = parse_text_extract(text, "x.txt", "x.txt")
    assert isinstance(item, ParsedItem)
    assert item.title == "Krefeld und Venlo feiern gemeinsam"
    assert item.published_date == datetime.date(2022, 10, 14)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Venlo und Krefeld bauen einen gemeinsamen Radweg\n"
        "Veröffentlicht am: 01.03.2023\n\n"
        "Die beiden Partnerstädte wollen bis zum Jahr 2026 einen durchgehenden\n"
        "Radweg zwischen ihren Zentren bauen. Die Planung übernimmt ein gemeinsames\n"
        "Büro, das im Frühjahr seine Arbeit aufnehmen soll und von beiden Städten\n"
        "finanziert wird.\n\n"
        "Die Kosten teilen sich die Städte und die Provinz Limburg, die das Projekt\n"
        "ausdrücklich begrüßt und Fördermittel der Europäischen Union beantragen\n"
        "will, damit der Bau schneller beginnen kann.\n"
    )
    item = parse_text_extract(text, "x.txt", "x.txt")
    paragraphs = [block.text for block in item.blocks if block.kind == "paragraph"]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("Die beiden Partnerstädte") and paragraphs[0].endswith(
        "finanziert wird."
    )


def test_attributed_quotes_are_kept_and_scare_quotes_are_not() -> None:
    from twinning.importer.parsing.quotes import quotes_in_text

    found, _ = quotes_in_text("„Es ist schön, wieder hier zu sein“, sagte der Lord Mayor.")
    assert [quote.as_dict() for quote in found] == [
        {"text": "Es ist schön, wieder hier zu sein", "speaker": None}
    ]
    found, _ = quotes_in_text(
        "Das Motto „Krefeld trifft Venlo“ gilt. Der „Tag der Partnerschaft“ ist beliebt."
    )
    assert found == []
    found, _ = quotes_in_text(
        "Meyer sagte: „Wir halten an der Partnerschaft fest.“", known=["Frank Meyer"]
    )
    assert [quote.speaker for quote in found] == ["Frank Meyer"]
