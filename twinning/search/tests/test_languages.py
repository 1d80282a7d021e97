"""Searching a multilingual site: each reader finds the documents of their own language,
analysed as that language writes, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation
from lxml import html

from twinning.search import backends, services
from twinning.search.analysis import analyse_tokens, analyser, parse_query
from twinning.search.models import SearchDocument, SearchTerm
from twinning.search.selectors import search

pytestmark = pytest.mark.django_db


def doc(object_id: str, language: str | None, title: str, body: str = "", **extra) -> None:
    values = {
        "kind": "press_release",
        "object_id": object_id,
        "url": f"/{language or 'de'}/presse/{object_id}/",
        "title": title,
        "body": body,
        "published": dt.datetime(2024, 5, 1, tzinfo=dt.UTC) + dt.timedelta(days=int(object_id)),
        **extra,
    }
    if language is not None:
        values["language"] = language
    services.index_many([values])


def found(q: str, language: str | None = None, **kwargs) -> list[str]:
    return [hit.object_id for hit in search(q, language=language, **kwargs).results]


@pytest.fixture
def page_pair():
    """One release in German and its English translation (a page of its own, its own id)."""
    doc(
        "1",
        "de",
        "Jugendaustausch mit Charlotte",
        "Zwanzig Jugendliche aus Charlotte sind zu Gast.",
    )
    doc("2", "en", "Youth exchange with Charlotte", "Twenty young people from Charlotte visit us.")


def test_an_english_query_finds_the_english_page_not_its_german_original(page_pair):
    assert found("youth exchange", "en") == ["2"]
    assert found("Charlotte", "en") == ["2"]
    assert found("Charlotte", "de") == ["1"]
    assert found("Jugendaustausch", "en") == []


def test_the_active_language_is_the_default(page_pair):
    with translation.override("en"):
        assert found("Charlotte") == ["2"]
    with translation.override("en-gb"):
        assert found("Charlotte") == ["2"]
    with translation.override("de"):
        assert found("Charlotte") == ["1"]
    with translation.override(None):  # no language active: German, the site's language
        assert found("Charlotte") == ["1"]


def test_a_document_without_a_language_is_german():
    doc("1", None, "Weihnachtsmarkt in Venlo")
    assert SearchDocument.objects.get().language == "de"
    assert found("Weihnachtsmärkte", "de") == ["1"]
    assert found("Weihnachtsmarkt", "en") == []


def test_hits_say_their_language(page_pair):
    result = search("Charlotte", language="en-US")
    assert result.language == "en"
    assert [hit.language for hit in result.results] == ["en"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("échanges", "L'échange des élèves avec Dunkerque continue."),
        ("l'échange", "Les échanges scolaires reprennent."),
        ("echange", "L’échange des jeunes."),  # typographic apostrophe
        ("jumelage", "Les jumelages de la ville fêtent leur anniversaire."),
        ("jumelages", "Cinquante ans de jumelage."),
        ("eleves", "Quarante élèves sont arrivés."),
        ("élèves", "Quarante eleves sont arrivés."),
        ("cafe", "Le café des langues ouvre ses portes."),
        ("DUNKERQUE", "Une délégation de Dunkerque."),
        ("délégations", "Une délégation de Dunkerque."),
        ("partenariat climatique", "Le partenariat pour le climat avec Kayseri."),
    ],
)
def test_french_stemming_folding_and_elisions(query, text):
    doc("1", "fr", "Communiqué", text)
    doc("2", "fr", "Budget adopté", "Le conseil municipal a voté le budget.")
    assert found(query, "fr") == ["1"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("exchanges", "The exchange of pupils with Dunkirk goes on."),
        ("Charlotte's", "Visitors from Charlotte arrived."),
        ("Charlotte", "Charlotte's mayor visited the town hall."),
        ("tournaments", "A football tournament for young players."),
        ("cafe", "The language café opens on Friday."),
        ("partnerships", "The climate partnership with Kayseri."),
    ],
)
def test_english_stemming_folding_and_possessives(query, text):
    doc("1", "en", "News", text)
    doc("2", "en", "Budget adopted", "The council passed the budget.")
    assert found(query, "en") == ["1"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("stedenbanden", "De stedenband met Krefeld bestaat vijftig jaar."),
        ("stedenband", "Alle stedenbanden van de gemeente."),
        ("België", "Leerlingen uit Belgie op bezoek."),
        ("uitwisseling", "De jongerenuitwisseling met Venlo. Jongeren uit beide steden."),
    ],
)
def test_dutch_stemming_folding_and_compounds(query, text):
    doc("1", "nl", "Nieuws", text)
    doc("2", "nl", "Begroting vastgesteld", "De gemeenteraad heeft de begroting vastgesteld.")
    assert found(query, "nl") == ["1"]


def test_stop_words_of_each_language_are_not_searched():
    doc("1", "en", "The twin towns of Krefeld")
    doc("2", "fr", "Les villes jumelles de Krefeld")
    assert [t.text for t in parse_query("the twin towns", language="en").terms] == ["twin", "towns"]
    assert [t.text for t in parse_query("les villes", language="fr").terms] == ["villes"]
    assert found("the", "en") == [] and found("les", "fr") == []


def test_a_french_snippet_marks_the_word_after_the_elision():
    doc("1", "fr", "Communiqué", "Les familles d'accueil préparent l'échange des élèves.")
    [hit] = search("échanges", language="fr").results
    assert "l&#x27;<mark>échange</mark> des élèves" in hit.snippet


def test_german_analysis_is_untouched_by_the_other_languages():
    assert analyser("de").analyse_document is not None
    assert analyse_tokens("Die Schüler*innen der Partnerstädte") == ["schul", "partnerstadt"]
    assert analyser("de").analyse_tokens("Museen") == analyse_tokens("Museum")


def test_gender_forms_and_latin_plurals_stay_german():
    # Harmless elsewhere, but not what English or French write.
    assert analyser("en").analyse_tokens("museums") == ["museum"]
    assert analyser("fr").analyse_tokens("Lehrer*innen") == ["lehr", "innen"]


@pytest.mark.parametrize("language", ["pl", "it", "xx"])
def test_a_language_without_documents_finds_nothing(page_pair, language):
    result = search("Charlotte", language=language)
    assert result.total == 0 and result.results == []


@pytest.mark.parametrize("language", ["", "klingon!", "x", "12", 42, "de-DE-1996", "ZH_hant"])
def test_odd_language_codes_do_not_raise(page_pair, language):
    result = search("Charlotte", language=language)
    assert result.total == len(result.results)


def test_an_unknown_language_is_searched_without_stemming():
    doc("1", "pl", "Wymiana młodzieży z Krefeld", "Uczniowie z Łodzi odwiedzają miasto.")
    assert found("lodzi", "pl") == ["1"]
    assert found("Wymiana", "pl") == ["1"]
    assert found("Krefeld", "de") == []


def test_partner_city_names_work_in_every_language(city_names):
    doc("1", "en", "Delegation from Dunkirk")
    doc("2", "fr", "Une délégation de Dunkerque")
    doc("3", "nl", "Een delegatie uit Duinkerke")
    doc("4", "de", "Delegation aus Dünkirchen")
    for language, expected in (("en", "1"), ("fr", "2"), ("nl", "3"), ("de", "4")):
        for name in ("Dunkirk", "Dunkerque", "Duinkerke", "Dünkirchen"):
            assert found(name, language) == [expected], (language, name)


def test_other_places_are_found_by_their_other_names_in_other_languages():
    doc("1", "en", "Aid convoy reaches Kyiv")
    doc("2", "en", "Choir from Leicester")
    assert found("Kiew", "en") == ["1"]


def test_country_and_people_are_one_topic_in_english_and_french():
    doc("1", "en", "Pupils from Dunkirk visit", "The French guests stay a week.")
    doc("2", "fr", "Les élèves de Krefeld", "Les invités allemands restent une semaine.")
    assert found("France", "en") == ["1"]
    assert found("Allemagne", "fr") == ["2"]


def test_a_typo_is_corrected_within_the_language_only():
    doc("1", "en", "Christmas market opens")
    doc("2", "de", "Weihnachtsmarkt öffnet")
    assert found("Chrismas", "en") == ["1"]
    assert found("Weihnachtsmrakt", "en") == []
    assert found("Weihnachtsmrakt", "de") == ["2"]


@pytest.mark.parametrize("share", [0.0, 1.0])
def test_both_sqlite_plans_find_the_same(monkeypatch, share):
    """Few documents of a language: their ids are collected; many: each match is checked."""
    monkeypatch.setattr(backends.SQLiteBackend, "COLLECT_SHARE", share)
    for n in range(6):
        doc(str(n), "de", f"Weihnachtsmarkt Nummer {n}")
    doc("10", "en", "Christmas market number ten")
    doc("11", "en", "Christmas market number eleven")
    services.index_document("event", "e1", title="Christmas market trip", language="en")
    assert sorted(found("Christmas market", "en")) == ["10", "11", "e1"]
    assert found("Christmas", "en", kinds=["event"]) == ["e1"]
    assert len(found("Weihnachtsmarkt", "de")) == 6
    assert search("Weihnachtsmarkt", language="de", kinds=["event"]).total == 0


def test_the_lexicon_is_kept_per_language():
    doc("1", "de", "Partnerstadt Venlo")
    doc("2", "en", "Partner city Venlo")
    doc("3", "en", "Venlo market")
    assert SearchTerm.objects.get(language="de", term="venlo").df == 1
    assert SearchTerm.objects.get(language="en", term="venlo").df == 2
    services.remove_document("press_release", "3")
    assert SearchTerm.objects.get(language="en", term="venlo").df == 1
    # A page whose language changes takes its words along.
    doc("2", "fr", "Ville partenaire Venlo")
    assert SearchTerm.objects.get(language="en", term="venlo").df == 0
    assert SearchTerm.objects.get(language="fr", term="venlo").df == 1
    services.set_live("press_release", ["2"], False)
    assert SearchTerm.objects.get(language="fr", term="venlo").df == 0
    services.set_live("press_release", ["2"], True)
    live = set(SearchTerm.objects.filter(df__gt=0).values_list("language", "term", "df"))
    services.recount_terms()
    assert set(SearchTerm.objects.filter(df__gt=0).values_list("language", "term", "df")) == live


def results_page(client, path, q):
    page = html.fromstring(client.get(path, {"q": q}).content)
    return [
        a.text_content().strip()
        for a in page.xpath("//ol[contains(@class,'search-results')]//h3/a")
    ]


def test_the_search_page_shows_the_results_in_the_readers_language(client, page_pair):
    assert results_page(client, "/en/suche/", "Charlotte") == ["Youth exchange with Charlotte"]
    assert results_page(client, "/suche/", "Charlotte") == ["Jugendaustausch mit Charlotte"]
    assert results_page(client, "/en/suche/", "exchanges") == ["Youth exchange with Charlotte"]
