"""Linking releases to partner cities, people, organisations, topics and dates."""

from __future__ import annotations

import datetime
import time

import pytest

from twinning.importer.parsing import ParsedItem, parse_path_items
from twinning.importer.parsing.linking import Linker, Vocabulary
from twinning.importer.parsing.model import Block
from twinning.importer.parsing.report import report_item

from .vocabulary import FIXTURES, KREFELD

LINKER = Linker(KREFELD)


def item_with(text: str, **fields: object) -> ParsedItem:
    return ParsedItem(
        source="t",
        source_id="t",
        title=str(fields.pop("title", "Titel")),
        published=fields.pop("published", datetime.date(2022, 10, 14)),  # type: ignore[arg-type]
        blocks=[Block(kind="paragraph", text=part) for part in text.split("\n\n")],
        **fields,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Besuch in der Partnerstadt Charlotte", "Charlotte"),
        ("Gäste aus Dünkirchen", "Dünkirchen"),
        ("Jugendliche aus Dunkerque", "Dünkirchen"),
        ("Die Bürgermeisterin Venlos lud ein", "Venlo"),
        ("Leicesters Lord Mayor", "Leicester"),
        ("die Venloer Delegation", "Venlo"),
        ("Mit dem Landkreis Oder-Spree", "Landkreis Oder-Spree"),
        ("AUS DUENKIRCHEN", "Dünkirchen"),
        ("Freunde in Ulyanovsk", "Uljanowsk"),
    ],
)
def test_partner_cities_in_text_with_inflections_and_exonyms(text: str, city: str) -> None:
    assert LINKER.link(item_with(text)).partner_cities == [city]


def test_no_false_partner_cities() -> None:
    links = LINKER.link(
        item_with("Die Leiden der Menschen und das leiden; ein Venlomann; Kayserimarkt")
    )
    assert links.partner_cities == []


def test_explicit_partner_cities_by_name_or_slug() -> None:
    links = LINKER.link(
        item_with(
            "Kein Stadtname.",
            partner_cities=["venlo", "landkreis-oder-spree", "Dunkerque", "Atlantis"],
        )
    )
    assert links.partner_cities == ["Venlo", "Landkreis Oder-Spree", "Dünkirchen"]
    assert links.unknown_partner_cities == ["Atlantis"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Oberbürgermeister Frank Meyer begrüßte die Gäste.", "Frank Meyer"),
        ("Bürgermeisterin Karin Meincke eröffnete das Fest.", "Karin Meincke"),
        ("Es sprach Beigeordnete Dr. Sabine Beispiel.", "Sabine Beispiel"),
        ("Landrätin Anna-Lena Muster kam aus Beeskow.", "Anna-Lena Muster"),
        ("Maire Jean Dupont reiste an.", "Jean Dupont"),
        ("Burgemeester Jan van der Berg sprach.", "Jan van der Berg"),
        ("Der Bürgermeister der Partnerstadt Venlo, Piet Jansen, sagte Ja.", "Piet Jansen"),
        ("Generalkonsul Prof. Dr. John Miller war Gast.", "John Miller"),
        ("Stadtdirektor Markus Beispiel sagte zu.", "Markus Beispiel"),
    ],
)
def test_new_people_after_office_titles(text: str, person: str) -> None:
    assert person in LINKER.link(item_with(text)).people


def test_known_people_keep_their_canonical_name_and_titles_are_no_names() -> None:
    links = LINKER.link(
        item_with(
            "Empfang bei Frank Meyers Team. Später kam Oberbürgermeister Frank Meyer Gäste begrüßen."
        )
    )
    assert links.people == ["Frank Meyer"]
    assert links.new_people == []
    links = LINKER.link(
        item_with("Der Bürgermeister der Stadt Venlo und der Landrat des Kreises kamen.")
    )
    assert links.people == []


