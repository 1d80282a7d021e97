"""Linking parsed releases to partner cities, people, organisations, topics and dates.

The vocabulary comes from the city's own records (any city can run
Twinning), so nothing here knows Krefeld: the Linker compiles the names it is
given, with the inflections German puts on them ("Venlos", "Leicesters",
"Venloer"), into a few regular expressions once, and then scans up to
hundreds of thousands of releases with them.
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

import Stemmer

from ._scan import finditer_from
from .dates import dates_mentioned
from .model import ParsedItem
from .names import names_after_agents, names_after_titles, strip_honorifics
from .textutil import fold, slugify, strip_accents, trie_pattern

_STEMMER = Stemmer.Stemmer("german")
_ARTICLE_BEFORE = re.compile(
    r"(?<![\w])(?:die|der|den|dem|des|das|ein|eine|einer|einem|eines|ihre|ihren|ihrer|seine|seinen|seiner|"
    r"diese|diesen|dieser|alle|allen|keine|keinen)\s+$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


@dataclass
class Vocabulary:
    """Names as the records hold them: (canonical name, [aliases…]) per entry.

    Aliases include the local name and exonyms of a city ("Dunkerque",
    "Dunkirk") and its slug; for topics they are keywords.
    """

    partner_cities: list[tuple[str, list[str]]] = field(default_factory=list)
    people: list[tuple[str, list[str]]] = field(default_factory=list)
    organisations: list[tuple[str, list[str]]] = field(default_factory=list)
    topics: list[tuple[str, list[str]]] = field(default_factory=list)
    home_city: list[str] = field(default_factory=list)


@dataclass
class Links:
    """What one release is about, in canonical names of the vocabulary."""

    partner_cities: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    dates_mentioned: list[str] = field(default_factory=list)
    new_people: list[str] = field(default_factory=list)
    unknown_partner_cities: list[str] = field(default_factory=list)
    unknown_topics: list[str] = field(default_factory=list)


def _spelling_variants(name: str) -> set[str]:
    """The same name with umlauts spelled out or accents dropped, as old exports write it."""
    variants = {name}
    spelled = (
        name.replace("ä", "ae")
        .replace("ö", "oe")
        .replace("ü", "ue")
        .replace("Ä", "Ae")
        .replace("Ö", "Oe")
        .replace("Ü", "Ue")
        .replace("ß", "ss")
    )
    variants.add(spelled)
    variants.add(strip_accents(name))
    variants.update({variant.upper() for variant in list(variants) if len(variant) > 3})
    return {variant for variant in variants if variant.strip()}


class _NameMatcher:
    """Finds any of many names (with optional German endings) in running text."""

    def __init__(
        self, entries: list[tuple[str, list[str]]], suffixes: str, inflect_words: bool = False
    ) -> None:
        self.lookup: dict[str, str] = {}
        self.folded: dict[str, str] = {}
        for canonical, aliases in entries:
            for alias in [canonical, *aliases]:
                alias = " ".join(str(alias).split())
                if not alias:
                    continue
                self.folded.setdefault(fold(alias), canonical)
                self.folded.setdefault(fold(alias.replace("-", " ")), canonical)
                if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)+", alias):
                    continue  # a slug: for explicit fields, not for prose
                for variant in _spelling_variants(alias):
                    self.lookup.setdefault(variant, canonical)
        self.inflect_words = inflect_words
        if not self.lookup:
            self.pattern: re.Pattern[str] | None = None
            return
        if inflect_words:
            alternatives = sorted(
                {self._inflectable(alias) for alias in self.lookup}, key=len, reverse=True
            )
            self.inflected: list[tuple[re.Pattern[str], str]] = [
                (re.compile(self._inflectable(alias)), canonical)
                for alias, canonical in self.lookup.items()
            ]
            body = "|".join(alternatives)
        else:
            body = trie_pattern(self.lookup)
        self.pattern = re.compile(rf"(?<![\w-])(?P<name>{body})(?:{suffixes})?(?![\w])")
        # Every match starts with a name: re finds those quickly (they begin
        # with a few letters), the full pattern then decides (_scan.finditer_from).
        self.anchor = re.compile(body)

    @staticmethod
    def _inflectable(alias: str) -> str:
        """Organisation names decline: "Deutscher Städtetag" / "des Deutschen Städtetages"."""
        parts = []
        for word in alias.split(" "):
            if len(word) > 4 and word[0].isalpha() and not word.isupper():
                stem = re.sub(r"(?:en|er|es|em|e|s|n)$", "", word)
                parts.append(re.escape(stem) + r"\w{0,3}")
            else:
                parts.append(re.escape(word))
        return r"\s+".join(parts)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if self.pattern is None or not text:
            return []
        found: list[tuple[int, int, str]] = []
        for match in finditer_from(self.anchor, self.pattern, text):
            matched = match.group("name")
            canonical = self.lookup.get(matched)
            if canonical is None and self.inflect_words:
                for pattern, candidate in self.inflected:
                    if pattern.fullmatch(matched):
                        canonical = candidate
                        break
            if canonical is not None:
                found.append((match.start(), match.end(), canonical))
        return found

    def resolve(self, raw: str) -> str | None:
        """A name from an explicit field ("venlo", "Dunkerque", "landkreis-oder-spree")."""
        key = fold(raw.replace("-", " "))
        return (
            self.folded.get(key)
            or self.folded.get(fold(raw))
            or self.folded.get(fold(slugify(raw)))
        )


# Anything but letters, digits, "_" and whitespace: turning these into spaces and
# splitting at whitespace leaves the same words as turning every run of non-word
# characters into one space.
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")
# The same for text of Latin-1 characters only, as an explicit set: re tests it
# more than twice as fast as the Unicode categories.
_NOT_WORD_OR_SPACE_LATIN1 = re.compile(
    "[^"
    + re.escape(
        "".join(chr(code) for code in range(256) if _NOT_WORD_OR_SPACE.match(chr(code)) is None)
    )
    + "]"
)
# Punctuation beyond Latin-1 that German text is full of: spaces as well.
_TYPOGRAPHIC = "„“”‚‘’–—…"


def _is_latin1(text: str) -> bool:
    if text.isascii():
        return True
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _plain_words(text: str) -> list[str]:
    """The words of _plain(text)."""
    plain = strip_accents(text.lower()).replace("ß", "ss")
    for char in _TYPOGRAPHIC:
        if char in plain:
            plain = plain.replace(char, " ")
    if _is_latin1(plain):
        return _NOT_WORD_OR_SPACE_LATIN1.sub(" ", plain).split()
    return _NOT_WORD_OR_SPACE.sub(" ", plain).split()


def _plain(text: str) -> str:
    """Lower case without accents or umlauts, words only: what the stemmer and topics compare."""
    return " ".join(_plain_words(text))


class _TopicMatcher:
    """Topics by name and keywords, on word stems so "Schulen" finds "Schule".

    German glues words together ("Klimaschutzkonzept", "Schüleraustausch"), so
    stems of six letters or more also match at the start or end of a word.
    """

    def __init__(self, entries: list[tuple[str, list[str]]]) -> None:
        self.by_stem: dict[str, list[str]] = {}
        self.phrases: list[tuple[re.Pattern[str], re.Pattern[str], str]] = []
        self.folded: dict[str, str] = {}
        compound_stems: set[str] = set()
        self.order = {canonical: index for index, (canonical, _) in enumerate(entries)}
        for canonical, keywords in entries:
            self.folded.setdefault(fold(canonical), canonical)
            for keyword in [canonical, *keywords]:
                keyword = " ".join(str(keyword).split())
                if not keyword:
                    continue
                self.folded.setdefault(fold(keyword), canonical)
                words = _WORD.findall(keyword)
                if not words:
                    continue
                if len(words) > 1:
                    stems = [self._stem(word) for word in words]
                    pattern = (
                        r"(?<!\w)" + r"\w*[\s-]+".join(re.escape(stem) for stem in stems) + r"\w*"
                    )
                    # (anchored on the first stem, which re finds fast)
                    self.phrases.append(
                        (re.compile(re.escape(stems[0])), re.compile(pattern), canonical)
                    )
                    continue
                stem = self._stem(words[0])
                self.by_stem.setdefault(stem, [])
                if canonical not in self.by_stem[stem]:
                    self.by_stem[stem].append(canonical)
                if len(stem) >= 6:
                    compound_stems.add(stem)  # shorter stems ("schul") would find "Schulden"
        self.compound = (
            re.compile(
                rf"(?<![^\W\d_])(?P<head>{trie_pattern(compound_stems)})|(?P<tail>{trie_pattern(compound_stems)})[^\W\d_]{{0,3}}(?![^\W\d_])"
            )
            if compound_stems
            else None
        )
        # Both alternatives start with a stem, which re finds fast.
        self.compound_anchor = re.compile(trie_pattern(compound_stems))

    @staticmethod
    def _stem(word: str) -> str:
        return _STEMMER.stemWord(_plain(word))

    def find(self, text: str) -> list[str]:
        found: dict[str, None] = {}
        plain_words = _plain_words(text)
        folded = " ".join(plain_words) if self.compound is not None or self.phrases else ""
        words = list(set(plain_words))
        # (the order topics are found in does not matter: they are sorted below)
        for stem in self.by_stem.keys() & _STEMMER.stemWords(words):
            for canonical in self.by_stem[stem]:
                found.setdefault(canonical)
        if self.compound is not None:
            for match in finditer_from(self.compound_anchor, self.compound, folded):
                stem = match.group("head") or match.group("tail")
                for canonical in self.by_stem.get(stem, ()):
                    found.setdefault(canonical)
        for anchor, pattern, canonical in self.phrases:
            if canonical not in found and next(finditer_from(anchor, pattern, folded), None):
                found.setdefault(canonical)
        return sorted(found, key=self.order.__getitem__)


class Linker:
    """Compiled once per import from the vocabulary, then applied to every item."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.cities = _NameMatcher(
            vocabulary.partner_cities, suffixes=r"s|'s|’s|er|ern|ers|es|ischen?|isch"
        )
        self.people = _NameMatcher(vocabulary.people, suffixes=r"s|'s|’s|’")
        self.organisations = _NameMatcher(
            vocabulary.organisations, suffixes=r"s|es", inflect_words=True
        )
        self.topics = _TopicMatcher(vocabulary.topics)
        not_names: set[str] = set()
        for entries in (vocabulary.partner_cities, vocabulary.organisations):
            for canonical, aliases in entries:
                for alias in [canonical, *aliases]:
                    not_names.update(str(alias).split())
        for name in vocabulary.home_city:
            not_names.update(name.split())
        self.not_names = frozenset(not_names)
        self.people_by_fold = {
            fold(strip_honorifics(alias)): canonical
            for canonical, aliases in vocabulary.people
            for alias in [canonical, *aliases]
        }

    def link(self, item: ParsedItem) -> Links:
        text = item.all_text()
        links = Links()

        people_spans: list[tuple[int, int]] = []
        known_people = self.people.find(text)
        people: dict[str, None] = {}
        for start, end, canonical in known_people:
            people.setdefault(canonical)
            people_spans.append((start, end))
        new_people: dict[str, None] = {}
        folded: dict[str, str] = {}  # a release names the same people again and again

        def folded_name(name: str) -> str:
            key = folded.get(name)
            if key is None:
                key = folded[name] = fold(name)
            return key

        for position, name, _title in names_after_titles(text, self.not_names):
            canonical = self.people_by_fold.get(folded_name(name))
            if canonical is not None:
                people.setdefault(canonical)
            else:
                people.setdefault(name)
                new_people.setdefault(name)
            people_spans.append((position, position + len(name)))
        for position, name in names_after_agents(text, self.not_names):
            canonical = self.people_by_fold.get(folded_name(name))
            if canonical is None and name not in people:
                people.setdefault(name)
                new_people.setdefault(name)
            elif canonical is not None:
                people.setdefault(canonical)
            people_spans.append((position, position + len(name)))
        speakers: dict[str, None] = {}
        for quote in item.quotes:
            speaker = quote.speaker
            if speaker and " " in speaker:
                canonical = self.people_by_fold.get(folded_name(speaker))
                # A place name can be a first name ("Charlotte Beispiel"), not a surname.
                if canonical is None and not any(
                    word in self.not_names for word in speaker.split()[1:]
                ):
                    people.setdefault(speaker)
                    new_people.setdefault(speaker)
                    speakers.setdefault(speaker)
                elif canonical is not None:
                    people.setdefault(canonical)
        for speaker in speakers:
            found = text.find(speaker)
            while found >= 0:
                people_spans.append((found, found + len(speaker)))
                found = text.find(speaker, found + len(speaker))
        links.people = list(people)
        links.new_people = list(new_people)

        cities: dict[str, None] = {}
        for raw in item.partner_cities:
            canonical = self.cities.resolve(raw)
            if canonical is None:
                links.unknown_partner_cities.append(raw)
            else:
                cities.setdefault(canonical)
        # Whether a position lies in a person's name: spans sorted by start, and
        # for each prefix of them the furthest end reached.
        people_spans.sort()
        span_starts = [span_start for span_start, _ in people_spans]
        span_reach = list(accumulate((span_end for _, span_end in people_spans), max))
        for start, end, canonical in self.cities.find(text):
            index = bisect_right(span_starts, start)
            if index and span_reach[index - 1] > start:
                continue  # "Charlotte Meier" is a person, not the city
            bare = text[start:end] in self.cities.lookup
            if (
                bare
                and " " not in text[start:end]
                and _ARTICLE_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # "die Leiden der Menschen": a noun; German names no city with an article
            cities.setdefault(canonical)
        links.partner_cities = list(cities)

        links.organisations = list(
            dict.fromkeys(canonical for _, _, canonical in self.organisations.find(text))
        )

        topics: dict[str, None] = {}
        for raw in item.topics:
            canonical = self.topics.folded.get(fold(raw))
            if canonical is None:
                links.unknown_topics.append(raw)
            else:
                topics.setdefault(canonical)
        for canonical in self.topics.find(text):
            topics.setdefault(canonical)
        links.topics = list(topics)

        reference = (
            item.published_date
            if isinstance(item.published, (datetime.date, datetime.datetime))
            else datetime.date.today()
        )
        links.dates_mentioned = dates_mentioned(text, reference)
        return links
