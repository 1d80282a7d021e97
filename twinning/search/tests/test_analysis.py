"""The German analyser without a database: tokens, queries, compounds, snippets."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from twinning.search.analysis import (
    MAX_TERMS,
    analyse_document,
    analyse_tokens,
    expand_compounds,
    highlight,
    parse_query,
    stem,
)
from twinning.search.tests.corpus import CITY_NAME_GROUPS


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Partnerstädte", "Partnerstadt"),
        ("Museen", "Museum"),
        ("Museen", "Museums"),
        ("Duenkirchen", "Dünkirchen"),
        ("Dunkirchen", "Dünkirchen"),
        ("Strasse", "Straße"),
        ("STRASSE", "straße"),
        ("Schülerinnen", "Schüler"),
        ("Zentren", "Zentrum"),
        ("Studien", "Studium"),
        ("Jubiläen", "Jubiläum"),
        ("Besançon", "Besancon"),
    ],
)
def test_spellings_and_inflections_share_one_token(typed, written):
    assert stem(typed) == stem(written)


def test_stop_words_are_not_indexed():
    assert analyse_tokens("Die Schüler und der Lehrer") == [stem("Schüler"), stem("Lehrer")]


@pytest.mark.parametrize(
    "text", ["Schüler*innen", "Schüler:innen", "SchülerInnen", "Schüler_innen"]
)
def test_gender_forms_index_as_the_base_word(text):
    assert analyse_tokens(text) == [stem("Schüler")]


def test_hyphenated_compound_is_indexed_as_parts_and_joined():
    assert analyse_tokens("Oder-Spree") == [stem("Oder"), stem("Spree"), stem("OderSpree")]


def test_document_tokens_are_plain_letters_and_digits():
    tokens = analyse_document("Am 3. Mai: 50 Jahre Städtepartnerschaft (CO2-neutral) — Ульяновск!")
    assert re.fullmatch(r"[^\W_]+( [^\W_]+)*", tokens)
    assert "ульяновск" in tokens.split()


def test_odd_unicode_folds_to_plain_tokens():
    assert analyse_tokens("İstanbul Ǆemal ﬁnanz Ａｂｃ") == [
        stem("istanbul"),
        stem("dzemal"),
        stem("finanz"),
        "abc",
    ]


def test_long_query_terms_get_a_prefix_alternative():
    query = parse_query("Klimaschutz")
    assert '"klimaschutz"*' in query.to_fts5()
    assert "'klimaschutz':*" in query.to_tsquery()


def test_short_stem_uses_the_typed_word_as_prefix():
    # "Hafen" stems to "haf", far too short a prefix; "hafen*" still finds Hafengebiet.
    assert '"hafen"*' in parse_query("Hafen").to_fts5()


def test_partner_city_names_expand_to_all_exonyms():
    for typed in ("Dunkirk", "Dunkerque", "Dünkirchen", "Duenkirchen"):
        fts = parse_query(typed, CITY_NAME_GROUPS).to_fts5()
        for name in ("Dünkirchen", "Dunkerque", "Dunkirk"):
            assert f'"{stem(name)}"' in fts


def test_multi_word_city_name_is_one_term():
    query = parse_query("Landkreis Oder-Spree Bürgerreise", CITY_NAME_GROUPS)
    assert len(query.terms) == 2


def test_query_keeps_at_most_twelve_terms():
    query = parse_query(" ".join(f"wort{i}" for i in range(100)))
    assert len(query.terms) == MAX_TERMS


@pytest.mark.parametrize(
    "hostile",
    [
        "",
        "   ",
        "!!!???...",
        '"unbalanced',
        "NEAR(a b, 3) AND OR NOT * ^ : {title}",
        "a & b | !c <-> d:* 'e'",
        "'; DROP TABLE search_searchdocument; --",
        ".*(a|b)+[^x]\\",
        "x" * 10_000,
        "wort " * 5_000,
        "\x00\x01\u202e",
    ],
)
def test_hostile_queries_parse_quickly_into_safe_expressions(hostile):
    start = time.perf_counter()
    query = parse_query(hostile, CITY_NAME_GROUPS)
    fts, tsq = query.to_fts5("or"), query.to_tsquery("or")
    assert time.perf_counter() - start < 0.5
    assert re.fullmatch(r'[\w"*() ]*', fts)
    assert re.fullmatch(r"[\w'():*|& ]*", tsq)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.text(max_size=300))
def test_no_operator_of_the_input_reaches_the_expressions(text):
    query = parse_query(text, CITY_NAME_GROUPS)
    for term in query.terms:
        for alt in term.alternatives:
            for token in alt.tokens:
                assert token.isalnum() and 0 < len(token) <= 64
    for mode in ("and", "or"):
        assert re.fullmatch(r'[\w"*() ]*', query.to_fts5(mode))
        assert re.fullmatch(r"[\w'():*|& ]*", query.to_tsquery(mode))


class FakeLexicon:
    def __init__(self, words: dict[str, int]) -> None:
        self.words = words

    def ending_with(self, suffix, limit):
        found = [(w, n) for w, n in self.words.items() if w.endswith(suffix) and w != suffix]
        return sorted(found, key=lambda x: -x[1])[:limit]

    def frequencies(self, words):
        return {w: self.words[w] for w in words if w in self.words}


LEXICON = FakeLexicon(
    {
        stem(w): 3
        for w in [
            "Schülergruppen",
            "Schüler",
            "Gruppe",
            "Städtepartnerschaft",
            "Städte",
            "Partnerschaft",
            "Landkreis",
            "Land",
            "Reise",
            "Austausch",
            "Schüleraustausch",
        ]
    }
)


def test_a_compound_tail_finds_compounds_with_a_real_head():
    fts = expand_compounds(parse_query("Gruppen"), LEXICON).to_fts5()
    assert f'"{stem("Schülergruppen")}"' in fts
    fts = expand_compounds(parse_query("Partnerschaft"), LEXICON).to_fts5()
    assert f'"{stem("Städtepartnerschaft")}"' in fts


def test_a_word_ending_is_no_compound_without_a_head_word():
    # "Landkreis" ends in "reis", but "Landk" is no word.
    fts = expand_compounds(parse_query("Reise"), LEXICON).to_fts5()
    assert stem("Landkreis") not in fts


def test_a_compound_query_is_also_tried_as_head_and_tail():
    fts = expand_compounds(parse_query("Schüleraustausch"), LEXICON).to_fts5()
    assert f'("{stem("Austausch")}" AND "{stem("Schüler")}"*)' in fts


def test_highlight_marks_matched_words_and_escapes_the_rest():
    text = "<b>Die</b> Schülergruppe aus Dunkerque & Gäste besuchten das Museum."
    query = parse_query("Museen Dünkirchen", CITY_NAME_GROUPS)
    snippet = highlight(text, query)
    assert "<mark>Museum</mark>" in snippet
    assert "<mark>Dunkerque</mark>" in snippet
    assert "&lt;b&gt;" in snippet and "&amp;" in snippet
    assert "<b>" not in snippet


def test_highlight_shows_the_passage_with_the_match():
    text = (
        "Einleitung ohne Treffer. " * 30
        + "Hier steht der Klimaschutzkonzept-Beschluss. "
        + ("Schluss. " * 30)
    )
    snippet = highlight(text, parse_query("Klimaschutz"), max_len=120)
    assert "<mark>" in snippet
    assert len(re.sub(r"</?mark>", "", snippet)) <= 120 + 4


def test_highlight_without_match_gives_the_start_of_the_text():
    assert highlight("Kurzer Text.", parse_query("Venlo")) == "Kurzer Text."


class PrefixLexicon(FakeLexicon):
    def starting_with(self, prefix, limit):
        found = [(w, n) for w, n in self.words.items() if w.startswith(prefix)]
        return sorted(found, key=lambda x: -x[1])[:limit]


def test_prefixes_become_the_indexed_words_that_start_with_them():
    from twinning.search.analysis import expand_prefixes

    lexicon = PrefixLexicon({"klimaschutz": 5, "klimaschutzkonzept": 2, "klima": 9})
    query = expand_prefixes(parse_query("Klimaschutz"), lexicon)
    fts = query.to_fts5()
    assert "*" not in fts
    assert '"klimaschutz"' in fts and '"klimaschutzkonzept"' in fts
    assert '"klima"' not in fts


def test_question_words_are_not_search_terms():
    assert [t.text for t in parse_query("Wann ist der Weihnachtsmarkt in Venlo?").terms] == [
        "Weihnachtsmarkt",
        "Venlo",
    ]


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [("partnerstat", "partnerstadt", 1), ("venlo", "venol", 1), ("abc", "abc", 0), ("a", "xyz", 3)],
)
def test_edit_distance_counts_typos(a, b, distance):
    from twinning.search.analysis import edit_distance

    assert edit_distance(a, b, limit=2) == min(distance, 3)