def test_city_name_inside_a_person_name_is_not_the_city() -> None:
    links = LINKER.link(item_with("Stadträtin Charlotte Krause eröffnete die Ausstellung."))
    assert "Charlotte Krause" in links.people
    assert links.partner_cities == []


def test_organisations_with_declension() -> None:
    links = LINKER.link(
        item_with("Ein Vertreter des Deutschen Städtetages und der HSNR sowie das Auswärtige Amt.")
    )
    assert links.organisations == [
        "Deutscher Städtetag",
        "Hochschule Niederrhein",
        "Auswärtiges Amt",
    ]


def test_topics_from_names_keywords_stems_and_compounds() -> None:
    links = LINKER.link(
        item_with(
            "Ein neues Klimaschutzkonzept, ein Schüleraustausch mit Schulen und Radwege; Smart-City-Projekte."
        )
    )
    assert links.topics == ["Mobilität", "Schule", "Klimaschutz", "Smart City"]
    assert LINKER.link(item_with("Die Schulden der Stadt steigen.")).topics == []
    explicit = LINKER.link(item_with("Nichts.", topics=["Kultur", "Ganz neu"]))
    assert explicit.topics == ["Kultur"] and explicit.unknown_topics == ["Ganz neu"]


def test_dates_mentioned_are_iso_sorted_and_unique() -> None:
    links = LINKER.link(
        item_with("Am Montag, 17. Oktober, und vom 3. bis 5. Mai; nochmals am 17.10.2022.")
    )
    assert links.dates_mentioned == ["2022-05-03", "2022-05-05", "2022-10-17"]


def test_report_item_has_the_issue_shape() -> None:
    item = next(parse_path_items(FIXTURES / "text" / "charlotte_delegation.txt"))
    report = report_item(item, LINKER.link(item), status="created")
    assert set(report) == {
        "source",
        "source_id",
        "status",
        "reason",
        "title",
        "published",
        "subtitle",
        "teaser",
        "headings",
        "quotes",
        "image",
        "partner_cities",
        "people",
        "organisations",
        "topics",
        "dates_mentioned",
        "related",
    }
    assert report["published"] == "2022-10-14"
    assert report["partner_cities"] == ["Charlotte"]
    assert report["people"][:2] == ["Frank Meyer", "Karin Meincke"]
    assert "Anna Beispiel" in report["people"] and "Vi Lyles" in report["people"]
    assert report["organisations"] == ["Hochschule Niederrhein"]
    assert report["dates_mentioned"] == ["2022-10-16", "2022-10-17", "2022-10-19", "2022-10-21"]
    assert report["image"] == {
        "caption": "Oberbürgermeister Frank Meyer (Mitte) mit Gästen aus Charlotte beim letzten Besuch im Krefelder Rathaus.",
        "credit": "Stadt Krefeld, Presse und Kommunikation, Lothar Strücken",
        "kind": "foto",
    }
    assert report["related"][0] == {
        "title": "Schulaustausch mit Charlotte startet wieder",
        "teaser": "Nach drei Jahren Pause kommen wieder Jugendliche aus North Carolina nach Krefeld. Sie wohnen zwei Wochen in Gastfamilien.",
    }


def test_linker_is_fast_on_many_items() -> None:
    item = next(parse_path_items(FIXTURES / "text" / "charlotte_delegation.txt"))
    big = Linker(
        Vocabulary(
            partner_cities=KREFELD.partner_cities
            + [(f"Stadt{number}", [f"Ville{number}"]) for number in range(200)],
            people=KREFELD.people
            + [(f"Vorname{number} Nachname{number}", []) for number in range(500)],
            organisations=KREFELD.organisations
            + [(f"Verein Nummer{number}", []) for number in range(200)],
            topics=KREFELD.topics
            + [(f"Thema{number}", [f"Stichwort{number}"]) for number in range(100)],
        )
    )
    started = time.perf_counter()
    for _ in range(200):
        big.link(item)
    per_second = 200 / (time.perf_counter() - started)
    assert per_second > 100, per_second
