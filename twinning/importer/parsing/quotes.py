"""Quotations and their speakers, as German press releases write them.

Quotes mostly sit inside paragraphs („…“, betont Oberbürgermeister …; or
Frank Meyer sagte: „…“), only sometimes in a blockquote. Keeping paragraphs
intact and deriving the quotes from them keeps the imported body faithful
while the report and the page still get quote-with-speaker pairs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from . import explain
from ._scan import finditer_from
from .model import Block, Quote
from .names import find_person_in, is_office_title, names_after_titles, plain_names

_SEGMENT = re.compile(
    r"„(?P<a>[^„“”\"\n]{2,}?)[“”\"]"
    r"|“(?P<b>[^“”\n]{2,}?)”"
    r"|»(?P<c>[^»«\n]{2,}?)«"
    r"|«\s?(?P<d>[^«»\n]{2,}?)\s?»"
    r"|(?<![\w\"])\"(?P<e>[^\"\n]{2,}?)\"(?![\w\"])"
    r"|‚(?P<f>[^‚‘\n]{2,}?)‘"
)
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bProf\.)(?<!\bSt\.)(?<!\bNr\.)(?<!\bca\.)(?<!\bbzw\.)(?<![ .][A-Z]\.)"
    r"\s+(?=[„“\"»A-ZÄÖÜ])|[„“»«]"
)
# Every quotation starts with one of these: where none stands, nothing is tried.
_SEGMENT_START = re.compile(r"[„“»«\"‚]")
_PRONOUN = re.compile(r"\b(?:[Ee]r|[Ss]ie|[Hh]e|[Ss]he|il|elle|hij|zij)\b")
_LAST_SENTENCE = re.compile(r"(?<=[.!?…“”])\s+")
_PRONOUN_SUBJECT = re.compile(r"^(?:Er|Sie|He|She)\s+[a-zäöüß]+")
_ATTRIBUTION_START = re.compile(
    r"^\s*(?:[,;]|[–—-]\s|\s*so\b|\s*(?:sagt|sagte|betont|betonte|erklärt|erklärte|fragt|fragte|ruft|rief)\b)"
)


# "sagte eine Besucherin", "meinte ein Gast": someone the release does not name.
# "Die Mayor bedankte sich …": the sentence is about whoever holds that office.
_ROLE_SUBJECT = re.compile(r"^(?:Der|Die)\s+(?P<role>[\w-]{3,})\s+[a-zäöüß]")
_ANONYMOUS = re.compile(
    r"^\s*[,;]?\s*(?:[–—-]\s*)?(?:so|sagt|sagte|meint|meinte|erzählt|erzählte|berichtet|"
    r"berichtete|ruft|rief|fragt|fragte|erklärt|erklärte|lacht|lachte)\s+(?:eine?r?|eine[mn]?)\s"
)
# "sagte die Oberbürgermeisterin", "so der Kantor", "sagt die 19-Jährige": a role, not a name.
_ROLE_REFERENCE = re.compile(r"\b(?:der|die|des|dem)\s+(?P<role>[\w-]{3,})")


class Mentions:
    """Who the body names where, to resolve a speaker the attribution does not name.

    Entries are (offset in the body text, full name, office title or ""), in reading order:
    every "title + name", and every later mention of a known name or of its surname alone.
    """

    def __init__(self, text: str, known: Iterable[str]) -> None:
        # Worked out when a speaker first needs resolving: most quotations name theirs.
        self.text = text
        self.known = list(known)
        self._starts: list[int] | None = None

    @property
    def entries(self) -> list[tuple[int, str, str]]:
        if self._starts is None:
            self._build()
        return self._entries

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._build()
        return self._starts  # type: ignore[return-value]

    def _build(self) -> None:
        text = self.text
        entries = [(position, name, title) for position, name, title in names_after_titles(text)]
        titled = {start for start, _, _ in entries}
        known = self.known
        for position, name in plain_names(text):
            if position not in titled:
                full = next((k for k in known if k.endswith(" " + name.split()[-1])), name)
                entries.append((position, full, ""))
        for name in known:
            for word in {name, name.split()[-1]} if " " in name else {name}:
                found = text.find(word)
                while found >= 0:
                    entries.append((found, name, ""))
                    found = text.find(word, found + len(word))
        entries.sort()
        self._entries = entries
        # The office each person was first named with, for "sagte die Oberbürgermeisterin".
        self.titles: dict[str, str] = {}
        for _, name, title in entries:
            if title:
                self.titles.setdefault(name, title.lower())
        self._starts = [entry[0] for entry in entries]

    def last_before(
        self, offset: int, role: str | None = None, within: int = 0, gender: str | None = None
    ) -> str | None:
        """The person named last before ``offset`` (and not before ``within``); with ``role``,
        the last one holding it; with ``gender``, not one whose title says otherwise."""
        wanted = role.lower() if role else None
        starts = self.starts  # works the mentions out where not yet done
        titles = self.titles
        for index in range(bisect_left(starts, offset) - 1, -1, -1):
            start, name, title = self.entries[index]
            if start < within:
                return None
            held = (title or titles.get(name, "")).lower()
            if wanted is None:
                if gender and held and gender_of_title(held) not in (None, gender):
                    continue  # "sagte sie" is not the Bürgermeister named last
                return name
            if held and _same_role(held, wanted):
                return name
        return None

    def other_before(self, offset: int, besides: str | None) -> str | None:
        """The person named last before ``offset`` who is not ``besides``."""
        for index in range(bisect_left(self.starts, offset) - 1, -1, -1):
            name = self.entries[index][1]
            if name != besides:
                return name
        return None

    def first_in(self, start: int, end: int) -> str | None:
        index = bisect_left(self.starts, start)
        if index < len(self.entries) and self.entries[index][0] < end:
            return self.entries[index][1]
        return None


_FEMININE_TITLE = re.compile(r"(?:in|innen|frau|mutter|schwester|ess)$")
_MASCULINE_TITLE = re.compile(r"(?:er|or|ent|ant|at|eur|ist|mann|vater|bruder|ef|og|ar|rer)$")


def gender_of_title(title: str) -> str | None:
    """ "f" for "Oberbürgermeisterin", "m" for "Bürgermeister", None where German cannot tell
    ("Beigeordnete", "Vorsitzende")."""
    lowered = title.lower()
    if _FEMININE_TITLE.search(lowered):
        return "f"
    if _MASCULINE_TITLE.search(lowered):
        return "m"
    return None


def _same_role(held: str, wanted: str) -> bool:
    """ "Sportbürgermeister" and "Bürgermeister", "Beigeordneten" and "Beigeordnete"."""
    held, wanted = held.rstrip("ns"), wanted.rstrip("ns")
    return held.endswith(wanted) or wanted.endswith(held)


def _pronoun_gender(text: str) -> str | None:
    found = _PRONOUN.search(text)
    if found is None:
        return None
    return "m" if found.group(0).lower() in ("er", "he", "il", "hij") else "f"


def _word_count(text: str) -> int:
    return len(text.split())


# _SENTENCE_END matches only right after one of ".!?" or at one of "„“»«".
_SENTENCE_MARK = re.compile(r"[.!?„“»«]")


def _sentence_end(rest: str) -> int | None:
    """Where ``_SENTENCE_END.search(rest, 1)`` matches, trying only where it can."""
    position = 0
    tried = 0
    while True:
        mark = _SENTENCE_MARK.search(rest, position)
        if mark is None:
            return None
        found = mark.start()
        position = found + 1
        if rest[found] in ".!?":
            found += 1
        if found <= tried:
            continue  # before position 1, or tried already
        if _SENTENCE_END.match(rest, found):
            return found
        tried = found


def _after_window(text: str, end: int) -> str:
    rest = text[end : end + 220]
    boundary = _sentence_end(rest)
    return rest[:boundary] if boundary is not None else rest


def _before_window(text: str, start: int) -> str:
    head = text[max(0, start - 220) : start]
    cut = max(
        head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("“"), head.rfind("”")
    )
    return head[cut + 1 :] if cut >= 0 else head


def quotes_in_text(
    text: str,
    known: Iterable[str] = (),
    last_speaker: str | None = None,
    mentions: Mentions | None = None,
    base: int = 0,
) -> tuple[list[Quote], str | None]:
    """Quotations in one paragraph, merged per speaker, and the last speaker seen.

    ``last_speaker`` carries over from the previous paragraph, because press
    releases continue a quotation in the next paragraph without naming the
    speaker again, and resolve "sagt sie" to whoever spoke last.
    """
    known_names = list(known)
    # Names from the paragraph itself are only needed once a speaker is looked for.
    find_names = not known_names
    if mentions is None and _SEGMENT_START.search(text):
        mentions, base = Mentions(text, known_names), 0
    results: list[Quote] = []
    previous_end = -1
    previous_had_attribution = False
    for match in finditer_from(_SEGMENT_START, _SEGMENT, text):
        inner = next(group for group in match.groups() if group is not None).strip()
        if _word_count(inner) < 3:
            continue
        speaker: str | None = None
        after = _after_window(text, match.end())
        attributed = False
        cue = ""
        if _ATTRIBUTION_START.match(after) or (
            inner[-1:] in "?!" and after[:1] == " " and after[1:2].islower()
        ):
            attributed = True
            if find_names:
                known_names = [name for _, name, _ in names_after_titles(text)]
                find_names = False
            anonymous = _ANONYMOUS.match(after)
            speaker = None if anonymous else find_person_in(after, known_names)
            cue = (
                "unbenannte Person („sagte eine Besucherin“)"
                if anonymous
                else "Name in der Zuschreibung nach dem Zitat"
            )
            role = _ROLE_REFERENCE.search(after[:60]) if speaker is None and not anonymous else None
            if role is not None and mentions is not None:
                # "sagte die Oberbürgermeisterin": whoever was last named with that office;
                # "sagt die 19-Jährige": whoever was named last before the quotation.
                word = role.group("role")
                if is_office_title(word):
                    speaker = mentions.last_before(base + match.start(), word)
                    cue = f"„{role.group(0)}“: zuletzt mit diesem Amt genannt"
                elif word[0].isupper() or word[0].isdigit():
                    speaker = mentions.last_before(base + match.start())
                    cue = f"„{role.group(0)}“: zuletzt genannte Person"
            if speaker is None and not anonymous and _PRONOUN.search(after[:40]):
                cue = "Pronomen nach dem Zitat: zuletzt genannte Person"
                # "sagte er": the person named last before the quotation in this
                # paragraph, else whoever spoke last.
                speaker = (
                    (
                        mentions.last_before(
                            base + match.start(), within=base, gender=_pronoun_gender(after[:40])
                        )
                        if mentions is not None
                        else None
                    )
                    or (
                        find_person_in(
                            text[max(0, match.start() - 300) : match.start()],
                            known_names,
                            prefer_last=True,
                        )
                        if match.start() > 0
                        else None
                    )
                    or last_speaker
                )
                if speaker is None and mentions is not None:
                    speaker = mentions.last_before(base + match.start())
        if speaker is None:
            before = _before_window(text, match.start())
            # (a colon or a dash before the quotation, ignoring whitespace)
            if before.rstrip().endswith((":", "–", "—")):
                attributed = True  # introduced as a quotation, even where no one is named
                if find_names:
                    known_names = [name for _, name, _ in names_after_titles(text)]
                    find_names = False
                speaker = find_person_in(before, known_names, prefer_last=True)
                cue = "Name vor dem Doppelpunkt"
                if speaker is None and _PRONOUN.search(before):
                    # "Er ist überzeugt: „…“": the person named last before.
                    if mentions is not None:
                        speaker = mentions.last_before(
                            base + match.start() - len(before), gender=_pronoun_gender(before)
                        )
                    speaker = speaker or last_speaker
                    cue = "Pronomen vor dem Doppelpunkt: zuletzt genannte Person"

        if speaker is None and not attributed and last_speaker is not None:
            # "Er dankte den Helfern. „Ohne sie …“": the sentence before the
            # quotation has the last speaker as its subject.
            head = text[max(0, match.start() - 220) : match.start()].rstrip()
            if head.endswith((".", "!", "?", ":")):
                sentence = _LAST_SENTENCE.split(head[:-1])[-1]
                if _PRONOUN_SUBJECT.match(sentence):
                    speaker = last_speaker
                    attributed = True
                    cue = "Satz davor mit Pronomen als Subjekt: wer zuletzt sprach"
        if speaker is None and not attributed and mentions is not None and match.start() > 0:
            # "Oberbürgermeisterin Katja Dörner freute sich über den Besuch. „…“": the
            # quotation without attribution speaks for the person the sentence before is about.
            head = text[max(0, match.start() - 300) : match.start()].rstrip()
            if head.endswith((".", "!", "?", ":")):
                sentence = _LAST_SENTENCE.split(head[:-1])[-1]
                start = (
                    base
                    + match.start()
                    - (len(text[: match.start()]) - len(head))
                    - len(head)
                    + (len(head) - len(sentence) - 1)
                )
                subject = _ROLE_SUBJECT.match(sentence)
                named = (
                    mentions.last_before(start, subject.group("role"))
                    if subject and is_office_title(subject.group("role"))
                    else mentions.first_in(start, base + match.start())
                )
                if named is not None:
                    speaker = named
                    attributed = True
                    cue = "Satz davor handelt von dieser Person"
        if speaker is None and not attributed and results and previous_end >= 0:
            between = text[previous_end : match.start()]
            if len(between) < 200 and previous_had_attribution:
                speaker = results[-1].speaker
        if speaker is None and not results and not attributed and match.start() < 3:
            speaker = last_speaker
        if results and speaker is not None and results[-1].speaker == speaker and previous_end >= 0:
            between = text[previous_end : match.start()]
            if len(between) < 200:
                joiner = " " if results[-1].text.endswith((".", "!", "?", "…")) else " … "
                results[-1].text = f"{results[-1].text}{joiner}{inner}"
                previous_end = match.end()
                continue
        if speaker is None and not attributed and _word_count(inner) < 8:
            continue
        results.append(Quote(text=inner, speaker=speaker))
        if explain.active():
            ranked = [explain.Candidate(speaker or "–", 1 if speaker else 0, [cue] if cue else [])]
            other = mentions.other_before(base + match.start(), speaker) if mentions else None
            if other is not None:
                ranked.append(explain.Candidate(other, 0, ["zuletzt zuvor genannte andere Person"]))
            explain.decided(f"Zitat {inner[:40]!r}", ranked)
        previous_end = match.end()
        previous_had_attribution = speaker is not None
        if speaker:
            last_speaker = speaker
    return results, last_speaker


def quotes_from_blocks(blocks: list[Block], preamble: str = "") -> list[Quote]:
    """All quotations of a body: quote blocks as they are, plus those inside paragraphs.

    ``preamble`` is what the reader read before the body (the lead paragraph): the people it
    names are the ones a later "sagte Hermann" or "sagt sie" refers to.
    """
    text = "\n\n".join(
        [preamble] * bool(preamble)
        + [block.text for block in blocks if block.kind in ("paragraph", "quote", "heading")]
    )
    if not any(
        block.kind == "paragraph" and block.text and _SEGMENT_START.search(block.text)
        for block in blocks
    ):
        # No paragraph holds a quotation mark: only quote blocks can give quotes,
        # and they need no speaker search.
        return [
            Quote(text=quoted, speaker=block.speaker)
            for block in blocks
            if block.kind == "quote" and (quoted := _strip_outer_quotes(block.text))
        ]
    known: list[str] = list(dict.fromkeys(name for _, name, _ in names_after_titles(text)))
    for block in blocks:
        if block.speaker and block.speaker not in known and " " in block.speaker:
            known.append(block.speaker)
    mentions = Mentions(text, known)
    results: list[Quote] = []
    last_speaker: str | None = None
    base = len(preamble) + 2 if preamble else 0
    for block in blocks:
        if block.kind not in ("paragraph", "quote", "heading"):
            continue
        if block.kind == "quote":
            quoted = _strip_outer_quotes(block.text)
            if quoted:
                results.append(Quote(text=quoted, speaker=block.speaker))
                last_speaker = block.speaker or last_speaker
        elif block.kind == "paragraph" and block.text:
            found, last_speaker = quotes_in_text(block.text, known, last_speaker, mentions, base)
            results.extend(found)
        base += len(block.text) + 2
    return results


def _strip_outer_quotes(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in '„“"»«' and text[-1] in '“”"«»':
        text = text[1:-1].strip()
    return text
