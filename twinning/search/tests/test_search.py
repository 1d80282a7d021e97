"""Searching the index as the search page and the API do, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from twinning.search import services
from twinning.search.models import SearchDocument, SearchTerm
from twinning.search.selectors import search

pytestmark = pytest.mark.django_db


def day(n: int) -> dt.datetime:
    return dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=n)


def release(object_id: str, title: str, body: str = "", published: int = 0, **extra) -> None:
    services.index_document(
        "press_release",
        object_id,
        url=f"/presse/{object_id}/",
        title=title,
        body=body,
        published=day(published),
        source_id=f"src-{object_id}",
        **extra,
    )


def found(q: str, **kwargs) -> list[str]:
    return [hit.object_id for hit in search(q, **kwargs).results]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Partnerstädte", "Krefeld begrüßt die Partnerstadt."),
        ("Partnerstadt", "Alle Partnerstädte waren vertreten."),
        ("Museen", "Das Museum öffnet am Sonntag."),
        ("Museum", "Die Museen öffnen am Sonntag."),
        ("Duenkirchen", "Gäste aus Dünkirchen sind da."),
        ("Dunkirchen", "Gäste aus Dünkirchen sind da."),
        ("Strasse", "Die Straße wird gesperrt."),
        ("Straße", "Die Strasse wird gesperrt."),
        ("Schüler", "Die Schülergruppen reisen ab."),
        ("Klimaschutz", "Das Klimaschutzkonzept ist beschlossen."),
        ("Gruppen", "Die Schülergruppen aus Venlo reisen ab. Die Gruppe singt."),
        ("Partnerschaft", "Die Städtepartnerschaft wird 50. Die Partnerschaft lebt."),
        ("Schülerinnen", "Die Schüler reisen ab."),
    ],
)
def test_reader_finds_other_forms_of_a_word(query, text):
    release("hit", "Meldung", body=text)
    release("miss", "Haushalt beschlossen", body="Der Rat tagte lange.")
    assert found(query) == ["hit"]


@pytest.mark.parametrize("query", ["Dunkerque", "Dunkirk", "Dünkirchen", "Duenkirchen"])
def test_partner_city_is_found_by_any_of_its_names(city_names, query):
    release("de", "Besuch aus Dünkirchen", published=1)
    release("fr", "Rencontre à Dunkerque", published=2)
    release("en", "Friends from Dunkirk", published=3)
    release("other", "Besuch aus Venlo", published=4)
    assert sorted(found(query)) == ["de", "en", "fr"]


def test_exonyms_come_from_the_records_and_place_data_not_from_code(monkeypatch):
    from twinning.search import selectors, stats

    release("fr", "Rencontre à Dunkerque")
    monkeypatch.setattr(stats, "synonym_groups", lambda: [])
    monkeypatch.setattr(selectors, "place_index", lambda: None)
    assert found("Dünkirchen") == []
    monkeypatch.setattr(stats, "synonym_groups", lambda: [["Dünkirchen", "Dunkerque"]])
    assert found("Dünkirchen") == ["fr"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("Breslau", "Eine Delegation aus Wrocław besucht die Stadt."),
        ("Wroclaw", "Erinnerungen an Breslau und seine Brücken."),
        ("Pressburg", "Jugendorchester aus Bratislava zu Gast."),
        ("Königsberg", "Kulturaustausch mit Kaliningrad beginnt."),
        ("Mailand", "Designwoche in Milano mit Gästen aus der Region."),
        ("Kiew", "Hilfstransport nach Kyjiw ist angekommen."),
        ("Kyjiw", "Spendenaktion für Kiew gestartet."),
        ("Kyiv", "Spendenaktion für Kiew gestartet."),
        ("Lüttich", "Schülerinnen aus Liège zu Gast."),
    ],
)
def test_other_cities_are_found_by_any_spelling_of_their_name(query, text):
    """Not partner cities: GeoNames' alternate names and transliterations (places.py)."""
    release("hit", text, published=1)
    release("other", "Besuch aus Venlo und Leicester", published=2)
    assert found(query) == ["hit"]


def test_the_exact_spelling_ranks_above_another_name_of_the_place():
    release("exact", "Austausch mit Breslau", body="Ein Bericht über die Partnerschaft.")
    release("other", "Austausch mit Wrocław", body="Ein Bericht über die Partnerschaft.")
    assert found("Breslau") == ["exact", "other"]


