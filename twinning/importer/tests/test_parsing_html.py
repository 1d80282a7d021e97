"""HTML pages saved from TYPO3, WordPress and by hand, and hostile markup."""

from __future__ import annotations

import datetime
import re

from twinning.importer.parsing import ParsedItem, parse_bytes_items, parse_path_items
from twinning.importer.parsing.htmlblocks import blocks_from_html, sanitize_html, sanitize_inline

from .vocabulary import FIXTURES

HTML = FIXTURES / "html"
DANGEROUS = re.compile(
    r"<script|<style|<iframe|<object|<embed|<svg|<form|\bon\w+\s*=|javascript:|data:text",
    re.IGNORECASE,
)


def parse_one(name: str) -> ParsedItem:
    results = list(parse_path_items(HTML / name))
    assert len(results) == 1
    assert isinstance(results[0], ParsedItem), results[0]
    return results[0]


def test_typo3_news_detail_page() -> None:
    item = parse_one("typo3_news.html")
    assert item.title == "Leiden und Krefeld feiern 50 Jahre Partnerschaft"
    assert item.published == datetime.date(2024, 6, 7)  # itemprop=datePublished wins over DC.date
    assert item.subtitle == "Festakt im Rathaus mit Gästen aus der niederländischen Partnerstadt"
    assert item.teaser.startswith("Mit einem Festakt im Rathaus")
    assert item.image.path == "/fileadmin/_processed_/festakt.jpg"
    assert (
        item.image.caption
        == "Oberbürgermeister Frank Meyer und Burgemeester Peter Beispiel im Ratssaal."
    )
    assert item.image.credit == "Stadt Krefeld, Lothar Strücken"
    assert item.image.alt == "Zwei Bürgermeister schütteln sich im Ratssaal die Hände"
    assert item.headings == ["Eine Partnerschaft der Bürgerinnen und Bürger", "Ausblick"]
    assert [quote.as_dict() for quote in item.quotes] == [
        {
            "text": "Leiden ist für viele Krefelderinnen und Krefelder längst eine zweite Heimat geworden.",
            "speaker": "Frank Meyer",
        }
    ]
    assert (
        item.source_id
        == item.source_url
        == (
            "https://www.example-stadt.de/presse/detail/leiden-und-krefeld-feiern-50-jahre-partnerschaft"
        )
    )
    assert [(entry.title, entry.teaser) for entry in item.related] == [
        (
            "Krefelder Chor singt beim Lakenfeest",
            "Der Kammerchor war zu Gast beim großen Stadtfest in Leiden.",
        )
    ]


def test_typo3_boilerplate_is_dropped() -> None:
    item = parse_one("typo3_news.html")
    text = item.body_text
    for leftover in (
        "Cookies",
        "Leben in Krefeld",
        "Startseite",
        "Teilen",
        "Drucken",
        "Von-der-Leyen-Platz",
        "© 2024",
        "Veröffentlicht am",
    ):
        assert leftover not in text


def test_wordpress_post() -> None:
    item = parse_one("wordpress_post.html")
    assert item.title == "Uljanowsk: Partnerschaft ruht"
    assert item.published == datetime.datetime.fromisoformat("2022-05-25T09:15:00+02:00")
    assert (
        item.subtitle
        == "Der Rat der Stadt hat beschlossen, die Partnerschaft mit Uljanowsk ruhen zu lassen."
    )
    assert item.image.path.endswith("/rathaus.jpg")
    assert item.image.alt == "Das Krefelder Rathaus"
    images = [block for block in item.blocks if block.kind == "image"]
    assert [(block.caption, block.credit) for block in images] == [
        ("Blick in den Ratssaal während der Abstimmung.", "Freundeskreis Krefeld"),
        ("Besuch aus Uljanowsk im Jahr 2019", "Stadt Krefeld"),
    ]
    assert item.headings == ["Kontakte zwischen Menschen bleiben"]
    assert [quote.as_dict() for quote in item.quotes] == [
        {"text": "Die Menschen in Uljanowsk sind nicht unsere Gegner", "speaker": "Maria Beispiel"},
        {
            "text": "Wir halten die Tür für den Tag offen, an dem wieder Frieden herrscht.",
            "speaker": "Karin Meincke",
        },
    ]
    assert [entry.title for entry in item.related] == ["Grüße nach Kayseri"]
    text = item.body_text
    for leftover in (
        "Springe zum Inhalt",
        "Kommentar",
        "Neueste Beiträge",
        "WordPress",
        "Teilen mit",
        "Redaktion",
    ):
        assert leftover not in text


