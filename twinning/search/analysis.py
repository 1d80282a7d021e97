"""Text analysis for search, per language: tokens to index, queries to match, snippets to show.

Pure Python (no Django), so that SQLite and PostgreSQL index exactly the same tokens and
the database only has to match tokens that are already normalised. Every document and every
query has a language (ISO 639-1, ``"de"`` when none is given); :func:`analyser` gives its
:class:`Analyser`, and a query is only ever matched against documents of its own language.

German, the site's language, is analysed by the module-level functions (:func:`stem`,
:func:`analyse_document`, …), which the German analyser uses as they are:

* words are lowercased, NFKC-normalised, ß becomes ss and diacritics other than the German
  umlauts are dropped (Besançon = Besancon); the Snowball German stemmer then folds
  ä/ö/ü and the transliterations ae/oe/ue (Dünkirchen = Duenkirchen = Dunkirchen) and strips
  inflection (Partnerstädte = Partnerstadt, Schülerinnen = Schüler);
* Latin plurals the stemmer leaves apart are joined (Museen = Museum, Zentren = Zentrum);
* gender forms such as "Schüler*innen", "Bürger:innen" and "BürgerInnen" count as the base word;
* hyphenated compounds ("Oder-Spree", "Schüler-Austausch") are indexed as their parts and as
  the joined word, so that both spellings meet;
* stop words are not indexed.

English, French and Dutch (:class:`SnowballAnalyser`) fold every diacritic and ligature
before stemming (élèves = eleves, café = cafe, Dunkerque = dunkerque, België = Belgie, œuvre =
oeuvre), so that a reader without accents on the keyboard finds the accented text; then
PyStemmer's english, french and dutch stemmers strip inflection (exchanges = exchange,
jumelages = jumelage, stedenbanden = stedenband), and each language has its own short list
of function words that are not indexed. Apostrophes separate words, so French elisions
(l'échange, d'Europe, qu'il) and the English possessive (Charlotte's) come off as words of
one letter or stop words of their own ("l'échange" is indexed as "échange"). Dutch uses the
Porter-based Dutch stemmer ("dutch_porter", which was PyStemmer 2's "dutch"), so the tokens
do not change between the PyStemmer versions the project allows, and it does not cut "ge"
out of the middle of compounds as the newer Kraaij-Pohlmann stemmer does (gemeente would
become "meen"). Hyphenated words are indexed as parts and joined, as in German; gender
forms and Latin plurals are German only. Any other language gets a language-neutral
analysis: lowercase, folded, no stemming, no stop words.

Compound words are handled at query time rather than by indexing guessed parts: a query
term also matches every indexed word that *starts* with it (Klimaschutz finds
Klimaschutzkonzept) and, for the compounding languages German and Dutch, through
:func:`expand_compounds` and a lexicon of the indexed words of the same language, every
indexed word that *ends* with it after a plausible head (Gruppen finds Schülergruppen,
Partnerschaft finds Städtepartnerschaft), while a compound query word is also tried as its
two halves (Schüleraustausch finds "Austausch mit Schülern"). The lexicon comes from the
corpus itself, so the splitting adapts to whatever the city writes about and the index does
not grow with guessed parts.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

import Stemmer

MAX_QUERY_CHARS = 1000
MAX_TERMS = 12
MAX_TERM_CHARS = 64
MIN_PREFIX_LEN = 4
MAX_COMPOUND_EXPANSIONS = 12
MAX_PREFIX_EXPANSIONS = 48
MAX_PREFIX_EXPANSIONS_MULTI = 8

# Weights of the ways a document word can match a query term (1.0 = the very word).
WEIGHT_EXACT = 1.0
WEIGHT_PREFIX = 0.55
WEIGHT_COMPOUND = 0.7
WEIGHT_SPLIT = 0.45

_STOP_WORDS_TEXT = """
a ab aber alle allem allen aller alles als also am an ander andere anderem anderen anderer
anderes anders auch auf aus bei beide beiden beim bereits bin bis bisher bist bzw da dabei
dadurch dafür dagegen daher dahin damals damit danach dann daran darauf daraus darf darin
darüber darum darunter das dass davon davor dazu dein deine deinem deinen deiner dem den
denen denn dennoch der deren derer des deshalb dessen dich die dies diese diesem diesen
dieser dieses dir doch dort du durch eben ebenfalls ebenso ein eine einem einen einer eines
einig einige einigem einigen einiger einiges einmal er es etwa etwas euch euer eure eurem
euren eurer für gab gegen gewesen gibt habe haben hat hatte hatten hattest hier hin hinter
ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im immer in indem ins ist ja je jede
jedem jeden jeder jedes jedoch jene jenem jenen jener jenes jetzt kann kannst kein keine
keinem keinen keiner keines können könnte konnte konnten man manche manchem manchen mancher
manches mehr mein meine meinem meinen meiner meines mich mir mit muss musste müssen nach
nachdem nein nicht nichts noch nun nur ob oder ohne sehr sei seid sein seine seinem seinen
seiner seines seit seitdem selbst sich sie sind so sodass solche solchem solchen solcher
solches soll sollen sollte sollten sondern sowie sowohl über um und uns unser unsere unserem
unseren unserer unseres unter viel viele vom von vor wann war waren warst was weil weiter
weitere weiteren welche welchem welchen welcher welches wenn wer werde werden wie wieder
will wir wird wirst wo woher wohin wollen wollte worden wurde wurden während zu zum zur zwar
zwischen s z b d h u warum wieso weshalb
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_WORDS_TEXT.split())

WEIGHT_RELATED = 0.8
# Another spelling of a place the reader typed ("Breslau" for "Wrocław"): nearly as good.
WEIGHT_PLACE = 0.9

