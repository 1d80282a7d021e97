"""Finding people's names in German (and partner-city) press prose.

German press releases introduce nearly every person with an office title
("Oberbürgermeister Frank Meyer", "Bürgermeisterin Karin Meincke",
"Burgemeester …", "Lord Mayor …"), which is the one reliable signal that
capitalised words are a name and not just German nouns. The same patterns
tell quotations their speakers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ._scan import finditer_from
from .textutil import trie_pattern

UPPER = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃŠŽČŘĚŞĞİŐŰĎŤŇĄĘĂȘȚŢĀĒĪŪĖĮŲŅĻĶĢА-ЯЁ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīıįłńňőœřśşšťūůűųźżžșțţņļķģа-яё"

# One part of a name: "Meyer", "Marie-Luise", "O'Neill", "McAllister", "Büyükkılıç".
NAME_WORD = (
    rf"(?:[{UPPER}]['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"
    rf"(?:-[{UPPER}][{LOWER}]+)*"
)
PARTICLE = r"(?:von|van|de|der|den|ten|ter|zu|zur|du|la|le|di|da|dos|del|al|el|vom)"
INITIAL = rf"[{UPPER}]\."
# First name, optional second first name or middle initial, optional particles, last name.
PERSON_NAME = (
    rf"{NAME_WORD}(?:\s+{NAME_WORD}(?=\s+[{UPPER}]))?(?:\s+{INITIAL})?(?:\s+{PARTICLE}){{0,2}}"
    rf"\s+{NAME_WORD}"
)
HONORIFICS = (
    r"(?:(?:Prof\.|Professor(?:in)?|Dr\.(?:\s?(?:h\.\s?c\.|med\.|phil\.|rer\.\s?nat\.|jur\.|oec\.|-Ing\.))*|"
    r"Dipl\.-[A-Za-zäöü]+\.?|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|Mme\.?|Mevrouw|Dhr\.|Mw\.|Frau|Herr)\s*)"
)

_INFLECTIONS = ("en", "n", "es", "s", "em", "m")

# Office titles and roles, as data (``data/titles.txt``): "endings" also match as the end of
# a capitalised compound ("Oberbürgermeister", "Kulturbeigeordnete"), "words" only whole.
TITLES_FILE = Path(__file__).with_name("data") / "titles.txt"


def _read_titles(path: Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    sections: dict[str, list[str]] = {"endings": [], "words": []}
    current = "endings"
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        sections.setdefault(current, []).append(line.lower())
    return tuple(sections["endings"]), tuple(sections["words"])


_BASE_ENDINGS, _BASE_WORDS = _read_titles(TITLES_FILE)


def _compile_titles(endings: Iterable[str], words: Iterable[str]) -> None:
    """Set the module's title patterns (read at call time by the functions below)."""
    global _SUFFIX_TUPLE, _TITLE_WORD_SET, _TITLE_END, _TITLE_END_LOWER, _LAST_ANALYSED
    global _INFLECTED_SUFFIXES, _INFLECTED_WORDS, _SUFFIX_LENGTHS
    ending_set, word_set = set(endings), set(words)
    _SUFFIX_TUPLE = tuple(sorted(ending_set))
    _TITLE_WORD_SET = frozenset(word_set)
    # The same with "der Beigeordneten", "des Bürgermeisters": one C call per word to check.
    _INFLECTED_SUFFIXES = frozenset(
        ending + flex for ending in ending_set for flex in ("", *_INFLECTIONS)
    )
    _SUFFIX_LENGTHS = tuple(sorted({len(suffix) for suffix in _INFLECTED_SUFFIXES}))
    _INFLECTED_WORDS = frozenset({word + flex for word in word_set for flex in ("", *_INFLECTIONS)})
    alternatives = trie_pattern(sorted(ending_set | word_set))
    # A title may be inflected: "der Beigeordneten", "des Präsidenten", "des Bürgermeisters".
    _TITLE_END = re.compile(
        "(?:(?:" + alternatives + r")(?:en|n|es|em|s|m)?|OB|BM)(?![\w])", re.IGNORECASE
    )
    _TITLE_END_LOWER = re.compile("(?:(?:" + alternatives + r")(?:en|n|es|em|s|m)?|ob|bm)(?![\w])")
    _LAST_ANALYSED = None  # an analysis made with other titles


