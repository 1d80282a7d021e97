"""Pages shaped like what municipal sites really produce, written after the heuristics.

The other fixtures were written together with the parsers; these imitate
what reviewers will bring: text copied with Ctrl+A out of a browser (header,
cookie banner, share bar, teaser sections, the list of all partner cities,
footer) and pages saved from TYPO3 tx_news, Drupal, Government Site Builder,
a page with the article among asides, a page whose h1 is the site's name and
an old ISO-8859-1 page with hostile markup. Each test asserts what a careful
reader would take from the page.
"""

from __future__ import annotations

import datetime
import re

import pytest

from twinning.importer.parsing import Block, ParsedItem, parse_bytes_items, parse_path_items
from twinning.importer.parsing.htmlblocks import blocks_from_html
from twinning.importer.parsing.linking import Linker
from twinning.importer.parsing.textpage import parse_text_extract

from .vocabulary import FIXTURES, KREFELD

REAL = FIXTURES / "real"
LINKER = Linker(KREFELD)
DANGEROUS = re.compile(
    r"<script|<style|<iframe|\bon\w+\s*=|javascript:|display\s*:\s*none", re.IGNORECASE
)


def parse_one(name: str) -> ParsedItem:
    results = list(parse_path_items(REAL / name))
    assert len(results) == 1
    item = results[0]
    assert isinstance(item, ParsedItem), item
    return item


def quotes(item: ParsedItem) -> list[tuple[str | None, str]]:
    return [(quote.speaker, quote.text) for quote in item.quotes]


def assert_no_page_furniture(item: ParsedItem) -> None:
    body = item.body_text
    for leftover in (
        "Cookies",
        "Alle akzeptieren",
        "Leichte Sprache",
        "Startseite",
        "Drucken",
        "teilen",
        "Impressum",
        "Das sind Krefelds Partnerstädte",
        "Telefon",
        "©",
    ):
        assert leftover not in body, leftover


# --- text copied out of a browser -----------------------------------------------------


def test_ctrl_a_copy_with_cookie_banner_and_glued_credit() -> None:
    item = parse_one("krefeld_venlo_ctrl_a.txt")
    assert item.title == "Venlo und Krefeld planen gemeinsamen Radweg an der Grenze"
    assert item.published == datetime.date(2022, 10, 14)
    assert item.subtitle == "Ein Förderantrag bei der Euregio ist gestellt"
    assert item.image is not None
    assert item.image.caption == (
        "Der neue Radweg soll Hülser Berg und Venloer Innenstadt verbinden."
    )
    assert item.image.credit == "Stadt Krefeld"
    assert item.headings == ["Zeitplan und Kosten"]
    assert [speaker for speaker, _ in quotes(item)] == [
        "Frank Meyer",
        "Antoin Scholten",
        "Markus Schön",
    ]
    assert quotes(item)[0][1].endswith("im Alltag erfahrbar.")
    assert item.blocks[0].text.startswith("Die Partnerstädte Krefeld und Venlo")
    assert item.blocks[-1].text.startswith("Die Route führt")
    assert_no_page_furniture(item)
    # The share bar and "Nach oben" end the article, not the page: teasers follow.
    assert [entry.title for entry in item.related] == [
        "Jubiläumskonzert in der Venloer Kirche",
        "Schüleraustausch mit dem Blariacumcollege",
        "Gemeinsamer Stand auf der Floriade",
    ]
    assert item.related[0].teaser.startswith("Das Krefelder Jugendorchester")
    links = LINKER.link(item)
    assert links.partner_cities == ["Venlo"]
    assert links.people == ["Frank Meyer", "Antoin Scholten", "Markus Schön"]


def test_credit_line_before_the_caption_and_datum_ressort_line() -> None:
    item = parse_one("leicester_datum_ressort.txt")
    assert item.title == "Leicester-Chor zu Gast bei der Krefelder Musikschule"
    assert item.published == datetime.date(2022, 10, 14)
    assert item.subtitle is None
    assert item.image.caption == (
        "Die Sängerinnen und Sänger aus Leicester bei der Probe in der Musikschule."
    )
    assert item.image.credit == "Stadt Krefeld / Lothar Strücken"
    assert item.headings == ["Gemeinsames Konzert in der Friedenskirche", "Weitere Informationen"]
    assert quotes(item) == [
        ("Karin Meincke", "Musik braucht keine Übersetzung, das merkt man bei jeder Probe"),
        ("Ulrike Beispiel", "Unsere Jugendlichen haben wochenlang für diesen Abend geprobt."),
    ]
    assert item.blocks[-1].text.startswith("Der Besuch wird aus Mitteln")
    assert_no_page_furniture(item)
    assert "Uerdinger Straße" not in item.body_text
    # After the contact box: "Weitere Meldungen" with "mehr" links.
    assert [entry.title for entry in item.related] == [
        "Dünkirchen lädt zum Karneval ein",
        "Ausstellung über Leiden im Stadthaus",
    ]
    assert LINKER.link(item).partner_cities == ["Leicester"]