def test_words_that_name_a_town_somewhere_are_not_read_as_places():
    """ "nach" is an alias of Natchez (Mississippi); a stop word is never a place."""
    release("a", "Reise nach Venlo", published=1)
    release("b", "Natchez am Mississippi", published=2)
    assert found("nach Venlo") == ["a"]


def test_headline_ranks_above_subheading_above_teaser_above_body():
    # The older documents carry the word in the better field: field beats date.
    common = {"title": "Meldung", "subtitle": "Aus dem Rathaus", "teaser": "Kurz notiert."}
    for n, field in enumerate(["title", "subtitle", "teaser", "body"]):
        doc = {**common, "body": "Der Rat tagte."}
        doc[field] = doc[field] + " Weihnachtsmarkt"
        services.index_document("press_release", field, published=day(n), url=f"/{field}/", **doc)
    assert found("Weihnachtsmarkt") == ["title", "subtitle", "teaser", "body"]


@pytest.mark.parametrize("full_rank", [1_000, 2])
def test_all_words_first_whether_few_or_many_match(monkeypatch, full_rank):
    """Few matches of all words are all ranked; more than ``FULL_RANK`` go the cheaper way
    (head fields first). Either way the releases naming every word come first, headline
    matches above body matches, and every match is counted."""
    from twinning.search import backends

    for backend in (backends.SQLiteBackend, backends.PostgresBackend):
        monkeypatch.setattr(backend, "FULL_RANK", full_rank)
    release("title-1", "Jugendaustausch mit Leicester", published=1)
    release("title-2", "Jugendaustausch in Leicester", published=2)
    release("body-1", "Sommerfest", body="Jugendaustausch mit Leicester geplant", published=3)
    release("body-2", "Herbstfest", body="Gäste aus Leicester beim Jugendaustausch", published=4)
    release("one-word", "Leicester feiert", published=5)
    results = search("Jugendaustausch Leicester")
    ids = [hit.object_id for hit in results.results]
    assert ids[:2] == ["title-2", "title-1"]
    assert set(ids[2:4]) == {"body-1", "body-2"}
    assert ids[4:] == ["one-word"]
    assert results.total == 5


def test_newer_release_wins_a_tie():
    release("old", "Weihnachtsmarkt in Venlo", published=1)
    release("new", "Weihnachtsmarkt in Venlo", published=30)
    release("mid", "Weihnachtsmarkt in Venlo", published=10)
    assert found("Weihnachtsmarkt") == ["new", "mid", "old"]


def test_documents_with_all_words_rank_first_but_one_word_is_enough():
    release("both", "Schüleraustausch mit Frankreich", published=1)
    release("one", "Schüleraustausch mit Venlo", published=9)
    release("none", "Haushalt beschlossen", published=10)
    assert found("Schüleraustausch Frankreich") == ["both", "one"]
    assert found("Schüleraustausch Kanada") == ["one", "both"]


def test_result_shows_date_partner_cities_and_highlighted_snippet():
    release(
        "r1",
        "Besuch",
        body="Die Delegation besuchte das <Museum> & den Hafen.",
        published=5,
        partner_cities=["Dünkirchen", "Venlo"],
    )
    results = search("Museen")
    hit = results.results[0]
    assert results.total == 1
    assert hit.published == day(5)
    assert hit.partner_cities == ["Dünkirchen", "Venlo"]
    assert hit.url == "/presse/r1/" and hit.source_id == "src-r1" and hit.kind == "press_release"
    assert "&lt;<mark>Museum</mark>&gt; &amp; den Hafen" in hit.snippet


def test_partner_cities_of_a_release_are_searchable():
    release("r1", "Bürgerfest", body="Gäste aus vielen Städten.", partner_cities=["Kayseri"])
    assert found("Kayseri") == ["r1"]


def test_only_live_documents_are_found():
    release("live", "Weihnachtsmarkt")
    release("draft", "Weihnachtsmarkt", live=False)
    assert found("Weihnachtsmarkt") == ["live"]
    SearchDocument.objects.filter(object_id="live").update(live=False)
    assert found("Weihnachtsmarkt") == []


def test_reindexing_replaces_and_removing_deletes():
    release("r1", "Weihnachtsmarkt")
    release("r1", "Osterfeuer")
    assert found("Weihnachtsmarkt") == [] and found("Osterfeuer") == ["r1"]
    services.remove_document("press_release", "r1")
    services.remove_document("press_release", "unknown")
    assert found("Osterfeuer") == []
    assert not SearchTerm.objects.filter(df__gt=0).exists()