_compile_titles(_BASE_ENDINGS, _BASE_WORDS)


@contextmanager
def extra_titles(endings: Iterable[str]) -> Iterator[None]:
    """Also count a city's own office titles and roles (CitySettings) while inside.

    Each counts as an ending, so "Kantor" finds "Domkantor" too. Titles with spaces are
    left out: a title here is one word.
    """
    added = {word.strip().lower() for word in endings if word.strip() and " " not in word.strip()}
    if not added - set(_BASE_ENDINGS):
        yield
        return
    _compile_titles(set(_BASE_ENDINGS) | added, _BASE_WORDS)
    try:
        yield
    finally:
        _compile_titles(_BASE_ENDINGS, _BASE_WORDS)


# What follows a title: "Oberbürgermeister Frank Meyer", "Bürgermeisterin Dr. Karin Meincke",
# "OB a. D. Hans Muster".
_AFTER_TITLE = re.compile(
    rf"(?:\s+a\.\s?D\.)?\s+{HONORIFICS}*(?P<name>{PERSON_NAME})(?![{LOWER}{UPPER}])"
)
# "Bürgermeister der Partnerstadt Venlo, Jan Jansen," / "Mayor of Leicester, Sir Peter Soulsby"
_AFTER_TITLE_OF_PLACE = re.compile(
    rf"\s+(?:der|des|von|vom|of|de|du|van|the|für)\s+"
    rf"(?:[\w.–-]+,?\s+){{0,8}}?[{UPPER}][\w–-]+\s*,\s+{HONORIFICS}*(?P<name>{PERSON_NAME})(?=\s*[,;.)]|\s+[{LOWER}])"
)
# "Frank Meyer, Oberbürgermeister der Stadt Krefeld": the name just before the title.
_BEFORE_TITLE = re.compile(
    rf"(?<![\w-]){HONORIFICS}*(?P<name>{PERSON_NAME})\s*(?:,|\(|–|-)\s*(?:der\s+|die\s+|des\s+)?(?:[{LOWER}]+e[nr]?\s+)?$"
)
# What _BEFORE_TITLE needs at the end of its window (the separator and at most an
# article and an adjective after it), spelled backwards so that it can be checked
# from the title towards the left with one anchored match; where it fails, the
# costly search for a name before the title cannot succeed. The optional newline
# stands for "$", which also matches before a final newline.
_BEFORE_TITLE_TAIL_REVERSED = re.compile(
    rf"\n?(?:\s+[nr]?e[{LOWER}]+)?(?:\s+(?:red|eid|sed))?\s*(?:,|\(|–|-)"
)
# Every name before a title starts with a capital (of the name or of an honorific).
_CAPITAL = re.compile(rf"[{UPPER}]")
_AFTER_TITLE_SURNAME = re.compile(
    rf"(?:\s+a\.\s?D\.)?\s+{HONORIFICS}*(?P<name>{NAME_WORD})(?![\w])"
)


def is_office_title(word: str) -> bool:
    """An office title, alone or as the end of a compound ("Kulturbeigeordnete")."""
    if word in ("OB", "BM"):
        return True
    lowered = word.lower()
    if lowered in _INFLECTED_WORDS:
        return True
    size = len(lowered)
    for length in _SUFFIX_LENGTHS:
        if length > size:
            return False
        if lowered[-length:] in _INFLECTED_SUFFIXES:
            return word[0].isupper() or lowered in _SUFFIX_TUPLE
    return False