# General German knowledge, not the partner cities (those come from the records): a
# country, its adjective and its people are one topic for a reader ("Schüleraustausch
# Frankreich" is about French pupils), and a few abbreviations stand for their words.
RELATED_WORDS: tuple[tuple[str, ...], ...] = (
    ("Frankreich", "französisch", "Franzosen", "Französin"),
    ("Niederlande", "niederländisch", "Niederländer", "Holland", "holländisch"),
    (
        "Großbritannien",
        "britisch",
        "Briten",
        "England",
        "englisch",
        "Engländer",
        "Vereinigtes Königreich",
    ),
    ("USA", "Vereinigte Staaten", "amerikanisch", "Amerikaner", "Amerika"),
    ("Türkei", "türkisch", "Türken"),
    ("Russland", "russisch", "Russen"),
    ("Ukraine", "ukrainisch", "Ukrainer"),
    ("Polen", "polnisch"),
    ("China", "chinesisch", "Chinesen"),
    ("Italien", "italienisch", "Italiener"),
    ("Spanien", "spanisch", "Spanier"),
    ("Belgien", "belgisch", "Belgier"),
    ("Österreich", "österreichisch"),
    ("Europa", "europäisch", "EU", "Europäische Union"),
    ("Oberbürgermeister", "Oberbürgermeisterin", "OB"),
    ("Auszubildende", "Azubi", "Azubis", "Auszubildender"),
    ("Universität", "Uni"),
    ("Volkshochschule", "VHS"),
    ("Kindertagesstätte", "Kita"),
)

# Generic words in front of a place name ("Landkreis Oder-Spree"): the rest alone names it too.
_NAME_PREFIXES = ("landkreis", "kreis", "stadt", "gemeinde", "city of", "county of", "ville de")

_HYPHENS = "-\u2010\u2011"
_WORD_RE = re.compile(r"[^\W_]+(?:[-\u2010\u2011][^\W_]+)*")
# "Schüler*innen", "Bürger:innen", "Bürger_innen", "Bürger/-innen", "BürgerInnen", "Lehrer*in"
_GENDER_RE = re.compile(r"(?:[*:_/]-?[iI]n(?:nen)?|Innen)\b")
_GERMAN_KEEP = frozenset("äöü")
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})

_stemmer = Stemmer.Stemmer("german")


class Lexicon(Protocol):
    """The indexed words with their document frequencies (see ``models.SearchTerm``)."""

    def ending_with(self, suffix: str, limit: int) -> list[tuple[str, int]]:
        """Indexed words that end with ``suffix`` and are longer than it, most frequent first."""
        ...

    def frequencies(self, words: Iterable[str]) -> dict[str, int]:
        """Document frequency of each of ``words`` that is indexed."""
        ...

    def starting_with(self, prefix: str, limit: int) -> list[tuple[str, int]]:
        """Indexed words that start with ``prefix`` (itself included), most frequent first."""
        ...