def test_city_comma_date_parenthesised_credit_and_gallery_credit() -> None:
    item = parse_one("charlotte_krefeld_komma_datum.txt")
    assert item.title == "Schülerinnen und Schüler aus Charlotte besuchen Krefeld"
    assert item.published == datetime.date(2022, 10, 14)
    assert item.subtitle == "Zwei Wochen Unterricht, Gastfamilien und ein Ausflug nach Köln"
    assert item.image.caption == "Die Gäste aus North Carolina vor dem Kaiser-Wilhelm-Museum."
    assert item.image.credit == "Stadt Krefeld"
    assert item.headings == ["Ein volles Programm"]
    # "Fotos: …" after a blank line credits the gallery, not the paragraph above it.
    paragraphs = [block.text for block in item.blocks if block.kind == "paragraph"]
    assert paragraphs[-1].startswith("Der Austausch besteht seit 1988.")
    assert [speaker for speaker, _ in quotes(item)] == [
        "Frank Meyer",
        "Emma Rodriguez",
        "Sabine Beispiel",
    ]
    assert "Nehmt viele Eindrücke mit" in quotes(item)[0][1]
    assert_no_page_furniture(item)
    assert [entry.title for entry in item.related] == [
        "Bürgermeisterin besucht Uljanowsk",
        "Kayseri zeigt sich im Südbahnhof",
        "Leiden feiert Lakenfeest mit Krefelder Beteiligung",
    ]
    links = LINKER.link(item)
    # Teasers and the list of all partner cities are not what the article is about.
    assert links.partner_cities == ["Charlotte"]
    assert set(links.people) == {"Frank Meyer", "Emma Rodriguez", "Sabine Beispiel"}


def test_bild_credit_before_caption_list_with_weak_credit_and_stand_at_the_end() -> None:
    item = parse_one("duenkirchen_stand_bild.txt")
    assert item.title == "Dünkirchen-Woche: Französische Küche und Musik am Dionysiusplatz"
    assert item.published == datetime.datetime(2023, 4, 14, 11, 30)
    assert item.subtitle == (
        "Vom 3. bis 7. Mai präsentiert sich die Partnerstadt mit einem Markt in der Innenstadt"
    )
    assert item.image.caption == (
        "Der Markt auf dem Place Jean Bart in Dünkirchen ist das Vorbild für die Krefelder Ausgabe."
    )
    assert item.image.credit == "Stadt Dünkirchen"
    assert item.headings == ["Programm der Woche"]
    kinds = [block.kind for block in item.blocks]
    assert kinds == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "image",
        "paragraph",
        "paragraph",
    ]
    listing = item.blocks[3].text.split("\n")
    assert len(listing) == 3 and listing[-1].startswith("• Samstag, 6. Mai")
    photo = item.blocks[4]
    assert photo.caption.startswith("Die Harmonie municipale")
    assert photo.credit == "Ville de Dunkerque"
    assert quotes(item) == [
        (
            "Martina Beispiel",
            "Viele kennen Dünkirchen nur aus dem Geschichtsbuch. Wir wollen zeigen, wie lebendig die Stadt heute ist.",
        ),
        ("Frank Meyer", "Partnerschaft lebt davon, dass man sich besucht und zusammen feiert"),
    ]
    assert_no_page_furniture(item)
    assert LINKER.link(item).partner_cities == ["Dünkirchen"]


def test_date_above_headline_contact_box_and_teasers_with_leading_credit() -> None:
    item = parse_one("kayseri_veroeffentlicht_teaser_cards.txt")
    assert item.title == "Erdbebenhilfe für Kayseri: Krefeld schickt zweiten Hilfstransport"
    assert item.published == datetime.date(2023, 3, 7)
    assert item.image.caption == (
        "Oberbürgermeister Frank Meyer verabschiedet die Fahrer am Betriebshof."
    )
    assert item.image.credit == "Stadt Krefeld, Dirk Jochmann"
    assert item.headings == ["Spenden weiterhin möglich"]
    speakers = [speaker for speaker, _ in quotes(item)]
    # "Er dankte … „Ohne sie …“": the pronoun's sentence hands the quote to Meyer.
    assert speakers == ["Frank Meyer", "Frank Meyer", "Memduh Büyükkılıç"]
    assert "60 Tonnen" in quotes(item)[0][1]
    assert_no_page_furniture(item)
    assert "Stefanie Beispiel" not in item.body_text
    assert [entry.title for entry in item.related] == [
        "Kayseri zu Gast beim Weihnachtsmarkt",
        "Spendenaufruf nach dem Erdbeben",
        "Delegation aus Kayseri besucht Krefelder Hochschule",
    ]
    assert item.related[0].image.credit == "Stadt Krefeld, Lothar Strücken"
    links = LINKER.link(item)
    assert links.partner_cities == ["Kayseri"]
    assert links.people == ["Frank Meyer", "Memduh Büyükkılıç"]