def title_spans(text: str) -> list[tuple[int, int]]:
    """Where office titles stand: find title endings, then extend back to the word start."""
    spans: list[tuple[int, int]] = []
    lowered = text.lower()
    matches = (
        _TITLE_END_LOWER.finditer(lowered)
        if len(lowered) == len(text)
        else _TITLE_END.finditer(text)
    )
    for match in matches:
        start = match.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        if spans and spans[-1][0] == start:
            continue
        if is_office_title(text[start : match.end()]):
            spans.append((start, match.end()))
    return spans


# Words that look like names after a title but are not ("Bürgermeister Stadt Venlo").
_NOT_NAME_WORDS = frozenset(
    [
        "Stadt",
        "Stadtverwaltung",
        "Gemeinde",
        "Landkreis",
        "Kreis",
        "Land",
        "Bund",
        "Partnerstadt",
        "Partnerstädte",
        "Partnerschaft",
        "Delegation",
        "Gäste",
        "Gast",
        "Besuch",
        "Rathaus",
        "Empfang",
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
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Herr",
        "Frau",
        "Dr",
        "Prof",
        "Bürger",
        "Bürgerinnen",
        "Schüler",
        "Schülerinnen",
        "Vertreter",
        "Vertreterinnen",
        "Mitglieder",
        "Gruppe",
        "Team",
        "Verwaltung",
        "Rat",
        "Ausschuss",
        "Amt",
        "Fachbereich",
        "Deutschland",
        "Niederlande",
        "Frankreich",
        "England",
        "Russland",
        "Türkei",
        "China",
        "Europa",
        "Stadtrat",
        "Bürgermeister",
        "Oberbürgermeister",
        "Bürgermeisterin",
        "Oberbürgermeisterin",
        "Hochschule",
        "Universität",
        "Schule",
        "Verein",
        "Die",
        "Der",
        "Das",
        "Den",
        "Dem",
        "Des",
        "Ein",
        "Eine",
        "Einen",
        "Einem",
        "Einer",
        "Im",
        "Am",
        "Beim",
        "Vom",
        "Zum",
        "Zur",
        "Auch",
        "Und",
        "Mit",
        "Bei",
        "Nach",
        "Aus",
        "Für",
        "Über",
        "Unter",
        "Vor",
        "Seit",
        "The",
        "Of",
        "City",
        "Council",
        "Mayor",
        "Lord",
        "Deputy",
        "Sie",
        "Er",
        "Wir",
        "Ihr",
        "Es",
        "Anfang",
        "Ende",
        "Mitte",
        "Jahr",
        "Jahre",
        "Jahren",
        "Tag",
        "Tage",
        "Woche",
        "Wochen",
        "Programm",
        "Projekt",
        "Zukunft",
        "Gründung",
        # English places and things that stand capitalised in pairs ("Rochdale Town Hall").
        "Town",
        "Hall",
        "Street",
        "Road",
        "Park",
        "Church",
        "School",
        "House",
        "Centre",
        "Center",
        "Square",
        "Bridge",
        "College",
        "University",
        "Museum",
        "Theatre",
        "Theater",
        "Gallery",
        "Station",
        "Hotel",
        "Club",
        "Festival",
        "Market",
    ]
)
_NOUN_SUFFIXES = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "ität",
    "ismus",
    "nisse",
    "tum",
    "ment",
    "ungen",
    "schaften",
    "ationen",
    "chen",
    # "Landeshauptstadt Potsdam", "Landratsamt Kyffhäuserkreis": places and offices.
    "stadt",
    "kreis",
    "ratsamt",
    "rathaus",
    "verwaltung",
)


_SPACES = re.compile(r"\s+")
_LEADING_HONORIFICS = re.compile(rf"^{HONORIFICS}+")


