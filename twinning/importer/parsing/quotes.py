"""Quotations and their speakers, as German press releases write them.

Quotes mostly sit inside paragraphs („…“, betont Oberbürgermeister …; or
Frank Meyer sagte: „…“), only sometimes in a blockquote. Keeping paragraphs
intact and deriving the quotes from them keeps the imported body faithful
while the report and the page still get quote-with-speaker pairs.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._scan import finditer_from
from .model import Block, Quote
from .names import find_person_in, names_after_titles

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
_PRONOUN = re.compile(r"\b(?:er|sie|he|she|il|elle|hij|zij)\b")
_LAST_SENTENCE = re.compile(r"(?<=[.!?…“”])\s+")
_PRONOUN_SUBJECT = re.compile(r"^(?:Er|Sie|He|She)\s+[a-zäöüß]+")
_ATTRIBUTION_START = re.compile(
    r"^\s*(?:[,;]|[–—-]\s|\s*so\b|\s*(?:sagt|sagte|betont|betonte|erklärt|erklärte|fragt|fragte|ruft|rief)\b)"
)


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
    text: str, known: Iterable[str] = (), last_speaker: str | None = None
) -> tuple[list[Quote], str | None]:
    """Quotations in one paragraph, merged per speaker, and the last speaker seen.

    ``last_speaker`` carries over from the previous paragraph, because press
    releases continue a quotation in the next paragraph without naming the
    speaker again, and resolve "sagt sie" to whoever spoke last.
    """
    known_names = list(known)
    # Names from the paragraph itself are only needed once a speaker is looked for.
    find_names = not known_names
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
        if _ATTRIBUTION_START.match(after) or (
            inner[-1:] in "?!" and after[:1] == " " and after[1:2].islower()
        ):
            attributed = True
            if find_names:
                known_names = [name for _, name, _ in names_after_titles(text)]
                find_names = False
            speaker = find_person_in(after, known_names)
            if speaker is None and _PRONOUN.search(after[:40]):
                # "sagte er": the person named last before the quotation in this
                # paragraph, else whoever spoke last.
                speaker = (
                    find_person_in(
                        text[max(0, match.start() - 300) : match.start()],
                        known_names,
                        prefer_last=True,
                    )
                    if match.start() > 0
                    else None
                ) or last_speaker
        if speaker is None:
            before = _before_window(text, match.start())
            # (a colon or a dash before the quotation, ignoring whitespace)
            if before.rstrip().endswith((":", "–", "—")):
                if find_names:
                    known_names = [name for _, name, _ in names_after_titles(text)]
                    find_names = False
                speaker = find_person_in(before, known_names, prefer_last=True)
                if speaker is None and _PRONOUN.search(before):
                    speaker = last_speaker
                attributed = attributed or speaker is not None
        if speaker is None and not attributed and last_speaker is not None:
            # "Er dankte den Helfern. „Ohne sie …“": the sentence before the
            # quotation has the last speaker as its subject.
            head = text[max(0, match.start() - 220) : match.start()].rstrip()
            if head.endswith((".", "!", "?", ":")):
                sentence = _LAST_SENTENCE.split(head[:-1])[-1]
                if _PRONOUN_SUBJECT.match(sentence):
                    speaker = last_speaker
                    attributed = True
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
        previous_end = match.end()
        previous_had_attribution = speaker is not None
        if speaker:
            last_speaker = speaker
    return results, last_speaker


def quotes_from_blocks(blocks: list[Block]) -> list[Quote]:
    """All quotations of a body: quote blocks as they are, plus those inside paragraphs."""
    text = "\n\n".join(
        block.text for block in blocks if block.kind in ("paragraph", "quote", "heading")
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
    results: list[Quote] = []
    last_speaker: str | None = None
    for block in blocks:
        if block.kind == "quote":
            text = _strip_outer_quotes(block.text)
            if text:
                results.append(Quote(text=text, speaker=block.speaker))
                last_speaker = block.speaker or last_speaker
        elif block.kind == "paragraph" and block.text:
            found, last_speaker = quotes_in_text(block.text, known, last_speaker)
            results.extend(found)
    return results


def _strip_outer_quotes(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] in '„“"»«' and text[-1] in '“”"«»':
        text = text[1:-1].strip()
    return text