def test_another_city_with_numbered_release_and_trailing_credit() -> None:
    item = parse_one("oderspree_other_city.txt")
    assert item.title == "Jugendliche aus dem Landkreis Oder-Spree zu Gast im Rathaus"
    assert item.published == datetime.date(2023, 9, 27)
    assert item.subtitle == (
        "Zwanzig Jugendliche aus Brandenburg erkunden eine Woche lang den Niederrhein"
    )
    assert item.image.caption == "Gruppenfoto der Gäste vor dem Rathaus."
    assert item.image.credit == "Stadt Krefeld"
    assert item.headings == ["Übungen, Ausflüge und ein Fest"]
    assert quotes(item)[0][0] == "Timo Kühn"
    assert_no_page_furniture(item)
    assert [entry.title for entry in item.related] == [
        "Neue Spielgeräte für den Stadtpark",
        "Ratssitzung am Donnerstag",
    ]
    links = LINKER.link(item)
    assert links.partner_cities == ["Landkreis Oder-Spree"]
    assert links.people == ["Timo Kühn", "Frank Steffen"]


def test_no_blank_lines_category_line_between_date_and_headline() -> None:
    item = parse_one("uljanowsk_no_blank_lines.txt")
    # Not "Stadt Krefeld" above the breadcrumb, not the category "Internationales".
    assert item.title == "Partnerschaft mit Uljanowsk ruht – Kontakte zwischen Menschen bleiben"
    assert item.published == datetime.date(2022, 10, 14)
    # The teaser paragraph above the lead photo is the subheading, the photo still leads.
    # Two sentences above the photo: the lead (Anreißer), kept as the release's teaser.
    assert item.teaser.startswith("Der Rat hat am Donnerstag beschlossen")
    assert item.image.caption == "Oberbürgermeister Frank Meyer im Ratssaal."
    assert item.image.credit == "Stadt Krefeld, Presse und Kommunikation"
    assert item.headings == ["Was der Beschluss bedeutet"]
    assert item.blocks[0].text.startswith("Mit großer Mehrheit")
    assert "Internationales" not in item.body_text
    assert quotes(item) == [
        (
            "Frank Meyer",
            "Wir setzen ein klares Zeichen gegen den Krieg … Zugleich wollen wir die Menschen in "
            "Uljanowsk nicht allein lassen, die mit diesem Krieg nichts zu tun haben.",
        ),
        ("Frank Meyer", "Gerade jetzt ist jeder Brief, jede Videokonferenz wichtig"),
        # ‚…‘ quotes, and "sagte er" is the person just named, not the last speaker.
        ("Klaus Beispiel", "Wir hätten uns ein anderes Jahr für unser Jubiläum gewünscht"),
    ]
    assert_no_page_furniture(item)
    assert item.related == []
    links = LINKER.link(item)
    assert links.partner_cities == ["Uljanowsk"]
    assert links.people == ["Frank Meyer", "Klaus Beispiel"]


def test_published_and_updated_lines_and_teasers_with_caption_credit_date_and_mehr() -> None:
    item = parse_one("leiden_teaser_gallery.txt")
    assert item.title == "Leidener Lakenfeest: Krefelder Kammerchor gewinnt Publikumspreis"
    assert item.published == datetime.date(2024, 6, 21)
    assert item.subtitle.startswith("Der Chor trat zum ersten Mal")
    assert item.image.caption == "Der Kammerchor nach dem Auftritt auf der Bühne am Rapenburg."
    assert item.image.credit == "Gemeente Leiden / Hielco Kuipers"
    assert item.headings == ["Gratulation aus dem Rathaus"]
    assert [speaker for speaker, _ in quotes(item)] == ["Anke Beispiel"]
    assert "Die Stimmung am Rapenburg" in quotes(item)[0][1]
    assert_no_page_furniture(item)
    assert [(entry.title, entry.image and entry.image.credit) for entry in item.related] == [
        ("Leiden und Krefeld feiern 50 Jahre Partnerschaft", "Stadt Krefeld, Lothar Strücken"),
        ("Sommerschule Textil und Design", "Hochschule Niederrhein"),
        ("Radtour von Krefeld nach Leiden", None),
    ]
    assert item.related[1].teaser.startswith("Zwölf Studierende aus Leiden")
    links = LINKER.link(item)
    assert links.partner_cities == ["Leiden"]
    assert set(links.people) == {"Anke Beispiel", "Karin Meincke"}


def test_hero_photo_above_the_headline_and_only_a_dateline() -> None:
    item = parse_one("charlotte_hero_photo_dateline.txt")
    assert item.title == (
        "Charlotte-Stipendium: Zwei Krefelder Studentinnen reisen nach North Carolina"
    )
    # No date line: the dateline "Krefeld, 14. Oktober 2022 – …" of the first paragraph.
    assert item.published == datetime.date(2022, 10, 14)
    assert item.image.caption == "Blick auf die Skyline von Charlotte in North Carolina."
    assert item.image.credit == "City of Charlotte"
    assert item.headings == ["Bewerbung für das nächste Jahr"]
    assert [speaker for speaker, _ in quotes(item)] == ["Petra Beispiel"]
    assert item.blocks[0].text.startswith("Krefeld, 14. Oktober 2022 – Zwei Studentinnen")
    assert item.blocks[-1].text.startswith("Das Stipendium wird jährlich")
    assert_no_page_furniture(item)
    links = LINKER.link(item)
    assert links.partner_cities == ["Charlotte"]
    assert links.organisations == ["Hochschule Niederrhein"]