def is_plausible_name(name: str, extra_stop: Iterable[str] = ()) -> bool:
    """Reject capitalised German nouns and place names posing as a person's name."""
    words = name.split()  # the same words as splitting at \s+ and dropping empty ones
    if len(words) < 2:
        return False
    extra = frozenset(extra_stop)
    for index, word in enumerate(words):
        if word in _NOT_NAME_WORDS or word in ("OB", "BM"):
            return False
        lowered = word.lower()
        if is_office_title(word):
            return False
        if index > 0 and word in extra:
            return False  # a place name as surname; as a first name ("Charlotte") it is fine
        if len(lowered) > 6 and lowered.endswith(_NOUN_SUFFIXES):
            return False
    return words[-1][0].isupper()


def plausible_part(name: str, extra_stop: Iterable[str] = ()) -> str | None:
    """``name`` if it is plausible, else without a third word that is none ("Frank Meyer Am"),
    or without a role word before it ("Gastmutter Anja Beispiel")."""
    words = name.split()
    if len(words) >= 3 and words[0].lower().endswith(_ROLE_ENDINGS) and words[1][0].isupper():
        name = " ".join(words[1:])
    if is_plausible_name(name, extra_stop):
        return name
    if name.count(" ") >= 2:
        shorter = name.rsplit(" ", 1)[0]
        if is_plausible_name(shorter, extra_stop):
            return shorter
    return None


def strip_honorifics(name: str) -> str:
    """Drop academic and courtesy titles so "Dr. Karin Meincke" and "Karin Meincke" agree."""
    return _LEADING_HONORIFICS.sub("", name.strip()).strip()


# Per office title: (start, end, title, name after it, name before it), the names
# as (position, name) or None. They depend on the text alone; which of them are
# plausible names depends on the caller's stop words.
_Candidate = tuple[int, str] | None
_TitleNames = list[tuple[int, int, str, _Candidate, _Candidate]]


def _name_before(text: str, reversed_text: str, start: int) -> _Candidate:
    """The name just before the title at ``start`` ("Frank Meyer, Oberbürgermeister")."""
    length = len(text)
    window_start = max(0, start - 90)
    if not _BEFORE_TITLE_TAIL_REVERSED.match(reversed_text, length - start, length - window_start):
        return None
    window = text[window_start:start]
    before = next(finditer_from(_CAPITAL, _BEFORE_TITLE, window), None)
    if before is None:
        return None
    return window_start + before.start("name"), normalise_name(before.group("name"))


def _title_names(text: str) -> _TitleNames:
    found: _TitleNames = []
    spans = title_spans(text)
    if not spans:
        return found
    length = len(text)
    reversed_text = text[::-1]
    normalised: dict[str, str] = {}  # a release names the same people again and again
    for start, end in spans:
        after: _Candidate = None
        # Both patterns after a title start with whitespace.
        if end < length and text[end].isspace():
            match = _AFTER_TITLE.match(text, end) or _AFTER_TITLE_OF_PLACE.match(text, end)
            if match:
                raw = match.group("name")
                name = normalised.get(raw)
                if name is None:
                    name = normalise_name(raw)
                    if name.count(" ") >= 2 and not is_plausible_name(name):
                        # "Frank Meyer Am Abend": a third capitalised word that is no name.
                        name = name.rsplit(" ", 1)[0]
                    normalised[raw] = name
                after = (match.start("name"), name)
        found.append((start, end, text[start:end], after, _name_before(text, reversed_text, start)))
    return found


# The linker reads the titles and names of a release's whole text, and right
# after that the quotations read them again in the body, which ends that text.
# The last long text's analysis is kept so that the body's can be derived from it.
_LAST_ANALYSED: tuple[str, _TitleNames] | None = None
_REMEMBER_FROM = 300