def test_kinds_filter_and_all_kinds():
    release("r1", "Venlo feiert")
    services.index_document("partner_city", "c1", title="Venlo", url="/partnerstaedte/venlo/")
    services.index_document("event", "e1", title="Fahrt nach Venlo", url="/termine/e1/")
    assert sorted(found("Venlo")) == ["c1", "e1", "r1"]
    assert found("Venlo", kinds=["partner_city"]) == ["c1"]
    assert found("Venlo", kinds=["event", "press_release"]) in (["r1", "e1"], ["e1", "r1"])


def test_pages_do_not_overlap_and_total_counts_all_matches():
    services.index_many(
        {
            "kind": "press_release",
            "object_id": f"r{i}",
            "title": f"Weihnachtsmarkt Nummer {i}",
            "body": "Glühwein " * (i % 7),
            "published": day(i),
        }
        for i in range(95)
    )
    seen = []
    for page in range(10):
        result = search("Weihnachtsmarkt", limit=10, offset=page * 10)
        assert result.total == 95
        seen += [h.object_id for h in result.results]
    assert len(seen) == 95 and len(set(seen)) == 95


@pytest.mark.parametrize(
    "hostile",
    [
        "",
        "   ",
        "!!!",
        "...,;:-–—",
        '"Weihnachtsmarkt',
        'Weihnachtsmarkt"',
        "NEAR(Weihnachtsmarkt Venlo)",
        "Weihnachtsmarkt AND OR NOT",
        "Weihnachtsmarkt*",
        "^Weihnachtsmarkt",
        "title:Weihnachtsmarkt",
        "{title}: Weihnachtsmarkt",
        "Weihnachts & markt | !Venlo <-> x:*",
        "'; DROP TABLE search_searchdocument; --",
        "%_%\\",
        ".*(a|b)+[^x]",
        "x" * 10_000,
        "Weihnachtsmarkt " * 2_000,
        "\x00",
        "-",
        "*",
        ":*",
    ],
)
def test_hostile_queries_return_normally_and_quickly(hostile):
    release("r1", "Weihnachtsmarkt in Venlo")
    start = time.perf_counter()
    result = search(hostile)
    assert time.perf_counter() - start < 1.0
    assert result.total == len(result.results)
    assert SearchDocument.objects.count() == 1


def test_odd_arguments_are_clamped():
    release("r1", "Weihnachtsmarkt")
    assert found("Weihnachtsmarkt", limit=0) == ["r1"]
    assert found("Weihnachtsmarkt", limit=10**9, offset=-5) == ["r1"]
    assert found("Weihnachtsmarkt", kinds=["nonsense"]) == ["r1"]


def test_rebuild_reindexes_from_providers_and_drops_stale_documents(monkeypatch):
    release("stale", "Weihnachtsmarkt")
    # The project's own provider for releases comes back after the test.
    monkeypatch.setitem(
        services._providers,
        "press_release",
        lambda: [{"object_id": "fresh", "title": "Weihnachtsmarkt", "url": "/fresh/"}],
    )
    assert services.rebuild(["press_release"]) == 1
    assert found("Weihnachtsmarkt") == ["fresh"]


def test_the_word_itself_ranks_above_longer_words_starting_with_it():
    release("compound", "Klimaschutzkonzept beschlossen", published=9)
    release("word", "Klimaschutz beschlossen", published=1)
    assert found("Klimaschutz") == ["word", "compound"]


def test_a_city_named_in_a_query_finds_its_adjective_and_compounds():
    release("adj", "Venloer Weihnachtsmarkt öffnet")
    assert found("Venlo") == ["adj"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Partnerstat", ["r1"]), ("Weihnachtsmrakt", ["r2"]), ("Leicster", ["r3"])],
)
def test_a_misspelt_word_finds_the_word_meant(city_names, typed, expected):
    release("r1", "Neue Partnerstadt")
    release("r2", "Weihnachtsmarkt öffnet")
    release("r3", "Chor reist nach Leicester")
    assert found(typed) == expected


def test_a_correctly_spelt_word_is_not_corrected():
    release("r1", "Leiden feiert")
    release("r2", "Die Leiter der Schulen")
    assert found("Leiter") == ["r2"]


def test_dates_may_be_given_as_dates_strings_or_naive_datetimes():
    services.index_document("event", "e1", title="Weihnachtsmarkt", published=dt.date(2024, 12, 1))
    services.index_document("event", "e2", title="Weihnachtsmarkt", published="2024-12-02")
    services.index_document(
        "event", "e3", title="Weihnachtsmarkt", published=dt.datetime(2024, 12, 3, 10)
    )
    hits = search("Weihnachtsmarkt").results
    assert [h.object_id for h in hits] == ["e3", "e2", "e1"]
    assert all(h.published.tzinfo is not None for h in hits)