def test_kicker_gallery_pipe_credit_attribution_line_and_info_box() -> None:
    item = parse_one("venlo_gallery_kicker_blockquote.txt")
    assert item.title == (
        "60 Jahre Venlo und Krefeld: Festwoche mit Konzerten, Sport und Bürgerfest"
    )
    assert item.published == datetime.date(2024, 5, 2)
    assert item.subtitle is None
    assert item.image.caption == (
        "Die Bürgermeister beider Städte beim Fahnenhissen vor dem Rathaus"
    )
    assert item.image.credit == "Stadt Krefeld, Dirk Jochmann"
    assert item.headings == ["Das Programm"]
    assert [block.kind for block in item.blocks] == [
        "paragraph",
        "quote",
        "heading",
        "paragraph",
        "paragraph",
        "paragraph",
    ]
    # The info box keeps its date line ("Zeit: Samstag, 11. Mai 2024, …").
    assert item.blocks[4].text.split("\n") == [
        "Ort: Von-der-Leyen-Platz, Krefeld",
        "Zeit: Samstag, 11. Mai 2024, 14 bis 22 Uhr",
        "Eintritt: frei",
    ]
    assert [speaker for speaker, _ in quotes(item)] == ["Frank Meyer", "Antoin Scholten"]
    assert item.topics == ["Städtepartnerschaft", "Venlo", "Jubiläum"]
    assert_no_page_furniture(item)
    assert "Lesezeit" not in item.body_text and "Bild 1 von 3" not in item.body_text
    assert [entry.title for entry in item.related] == [
        "Krefeld und Venlo planen gemeinsamen Radweg",
        "Schüleraustausch mit dem Blariacumcollege",
        "Jubiläumskonzert in der Venloer Kirche",
    ]
    links = LINKER.link(item)
    assert links.partner_cities == ["Venlo"]
    assert "2024-05-11" in links.dates_mentioned and "2024-05-05" in links.dates_mentioned


# --- saved HTML ---------------------------------------------------------------------


def test_typo3_tx_news_with_the_date_only_in_visible_text() -> None:
    item = parse_one("typo3_txnews_visible_date.html")
    assert item.title == "Fotos aus Uljanowsk: Ausstellung im Foyer des Rathauses"
    assert item.published == datetime.date(2022, 10, 14)
    assert item.subtitle.startswith("Bis zum 18. November")
    assert item.image.caption == "Die Bilder zeigen Alltag an der Wolga."
    assert item.image.credit == "Stadt Krefeld / Dirk Jochmann"
    assert item.headings == ["Öffnungszeiten"]
    assert quotes(item)[0][0] == "Karin Meincke"
    assert_no_page_furniture(item)
    # Teasers in a separate content element, cards without card markup.
    assert [entry.title for entry in item.related] == [
        "Chor aus Uljanowsk singt in der Alten Kirche",
        "30 Jahre Partnerschaft mit Uljanowsk",
    ]
    assert item.related[0].teaser == "Das Konzert war bis auf den letzten Platz ausverkauft."
    assert item.related[0].image.credit == "Stadt Krefeld"
    links = LINKER.link(item)
    assert links.partner_cities == ["Uljanowsk"]


def test_drupal_localgov_news_node() -> None:
    item = parse_one("drupal_localgov_news.html")
    assert item.title == "Leiden und Krefeld starten Klimapartnerschaft"
    assert item.published_date == datetime.date(2023, 5, 4)
    assert item.subtitle == (
        "Beide Städte wollen bis 2035 klimaneutral werden und tauschen dafür Fachleute aus"
    )
    assert item.image.path.endswith("/klima.jpg")
    assert item.image.caption == (
        "Fachleute aus Leiden besichtigen die Solaranlage auf dem Dach der Stadtwerke."
    )
    assert item.image.credit == "Gemeente Leiden"
    assert item.headings == ["Voneinander lernen"]
    assert [speaker for speaker, _ in quotes(item)] == ["Frank Meyer", "Peter Beispiel"]
    assert item.blocks[0].text.startswith("Die niederländische Partnerstadt Leiden")
    assert item.blocks[-1].text.startswith("Ein erstes Arbeitstreffen")
    assert [entry.title for entry in item.related] == [
        "Krefelder Blasorchester beim Lakenfeest",
        "Radweg nach Venlo wird geplant",
        "Karneval in Dünkirchen",
    ]
    links = LINKER.link(item)
    assert links.partner_cities == ["Leiden"]
    assert links.people == ["Frank Meyer", "Peter Beispiel"]


def test_government_site_builder_page() -> None:
    item = parse_one("gsb_sitepark.html")
    assert item.title == "Partnerschaftsfest mit Venlo im Stadtgarten"
    assert item.published == datetime.date(2023, 6, 21)
    # GSB's "subtitle" class on a photo box is a caption, the "subline" the subheading.
    assert item.subtitle == "Musik, Fahrradtouren und niederländische Spezialitäten am Wochenende"
    assert item.image.caption == "Beim letzten Fest war der Stand der Partnerstadt dicht umlagert."
    assert item.image.credit == "Stadt Krefeld, Lothar Strücken"
    assert item.headings == ["Radtour zur Grenze"]
    photos = [block for block in item.blocks if block.kind == "image"]
    assert [(photo.caption, photo.credit) for photo in photos] == [
        ("Die neue Grenzroute führt über ruhige Wirtschaftswege.", "Stadt Venlo")
    ]
    assert quotes(item)[0][0] == "Sabine Beispiel"
    assert_no_page_furniture(item)
    assert [entry.title for entry in item.related] == [
        "Gemeinsamer Radweg: Absichtserklärung unterzeichnet",
        "Krefeld auf der Floriade",
    ]
    assert LINKER.link(item).partner_cities == ["Venlo"]