def _title_names_remembered(text: str) -> _TitleNames:
    global _LAST_ANALYSED
    last = _LAST_ANALYSED
    if last is not None:
        whole, analysis = last
        if text is whole or text == whole:
            return analysis
        offset = len(whole) - len(text)
        if (
            offset > 0
            and whole.endswith(text)
            and not (whole[offset - 1].isalnum() or whole[offset - 1] in "-_")
            and "\u0130" not in whole
        ):
            return _title_names_of_end(text, analysis, offset)
    analysis = _title_names(text)
    if len(text) >= _REMEMBER_FROM:
        _LAST_ANALYSED = (text, analysis)
    return analysis


def _title_names_of_end(text: str, analysis: _TitleNames, offset: int) -> _TitleNames:
    """The analysis of ``text`` from that of a longer text ending in it at ``offset``.

    Titles are found word by word (no "İ", whose lower case is longer, anywhere,
    so both take the lower-case path), and a title never reaches back over the
    character before ``offset`` (neither a letter, digit, "_" nor "-"), so the
    titles from ``offset`` on are the same ones, and what follows a title lies
    in ``text`` as well. Only the name before a title may have been found in
    front of ``offset``: within reach of it, that one is looked for again.
    """
    derived: _TitleNames = []
    reversed_text = ""
    for start, end, title, after, before in analysis:
        if start < offset:
            continue
        start -= offset
        if after is not None:
            after = (after[0] - offset, after[1])
        if start < 90:
            if not reversed_text:
                reversed_text = text[::-1]
            before = _name_before(text, reversed_text, start)
        elif before is not None:
            before = (before[0] - offset, before[1])
        derived.append((start, end - offset, title, after, before))
    return derived


def names_after_titles(text: str, extra_stop: Iterable[str] = ()) -> list[tuple[int, str, str]]:
    """Every "title + name" in the text as (position, name, title), in text order."""
    found: dict[int, tuple[int, str, str]] = {}
    stop = frozenset(extra_stop)
    plausible: dict[str, bool] = {}  # a release names the same people again and again
    for _start, _end, title, after, before in _title_names_remembered(text):
        for candidate in (after, before):
            if candidate is None:
                continue
            position, name = candidate
            if position in found:
                continue
            judged = plausible.get(name)
            if judged is None:
                judged = plausible[name] = is_plausible_name(name, stop)
            if judged:
                found[position] = (position, name, title)
    return [found[key] for key in sorted(found)]


def normalise_name(name: str) -> str:
    name = _SPACES.sub(" ", strip_honorifics(name)).strip(" ,;")
    return name


_PERSON_NAME_RE = re.compile(rf"(?<![\w-])(?P<name>{PERSON_NAME})(?![\w])")
_SURNAME_RE = re.compile(rf"(?<![\w-]){HONORIFICS}*(?P<name>{NAME_WORD})(?![\w])")


_NEXT_NAME_WORD = re.compile(rf"\s+(?P<word>{NAME_WORD})(?![\w])")
# Endings of German nouns for people in a role ("Gastmutter", "Teilnehmerin",
# "Studentin"); a first name with them ("Peter", "Karin") is followed by a
# surname, not by a second name and a surname.
_ROLE_ENDINGS = (
    "mutter",
    "vater",
    "mitglied",
    "frau",
    "mann",
    "erin",
    "entin",
    "ende",
    "ender",
    "ling",
    "er",
    "ent",
    "eur",
)


# "unter Leitung von Aoife Kavanagh", "Koordiniert wurde die Sammlung von Olena Hrytsenko-Maier",
# "angeführt von Lea-Sophie Brandt": a person named as the one who leads or does something.
_AGENT_BEFORE_NAME = re.compile(
    r"\b(?i:leitung|angeführt|organisiert|organisation|koordiniert|koordination|begleitet|"
    r"moderiert|geleitet|initiiert|eröffnet|empfangen|begrüßt|vertreten|unterstützt|gestaltet|"
    r"dirigiert|übergeben|überreicht|vorgestellt)\b(?:\s+[\w-]+){0,4}?\s+(?:von|durch)\s+"
    rf"{HONORIFICS}*(?P<name>{PERSON_NAME})(?![\w])"
)