def _strip_accent(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _GERMAN_KEEP or char.isascii():
        return char
    if char == "ß":
        return "ss"
    return _strip_accent(char)


def fold(word: str) -> str:
    """Lowercase and fold a word, keeping ä/ö/ü for the stemmer (which folds them itself)."""
    word = unicodedata.normalize("NFKC", word).lower()
    if word.isascii():
        return word
    return "".join(_fold_char(c) for c in word)


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The index form of one word (no hyphens): folded and stemmed."""
    folded = fold(word)
    if not folded.isalpha():
        return folded  # numbers and codes ("2024", "co2") are kept as they are
    stemmed = _stemmer.stemWord(folded)
    # Latin plurals the stemmer keeps apart: Museum/Museen, Zentrum/Zentren, Studium/Studien.
    if len(stemmed) >= 6 and stemmed.endswith("um") and stemmed[-3] in "eiar":
        stemmed = stemmed[:-2]
    if not stemmed.isascii():
        stemmed = "".join(_fold_char(c) for c in stemmed)
    return stemmed


def _is_stop(folded_word: str) -> bool:
    return folded_word in STOP_WORDS


def _drop_gender_suffix(match: re.Match[str]) -> str:
    start = match.start()
    before = match.string[start - 1] if start else ""
    return "" if before.isalpha() else match.group()


def _clean(text: str) -> str:
    if "Innen" not in text and not any(c in text for c in "*:_/"):
        return text
    return _GENDER_RE.sub(_drop_gender_suffix, text)


def iter_words(text: str) -> Iterator[re.Match[str]]:
    """Words of a text, hyphenated compounds as one match, with their offsets."""
    return _WORD_RE.finditer(text)


_HYPHEN_RE = re.compile(f"[{_HYPHENS}]")


def _split_hyphens(word: str) -> list[str]:
    return [p for p in _HYPHEN_RE.split(word) if p]


def word_tokens(word: str) -> list[str]:
    """Index tokens of one word as matched by :func:`iter_words`."""
    parts = _split_hyphens(word)
    if len(parts) == 1:
        if len(word) > MAX_TERM_CHARS:
            return []
        lowered = word.lower()
        if _is_stop(lowered) or (len(lowered) == 1 and not lowered.isdigit()):
            return []
        return [stem(word)]
    tokens = [stem(p) for p in parts if len(p) <= MAX_TERM_CHARS]
    joined = "".join(parts)
    if len(joined) <= MAX_TERM_CHARS and not joined.isdigit():
        tokens.append(stem(joined))
    return tokens


_WORD_CACHE: dict[str, tuple[str, ...]] = {}
_WORD_CACHE_SIZE = 300_000


def _cached_word_tokens(word: str) -> tuple[str, ...]:
    tokens = _WORD_CACHE.get(word)
    if tokens is None:
        if len(_WORD_CACHE) >= _WORD_CACHE_SIZE:
            _WORD_CACHE.clear()
        tokens = _WORD_CACHE[word] = tuple(word_tokens(word))
    return tokens


def analyse_tokens(text: str) -> list[str]:
    """Index tokens of a text in order."""
    if not text:
        return []
    tokens: list[str] = []
    extend = tokens.extend
    cache = _WORD_CACHE
    for word in _WORD_RE.findall(_clean(text)):
        found = cache.get(word)
        extend(found if found is not None else _cached_word_tokens(word))
    return tokens


def analyse_document(text: str) -> str:
    """The space-joined index tokens of a text, as stored and given to the full-text index."""
    return " ".join(analyse_tokens(text))


def surface_form(word: str) -> str:
    """The word folded like the stemmer folds it, but not stemmed (heads of compounds)."""
    return fold(word).translate(_UMLAUTS)


# --------------------------------------------------------------------------- languages

DEFAULT_LANGUAGE = "de"
# German compounds join their parts with these (Städte-partnerschaft, Schülers-…); Dutch ones
# with a few of them (jongeren-uitwisseling, stads-bestuur, stede-lijk).
_LINKING = ("ens", "es", "en", "er", "s", "n", "e")
_DUTCH_LINKING = ("en", "s", "e")

_ENGLISH_STOP_WORDS = """
a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each either every
few for from further had has have having he her here hers herself him himself his how i if
in into is it its itself just me more most my myself neither no nor not of off on once only
or other ought our ours ourselves out over own same shall she should so some such than that
the their theirs them themselves then there these they this those through to too under
until up upon very was we were what when where whether which while who whom whose why will
with within without would yet you your yours yourself yourselves
"""
_FRENCH_STOP_WORDS = """
a ai aie ainsi alors apres as au aucun aucune aupres auquel aussi autre autres aux auxquels
avaient avais avait avant avec avez avoir avons ayant c ca car ce ceci cela celle celles
celui ces cet cette ceux chaque chez ci comme comment d dans de des desquels dont du duquel
elle elles en encore entre es est et etaient etais etait etant etre eu eux fait faire font
il ils j je jusqu l la laquelle le lequel les lesquelles lesquels leur leurs lorsqu lorsque
lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont ou par parce pas pendant
peu peut plus pour pourquoi puisqu puisque qu quand que quel quelle quelles quels qui quoi
s sa sans se sera seront ses si sien son sont sous sur t ta te tes toi ton tous tout toute
toutes tres tu un une unes uns vers voici voila vos votre vous y
"""
_DUTCH_STOP_WORDS = """
aan al als alles ben bij boven dan dat de deze die dit doch door dus een eens en er ge geen
haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je jij jou jouw kan kon
kunnen maar me men met mij mijn na naar niet niets nog nu of om omdat onder ons onze ook
op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd
wie wij wordt worden ze zelf zich zij zijn zo zonder zou zouden
"""

# General knowledge per language, as RELATED_WORDS is for German: a country, its adjective
# and its people are one topic for a reader.
_ENGLISH_RELATED: tuple[tuple[str, ...], ...] = (
    ("France", "French"),
    ("Netherlands", "Dutch", "Holland"),
    ("Germany", "German", "Germans"),
    ("United Kingdom", "UK", "Britain", "British", "England", "English"),
    ("United States", "USA", "America", "American", "Americans"),
    ("Turkey", "Turkish"),
    ("Russia", "Russian", "Russians"),
    ("Ukraine", "Ukrainian", "Ukrainians"),
    ("Poland", "Polish"),
    ("Europe", "European", "EU", "European Union"),
)
_FRENCH_RELATED: tuple[tuple[str, ...], ...] = (
    ("France", "français", "française", "françaises"),
    ("Pays-Bas", "néerlandais", "néerlandaise", "néerlandaises", "Hollande"),
    ("Allemagne", "allemand", "allemande", "allemands", "allemandes"),
    ("Royaume-Uni", "britannique", "britanniques", "Angleterre", "anglais", "anglaise"),
    ("États-Unis", "USA", "Amérique", "américain", "américaine", "américains"),
    ("Turquie", "turc", "turque", "turcs"),
    ("Russie", "russe", "russes"),
    ("Ukraine", "ukrainien", "ukrainienne", "ukrainiens"),
    ("Pologne", "polonais", "polonaise"),
    ("Europe", "européen", "européenne", "européens", "UE", "Union européenne"),
)
_DUTCH_RELATED: tuple[tuple[str, ...], ...] = (
    ("Frankrijk", "Frans", "Franse", "Fransen"),
    ("Nederland", "Nederlands", "Nederlandse", "Nederlanders", "Holland", "Hollands"),
    ("Duitsland", "Duits", "Duitse", "Duitsers"),
    ("Verenigd Koninkrijk", "Brits", "Britse", "Engeland", "Engels", "Engelse"),
    ("Verenigde Staten", "VS", "Amerika", "Amerikaans", "Amerikaanse"),
    ("Turkije", "Turks", "Turkse"),
    ("Rusland", "Russisch", "Russische"),
    ("Oekraïne", "Oekraïens", "Oekraïense"),
    ("Polen", "Pools", "Poolse"),
    ("Europa", "Europees", "Europese", "EU", "Europese Unie"),
)

# Letters NFKD does not take apart.
_LIGATURES = {"ß": "ss", "œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
              "þ": "th", "ı": "i"}  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_any(char: str) -> str:
    if char.isascii():
        return char
    return _LIGATURES.get(char) or _strip_accent(char)


class Analyser:
    """How the words of one language become index tokens and query terms.

    ``code`` is the language; ``compounds`` says whether :func:`expand_compounds` joins and
    splits compound words (with the ``linking`` elements between their parts); ``related``
    are groups of words a query treats as one topic; ``name_words`` are the tokens of generic
    words in front of a place's name ("Stadt", "city"), which the ranking looks past.
    """

    code: str = DEFAULT_LANGUAGE
    compounds: bool = False
    linking: tuple[str, ...] = ()
    related: tuple[tuple[str, ...], ...] = ()
    name_words: frozenset[str] = frozenset()

    def fold(self, word: str) -> str:
        raise NotImplementedError

    def stem(self, word: str) -> str:
        """The index form of one word (no hyphens)."""
        raise NotImplementedError

    def is_stop(self, word: str) -> bool:
        """Whether ``word`` (as typed) is a function word that is neither indexed nor searched."""
        raise NotImplementedError

    def clean(self, text: str) -> str:
        """The text with what the language writes around words removed (gender forms)."""
        return text

    def word_tokens(self, word: str) -> list[str]:
        raise NotImplementedError

    def cached_word_tokens(self, word: str) -> tuple[str, ...]:
        raise NotImplementedError

    def analyse_tokens(self, text: str) -> list[str]:
        raise NotImplementedError

    def analyse_document(self, text: str) -> str:
        raise NotImplementedError

    def surface_form(self, word: str) -> str:
        """The word folded but not stemmed (prefix of its compounds where the stem is short)."""
        raise NotImplementedError


class GermanAnalyser(Analyser):
    """German: exactly the module-level functions (the importer's hot path, unchanged)."""

    code = "de"
    compounds = True
    linking = _LINKING
    related = RELATED_WORDS
    name_words = frozenset(("landkreis", "kreis", "stadt", "gemeind", "city"))

    fold = staticmethod(fold)
    stem = staticmethod(stem)
    clean = staticmethod(_clean)
    word_tokens = staticmethod(word_tokens)
    cached_word_tokens = staticmethod(_cached_word_tokens)
    analyse_tokens = staticmethod(analyse_tokens)
    analyse_document = staticmethod(analyse_document)
    surface_form = staticmethod(surface_form)

    @staticmethod
    def is_stop(word: str) -> bool:
        return word.lower() in STOP_WORDS


class SnowballAnalyser(Analyser):
    """A language with a Snowball stemmer (or none: ``algorithm=None``, no stemming) and a
    list of stop words; every diacritic is folded before stemming."""

    def __init__(
        self,
        code: str,
        algorithms: Sequence[str] = (),
        stop_words: str = "",
        *,
        related: tuple[tuple[str, ...], ...] = (),
        compounds: bool = False,
        linking: tuple[str, ...] = (),
        name_words: Sequence[str] = (),
    ) -> None:
        self.code = code
        self._stemmer = None
        for algorithm in algorithms:  # the first this PyStemmer knows
            if algorithm in Stemmer.algorithms():
                self._stemmer = Stemmer.Stemmer(algorithm)
                break
        self.stop_words = frozenset(self.fold(w) for w in stop_words.split())
        self.related = related
        self.compounds = compounds
        self.linking = linking
        self._stems: dict[str, str] = {}
        self._tokens: dict[str, tuple[str, ...]] = {}
        self.name_words = frozenset(self.stem(w) for w in name_words)

    def fold(self, word: str) -> str:
        word = unicodedata.normalize("NFKC", word).lower()
        if word.isascii():
            return word
        return "".join(_fold_any(c) for c in word)

    def stem(self, word: str) -> str:
        stems = self._stems
        found = stems.get(word)
        if found is not None:
            return found
        folded = self.fold(word)
        if folded.isalpha() and self._stemmer is not None:
            found = self._stemmer.stemWord(folded)
        else:
            found = folded  # numbers and codes ("2024", "co2") are kept as they are
        if len(stems) >= _WORD_CACHE_SIZE:
            stems.clear()
        stems[word] = found
        return found

    def is_stop(self, word: str) -> bool:
        return self.fold(word) in self.stop_words

    def word_tokens(self, word: str) -> list[str]:
        parts = _split_hyphens(word)
        if len(parts) == 1:
            if len(word) > MAX_TERM_CHARS:
                return []
            folded = self.fold(word)
            if folded in self.stop_words or (len(folded) == 1 and not folded.isdigit()):
                return []
            return [self.stem(word)]
        tokens = [self.stem(p) for p in parts if len(p) <= MAX_TERM_CHARS]
        joined = "".join(parts)
        if len(joined) <= MAX_TERM_CHARS and not joined.isdigit():
            tokens.append(self.stem(joined))
        return tokens

    def cached_word_tokens(self, word: str) -> tuple[str, ...]:
        cache = self._tokens
        tokens = cache.get(word)
        if tokens is None:
            if len(cache) >= _WORD_CACHE_SIZE:
                cache.clear()
            tokens = cache[word] = tuple(self.word_tokens(word))
        return tokens

    def analyse_tokens(self, text: str) -> list[str]:
        if not text:
            return []
        tokens: list[str] = []
        extend = tokens.extend
        cache = self._tokens
        for word in _WORD_RE.findall(text):
            found = cache.get(word)
            extend(found if found is not None else self.cached_word_tokens(word))
        return tokens

    def analyse_document(self, text: str) -> str:
        return " ".join(self.analyse_tokens(text))

    def surface_form(self, word: str) -> str:
        return self.fold(word)


GERMAN: Analyser = GermanAnalyser()
ENGLISH: Analyser = SnowballAnalyser(
    "en",
    ("english",),
    _ENGLISH_STOP_WORDS,
    related=_ENGLISH_RELATED,
    name_words=("city", "county", "town", "district", "borough"),
)
FRENCH: Analyser = SnowballAnalyser(
    "fr",
    ("french",),
    _FRENCH_STOP_WORDS,
    related=_FRENCH_RELATED,
    name_words=("ville", "commune", "département", "communauté", "city"),
)
DUTCH: Analyser = SnowballAnalyser(
    "nl",
    ("dutch_porter", "dutch"),
    _DUTCH_STOP_WORDS,
    related=_DUTCH_RELATED,
    compounds=True,
    linking=_DUTCH_LINKING,
    name_words=("stad", "gemeente", "provincie", "city"),
)
# Any other language: lowercase and folded words, no stemming, no stop words.
NEUTRAL: Analyser = SnowballAnalyser("und", name_words=("city",))

ANALYSERS: dict[str, Analyser] = {a.code: a for a in (GERMAN, ENGLISH, FRENCH, DUTCH)}


def normalise_language(code: object, default: str = DEFAULT_LANGUAGE) -> str:
    """A language code as the index keeps it: "en-GB" and "EN" are "en"; anything that is no
    language code (None, "", "english!") is ``default``."""
    if code in ANALYSERS:
        return code  # type: ignore[return-value]
    if not isinstance(code, str):
        return default
    primary = code.strip().replace("_", "-").split("-", 1)[0].lower()
    if 2 <= len(primary) <= 3 and primary.isascii() and primary.isalpha():
        return primary
    return default


def analyser(language: str | None = DEFAULT_LANGUAGE) -> Analyser:
    """The analysis of ``language``; the language-neutral one for a language we have none for."""
    found = ANALYSERS.get(language)  # type: ignore[arg-type]
    if found is not None:
        return found
    return ANALYSERS.get(normalise_language(language, ""), NEUTRAL)


# --------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class Alternative:
    """One way to satisfy a query term: all ``tokens`` occur (the last one as a prefix if
    ``prefix``); ``weight`` says how good a match it is compared with the word itself."""

    tokens: tuple[str, ...]
    prefix: bool = False
    weight: float = WEIGHT_EXACT
    kind: str = "exact"  # exact | prefix | synonym | compound | split


@dataclass(frozen=True)
class Term:
    """A query word (or a multi-word place name) and the ways a document can match it."""

    text: str
    alternatives: tuple[Alternative, ...]

    @property
    def main(self) -> str:
        return self.alternatives[0].tokens[-1]


def _fts5_alternative(alt: Alternative) -> str:
    parts = [f'"{t}"' for t in alt.tokens]
    if alt.prefix:
        parts[-1] += "*"
    return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"


def _tsquery_alternative(alt: Alternative) -> str:
    parts = [f"'{t}'" for t in alt.tokens]
    if alt.prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " & ".join(parts) + ")"


@dataclass(frozen=True)
class Query:
    """A parsed search query: terms that are each satisfied by any of their alternatives.

    Tokens contain only letters and digits (see :func:`_safe_token`), so the FTS5 and
    tsquery strings built here cannot carry operators from the user's input.
    """

    text: str
    terms: tuple[Term, ...] = ()
    # The language of the reader: the analysis of the words and the documents searched.
    language: str = DEFAULT_LANGUAGE

    def __bool__(self) -> bool:
        return bool(self.terms)

    def to_fts5(self, mode: str = "and") -> str:
        joiner = " AND " if mode == "and" else " OR "
        return joiner.join(
            "(" + " OR ".join(_fts5_alternative(a) for a in t.alternatives) + ")"
            for t in self.terms
        )

    def to_tsquery(self, mode: str = "and") -> str:
        joiner = " & " if mode == "and" else " | "
        return joiner.join(
            "(" + " | ".join(_tsquery_alternative(a) for a in t.alternatives) + ")"
            for t in self.terms
        )

    @property
    def matcher(self) -> TokenMatcher:
        return _matcher_for(self)


@dataclass
class TokenMatcher:
    """Tells for an index token which query terms it matches and how well."""

    exact: dict[str, list[tuple[int, float]]] = field(default_factory=dict)
    prefixes: list[tuple[str, int, float]] = field(default_factory=list)
    prefix_tuple: tuple[str, ...] = ()

    def add_exact(self, token: str, term: int, weight: float) -> None:
        self.exact.setdefault(token, []).append((term, weight))

    def match(self, token: str) -> dict[int, float]:
        """Best weight per term index for one token (empty when it matches nothing)."""
        found: dict[int, float] = {}
        for term, weight in self.exact.get(token, ()):
            if weight > found.get(term, 0.0):
                found[term] = weight
        if self.prefix_tuple and token.startswith(self.prefix_tuple):
            for prefix, term, weight in self.prefixes:
                if token.startswith(prefix) and weight > found.get(term, 0.0):
                    found[term] = weight
        return found


_MATCHER_CACHE: dict[int, tuple[Query, TokenMatcher]] = {}


def _matcher_for(query: Query) -> TokenMatcher:
    cached = _MATCHER_CACHE.get(id(query))
    if cached is not None and cached[0] is query:
        return cached[1]
    matcher = TokenMatcher()
    for i, term in enumerate(query.terms):
        for alt in term.alternatives:
            # Every token of a multi-token alternative is worth marking in a snippet.
            for token in alt.tokens[:-1]:
                matcher.add_exact(token, i, alt.weight)
            if alt.prefix:
                matcher.prefixes.append((alt.tokens[-1], i, alt.weight))
            else:
                matcher.add_exact(alt.tokens[-1], i, alt.weight)
    matcher.prefix_tuple = tuple(p for p, _, _ in matcher.prefixes)
    if len(_MATCHER_CACHE) > 256:
        _MATCHER_CACHE.clear()
    _MATCHER_CACHE[id(query)] = (query, matcher)
    return matcher


def _safe_token(token: str) -> bool:
    return bool(token) and len(token) <= MAX_TERM_CHARS and token.isalnum()


def _word_alternatives(word: str, lang: Analyser | None = None) -> list[Alternative]:
    """Alternatives of one typed word: the stem, and the stem as a prefix when long enough."""
    lang = lang or GERMAN
    stem = lang.stem
    parts = _split_hyphens(word)
    if len(parts) > 1:
        tokens = tuple(stem(p) for p in parts if _safe_token(stem(p)))
        joined = stem("".join(parts))
        alts: list[Alternative] = []
        if _safe_token(joined):
            alts.append(Alternative((joined,)))
            if joined.isalpha() and len(joined) >= MIN_PREFIX_LEN:
                alts.append(Alternative((joined,), True, WEIGHT_PREFIX, "prefix"))
        if len(tokens) > 1:
            alts.append(Alternative(tokens, False, WEIGHT_SPLIT, "split"))
        return alts
    token = stem(word)
    if not _safe_token(token):
        return []
    alts = [Alternative((token,))]
    if token.isalpha() and len(token) >= MIN_PREFIX_LEN:
        alts.append(Alternative((token,), True, WEIGHT_PREFIX, "prefix"))
    elif token.isalpha():
        # A short stem ("haf" of Hafen) would match too much as a prefix; the word as typed
        # still heads its compounds (Hafengebiet, Hafenamt).
        surface = lang.surface_form(word)
        if len(surface) >= 5 and surface != token and _safe_token(surface):
            alts.append(Alternative((surface,), True, WEIGHT_PREFIX, "prefix"))
    return alts


@dataclass(frozen=True)
class SynonymIndex:
    """Place names that mean the same place (Dünkirchen = Dunkerque = Dunkirk)."""

    by_key: dict[tuple[str, ...], int]
    groups: tuple[tuple[tuple[str, ...], ...], ...]
    max_words: int

    def lookup(self, key: tuple[str, ...]) -> int | None:
        return self.by_key.get(key)


def _name_keys(name: str, lang: Analyser | None = None) -> list[tuple[str, ...]]:
    """Keys (stem sequences) under which a place name is recognised in a query."""
    lang = lang or GERMAN
    stem = lang.stem
    keys: list[tuple[str, ...]] = []
    for variant in _name_variants(name, lang):
        words = [m.group() for m in iter_words(variant)]
        key = tuple(stem(w) for w in words)
        if key and all(_safe_token(t) for t in key):
            keys.append(key)
        # "Oder-Spree" typed as "Oder Spree" or "OderSpree"
        flat = [stem(p) for w in words for p in _split_hyphens(w)]
        if len(flat) > len(key) and all(_safe_token(t) for t in flat):
            keys.append(tuple(flat))
        if len(words) == 1 and len(flat) > 1:
            keys.append((stem("".join(_split_hyphens(words[0]))),))
    return keys


def _name_variants(name: str, lang: Analyser | None = None) -> set[str]:
    lowered = (lang or GERMAN).fold(name).strip()
    variants = {lowered}
    for prefix in _NAME_PREFIXES:
        if lowered.startswith(prefix + " ") and len(lowered) > len(prefix) + 2:
            variants.add(lowered[len(prefix) + 1 :])
    return variants


def _name_tokens(name: str, lang: Analyser | None = None) -> tuple[str, ...]:
    """Tokens a document mentioning the name surely has (a hyphenated word: the joined one)."""
    lang = lang or GERMAN
    tokens: list[str] = []
    for match in iter_words(lang.clean(name)):
        found = lang.word_tokens(match.group())
        if found:
            tokens.append(found[-1])
    return tuple(tokens)


@lru_cache(maxsize=32)
def _build_synonyms(groups: tuple[tuple[str, ...], ...], language: str) -> SynonymIndex:
    lang = analyser(language)
    by_key: dict[tuple[str, ...], int] = {}
    built: list[tuple[tuple[str, ...], ...]] = []
    max_words = 1
    for names in groups:
        index = len(built)
        token_sets: list[tuple[str, ...]] = []
        for name in names:
            for variant in _name_variants(name, lang):
                tokens = _name_tokens(variant, lang)
                if tokens and tokens not in token_sets:
                    token_sets.append(tokens)
            for key in _name_keys(name, lang):
                by_key.setdefault(key, index)
                max_words = max(max_words, len(key))
        built.append(tuple(token_sets))
    return SynonymIndex(by_key, tuple(built), max_words)


def synonym_index(
    groups: Sequence[Sequence[str]] | None, lang: Analyser | None = None
) -> SynonymIndex | None:
    if not groups:
        return None
    return _build_synonyms(tuple(tuple(g) for g in groups if g), (lang or GERMAN).code)


def _synonym_alternatives(
    synonyms: SynonymIndex, group: int, typed: tuple[str, ...] = (), weight: float = WEIGHT_EXACT
) -> list[Alternative]:
    """All names of the group; ``typed`` (the reader's own word) first at full weight."""
    alts: list[Alternative] = []
    ordered = sorted(synonyms.groups[group], key=lambda tokens: tokens != typed)
    for tokens in ordered:
        w = WEIGHT_EXACT if tokens == typed else weight
        alts.append(Alternative(tokens, False, w, "synonym"))
        last = tokens[-1]
        if last.isalpha() and len(last) >= 5:
            # Adjectives and compounds of a place: Venloer, Dunkerquois, Leicestershire.
            alts.append(Alternative(tokens, True, w * WEIGHT_PREFIX, "prefix"))
    return alts


def _place_alternatives(
    places: object, place: int, typed: tuple[str, ...], lang: Analyser | None = None
) -> list[Alternative]:
    """The reader's spelling at full weight (kept), the place's other names as "place"
    alternatives, which the matching keeps only where the index has them."""
    alts = [Alternative(typed, False, WEIGHT_EXACT, "synonym")]
    last = typed[-1] if typed else ""
    if last.isalpha() and len(last) >= 5:
        alts.append(Alternative(typed, True, WEIGHT_EXACT * WEIGHT_PREFIX, "prefix"))
    if lang is None or lang is GERMAN or not hasattr(places, "tokens"):
        names = places.groups[place]  # type: ignore[attr-defined]
    else:  # the place's names analysed as the documents of the reader's language are
        names = places.tokens(place, lang.code)  # type: ignore[attr-defined]
    for tokens in names:
        if tokens != typed:
            alts.append(Alternative(tokens, False, WEIGHT_PLACE, "place"))
    return alts


class _LanguageDefault(tuple):
    """``parse_query``'s default for ``related``: the related words of the query's language."""


LANGUAGE_RELATED: tuple[tuple[str, ...], ...] = _LanguageDefault()


def parse_query(
    q: str,
    synonyms: Sequence[Sequence[str]] | None = None,
    related: Sequence[Sequence[str]] | None = LANGUAGE_RELATED,
    places: object | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Query:
    """Turn what a reader typed into query terms; never raises, whatever the input.

    Everything but letters, digits and hyphens inside words is ignored, so operators of
    FTS5 (NEAR, AND, *, ^, :) and tsquery (&, |, !, <->, :*) are just punctuation here.
    The words are analysed as ``language`` analyses its documents; partner-city names
    (``synonyms``) and ``related`` words too. ``places`` is keyed by the German analysis of
    the names (see :mod:`twinning.search.places`), so a place is looked up with that in
    every language, and its names come back analysed in the query's language.
    """
    language = normalise_language(language)
    if not isinstance(q, str):
        return Query("", (), language)
    lang = analyser(language)
    if related is LANGUAGE_RELATED:
        related = lang.related
    stem = lang.stem
    text = lang.clean(q[:MAX_QUERY_CHARS])
    words = [m.group() for m in iter_words(text)]
    words = [w for w in words if len(w) <= MAX_TERM_CHARS * 2][: MAX_TERMS * 3]
    index = synonym_index(synonyms, lang)
    related_index = synonym_index(related, lang)
    keys = [tuple(stem(p) for p in _split_hyphens(w)) for w in words]
    place_stem = GERMAN.stem
    if places is None or lang is GERMAN:
        place_keys = keys
    else:
        place_keys = [tuple(place_stem(p) for p in _split_hyphens(w)) for w in words]
    terms: list[Term] = []
    seen: set[tuple[Alternative, ...]] = set()
    i = 0
    while i < len(words) and len(terms) < MAX_TERMS:
        alts: list[Alternative] | None = None
        consumed = 1
        for idx, weight in (
            (index, WEIGHT_EXACT),
            (places, WEIGHT_PLACE),
            (related_index, WEIGHT_RELATED),
        ):
            if idx is None or alts is not None:
                continue
            is_places = idx is places
            idx_keys = place_keys if is_places else keys
            for n in range(min(idx.max_words, len(words) - i), 0, -1):
                flat = tuple(t for k in idx_keys[i : i + n] for t in k)
                if is_places and (
                    not flat
                    or lang.is_stop(words[i])
                    or lang.is_stop(words[i + n - 1])
                    or sum(len(t) for t in flat) < 4
                ):
                    continue  # "nach" is no town called Nach
                group = idx.lookup(flat)
                if group is None and n == 1 and len(keys[i]) > 1:
                    joined = "".join(_split_hyphens(words[i]))
                    group = idx.lookup(((place_stem if is_places else stem)(joined),))
                if group is not None:
                    typed = _name_tokens(" ".join(words[i : i + n]), lang)
                    alts = (
                        _place_alternatives(idx, group, typed, lang)
                        if is_places
                        else _synonym_alternatives(idx, group, typed, weight)
                    )
                    consumed = n
                    break
        if alts is None:
            word = words[i]
            if (
                len(word) > MAX_TERM_CHARS
                or len(_split_hyphens(word)) == 1
                and (lang.is_stop(word) or (len(word) == 1 and not word.isdigit()))
            ):
                alts = []
            else:
                alts = _word_alternatives(word, lang)
        label = " ".join(words[i : i + consumed])
        i += consumed
        if not alts:
            continue
        signature = tuple(alts)
        if signature in seen:
            continue
        seen.add(signature)
        terms.append(Term(label, signature))
    return Query(q[:MAX_QUERY_CHARS], tuple(terms), language)


# --------------------------------------------------------------------------- compounds


def _head_forms(head: str, lang: Analyser | None = None) -> set[str]:
    lang = lang or GERMAN
    stem = lang.stem
    forms = {head, stem(head)}
    for link in lang.linking:
        if head.endswith(link) and len(head) - len(link) >= 3:
            base = head[: -len(link)]
            forms.add(base)
            forms.add(stem(base))
    return {f for f in forms if len(f) >= 3}


def expand_compounds(query: Query, lexicon: Lexicon) -> Query:
    """Add compound matches from the lexicon of indexed words to each term.

    * tail: indexed words that end with the term after a head that is a word of its own
      (possibly with a linking -s-, -es-, -n-, -en-, -er-, -e-): "grupp" adds
      "schulergrupp", "jugendgrupp"; "reis" does not add "landkreis" because "landk" is no
      word;
    * split: a long compound term is also satisfied by its head and tail as separate words
      ("schuleraustausch" by "schul" and "austausch").

    Only for languages that write compounds as one word (German, Dutch): elsewhere the
    query is returned as it is.
    """
    lang = analyser(query.language)
    if not query.terms or not lang.compounds:
        return query
    candidates: dict[int, list[tuple[str, int, str]]] = {}
    splits: dict[int, list[tuple[str, str]]] = {}
    wanted: set[str] = set()
    for i, term in enumerate(query.terms):
        main = term.alternatives[0]
        if main.kind != "exact" or len(main.tokens) != 1:
            continue
        token = main.tokens[0]
        if not token.isalpha():
            continue
        if len(token) >= MIN_PREFIX_LEN:
            found = []
            for word, df in lexicon.ending_with(token, 200):
                head = word[: -len(token)]
                if len(head) < 3:
                    continue
                forms = _head_forms(head, lang)
                wanted.update(forms)
                found.append((word, df, head))
            candidates[i] = found
        if len(token) >= 7:
            options = []
            for cut in range(3, len(token) - 3):
                head, tail = token[:cut], token[cut:]
                forms = _head_forms(head, lang)
                wanted.update(forms)
                wanted.add(tail)
                options.append((head, tail))
            splits[i] = options
    if not candidates and not splits:
        return query
    known = lexicon.frequencies(wanted) if wanted else {}

    def plausible(head: str) -> str | None:
        best = None
        for form in _head_forms(head, lang):
            if known.get(form, 0) > 0 and (best is None or len(form) > len(best)):
                best = form
        return best

    terms = list(query.terms)
    for i, term in enumerate(query.terms):
        extra: list[Alternative] = []
        chosen = [
            (df, word) for word, df, head in candidates.get(i, ()) if plausible(head) is not None
        ]
        chosen.sort(key=lambda x: (-x[0], x[1]))
        for _df, word in chosen[:MAX_COMPOUND_EXPANSIONS]:
            extra.append(Alternative((word,), False, WEIGHT_COMPOUND, "compound"))
        best_split = None
        for head, tail in splits.get(i, ()):
            if known.get(tail, 0) <= 0:
                continue
            head_form = plausible(head)
            if head_form is None:
                continue
            best_split = (head_form, tail)
            break  # the longest tail that is a word wins
        if best_split is not None:
            # A longer head also as a prefix (Kunstausstellung: "Kunstmuseen … Ausstellung"),
            # a short one not: "bürg*" next to "reise" would make every "Bürgermeister …
            # reist" a "Bürgerreise".
            head_form, tail = best_split
            prefix = len(head_form) >= 5
            extra.append(Alternative((tail, head_form), prefix, WEIGHT_SPLIT, "split"))
        if extra:
            terms[i] = Term(term.text, term.alternatives + tuple(extra))
    return Query(query.text, tuple(terms), query.language)


# --------------------------------------------------------------------------- snippets


def _mark_spans(text: str, query: Query) -> list[tuple[int, int, frozenset[int]]]:
    matcher = query.matcher
    lang = analyser(query.language)
    word_tokens, stem = lang.cached_word_tokens, lang.stem
    spans: list[tuple[int, int, frozenset[int]]] = []
    for match in iter_words(text):
        word = match.group()
        hits: set[int] = set()
        tokens = word_tokens(word) or ((stem(word),) if len(word) <= MAX_TERM_CHARS else ())
        for token in tokens:
            hits.update(matcher.match(token))
        if hits:
            spans.append((match.start(), match.end(), frozenset(hits)))
    return spans


def _window(text: str, spans: list[tuple[int, int, frozenset[int]]], max_len: int) -> int:
    """Start offset of the window of ``max_len`` characters with the most distinct terms."""
    best_start, best_score = 0, (-1, -1)
    right = 0
    for left in range(len(spans)):
        start = spans[left][0]
        if right < left:
            right = left
        while right + 1 < len(spans) and spans[right + 1][1] - start <= max_len - 20:
            right += 1
        distinct: set[int] = set()
        for s in spans[left : right + 1]:
            distinct.update(s[2])
        score = (len(distinct), right - left + 1)
        if score > best_score:
            best_score, best_start = score, start
    return best_start


def highlight(text: str, query: Query, max_len: int = 240) -> str:
    """An HTML-escaped snippet of ``text`` around its best match, matched words in <mark>."""
    if not text:
        return ""
    text = " ".join(text.split())
    spans = _mark_spans(text, query) if query else []
    if not spans:
        if len(text) <= max_len:
            return html.escape(text)
        cut = text.rfind(" ", 0, max_len)
        return html.escape(text[: cut if cut > max_len // 2 else max_len]) + " …"
    start = _window(text, spans, max_len)
    if len(text) <= max_len:
        start = 0
    else:
        # Begin at the sentence start when it is close, else a few words before the match.
        sentence = max(text.rfind(". ", 0, start), text.rfind("! ", 0, start), -2) + 2
        if start - sentence <= 60 and sentence >= 0:
            start = sentence if sentence > 1 else 0
        else:
            back = text.rfind(" ", 0, max(0, start - 30))
            start = back + 1 if back >= 0 else 0
        if len(text) - start < max_len:
            back = text.rfind(" ", 0, max(0, len(text) - max_len))
            start = min(start, back + 1 if back >= 0 else 0)
    end = min(len(text), start + max_len)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        if cut > start + max_len // 2:
            end = cut
    out: list[str] = ["… "] if start > 0 else []
    pos = start
    for s, e, _hits in spans:
        if s < start or e > end:
            continue
        out.append(html.escape(text[pos:s]))
        out.append("<mark>" + html.escape(text[s:e]) + "</mark>")
        pos = e
    out.append(html.escape(text[pos:end]))
    if end < len(text):
        out.append(" …")
    return "".join(out)


def expand_prefixes(query: Query, lexicon: Lexicon) -> Query:
    """Replace each prefix alternative by the indexed words that start with it.

    Both databases then match plain words only: FTS5 would otherwise merge the lists of
    every word with the prefix before it can stop at LIMIT, and both behave the same. The
    most frequent words are kept (at most ``MAX_PREFIX_EXPANSIONS``), so an archive with
    hundreds of "stadt…" words still gets a bounded query.
    """
    if not query.terms:
        return query
    cache: dict[tuple[str, int], list[tuple[str, int]]] = {}
    terms: list[Term] = []
    for term in query.terms:
        alts: list[Alternative] = []
        seen: set[tuple[str, ...]] = {a.tokens for a in term.alternatives if not a.prefix}
        for alt in term.alternatives:
            if not alt.prefix:
                alts.append(alt)
                continue
            prefix = alt.tokens[-1]
            limit = MAX_PREFIX_EXPANSIONS if len(alt.tokens) == 1 else MAX_PREFIX_EXPANSIONS_MULTI
            key = (prefix, limit)
            if key not in cache:
                cache[key] = lexicon.starting_with(prefix, limit)
            for word, _df in cache[key]:
                tokens = (*alt.tokens[:-1], word)
                if tokens in seen or not _safe_token(word):
                    continue
                seen.add(tokens)
                alts.append(Alternative(tokens, False, alt.weight, alt.kind))
        if alts:
            terms.append(Term(term.text, tuple(alts)))
        else:
            terms.append(term)
    return Query(query.text, tuple(terms), query.language)


# --------------------------------------------------------------------------- misspellings

WEIGHT_FUZZY = 0.75


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Optimal string alignment distance (a swap of neighbours counts 1), ``limit + 1`` when
    it is above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = current[0]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def allowed_typos(word: str) -> int:
    return 0 if len(word) < 5 else 1 if len(word) < 9 else 2


def correct_term(
    term: Term,
    lexicon: Lexicon,
    synonyms: Sequence[Sequence[str]] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Term | None:
    """A term for a word nothing in the index contains, read as a misspelling: the partner
    city whose name is closest ("Leicster"), else the closest indexed words ("Partnerstat").

    ``lexicon`` holds the words of the query's ``language`` only."""
    main = term.alternatives[0]
    if main.kind != "exact" or len(main.tokens) != 1 or not main.tokens[0].isalpha():
        return None
    lang = analyser(language)
    fold, stem = lang.fold, lang.stem
    typed = fold(term.text)
    limit = allowed_typos(typed)
    if not limit or " " in typed:
        return None
    index = synonym_index(synonyms, lang)
    if index is not None:
        best: tuple[int, int] | None = None
        for names in synonyms or ():
            for name in names:
                folded = fold(name)
                if " " in folded or "-" in folded:
                    continue
                distance = edit_distance(typed, folded, limit)
                if distance <= limit and (best is None or distance < best[0]):
                    group = index.lookup(tuple(stem(p) for p in _split_hyphens(folded)))
                    if group is not None:
                        best = (distance, group)
        if best is not None:
            alts = _synonym_alternatives(index, best[1], (), WEIGHT_FUZZY)
            return Term(term.text, tuple(alts))
    token = main.tokens[0]
    found = []
    for word, df in lexicon.starting_with(token[:2], 5000):
        distance = edit_distance(token, word, limit)
        if distance <= limit:
            found.append((distance, -df, word))
    found.sort()
    if not found:
        return None
    alts = tuple(Alternative((word,), False, WEIGHT_FUZZY, "fuzzy") for _, _, word in found[:3])
    return Term(term.text, alts)