def test_hand_made_latin1_page_with_visible_date_and_br_paragraphs() -> None:
    item = parse_one("plain_latin1.html")
    assert item.title == "Landkreis Oder-Spree und Krefeld: 30 Jahre Partnerschaft"
    assert item.published == datetime.date(2020, 10, 14)
    assert item.image.path == "bilder/beeskow.jpg"
    assert item.image.caption == "Die Burg Beeskow im Landkreis Oder-Spree."
    assert item.image.credit == "Landkreis Oder-Spree"
    paragraphs = [block.text for block in item.blocks if block.kind == "paragraph"]
    assert "Am 3. November ist ein Treffen in Beeskow geplant." in paragraphs
    assert paragraphs[-1].startswith("Nach der Wiedervereinigung")
    assert item.headings == ["Gemeinsame Geschichte"]
    assert "Zurück" not in item.body_text and "Startseite" not in item.body_text


def test_hostile_markup_leaves_only_sanitised_html() -> None:
    item = parse_one("hostile.html")
    assert item.title == "Krefeld begrüßt Gäste aus Venlo"
    for block in item.blocks:
        assert not DANGEROUS.search(block.html or ""), block.html
        assert "alert(" not in (block.text.replace("<script>alert(5)</script>", ""))
    texts = [block.text for block in item.blocks]
    assert "eingeschleust" not in " ".join(texts)
    assert any(
        "einem guten" in (block.html or "") and 'href="https://www.example.org/"' in block.html
        for block in item.blocks
    )
    assert any(block.kind == "quote" and block.speaker == "Frank Meyer" for block in item.blocks)
    assert texts[-1].startswith("Letzter Absatz")


def test_sanitisers_strip_every_attack_vector() -> None:
    attacks = [
        '<p onclick="x()">a</p>',
        '<a href="javascript:alert(1)">b</a>',
        '<a href=" JAVASCRIPT:alert(1)">b</a>',
        '<a href="vbscript:msgbox(1)">b</a>',
        "<script>alert(1)</script>",
        "<style>p{}</style>",
        '<iframe src="https://x"></iframe>',
        '<img src=x onerror="alert(1)">',
        "<svg><script>alert(1)</script></svg>",
        '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
        '<a href="data:text/html;base64,xx">c</a>',
        '<div style="background:url(javascript:alert(1))">d</div>',
    ]
    for attack in attacks:
        for cleaned in (sanitize_html(attack), sanitize_inline(attack)):
            assert not DANGEROUS.search(cleaned), cleaned
        for block in blocks_from_html(attack):
            assert not DANGEROUS.search(block.html or "")


def test_page_without_date_comes_as_undated_item_never_dated_silently() -> None:
    results = list(
        parse_bytes_items(
            b"<html><body><h1>Titel ohne Datum</h1><p>Text.</p></body></html>", "a.html"
        )
    )
    assert len(results) == 1
    assert results[0].title == "Titel ohne Datum"
    assert results[0].published is None
    assert results[0].warnings == ["no publication date found"]


def test_meta_dates_and_og_fallbacks() -> None:
    page = (
        b'<html><head><meta property="og:title" content="Nur im Open Graph">'
        b'<meta property="article:published_time" content="2021-03-04T23:30:00+01:00">'
        b'<meta property="og:image" content="https://x.example/bild.jpg"><meta property="og:image:alt" content="Alt">'
        b"</head><body><div><p>Erster Absatz mit genug Text, um als Artikel zu gelten, und noch mehr Text.</p></div></body></html>"
    )
    item = next(parse_bytes_items(page, "p.html"))
    assert item.title == "Nur im Open Graph"
    assert item.published_date == datetime.date(2021, 3, 4)
    assert item.image.path == "https://x.example/bild.jpg" and item.image.alt == "Alt"


def test_visible_german_date_text_is_found() -> None:
    page = "<html><body><main><h1>Gäste aus Kayseri</h1><p class='info'>Veröffentlicht am 14.10.2022</p><p>Ein Absatz.</p></main></body></html>"
    item = next(parse_bytes_items(page.encode("utf-8"), "k.html"))
    assert item.published == datetime.date(2022, 10, 14)
    assert [block.text for block in item.blocks] == ["Ein Absatz."]