def names_after_agents(text: str, extra_stop: Iterable[str] = ()) -> list[tuple[int, str]]:
    """People named after "von"/"durch" as the ones who led, organised or welcomed."""
    found: list[tuple[int, str]] = []
    for match in _AGENT_BEFORE_NAME.finditer(text):
        name = plausible_part(normalise_name(match.group("name")), extra_stop)
        if name is not None:
            found.append((match.start("name"), name))
    return found


def plain_names(text: str, extra_stop: Iterable[str] = ()) -> list[tuple[int, str]]:
    """Full names standing without a title ("Auch Éric Pujol, der …"), as (position, name).

    Only for resolving who "er", "sie" or "die 19-Jährige" is: two capitalised words are
    often no name in German, so every candidate has to pass ``is_plausible_name``, and a
    failed one is tried again from its second word ("Auch Éric Pujol").
    """
    stop = _NOT_NAME_WORDS.union(extra_stop)
    found: list[tuple[int, str]] = []
    position = 0
    while True:
        match = _PERSON_NAME_RE.search(text, position)
        if match is None:
            return found
        name = plausible_part(normalise_name(match.group("name")), stop)
        if name is not None:
            found.append((match.start(), name))
            position = match.start() + len(name)
        else:
            space = text.find(" ", match.start() + 1)
            position = space + 1 if 0 <= space < match.end() else match.end()


def find_person_in(
    window: str, known: Iterable[str], extra_stop: Iterable[str] = (), prefer_last: bool = False
) -> str | None:
    """The person a short stretch of text names: title + name, known name, or full name.

    ``known`` holds full names already seen in the document (or in the
    records), so that a bare surname ("so Meyer") resolves to the full name.
    """
    known_list = [name for name in known if name]
    candidates: list[tuple[int, str]] = []
    for position, name, _title in names_after_titles(window, extra_stop):
        candidates.append((position, name))
    for name in known_list:
        index = window.rfind(name) if prefer_last else window.find(name)
        if index >= 0:
            candidates.append((index, name))
    if not candidates:
        stop = _NOT_NAME_WORDS.union(extra_stop)
        for match in _PERSON_NAME_RE.finditer(window):
            name = normalise_name(match.group("name"))
            start = match.start()
            # "Gastmutter Anja Beispiel", "Betreuerin Lena Muster": a role noun
            # before first and last name, not a first name.
            following = _NEXT_NAME_WORD.match(window, match.end())
            first = name.split()[0]
            if (
                following is not None
                and " " in name
                and name.count(" ") == 1
                and first.lower().endswith(_ROLE_ENDINGS)
            ):
                shifted = f"{name.split()[1]} {following.group('word')}"
                if is_plausible_name(shifted, stop):
                    name, start = shifted, match.start() + len(first) + 1
            elif following is not None and " " in name and name.count(" ") == 1:
                whole = f"{name} {following.group('word')}"  # "Hans Peter Müller"
                if is_plausible_name(whole, stop):
                    name = whole
            name = plausible_part(name, stop) or ""
            if name:
                # "Van der Molen sagte": the surname of a person named in full before.
                lowered = " " + name.lower()
                name = next((k for k in known_list if k.lower().endswith(lowered)), name)
                candidates.append((start, name))
    if not candidates:
        by_surname = {name.split()[-1]: name for name in known_list if " " in name}
        for match in _SURNAME_RE.finditer(window):
            surname = match.group("name")
            if surname in by_surname:
                candidates.append((match.start(), by_surname[surname]))
        if not candidates:
            for start, end in title_spans(window):
                match = _AFTER_TITLE_SURNAME.match(window, end)
                if match and match.group("name") not in _NOT_NAME_WORDS:
                    candidates.append((start, match.group("name")))
    if not candidates:
        return None
    candidates.sort(key=lambda item: item[0])
    return candidates[-1][1] if prefer_last else candidates[0][1]