def test_article_in_main_among_asides() -> None:
    item = parse_one("main_many_asides.html")
    assert item.title == "Krefelder Jugendliche beim Segelcamp in Dünkirchen"
    assert item.published == datetime.date(2023, 8, 16)
    assert item.image.credit == "Ville de Dunkerque"
    assert item.headings == ["Ein Camp mit Tradition"]
    assert quotes(item)[0][0] == "Jonas Beispiel"
    assert "Ratssitzung" not in item.body_text and "Newsletter" not in item.body_text
    assert_no_page_furniture(item)
    assert [entry.title for entry in item.related] == [
        "Fotos aus Uljanowsk im Rathaus",
        "Zweiter Hilfstransport nach Kayseri",
        "Chor aus Leicester zu Gast",
    ]
    links = LINKER.link(item)
    # Leicester takes part in the camp; the aside's partner-city list does not count.
    assert links.partner_cities == ["Dünkirchen", "Leicester"]
    assert links.people == ["Jonas Beispiel"]


def test_site_name_in_h1_and_headline_in_h2() -> None:
    item = parse_one("sitename_h1_og_title.html")
    assert item.title == "Kayseri-Woche: Türkische Kultur in der Mediothek"
    assert item.published == datetime.date(2023, 3, 3)
    assert item.image.path == "/bilder/kayseri-woche.jpg"
    assert item.image.caption == "Kalligrafie-Workshop in der Mediothek"
    assert item.image.credit == "Stadt Krefeld"
    assert item.headings == ["Programm"]
    assert quotes(item)[0][0] == "Ahmet Beispiel"
    assert item.blocks[-1].text.startswith("Der Eintritt zu allen Veranstaltungen")
    assert_no_page_furniture(item)
    assert LINKER.link(item).partner_cities == ["Kayseri"]


def test_latin1_page_with_hostile_markup() -> None:
    item = parse_one("latin1_hostile_leicester.html")
    assert item.title == "Großer Empfang für Gäste aus Leicester"
    assert item.published == datetime.date(2022, 5, 2)
    assert item.image.caption == "Lord Mayor Deepak Bajaj trägt sich ins Goldene Buch ein."
    assert item.image.credit == "Stadt Krefeld, Lothar Strücken"
    assert item.headings == ["Gespräche über Hochschulkooperation"]
    assert quotes(item)[0][0] == "Frank Meyer"
    assert "Versteckter Text" not in item.body_text
    assert "document.cookie" not in item.body_text
    for block in item.blocks:
        assert not DANGEROUS.search(block.html or ""), block.html
    assert_no_page_furniture(item)
    links = LINKER.link(item)
    assert links.partner_cities == ["Leicester"]
    assert links.people == ["Frank Meyer", "Deepak Bajaj"]
    assert links.organisations == ["Hochschule Niederrhein"]


def test_typo3_content_elements_textpic_and_dateline() -> None:
    item = parse_one("typo3_content_page_dateline.html")
    assert item.title == "Venloer Schülerband spielt beim Stadtfest"
    assert item.published == datetime.date(2023, 6, 2)
    assert item.subtitle == "Auftritt auf der Bühne am Theaterplatz am Samstagabend"
    assert item.image.path == "/fileadmin/_processed_/band.jpg"
    assert item.image.caption == "Die Band „De Maasklanken“ bei einem Konzert in Venlo."
    assert item.image.credit == "Stadt Venlo"
    # ce-textpic holds the text beside the picture: it is no figure.
    assert [block.kind for block in item.blocks] == ["paragraph"] * 3
    assert item.blocks[0].text.startswith("Krefeld, 2. Juni 2023 – Beim Krefelder Stadtfest")
    assert quotes(item) == [
        ("Gregor Micus", "Wir hatten sofort das Gefühl, dass die Band nach Krefeld gehört")
    ]
    assert_no_page_furniture(item)
    links = LINKER.link(item)
    assert links.partner_cities == ["Venlo"]
    assert links.people == ["Gregor Micus", "Els Beispiel"]


def test_hand_made_page_with_bold_paragraphs_as_headings_and_json_ld() -> None:
    item = parse_one("handmade_bold_headings_jsonld.html")
    assert item.title == "Gastfamilien für Austausch mit Leicester gesucht"
    assert item.published_date == datetime.date(2023, 1, 19)
    assert item.image.path == "https://www.example-krefeld.de/media/leicester-gruppe.jpg"
    assert item.image.caption == "Die Gruppe aus Leicester beim letzten Besuch 2019."
    assert item.image.credit == "Stadt Krefeld"
    # <p><strong>…</strong></p> and <p><b>…</b><br>text</p> are intermediate headings.
    assert item.headings == [
        "Was Gastfamilien erwartet",
        "Stimmen aus dem letzten Austausch",
        "So melden Sie sich an",
    ]
    assert quotes(item) == [
        (
            "Anja Beispiel",
            "Unsere Tochter schreibt bis heute jede Woche mit ihrer Austauschpartnerin",
        ),
        (
            "Karin Meincke",
            "Wer einmal Gäste aus Leicester hatte, versteht, was Partnerschaft bedeutet.",
        ),
    ]
    assert item.blocks[-1].text.startswith("Interessierte Familien melden sich")
    assert_no_page_furniture(item)
    links = LINKER.link(item)
    assert links.partner_cities == ["Leicester"]
    assert set(links.people) == {"Karin Meincke", "Anja Beispiel"}


