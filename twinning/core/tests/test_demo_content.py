"""Checks that the demo content hangs together and its images draw, without Django.

The loaders trust this data; a dangling slug or an event that ends before it starts should
fail here, in a fraction of a second, rather than halfway through `make run`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from zoneinfo import ZoneInfo

import pytest
from PIL import Image

from twinning.core.demo import content
from twinning.core.demo.images import MAX_BYTES, MOTIFS, generate_image, generate_portrait

TODAY = dt.date(2026, 11, 25)
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
BLOCK_KINDS = {"paragraph", "heading", "quote", "image"}
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
WEEKDAY_DATE = re.compile(r"(" + "|".join(WEEKDAYS) + r"), (\d{1,2})\. (" + "|".join(MONTHS) + r")")

CITIES = {c["slug"]: c for c in content.PARTNER_CITIES}
TOPICS = {t["slug"]: t for t in content.TOPICS}
ORGS = {o["slug"]: o for o in content.ORGANISATIONS}
PEOPLE = {p["slug"]: p for p in content.PEOPLE}
RELEASES = {r["slug"]: r for r in content.PRESS_RELEASES}
EXCHANGES = {e["slug"]: e for e in content.EXCHANGES}


def _datetime(value: str, timezone: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=ZoneInfo(timezone))


def _paragraphs(release: dict) -> list[str]:
    return [block[1] for block in release["body"] if block[0] == "paragraph"]


def test_module_defines_exactly_the_agreed_constants():
    public = {name for name in vars(content) if name.isupper()}
    assert public == {
        "CITY",
        "PARTNER_CITIES",
        "TOPICS",
        "ORGANISATIONS",
        "PEOPLE",
        "ASSOCIATIONS",
        "PRESS_RELEASES",
        "EXCHANGES",
        "EVENTS",
    }


@pytest.mark.parametrize(
    "records",
    [
        content.PARTNER_CITIES,
        content.TOPICS,
        content.ORGANISATIONS,
        content.PEOPLE,
        content.ASSOCIATIONS,
        content.PRESS_RELEASES,
        content.EXCHANGES,
        content.EVENTS,
    ],
)
def test_slugs_are_unique_and_url_safe(records):
    slugs = [record["slug"] for record in records]
    assert len(slugs) == len(set(slugs))
    assert all(SLUG.match(slug) for slug in slugs), slugs


def test_city_contact_data_is_clearly_for_demo_use():
    assert content.CITY["name"] == "Krefeld"
    for key in ("press_office_email", "international_office_email"):
        assert content.CITY[key].endswith((".example", "example.org"))
    assert "555" in content.CITY["phone"]


def test_all_ten_partner_cities_are_described():
    assert set(CITIES) == {
        "venlo",
        "leicester",
        "duenkirchen",
        "leiden",
        "charlotte",
        "landkreis-oder-spree",
        "uljanowsk",
        "kayseri",
        "xuzhou",
        "hangzhou",
    }
    years = {slug: city["began_year"] for slug, city in CITIES.items()}
    assert years["venlo"] == 1964
    assert years["leicester"] == 1969
    assert years["duenkirchen"] == years["leiden"] == 1974
    assert years["charlotte"] == 1986
    assert years["landkreis-oder-spree"] == 1990
    assert years["uljanowsk"] == 1993
    assert years["kayseri"] == 2008


@pytest.mark.parametrize("city", content.PARTNER_CITIES, ids=lambda c: c["slug"])
def test_partner_city_record_is_complete_and_consistent(city):
    assert city["partnership_type"] in {
        "staedtepartnerschaft",
        "freundschaft",
        "projektpartnerschaft",
    }
    if city["partnership_type"] == "staedtepartnerschaft":
        assert isinstance(city["began_year"], int)
    if city["began_on"] is not None:
        assert dt.date.fromisoformat(city["began_on"]).year == city["began_year"]
    assert city["status"] in {"active", "suspended", "ended"}
    if city["status"] != "active":
        assert city["status_reason"].strip()
        assert dt.date.fromisoformat(city["status_since"]) <= TODAY
    ZoneInfo(city["timezone"])
    assert -90 <= city["latitude"] <= 90 and -180 <= city["longitude"] <= 180
    assert re.fullmatch(r"[A-Z]{2}", city["country_code"])
    assert city["languages"] and all(isinstance(lang, str) for lang in city["languages"])
    assert isinstance(city["exonyms"], list)
    assert city["wikidata_id"] == "" or re.fullmatch(r"Q\d+", city["wikidata_id"])
    assert city["population"] is None or city["population"] > 0
    assert city["intro"].endswith(".")
    assert not re.search(r"[.!?]\s+[A-ZÄÖÜ]", city["intro"]), "intro is one sentence"
    assert 2 <= len(city["description"]) <= 3


def test_partnership_with_uljanowsk_rests_since_may_2022():
    city = CITIES["uljanowsk"]
    assert city["status"] == "suspended"
    assert city["status_since"].startswith("2022-05")
    assert "Ukraine" in city["status_reason"]
    assert all(c["status"] == "active" for slug, c in CITIES.items() if slug != "uljanowsk")


def test_cities_are_found_by_their_other_names():
    assert {"Dunkerque", "Dunkirk", "Duinkerke"} <= set(CITIES["duenkirchen"]["exonyms"])
    assert "Leyde" in CITIES["leiden"]["exonyms"]
    assert {"Ulyanovsk", "Simbirsk"} <= set(CITIES["uljanowsk"]["exonyms"])
    assert CITIES["duenkirchen"]["local_name"] == "Dunkerque"
    assert CITIES["uljanowsk"]["local_name"] == "Ульяновск"
    assert CITIES["charlotte"]["timezone"] == "America/New_York"


def test_topics_cover_the_agreed_themes_with_keywords():
    names = {t["name"] for t in content.TOPICS}
    assert names == {
        "Nachhaltigkeit",
        "Klimaschutz",
        "Mobilität",
        "Schule",
        "Hochschule",
        "Wirtschaft",
        "Kultur",
        "Smart City",
        "Jugend",
        "Sport",
        "Verwaltung",
    }
    assert all(t["keywords"] for t in content.TOPICS)
    assert {"Fahrrad", "Radverkehr"} <= set(TOPICS["mobilitaet"]["keywords"])


def test_people_belong_to_known_organisations():
    for person in content.PEOPLE:
        assert person["organisation"] is None or person["organisation"] in ORGS
        assert person["name"].strip() and person["role"].strip()
    assert PEOPLE["frank-meyer"]["role"] == "Oberbürgermeister der Stadt Krefeld"


def test_every_active_partner_city_has_an_association():
    for association in content.ASSOCIATIONS:
        assert association["partner_city"] in CITIES
        assert association["kind"] in {"freundeskreis", "sister_cities", "verein", "schule"}
        assert association["email"].endswith("example.org")
    served = {a["partner_city"] for a in content.ASSOCIATIONS}
    for slug, city in CITIES.items():
        if city["status"] == "active" and city["partnership_type"] == "staedtepartnerschaft":
            assert slug in served, slug


def test_there_are_enough_press_releases_and_about_a_third_rely_on_the_body_for_a_teaser():
    assert len(content.PRESS_RELEASES) >= 12
    empty = sum(1 for r in content.PRESS_RELEASES if not r["teaser"])
    assert 0.25 <= empty / len(content.PRESS_RELEASES) <= 0.45
    titles = [r["title"] for r in content.PRESS_RELEASES]
    assert len(titles) == len(set(titles))


def test_every_photo_has_its_own_caption():
    """The loader finds an existing image by its caption, so a repeated caption would reuse it."""
    captions = [r["image"]["caption"] for r in content.PRESS_RELEASES]
    captions += [b[1] for r in content.PRESS_RELEASES for b in r["body"] if b[0] == "image"]
    assert len({c[:100] for c in captions}) == len(captions)


@pytest.mark.parametrize("release", content.PRESS_RELEASES, ids=lambda r: r["slug"])
def test_press_release_is_well_formed(release):
    published = dt.datetime.fromisoformat(release["published"])
    assert dt.datetime(2019, 1, 1) <= published <= dt.datetime(2026, 11, 20, 23, 59)
    assert release["title"].strip() and release["subtitle"].strip()

    image = release["image"]
    assert image["caption"].strip() and image["credit"].strip() and image["alt"].strip()
    assert image["motif"] in MOTIFS
    assert len(image["palette"]) == 3 and all(HEX.match(c) for c in image["palette"])

    kinds = [block[0] for block in release["body"]]
    assert set(kinds) <= BLOCK_KINDS
    assert 4 <= kinds.count("paragraph") <= 8
    assert 1 <= kinds.count("heading") <= 2
    assert kinds.count("quote") >= 1
    assert kinds[0] == "paragraph"

    for block in release["body"]:
        if block[0] in ("paragraph", "heading"):
            assert len(block) == 2 and block[1].strip()
        elif block[0] == "quote":
            assert len(block) == 3 and block[1].strip() and block[2].strip()
        else:
            _, caption, credit, alt, motif = block
            assert caption.strip() and credit.strip() and alt.strip()
            assert motif in MOTIFS

    for ref, known in (
        ("partner_cities", CITIES),
        ("topics", TOPICS),
        ("people", PEOPLE),
        ("organisations", ORGS),
    ):
        assert set(release[ref]) <= set(known), (ref, set(release[ref]) - set(known))
    assert release["topics"]


@pytest.mark.parametrize("release", content.PRESS_RELEASES, ids=lambda r: r["slug"])
def test_quoted_speakers_are_known_and_named_in_the_text(release):
    names = {p["name"]: slug for slug, p in PEOPLE.items()}
    prose = " ".join(_paragraphs(release))
    for block in release["body"]:
        if block[0] != "quote":
            continue
        speaker = block[2]
        assert speaker in names, speaker
        assert names[speaker] in release["people"]
        assert speaker.split()[-1] in prose, f"{speaker} is not named in the prose"


@pytest.mark.parametrize("release", content.PRESS_RELEASES, ids=lambda r: r["slug"])
def test_weekdays_in_the_text_match_their_dates(release):
    published = dt.datetime.fromisoformat(release["published"]).date()
    for weekday, day, month in WEEKDAY_DATE.findall(" ".join(_paragraphs(release))):
        candidates = [
            dt.date(year, MONTHS.index(month) + 1, int(day))
            for year in (published.year - 1, published.year, published.year + 1)
        ]
        nearest = min(candidates, key=lambda d: abs(d - published))
        assert WEEKDAYS[nearest.weekday()] == weekday, f"{weekday}, {day}. {month}"


def test_the_releases_cover_the_agreed_stories():
    by_city = {
        slug: [r for r in content.PRESS_RELEASES if slug in r["partner_cities"]] for slug in CITIES
    }
    assert any("Botschaft" in r["subtitle"] for r in by_city["charlotte"])
    assert any("mobilitaet" in r["topics"] for r in by_city["charlotte"])
    assert any("Klimaschutzkonzept" in " ".join(_paragraphs(r)) for r in by_city["venlo"])
    assert any("hochschule" in r["topics"] for r in by_city["leicester"])
    assert any("schule" in r["topics"] for r in by_city["duenkirchen"])
    assert any("wirtschaft" in r["topics"] for r in by_city["kayseri"])
    assert by_city["uljanowsk"] and by_city["leiden"] and by_city["landkreis-oder-spree"]
    assert any("sport" in r["topics"] for r in content.PRESS_RELEASES)
    assert any("deutscher-staedtetag" in r["organisations"] for r in content.PRESS_RELEASES)


@pytest.mark.parametrize("exchange", content.EXCHANGES, ids=lambda e: e["slug"])
def test_exchange_is_well_formed(exchange):
    assert exchange["kind"] in {
        "delegation",
        "school",
        "youth",
        "citizens",
        "conference",
        "culture",
    }
    assert exchange["direction"] in {"outgoing", "incoming"}
    starts = dt.date.fromisoformat(exchange["starts_on"])
    ends = dt.date.fromisoformat(exchange["ends_on"])
    assert starts <= ends
    assert exchange["partner_cities"] and set(exchange["partner_cities"]) <= set(CITIES)
    assert set(exchange["topics"]) <= set(TOPICS)
    assert exchange["funding"].strip() and exchange["description"].strip()

    assert exchange["participants"]
    for group in exchange["participants"]:
        assert re.fullmatch(r"[A-Z]{2}", group["country_code"])
        assert group["group"] in {
            "pupils",
            "teachers",
            "officials",
            "citizens",
            "experts",
            "artists",
            "youth",
        }
        assert isinstance(group["count"], int) and group["count"] > 0

    for item in exchange["programme"]:
        start = _datetime(item["start"], item["timezone"])
        end = _datetime(item["end"], item["timezone"])
        assert start < end, item["title"]
        assert starts <= start.date() and end.date() <= ends, item["title"]
        assert item["place"].strip()

    assert exchange["press_releases"]
    for slug in exchange["press_releases"]:
        assert slug in RELEASES
        assert set(RELEASES[slug]["partner_cities"]) & set(exchange["partner_cities"])


def test_the_exchanges_match_the_press_releases():
    assert len(content.EXCHANGES) >= 6
    trip = next(
        e for e in content.EXCHANGES if e["kind"] == "conference" and e["direction"] == "outgoing"
    )
    assert "charlotte" in trip["partner_cities"]
    assert any("Botschaft" in item["title"] for item in trip["programme"])
    assert len({item["start"][:10] for item in trip["programme"]}) >= 5
    kinds = {(e["kind"], tuple(e["partner_cities"])) for e in content.EXCHANGES}
    assert ("school", ("duenkirchen",)) in kinds
    assert ("delegation", ("duenkirchen",)) in kinds
    assert ("delegation", ("charlotte",)) in kinds
    assert ("culture", ("venlo",)) in kinds
    assert any(
        "leicester" in e["partner_cities"] and "hochschule" in e["topics"]
        for e in content.EXCHANGES
    )


@pytest.mark.parametrize("event", content.EVENTS, ids=lambda e: e["slug"])
def test_event_ends_after_it_starts_and_references_resolve(event):
    start = _datetime(event["start"], event["timezone"])
    end = _datetime(event["end"], event["timezone"])
    assert start < end
    assert event["place"].strip() and event["address"].strip()
    assert event["partner_cities"] and set(event["partner_cities"]) <= set(CITIES)
    assert event["exchange"] is None or event["exchange"] in EXCHANGES
    assert event["description"] and all(p.strip() for p in event["description"])


def test_events_include_coming_ones_and_past_ones_from_exchanges():
    assert len(content.EVENTS) >= 8
    starts = [dt.datetime.fromisoformat(e["start"]).date() for e in content.EVENTS]
    coming = [d for d in starts if d > TODAY]
    assert len(coming) >= 5
    assert all(dt.date(2026, 12, 1) <= d <= dt.date(2027, 10, 31) for d in coming)
    past_linked = [
        e for e, d in zip(content.EVENTS, starts, strict=True) if d <= TODAY and e["exchange"]
    ]
    assert len(past_linked) >= 2
    assert any(
        "charlotte" in e["partner_cities"] and e["timezone"] == "America/New_York"
        for e in content.EVENTS
    )


def _jpeg(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    assert image.format == "JPEG"
    return image


@pytest.mark.parametrize("motif", MOTIFS)
def test_every_motif_draws_a_jpeg_of_the_requested_size(motif):
    data = generate_image(
        motif, ["#1d4e89", "#f2a541", "#e85d4a"], seed="test", width=640, height=420
    )
    assert _jpeg(data).size == (640, 420)
    assert len(data) <= MAX_BYTES


def test_default_size_images_stay_within_the_size_budget():
    for release in content.PRESS_RELEASES[:4]:
        image = release["image"]
        data = generate_image(image["motif"], image["palette"], seed=release["slug"])
        assert _jpeg(data).size == (1200, 800)
        assert len(data) <= MAX_BYTES


def test_images_are_deterministic_for_a_seed_and_vary_between_seeds():
    palette = ["#2a9d8f", "#e9c46a", "#e76f51"]
    first = generate_image("skyline", palette, seed="a", width=300, height=200)
    assert first == generate_image("skyline", palette, seed="a", width=300, height=200)
    assert first != generate_image("skyline", palette, seed="b", width=300, height=200)


def test_unknown_motif_is_rejected():
    with pytest.raises(ValueError):
        generate_image("volcano", ["#000000", "#ffffff", "#ff0000"], seed="x")


def test_partner_city_portraits_are_jpegs_and_deterministic():
    data = generate_portrait("venlo", width=600, height=400)
    assert _jpeg(data).size == (600, 400)
    assert data == generate_portrait("venlo", width=600, height=400)
    assert len(generate_portrait("leiden")) <= MAX_BYTES