def test_search_stays_fast_on_a_few_thousand_releases():
    words = [
        "Partnerstadt",
        "Venlo",
        "Schüleraustausch",
        "Klimaschutz",
        "Museum",
        "Jubiläum",
        "Konzert",
        "Rathaus",
    ]
    start = time.perf_counter()
    count = services.index_many(
        {
            "kind": "press_release",
            "object_id": f"r{i}",
            "title": f"{words[i % 8]} und {words[(i * 3) % 8]} Nummer {i}",
            "body": " ".join(words[(i + k) % 8] for k in range(60)),
            "published": day(i % 700),
        }
        for i in range(3000)
    )
    assert count == 3000
    assert time.perf_counter() - start < 20
    timings = []
    for q in ["Partnerstädte", "Schüler", "Klimaschutz Venlo", "Museen Jubiläum Konzert", "Stadt"]:
        for _ in range(3):
            start = time.perf_counter()
            search(q)
            timings.append(time.perf_counter() - start)
    timings.sort()
    assert timings[int(len(timings) * 0.95) - 1] < 0.25


def test_the_year_of_publication_is_searchable():
    services.index_document(
        "press_release", "old", title="Weihnachtsmarkt", published=dt.datetime(2019, 12, 1)
    )
    services.index_document(
        "press_release", "new", title="Weihnachtsmarkt", published=dt.datetime(2023, 12, 1)
    )
    assert found("Weihnachtsmarkt 2019") == ["old", "new"]


@pytest.mark.parametrize("query", ["Dünkirchen", "Dunkerque", "duenkirchen"])
def test_a_query_naming_a_partner_city_ranks_its_page_above_the_releases(city_names, query):
    for n in range(8):
        release(f"r{n}", f"Schülergruppen aus Dünkirchen zu Gast ({n})", body="Dünkirchen " * 5)
    services.index_document(
        "partner_city",
        "city",
        title="Dünkirchen",
        subtitle="Dunkerque, Dunkirk",
        url="/partnerstaedte/duenkirchen/",
        body="Hafenstadt an der Nordsee.",
    )
    assert found(query)[0] == "city"


def test_an_event_named_by_the_query_comes_first_and_a_page_named_otherwise_does_not():
    release("r1", "Konzert der Musikschule", body="Das Konzert der Musikschule war voll.")
    release("r2", "Musikschule sucht Gastfamilien", body="Konzert und Musikschule.")
    services.index_document(
        "event", "e1", title="Konzert der Musikschule", url="/termine/konzert/", body="Im Saal."
    )
    services.index_document(
        "event",
        "e2",
        title="Sommerfest",
        url="/termine/sommerfest/",
        body="Konzert der Musikschule.",
    )
    assert found("Konzert der Musikschule")[0] == "e1"
    assert found("Konzert der Musikschule").index("e2") > 0


@pytest.mark.parametrize(
    ("query", "exact", "apart"),
    [
        ("Radtour", "Radtour an die Maas", "Eine Tour mit dem Rad an die Maas"),
        (
            "Jugendbegegnung",
            "Jugendbegegnung in Venlo",
            "Begegnung der Jugendlichen aus beiden Städten",
        ),
        ("Schüleraustausch", "Schüleraustausch mit Leiden", "Austausch der Schüler mit Leiden"),
    ],
)
def test_a_compound_also_finds_its_parts_apart_ranked_below_itself(query, exact, apart):
    release("apart", apart, published=2)
    release("exact", exact, published=1)
    release("other", "Haushalt beschlossen", published=3)
    assert found(query) == ["exact", "apart"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Partnerstadr", ["p"]),
        ("Leicster", ["l"]),
        ("Dünkrichen", ["d"]),
        ("Jugendbegenung", ["j"]),
    ],
)
def test_typos_are_read_as_the_indexed_word_they_most_resemble(city_names, query, expected):
    release("p", "Neue Partnerstadt gesucht", published=1)
    release("l", "Chor aus Leicester zu Gast", published=2)
    release("d", "Besuch aus Dünkirchen", published=3)
    release("j", "Jugendbegegnung im Sommer", published=4)
    assert found(query) == expected


def test_a_typo_correction_never_hides_an_exact_match(city_names):
    release("exact", "Der Leicster Weg", published=1)
    release("city", "Chor aus Leicester", published=2)
    assert found("Leicster")[0] == "exact"