def test_section_name_in_h1_headline_in_h2_and_bild_box() -> None:
    item = parse_one("section_h1_headline_h2.html")
    assert item.title == (
        "Delegation aus Dünkirchen informiert sich über Krefelder Wasserstoffbusse"
    )
    assert item.published == datetime.date(2022, 10, 14)
    assert item.image.path == "/medien/wasserstoffbus.jpg"
    assert item.image.caption == (
        "Die Gäste aus Dünkirchen an der neuen Wasserstofftankstelle der SWK."
    )
    assert item.image.credit == "SWK Mobil"
    assert item.headings == ["Gegenbesuch im Frühjahr"]
    # <q> renders its quotation marks: the quotation is found like any other.
    assert quotes(item) == [
        ("Carsten Liedtke", "Die Busse sind seit einem Jahr ohne einen einzigen Ausfall unterwegs"),
        (
            "Markus Schön",
            "Von Dünkirchen können wir lernen, wie man Menschen für den Bus begeistert. "
            "Bei der Technik können wir etwas zurückgeben.",
        ),
    ]
    assert item.blocks[0].text.startswith("Eine sechsköpfige Delegation")
    assert [entry.title for entry in item.related] == [
        "Herbstferienprogramm in den Stadtteilbibliotheken",
        "Sperrung der Rheinbrücke am Wochenende",
    ]
    links = LINKER.link(item)
    assert links.partner_cities == ["Dünkirchen"]
    assert links.people == ["Carsten Liedtke", "Markus Schön"]


@pytest.mark.parametrize("name", sorted(path.name for path in REAL.iterdir()))
def test_every_real_page_parses_without_warnings_about_missing_parts(name: str) -> None:
    item = parse_one(name)
    assert "no body text found" not in item.warnings
    assert item.image is not None


# --- variants of the pages above ----------------------------------------------------

VENLO_TEXT = (REAL / "krefeld_venlo_ctrl_a.txt").read_text("utf-8")
VENLO_TEASERS = [
    "Jubiläumskonzert in der Venloer Kirche",
    "Schüleraustausch mit dem Blariacumcollege",
    "Gemeinsamer Stand auf der Floriade",
]


@pytest.mark.parametrize(
    "heading",
    [
        "Das sind Krefelds Partnerstädte",
        "Partnerstädte",
        "Städtepartnerschaften",
        "Unsere Partnerstädte im Überblick",
        "Krefeld international",
    ],
)
@pytest.mark.parametrize("with_teasers", [True, False])
def test_the_list_of_all_partner_cities_is_neither_body_nor_teasers(
    heading: str, with_teasers: bool
) -> None:
    text = VENLO_TEXT.replace("Das sind Krefelds Partnerstädte", heading)
    if not with_teasers:
        start = text.index("Nachrichten aus dem Pressearchiv")
        text = text[:start] + text[text.index(heading, start) :]
    item = parse_text_extract(text, "venlo.txt", "venlo.txt")
    assert isinstance(item, ParsedItem)
    assert [entry.title for entry in item.related] == (VENLO_TEASERS if with_teasers else [])
    assert item.blocks[-1].text.startswith("Die Route führt")
    assert LINKER.link(item).partner_cities == ["Venlo"]


def test_a_partner_city_link_list_inside_the_html_article_is_dropped() -> None:
    data = (REAL / "gsb_sitepark.html").read_bytes()
    data = data.replace(
        b'<div class="socialBookmarks">',
        "<h2>Krefeld international</h2><ul><li><a href='/venlo'>Venlo</a></li>"
        "<li><a href='/leicester'>Leicester</a></li><li><a href='/dk'>Dünkirchen</a></li>"
        "<li><a href='/kayseri'>Kayseri</a></li></ul><div class='socialBookmarks'>".encode(),
    )
    [item] = list(parse_bytes_items(data, "gsb.html"))
    assert isinstance(item, ParsedItem)
    assert item.headings == ["Radtour zur Grenze"]
    assert item.blocks[-1].text.startswith("Für Kinder gibt es")
    assert LINKER.link(item).partner_cities == ["Venlo"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Fr., 14.10.2022, 11:30 Uhr", datetime.datetime(2022, 10, 14, 11, 30)),
        ("14.10.2022 | Stadt Krefeld | Internationales", datetime.date(2022, 10, 14)),
        ("Krefeld, den 14. Oktober 2022", datetime.date(2022, 10, 14)),
        ("Pressemitteilung der Stadt Krefeld vom 14.10.2022", datetime.date(2022, 10, 14)),
    ],
)
def test_date_lines_seen_on_city_sites(line: str, expected: datetime.date) -> None:
    text = VENLO_TEXT.replace("Pressemitteilung vom 14. Oktober 2022", line)
    item = parse_text_extract(text, "venlo.txt", "venlo.txt")
    assert isinstance(item, ParsedItem)
    assert item.title == "Venlo und Krefeld planen gemeinsamen Radweg an der Grenze"
    assert item.published == expected


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (  # a longer consent text: more than 200 characters before the article
            "Sie können selbst entscheiden, welche Sie zulassen.",
            "Sie können selbst entscheiden, welche Sie zulassen. Ihre Einwilligung können Sie "
            "jederzeit in den Cookie-Einstellungen am Ende der Seite widerrufen oder anpassen. "
            "Weitere Informationen finden Sie in unserer Datenschutzerklärung.",
        ),
        (  # a service notice in the site's header, above the breadcrumb
            "Startseite > Rathaus",
            "Hinweis: Wegen einer Softwareumstellung sind das Bürgerservice-Center und die "
            "Bezirksverwaltungsstellen am Montag, 17. Oktober, ganztägig geschlossen. "
            "Online-Termine für diesen Tag werden automatisch verschoben.\nStartseite > Rathaus",
        ),
    ],
)
def test_long_header_texts_do_not_hide_the_article_head(old: str, new: str) -> None:
    item = parse_text_extract(VENLO_TEXT.replace(old, new), "venlo.txt", "venlo.txt")
    assert isinstance(item, ParsedItem)
    assert item.title == "Venlo und Krefeld planen gemeinsamen Radweg an der Grenze"
    assert item.published == datetime.date(2022, 10, 14)
    assert item.subtitle == "Ein Förderantrag bei der Euregio ist gestellt"
    assert item.image.credit == "Stadt Krefeld"
    assert item.blocks[0].text.startswith("Die Partnerstädte Krefeld und Venlo")


@pytest.mark.parametrize(
    "sentence",
    [
        "„Der Austausch mit Venlo hat mir sehr gefallen“, sagt Schülerin Charlotte Beispiel.",
        "„Der Austausch mit Venlo hat mir sehr gefallen“, sagt Charlotte Beispiel.",
        "Die Schülerin Charlotte Beispiel aus Krefeld war zwei Wochen in Venlo.",
    ],
)
def test_a_partner_city_as_a_persons_first_name_is_the_person(sentence: str) -> None:
    item = ParsedItem(
        source="x",
        source_id="x",
        title="Austausch mit Venlo",
        published=datetime.date(2023, 5, 1),
        blocks=[Block(kind="paragraph", text=sentence)],
    )
    links = LINKER.link(item)
    assert links.partner_cities == ["Venlo"]
    assert links.people == ["Charlotte Beispiel"]


def test_a_partner_city_section_inside_the_html_article_ends_it() -> None:
    data = (REAL / "drupal_localgov_news.html").read_text("utf-8")
    tiles = "".join(
        f'<div class="tile"><img src="/{city}.jpg" alt=""><p>{city} ({land}), seit {year}</p></div>'
        for city, land, year in (
            ("Venlo", "Niederlande", 1964),
            ("Leicester", "England", 1969),
            ("Dünkirchen", "Frankreich", 1974),
            ("Kayseri", "Türkei", 2012),
        )
    )
    data = data.replace(
        '<div class="field field--name-localgov-news-categories">',
        f"<section><h2>Das sind Krefelds Partnerstädte</h2>{tiles}</section>"
        '<div class="field field--name-localgov-news-categories">',
    )
    [item] = list(parse_bytes_items(data.encode(), "drupal.html"))
    assert isinstance(item, ParsedItem)
    assert item.headings == ["Voneinander lernen"]
    assert item.blocks[-1].text.startswith("Ein erstes Arbeitstreffen")
    assert LINKER.link(item).partner_cities == ["Leiden"]


def test_a_visible_publication_line_beats_generic_date_metadata() -> None:
    data = (REAL / "typo3_txnews_visible_date.html").read_text("utf-8")
    data = data.replace(
        '<meta name="generator" content="TYPO3 CMS">',
        '<meta name="generator" content="TYPO3 CMS"><meta name="date" content="2024-01-10">',
    ).replace(
        '<span class="news-list-date">14.10.2022</span>',
        '<span class="news-list-date">Veröffentlicht am 14.10.2022</span>',
    )
    [item] = list(parse_bytes_items(data.encode(), "typo3.html"))
    assert isinstance(item, ParsedItem)
    assert item.published == datetime.date(2022, 10, 14)


KAYSERI_WEEK = """Startseite > Presse
Veröffentlicht am: 05.03.2023
Kayseri-Woche in der Mediothek
Vom 13. bis 18. März stellt sich die türkische Partnerstadt Kayseri in der Mediothek vor. \
Organisiert wird die Woche vom Integrationsrat gemeinsam mit mehreren Kulturvereinen der Stadt.
Das Programm:
Lesung mit Autorinnen aus Kayseri
Konzert mit traditioneller Musik
Workshop für arabische Kalligrafie
Der Eintritt ist frei. Für den Workshop ist eine Anmeldung erforderlich.
Auch die Stadtbibliothek beteiligt sich
Sie zeigt türkische Kinderbücher, die während der ganzen Woche ausgeliehen werden können.
{tail}"""


@pytest.mark.parametrize(
    ("tail", "last"),
    [
        ("Leben in Krefeld\nRathaus und Politik\nWirtschaft und Arbeit", "Sie zeigt"),
        ("Ort: Mediothek, Theaterplatz 2\nZeit: 13. bis 18. März 2023", "Ort: Mediothek"),
    ],
)
def test_short_lines_without_bullets_are_lists_not_headings(tail: str, last: str) -> None:
    item = parse_text_extract(KAYSERI_WEEK.format(tail=tail), "k.txt", "k.txt")
    assert isinstance(item, ParsedItem)
    assert item.headings == ["Auch die Stadtbibliothek beteiligt sich"]
    assert [block.text for block in item.blocks[1:3]] == [
        "Das Programm:",
        "Lesung mit Autorinnen aus Kayseri\nKonzert mit traditioneller Musik\n"
        "Workshop für arabische Kalligrafie",
    ]
    # A footer menu after the article goes; an info box at its end stays.
    assert item.blocks[-1].text.startswith(last)


@pytest.mark.parametrize(
    ("figcaption", "caption", "credit"),
    [
        ("Gäste im Rathaus. Foto: Stadt Krefeld", "Gäste im Rathaus.", "Stadt Krefeld"),
        ("Gäste im Rathaus (Foto: Stadt Krefeld)", "Gäste im Rathaus", "Stadt Krefeld"),
        ("Gäste im Rathaus | Foto: Stadt Krefeld", "Gäste im Rathaus", "Stadt Krefeld"),
        ("Gäste im Rathaus<br>Foto: Stadt Krefeld", "Gäste im Rathaus", "Stadt Krefeld"),
        ("Foto: Stadt Krefeld<br>Gäste im Rathaus", "Gäste im Rathaus", "Stadt Krefeld"),
        ("Gäste im Rathaus. Bild: Stadt Krefeld", "Gäste im Rathaus.", "Stadt Krefeld"),
        ("Gäste im Rathaus (Archivfoto: Stadt Krefeld)", "Gäste im Rathaus", "Stadt Krefeld"),
        ("Gäste im Rathaus. Fotos: Stadt Krefeld", "Gäste im Rathaus.", "Stadt Krefeld"),
        (
            "Gäste im Rathaus ©Stadt Krefeld/L. Strücken",
            "Gäste im Rathaus",
            "Stadt Krefeld/L. Strücken",
        ),
        (
            'Gäste im Rathaus <span class="copyright">© Stadt Krefeld</span>',
            "Gäste im Rathaus",
            "Stadt Krefeld",
        ),
    ],
)
def test_caption_and_credit_forms_in_figcaptions(
    figcaption: str, caption: str, credit: str
) -> None:
    [block] = blocks_from_html(
        f'<figure><img src="a.jpg"><figcaption>{figcaption}</figcaption></figure>'
    )
    assert (block.caption, block.credit) == (caption, credit)


def test_bold_headings_in_text_broken_with_br_instead_of_paragraphs() -> None:
    blocks = blocks_from_html(
        '<div class="text">Die Delegation aus Venlo kam am Montag ins Rathaus.<br><br>'
        "<b>Besuch im Zoo</b><br>Am Dienstag besuchten die Gäste den Krefelder Zoo.<br><br>"
        "<strong>Abschied</strong><br><br>Zum Abschluss gab es einen Empfang.</div>"
    )
    assert [(block.kind, block.text) for block in blocks] == [
        ("paragraph", "Die Delegation aus Venlo kam am Montag ins Rathaus."),
        ("heading", "Besuch im Zoo"),
        ("paragraph", "Am Dienstag besuchten die Gäste den Krefelder Zoo."),
        ("heading", "Abschied"),
        ("paragraph", "Zum Abschluss gab es einen Empfang."),
    ]


CAPTION = "Der neue Radweg soll Hülser Berg und Venloer Innenstadt verbinden."


@pytest.mark.parametrize(
    ("photo", "caption"),
    [
        ("Foto: Stadt Krefeld", None),
        ("Symbolfoto: Stadt Krefeld", None),
        (f"{CAPTION} (Foto: Stadt Krefeld)", CAPTION),
        (f"{CAPTION} | Foto: Stadt Krefeld", CAPTION),
        (f"Foto: Stadt Krefeld\n{CAPTION}", CAPTION),
    ],
)
def test_lead_photo_forms_under_the_headline(photo: str, caption: str | None) -> None:
    text = VENLO_TEXT.replace(f"{CAPTION[:-1]}.Foto: Stadt Krefeld", photo)
    item = parse_text_extract(text, "venlo.txt", "venlo.txt")
    assert isinstance(item, ParsedItem)
    assert item.title == "Venlo und Krefeld planen gemeinsamen Radweg an der Grenze"
    assert item.subtitle == "Ein Förderantrag bei der Euregio ist gestellt"
    assert (item.image.caption, item.image.credit) == (caption, "Stadt Krefeld")
    assert item.blocks[0].text.startswith("Die Partnerstädte Krefeld und Venlo")
