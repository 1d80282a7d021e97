"""Press releases from plain text copied out of a municipal news page.

Copying a page out of the browser keeps the reading order but loses all
markup: navigation, headline, date, captions, credits, body, teaser cards and
footer arrive as lines. The parser classifies lines by what they look like
(noise words, date labels, credit markers, section headings) and then reads
them the way a person would: the headline is the title-like line next to the
publication date, a caption is the line before its credit, a short line
between paragraphs is a heading, and the teaser section at the end becomes
related items.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from . import explain
from .dates import (
    dateline_date,
    publication_date_in_line,
    split_date_and_title,
    split_title_and_date,
)
from .model import NO_DATE, Block, ImageRef, ParsedItem, ParseResult, Rejected, Related
from .sections import is_closing_heading, is_teaser_heading, same_title
from .textutil import (
    derived_source_id,
    ends_sentence,
    is_breadcrumb,
    is_contact_line,
    is_cookie_banner,
    is_credit_line,
    is_footer_copyright,
    is_noise_line,
    is_tail_furniture,
    is_weak_credit,
    split_caption_credit,
    squash,
    word_count,
)

_BULLET = re.compile(r"^\s*(?:[•·▪◦●■►▸‣*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))\s*")
_TAGS_LINE = re.compile(
    r"^(?:schlagw(?:o|ö)rte?|stichw(?:o|ö)rte?|tags?|themen|kategorien?|rubriken?)\s*:\s*(?P<tags>.+)$",
    re.IGNORECASE,
)
_URL_LINE = re.compile(
    r"^(?:(?:url|quelle|adresse|link|source|permalink|online)\s*:\s*)?(?P<url>https?://\S+)$",
    re.IGNORECASE,
)
_URL_LABELLED = re.compile(r"^(?:url|quelle|adresse|link|source|permalink)\s*:", re.IGNORECASE)
_OPENING_QUOTES = '„“"»«‚'
_CLOSING_QUOTES = '“”"«»‘'
_ATTRIBUTION_LINE = re.compile(r"^[—–-]\s*\S")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+(?=[A-ZÄÖÜ„\"“])")


@dataclass
class _Unit:
    """One line (or re-joined paragraph) and what it looks like."""

    text: str
    kind: str = "text"
    date: datetime.date | datetime.datetime | None = None
    date_kind: str | None = None
    caption_for: int | None = None
    is_caption: bool = False
    blank_before: bool = False


def _sentences(text: str) -> int:
    return len([part for part in _SENTENCE_SPLIT.split(text) if part.strip()])


# Copying a page glues a menu item, a city name or a date to the next line's first word:
# "PartnerstädteFeuerwehrleute aus Olsztyn …", "7. September 2023Bürgerreise nach Riga",
# "KrefeldPressemeldung – 17.10.2017". German words have no capital inside.
_GLUED = re.compile(
    r"(?<=[a-zäöüß]{4})(?=[A-ZÄÖÜ][a-zäöüß]{3,})|(?<=\d{4})(?=[A-ZÄÖÜ][a-zäöüß]{3,})"
)


def _split_line(line: str) -> list[str]:
    """One copied line as the lines the page showed: unglued, date apart from the headline."""
    pieces = _unglue(line) if _GLUED.search(line) else [line]
    out: list[str] = []
    for piece in pieces:
        split = split_date_and_title(piece) if len(piece) > 20 else None
        if split is not None:
            out += [piece[: len(piece) - len(split[1])].strip(), split[1]]
        else:
            out.append(piece)
    return out


def _unglue(line: str) -> list[str]:
    parts: list[str] = []
    start = 0
    for match in _GLUED.finditer(line):
        cut = match.start()
        word_start = line.rfind(" ", 0, cut) + 1
        if not line[word_start].isupper() and not line[word_start].isdigit():
            continue  # "eGovernment"
        parts.append(line[start:cut])
        start = cut
    parts.append(line[start:])
    return [part.strip() for part in parts if part.strip()]


def _lines_to_units(text: str) -> list[_Unit]:
    """Lines become units; hard-wrapped paragraphs (fixed-width text) are re-joined."""
    raw_lines = [piece for line in text.split("\n") for piece in _split_line(squash(line))]
    non_blank = [line for line in raw_lines if line]
    wrapped = False
    if len(non_blank) >= 6:
        mid_length = sum(
            1 for line in non_blank if 50 <= len(line) <= 90 and not ends_sentence(line)
        )
        wrapped = mid_length >= 0.3 * len(non_blank) and max(len(line) for line in non_blank) <= 100
    units: list[_Unit] = []
    buffer: list[str] = []
    blank = False

    def flush() -> None:
        if buffer:
            units.append(_Unit(text=" ".join(buffer)))
            buffer.clear()

    for line in raw_lines:
        if not line:
            flush()
            blank = True
            continue
        if not wrapped:
            units.append(_Unit(text=line, blank_before=blank))
            blank = False
            continue
        special = (
            is_noise_line(line)
            or is_credit_line(line)
            or publication_date_in_line(line) is not None
            or _BULLET.match(line) is not None
        )
        if special:
            flush()
            units.append(_Unit(text=line))
        else:
            buffer.append(line)
            if len(line) < 45 and ends_sentence(line):
                flush()
    flush()
    return units


def _classify(units: list[_Unit]) -> None:
    for unit in units:
        text = unit.text
        found = publication_date_in_line(text)
        if found is not None:
            unit.kind = "date"
            unit.date_kind, unit.date = found
        elif is_teaser_heading(text):
            unit.kind = "teasers"
        elif is_closing_heading(text) or is_footer_copyright(text):
            unit.kind = "closing"
        elif is_credit_line(text):
            unit.kind = "credit"
        elif _TAGS_LINE.match(text):
            unit.kind = "tags"
        elif _URL_LINE.match(text):
            unit.kind = "url"
        elif is_noise_line(text) or is_breadcrumb(text) or is_cookie_banner(text):
            unit.kind = "noise"
    # A credit line names the photo whose caption stands right before it; in the
    # article head some sites put the credit first and the caption after it.
    first_long = next(
        (
            index
            for index, unit in enumerate(units)
            if unit.kind == "text" and len(unit.text) >= 200
        ),
        len(units),
    )
    for index, unit in enumerate(units):
        if unit.kind != "credit":
            continue
        previous = index - 1
        while previous >= 0 and units[previous].kind == "noise":
            previous -= 1
        candidate = units[previous] if previous >= 0 else None
        limit = 200 if is_weak_credit(unit.text) else 320
        before_ok = (
            candidate is not None
            and candidate.kind == "text"
            and len(candidate.text) <= limit
            and not candidate.is_caption
            and _could_be_caption(candidate.text, unit.blank_before)
        )
        if before_ok and candidate is not None and index < first_long:
            # "14.10.2022 / headline / Foto: …": a photo with a credit only. The
            # line right under the date is the headline unless it reads like a
            # caption (a sentence).
            above = _previous_index(units, previous - 1)
            if (
                above is not None
                and units[above].kind == "date"
                and not ends_sentence(candidate.text)
                and _is_title_like(candidate)
            ):
                before_ok = False
        if index < first_long:
            following = _next_index(units, index + 1)
            after = units[following] if following is not None else None
            after_ok = (
                after is not None
                and following is not None
                and after.kind == "text"
                and len(after.text) <= 200
                and _could_be_caption(after.text, False)
                and ends_sentence(after.text)
                and not after.blank_before
                and _next_index(units, following + 1) is not None
                and units[_next_index(units, following + 1) or 0].kind == "text"
            )
            if after_ok and (
                not before_ok or (candidate is not None and not ends_sentence(candidate.text))
            ):
                after.is_caption = True  # type: ignore[union-attr]
                unit.caption_for = following
                continue
        if before_ok and candidate is not None:
            candidate.is_caption = True
            unit.caption_for = previous


_PHONE_LINE = re.compile(r"^(?:telefon|tel\.|fon|fax|e-mail|mail)\b", re.IGNORECASE)
_QUOTATION = re.compile(r"[„“\"»«][^„“”\"»«]{8,}[“”\"«»]")


def _could_be_caption(text: str, credit_apart: bool) -> bool:
    """Captions are a sentence or two about a picture, not list items or quoted speech.

    A credit set apart by a blank line after a paragraph of several
    sentences credits a gallery, not that paragraph.
    """
    if _BULLET.match(text) or _QUOTATION.search(text):
        return False
    if is_contact_line(text) or is_tail_furniture(text) or _PHONE_LINE.match(text):
        return False  # "Telefon: 03632 741-000" above the footer's "© Landratsamt …"
    sentences = _sentences(text)
    return sentences <= 2 and not (credit_apart and (sentences > 1 or len(text) > 150))


def _is_title_like(unit: _Unit, max_length: int = 220) -> bool:
    text = unit.text
    if unit.kind != "text" or unit.is_caption:
        return False
    if not 8 <= len(text) <= max_length or word_count(text) < 2:
        return False
    if text.endswith((":", ",", ";")) or _BULLET.match(text):
        return False
    if text[0].islower():
        return False
    return not (ends_sentence(text) and (text.endswith(".") and _sentences(text) > 1))


_FIELD = re.compile(r"^[A-ZÄÖÜ][\wäöüß/-]{1,24}:\s+\S")


def _is_field_line(unit: _Unit) -> bool:
    """ "Ort: Rathaus", "Zeit: 19 Uhr": a labelled field of an info box."""
    if unit.kind == "date":
        return unit.date_kind == "bare" and bool(_FIELD.match(unit.text))
    return (
        unit.kind == "text"
        and not unit.is_caption
        and len(unit.text) <= 120
        and bool(_FIELD.match(unit.text))
        and not ends_sentence(unit.text)
    )


def _bare_link(entry: Related) -> bool:
    return entry.teaser is None and entry.image is None and word_count(entry.title) <= 3


def _is_label(text: str) -> bool:
    """A category or department name: a word or two, no sentence."""
    return word_count(text) <= 2 and len(text) <= 30 and not ends_sentence(text)


def _is_heading_like(unit: _Unit) -> bool:
    text = unit.text
    if unit.kind != "text" or unit.is_caption:
        return False
    if len(text) > 120 or word_count(text) > 14 or word_count(text) < 1:
        return False
    if text.rstrip().endswith((".", ",", ";", ":", "…")) or text[-1] in _CLOSING_QUOTES:
        return False
    return not (text[0] in _OPENING_QUOTES or text[0].islower() or _BULLET.match(text))


def _next_index(units: list[_Unit], start: int, skip: tuple[str, ...] = ("noise",)) -> int | None:
    index = start
    while index < len(units):
        if units[index].kind not in skip:
            return index
        index += 1
    return None


def _previous_index(
    units: list[_Unit], start: int, skip: tuple[str, ...] = ("noise",)
) -> int | None:
    index = start
    while index >= 0:
        if units[index].kind not in skip:
            return index
        index -= 1
    return None


class _TextPage:
    def __init__(self, text: str) -> None:
        self.units = _lines_to_units(text)
        _classify(self.units)
        # The article starts after the breadcrumb, when the copy has one: long
        # notices in the site's header (service hints, banners) are no article.
        crumb = next(
            (
                index
                for index, unit in enumerate(self.units[: max(1, len(self.units) * 2 // 3)])
                if unit.kind == "noise" and is_breadcrumb(unit.text)
            ),
            -1,
        )
        self.crumb = crumb
        self.first_long = next(
            (
                index
                for index, unit in enumerate(self.units)
                if index > crumb and unit.kind == "text" and len(unit.text) >= 200
            ),
            len(self.units),
        )

    def anchor(self) -> int | None:
        """The date line that sits in the article head ("Veröffentlicht am", a bare date)."""
        limit = self.first_long + 3
        for wanted in ("published", "bare", "updated"):
            for index, unit in enumerate(self.units[:limit]):
                if unit.kind == "date" and unit.date_kind == wanted:
                    return index
        return None

    def published(self, anchor: int | None) -> datetime.date | datetime.datetime | None:
        if anchor is not None:
            return self.units[anchor].date
        for wanted in ("published", "updated", "bare"):
            for unit in self.units:
                if unit.kind == "date" and unit.date_kind == wanted:
                    return unit.date
        return None

    def headline(self, anchor: int | None) -> tuple[int | None, int | None]:
        """Index of the headline and, when it has one, of its subheading.

        The layout rules propose a headline; every title-like line of the article head is
        then scored (length, punctuation, closeness to the date and to the text, photo
        credits next to it, the breadcrumb before it), the proposal with a bonus. A layout
        the rules do not know degrades the headline, not the whole page.
        """
        head, subtitle = self._headline_by_layout(anchor)
        ranked = self._ranked_headlines(anchor, head)
        if ranked and ranked[0][0] != head:
            head = ranked[0][0]
            following = _next_index(self.units, head + 1, ("noise", "url", "tags"))
            subtitle = (
                following
                if following is not None
                and following != anchor
                and _is_title_like(self.units[following])
                and not ends_sentence(self.units[following].text)
                and word_count(self.units[following].text) >= 4
                else None
            )
        if explain.active():
            explain.decided(
                "Überschrift",
                [
                    explain.Candidate(self.units[index].text, score, reasons)
                    for index, score, reasons in ranked
                ],
            )
        return head, subtitle

    def _ranked_headlines(
        self, anchor: int | None, proposed: int | None
    ) -> list[tuple[int, float, list[str]]]:
        units = self.units
        crumb = self.crumb
        end = min(len(units), self.first_long + 1)
        scored: list[tuple[int, float, list[str]]] = []
        for index in range(max(0, crumb + 1), end):
            unit = units[index]
            if index != proposed and not _is_title_like(unit):
                continue
            score, reasons = _headline_score(units, index, anchor, self.first_long)
            if index == proposed:
                score += 2
                reasons.append("Layoutregel +2")
            scored.append((index, score, reasons))
        # On a tie the later line wins: menus and breadcrumbs stand above the headline.
        scored.sort(key=lambda entry: (-entry[1], -entry[0]))
        return scored

    def _headline_by_layout(self, anchor: int | None) -> tuple[int | None, int | None]:
        """Index of the headline and, for "headline, subheading, date", of the subheading."""
        units = self.units
        if anchor is not None:
            skip = ("noise", "date", "url", "tags")
            back = _previous_index(units, anchor - 1, skip)
            while back is not None and (units[back].kind == "credit" or units[back].is_caption):
                back = _previous_index(units, back - 1, skip)
            # Lines above the breadcrumb are the site's header (its name, the menu).
            crumb = next(
                (
                    index
                    for index in range(anchor - 1, -1, -1)
                    if units[index].kind == "noise" and is_breadcrumb(units[index].text)
                ),
                None,
            )
            if back is not None and crumb is not None and back < crumb:
                back = None
            forward = _next_index(units, anchor + 1, skip)
            while forward is not None and (
                units[forward].kind == "credit" or units[forward].is_caption
            ):
                forward = _next_index(units, forward + 1, skip)
            if forward is not None and _is_label(units[forward].text):
                # "14.10.2022 / Internationales / headline": a category between date and title.
                after_label = _next_index(units, forward + 1, skip)
                if after_label is not None and _is_title_like(units[after_label], 200):
                    units[forward].kind = "noise"
                    forward = after_label
            back_ok = back is not None and _is_title_like(units[back])
            forward_ok = forward is not None and _is_title_like(units[forward], 200)
            if (
                back is not None
                and not back_ok
                and units[back].kind == "text"
                and ends_sentence(units[back].text)
            ):
                before = _previous_index(units, back - 1, skip)
                if (
                    before is not None
                    and _is_title_like(units[before])
                    and not ends_sentence(units[before].text)
                ):
                    return before, back
            if back_ok and (word_count(units[back].text) >= 4 or not forward_ok):
                return back, None
            if (
                forward_ok
                and forward is not None
                and (word_count(units[forward].text) >= 3 or not back_ok)
            ):
                return forward, None
            if back_ok:
                return back, None
        for index, unit in enumerate(units):
            if not _is_title_like(unit) or word_count(unit.text) < 3 or ends_sentence(unit.text):
                continue
            ahead = [other for other in units[index + 1 : index + 7] if other.kind == "text"]
            if any(len(other.text) >= 150 for other in ahead):
                return index, None
        for index, unit in enumerate(units):
            if unit.kind == "text" and not unit.is_caption and len(unit.text) >= 8:
                return index, None
        return None, None


def _headline_score(
    units: list[_Unit], index: int, anchor: int | None, first_long: int
) -> tuple[float, list[str]]:
    """How much a line looks like the release's headline, with the reasons."""
    unit = units[index]
    text = unit.text
    reasons: list[str] = []
    score = 0.0

    def add(points: float, why: str) -> None:
        nonlocal score
        score += points
        reasons.append(f"{why} {points:+g}")

    words = word_count(text)
    if 4 <= words <= 20:
        add(2, "4–20 Wörter")
    elif words == 3:
        add(1, "3 Wörter")
    elif words < 3:
        add(-3, "kürzer als 3 Wörter")
    else:
        add(-1, "über 20 Wörter")
    if "©" in text or split_caption_credit(text)[1]:
        add(-5, "enthält einen Bildnachweis")
    if text.endswith(".") and not text.endswith("..."):
        add(-2, "endet mit Punkt")
    following = _next_index(units, index + 1)
    previous = _previous_index(units, index - 1)
    if following is not None and units[following].kind == "credit" and ends_sentence(text):
        add(-3, "Satz über einem Bildnachweis (Bildunterschrift)")
    if previous is not None and units[previous].kind == "credit" and ends_sentence(text):
        add(-2, "Satz unter einem Bildnachweis (Bildunterschrift)")
    if anchor is not None and abs(index - anchor) <= 3:
        add(2, "nahe am Datum")
    distance = first_long - index
    if 0 < distance <= 3:
        add(2, "direkt vor dem Text")
    elif 0 < distance <= 8:
        add(1, "kurz vor dem Text")
    elif distance <= 0:
        add(-3, "im Text")
    if following is not None and units[following].kind == "date":
        add(1, "Datum direkt darunter")
    up = previous
    while up is not None and (units[up].kind == "credit" or units[up].is_caption):
        up = _previous_index(units, up - 1)
    above = units[up] if up is not None else None
    below = units[following] if following is not None else None
    if (
        above is not None
        and _is_title_like(above)
        and word_count(above.text) >= 4
        and not ends_sentence(above.text)
        and not text.startswith(above.text)
        and "©" not in above.text
    ):
        add(-4, "steht unter einer Überschrift (Unterzeile)")
    if (
        below is not None
        and _is_title_like(below)
        and word_count(below.text) >= 4
        and not ends_sentence(below.text)
        and not below.text.startswith(text)
        and "©" not in below.text
        and word_count(text) >= 4
        and not ends_sentence(text)
    ):
        add(1, "Unterzeile darunter")
    if below is not None and below.text.startswith(text) and len(below.text) > len(text):
        add(-3, "Anfang der nächsten Zeile (gekürzte Überschrift)")
    menu_neighbours = sum(
        1
        for other in (units[max(0, index - 2) : index] + units[index + 1 : index + 3])
        if other.kind in ("text", "noise")
        and word_count(other.text) <= 3
        and not ends_sentence(other.text)
    )
    if menu_neighbours >= 3:
        add(-2, "zwischen Menüpunkten")
    return score, reasons


def parse_text_extract(text: str, source: str, rel_name: str) -> ParseResult:
    """One copied press page to one release (teaser cards become ``related``)."""
    if not text.strip():
        return Rejected(source=source, reason="empty file")
    page = _TextPage(text)
    units = page.units
    anchor = page.anchor()
    head_index, subtitle_index = page.headline(anchor)
    if head_index is None:
        return Rejected(source=source, reason="no headline found")
    title = units[head_index].text
    published = page.published(anchor)
    how = (
        f"Datumszeile „{units[anchor].text[:40]}“ ({units[anchor].date_kind}) im Kopf des Artikels"
        if anchor is not None
        else "erste Datumszeile der Seite"
    )
    trailing = split_title_and_date(title)
    if trailing is not None:
        title = trailing[0]
        if published is None:
            published, how = trailing[1], "Datum in Klammern nach der Überschrift"
    if published is None:
        # "Krefeld, 14. Oktober 2022 – …": the dateline of the first paragraph.
        published = next(
            (
                found
                for unit in units[head_index + 1 : head_index + 8]
                if unit.kind == "text" and (found := dateline_date(unit.text)) is not None
            ),
            None,
        )
        how = "Ortsmarke am Anfang des Textes"
    if explain.active():
        others = [
            explain.Candidate(unit.date.isoformat(), 0, [f"„{unit.text[:40]}“ ({unit.date_kind})"])
            for index, unit in enumerate(units)
            if unit.kind == "date" and unit.date and unit.date != published and index != anchor
        ][:1]
        chosen = (
            [explain.Candidate(published.isoformat(), 1, [how])] if published is not None else []
        )
        explain.decided(
            "Datum",
            chosen + others,
            None if published else "kein Datum: Entwurf mit „Datum unbekannt“",
        )
    reader = _BodyReader(units, head_index, subtitle_index)
    reader.read()
    if explain.active():
        explain.decided(
            "Unterzeile",
            [
                explain.Candidate(
                    reader.subtitle,
                    1,
                    [
                        "Zeile unter der Überschrift"
                        if subtitle_index is not None
                        else "kurze Zeile ohne Satzende vor dem Text"
                    ],
                )
            ]
            if reader.subtitle
            else [],
        )
    if reader.lead is None:
        reader.lead = _photo_above_headline(units, head_index)
    topics = reader.topics
    source_url = _source_url(units)
    labelled = _labelled_url(units)
    related = [entry for entry in reader.related if not same_title(entry.title, title)]
    warnings: list[str] = [] if published is not None else [NO_DATE]
    if not reader.blocks:
        warnings.append("no body text found")
    if reader.lead is not None and not reader.lead.credit:
        warnings.append("lead image has no credit")
    return ParsedItem(
        source=source,
        source_id=derived_source_id(rel_name, title, labelled),
        title=title,
        published=published,
        subtitle=reader.subtitle,
        teaser=reader.teaser,
        blocks=reader.blocks,
        image=reader.lead,
        topics=topics,
        source_url=source_url,
        related=related,
        warnings=warnings,
    )


def _photo_above_headline(units: list[_Unit], head_index: int) -> ImageRef | None:
    """A hero photo between the breadcrumb and the headline leads the article."""
    for index in range(head_index - 1, -1, -1):
        unit = units[index]
        if unit.kind == "noise" and is_breadcrumb(unit.text):
            return None
        if unit.kind == "credit":
            caption = units[unit.caption_for].text if unit.caption_for is not None else None
            return ImageRef(caption=caption, credit=split_caption_credit(unit.text)[1])
    return None


def _source_url(units: list[_Unit]) -> str | None:
    candidates = [unit for unit in units if unit.kind == "url"]
    if not candidates:
        return None
    non_noise = [unit for unit in units if unit.kind != "noise"]
    for unit in candidates:
        if _URL_LABELLED.match(unit.text) or unit is non_noise[0] or unit is non_noise[-1]:
            match = _URL_LINE.match(unit.text)
            return match.group("url") if match else None
    return None


def _labelled_url(units: list[_Unit]) -> str | None:
    for unit in units:
        if unit.kind == "url" and _URL_LABELLED.match(unit.text):
            match = _URL_LINE.match(unit.text)
            if match:
                return match.group("url")
    return None


class _BodyReader:
    """Reads from the headline to the end: header parts, body, teaser sections."""

    def __init__(self, units: list[_Unit], head_index: int, subtitle_index: int | None) -> None:
        self.units = units
        self.head_index = head_index
        self.subtitle_index = subtitle_index
        self.subtitle: str | None = (
            units[subtitle_index].text if subtitle_index is not None else None
        )
        self.lead: ImageRef | None = None
        self.teaser: str | None = None
        self.blocks: list[Block] = []
        self.related: list[Related] = []
        self.topics: list[str] = []
        self.in_body = False
        self.body_ended = False

    def read(self) -> None:
        units = self.units
        index = self.head_index + 1
        while index < len(units):
            unit = units[index]
            if index == self.subtitle_index:
                index += 1
                continue
            kind = unit.kind
            if kind == "teasers":
                index = self._read_teasers(index + 1)
                continue
            if kind == "closing":
                if self._closing_really_ends(index):
                    # The article ends here, but teaser sections may still
                    # follow the contact box or the share bar.
                    later = next(
                        (
                            position
                            for position in range(index + 1, len(units))
                            if units[position].kind == "teasers"
                        ),
                        None,
                    )
                    if later is None:
                        break
                    self.body_ended = True
                    index = later
                    continue
                index += 1
                continue
            if self.body_ended and kind != "teasers":
                index += 1
                continue
            if kind == "date" and self.in_body and _is_field_line(unit):
                # "Zeit: Samstag, 11. Mai 2024, 14 Uhr" in an info box is body text.
                index = self._text(index)
                continue
            if kind in ("noise", "date", "url"):
                index += 1
                continue
            if kind == "tags":
                match = _TAGS_LINE.match(unit.text)
                if match:
                    self.topics.extend(
                        part.strip()
                        for part in re.split(r"[,;|]", match.group("tags"))
                        if part.strip()
                    )
                index += 1
                continue
            if kind == "credit":
                caption = units[unit.caption_for].text if unit.caption_for is not None else None
                self._image(caption, split_caption_credit(unit.text)[1])
                index += 1
                continue
            if unit.is_caption:
                index += 1
                continue
            index = self._text(index)
        self._trim_tail()
        self._drop_link_list()

    def _closing_really_ends(self, index: int) -> bool:
        """A "Kontakt" heading inside a long body is a heading; at the end it is the footer."""
        if not self.blocks:
            return False
        rest = [unit for unit in self.units[index + 1 :] if unit.kind == "text"]
        long_rest = [unit for unit in rest if len(unit.text) >= 200]
        return len(long_rest) < 2

    def _image(self, caption: str | None, credit: str | None) -> None:
        if not self.in_body and self.lead is None:
            self.lead = ImageRef(path=None, caption=caption, credit=credit)
            return
        if (
            self.lead is None
            and len(self.blocks) == 1
            and self.blocks[0].kind == "paragraph"
            and caption is not None
        ):
            # "headline, teaser paragraph, photo, body": the photo still leads,
            # and a short first paragraph above it is the teaser.
            self.lead = ImageRef(path=None, caption=caption, credit=credit)
            first = self.blocks[0].text
            # A subtitle-sized line is the subtitle; a lead of a sentence or two above the
            # photo is the teaser (Anreißer), which the release keeps as its own field.
            if self.subtitle is None and len(first) <= 140 and _sentences(first) <= 1:
                self.subtitle = first
                self.blocks.clear()
                self.in_body = False
            elif self.teaser is None and len(first) <= 300 and _sentences(first) <= 2:
                self.teaser = first
                self.blocks.clear()
                self.in_body = False
            return
        self.blocks.append(Block(kind="image", text=caption or "", caption=caption, credit=credit))

    def _text(self, index: int) -> int:
        units = self.units
        unit = units[index]
        text = unit.text
        caption, credit = split_caption_credit(text)
        if (
            credit
            and caption
            and len(text) <= 400
            and not is_weak_credit(text[len(caption) :].strip())
        ):
            self._image(caption, credit)
            return index + 1
        if _is_field_line(unit):
            following = _next_index(units, index + 1, ())
            if following is not None and _is_field_line(units[following]):
                # "Ort: …", "Zeit: …", "Eintritt: frei": an info box, one block.
                items = [text]
                while following is not None and _is_field_line(units[following]):
                    items.append(units[following].text)
                    following += 1
                    if following >= len(units):
                        break
                self.blocks.append(Block(kind="paragraph", text="\n".join(items)))
                self.in_body = True
                return following
        if _BULLET.match(text):
            items = [text]
            following = index + 1
            while (
                following < len(units)
                and units[following].kind == "text"
                and _BULLET.match(units[following].text)
            ):
                items.append(units[following].text)
                following += 1
            self.blocks.append(Block(kind="paragraph", text="\n".join(items)))
            self.in_body = True
            return following
        next_index = _next_index(units, index + 1, ("noise", "date", "url"))
        next_unit = units[next_index] if next_index is not None else None
        if not self.in_body and self.subtitle is None and self._subtitle_candidate(unit, next_unit):
            self.subtitle = text
            return index + 1
        if text[0] in _OPENING_QUOTES and text.rstrip()[-1:] in _CLOSING_QUOTES:
            speaker = None
            consumed = index + 1
            if next_unit is not None and next_unit.kind == "text" and len(next_unit.text) <= 120:
                attribution = next_unit.text
                if _ATTRIBUTION_LINE.match(attribution) or (
                    not ends_sentence(attribution)
                    and "," in attribution
                    and word_count(attribution) <= 12
                ):
                    from .names import find_person_in

                    speaker = find_person_in(attribution.lstrip("—–- "), [])
                    if speaker is None and _ATTRIBUTION_LINE.match(attribution):
                        speaker = squash(attribution.lstrip("—–- ").split(",")[0]) or None
                    if speaker is not None and next_index is not None:
                        consumed = next_index + 1
            if speaker is not None:
                self.blocks.append(
                    Block(
                        kind="quote",
                        text=text.strip(_OPENING_QUOTES + _CLOSING_QUOTES + " "),
                        speaker=speaker,
                    )
                )
                self.in_body = True
                return consumed
        if _is_heading_like(unit) and self.in_body:
            # Short lines after "Das Programm:" or three in a row: a list without bullets.
            items = [text]
            following = index + 1
            while (
                following < len(units)
                and units[following].kind == "text"
                and _is_heading_like(units[following])
            ):
                items.append(units[following].text)
                following += 1
            previous = self.blocks[-1] if self.blocks else None
            after_colon = (
                previous is not None
                and previous.kind == "paragraph"
                and previous.text.rstrip().endswith(":")
            )
            if len(items) >= 3 or after_colon:
                self.blocks.append(Block(kind="paragraph", text="\n".join(items)))
                return following
        if (
            _is_heading_like(unit)
            and next_unit is not None
            and next_unit.kind == "text"
            and not next_unit.is_caption
            and not _is_heading_like(next_unit)
            and (self.in_body or self.subtitle is not None)
        ):
            self.blocks.append(Block(kind="heading", text=text, level=2))
            return index + 1
        self.blocks.append(Block(kind="paragraph", text=text))
        self.in_body = True
        return index + 1

    def _subtitle_candidate(self, unit: _Unit, next_unit: _Unit | None) -> bool:
        text = unit.text
        if len(text) > 300 or unit.is_caption or text[0] in _OPENING_QUOTES:
            return False
        if next_unit is None or next_unit.kind not in ("text", "credit"):
            return False
        if not ends_sentence(text):
            return word_count(text) >= 3
        # A sentence or two ending with a full stop is the lead paragraph, not a subtitle,
        # unless it is as short as subtitles are.
        return _sentences(text) <= 1 and len(text) <= 140 and len(next_unit.text) > len(text)

    def _trim_tail(self) -> None:
        """Copied footers leave short link lines and contact lines after the last paragraph; drop them."""
        while self.blocks:
            last = self.blocks[-1]
            if (
                last.kind == "heading"
                or (last.kind == "image" and not last.caption)  # the footer's "© Stadt …"
                or (
                    last.kind == "paragraph"
                    and not ends_sentence(last.text)
                    and word_count(last.text) <= 6
                    and "\n" not in last.text
                )
                or (
                    last.kind == "paragraph"
                    and (is_contact_line(last.text) or is_tail_furniture(last.text))
                )
                or (last.kind == "paragraph" and self._is_link_lines(len(self.blocks) - 1))
            ):
                self.blocks.pop()
                continue
            break

    def _is_link_lines(self, position: int) -> bool:
        """Short lines gathered into one block with no "…:" introducing them: a footer menu."""
        lines = self.blocks[position].text.split("\n")
        if len(lines) < 2 or any(_BULLET.match(line) for line in lines):
            return False
        if all(_FIELD.match(line) for line in lines):
            return False  # an info box ("Ort: …", "Zeit: …")
        if position > 0 and self.blocks[position - 1].text.rstrip().endswith(":"):
            return False
        return all(word_count(line) <= 6 and not ends_sentence(line) for line in lines)

    def _read_teasers(self, index: int) -> int:
        """Teaser cards: [caption, credit,] title, one or two sentences; until the next section."""
        units = self.units
        current: Related | None = None
        pending_image: ImageRef | None = None
        while index < len(units):
            unit = units[index]
            kind = unit.kind
            if kind == "teasers":
                return index
            if kind == "closing":
                return len(units) if self._closing_after_teasers(index) else index
            if kind in ("noise", "date", "url", "tags"):
                index += 1
                continue
            if kind == "credit":
                caption = units[unit.caption_for].text if unit.caption_for is not None else None
                pending_image = ImageRef(caption=caption, credit=split_caption_credit(unit.text)[1])
                if (
                    current is not None
                    and current.image is None
                    and current.teaser is None
                    and caption is None
                ):
                    current.image, pending_image = pending_image, None
                index += 1
                continue
            if unit.is_caption:
                credit_index = _next_index(units, index + 1)
                after_index = (
                    _next_index(units, credit_index + 1, ("noise", "date", "url"))
                    if credit_index is not None
                    else None
                )
                after = units[after_index] if after_index is not None else None
                after_is_sentence = (
                    after is not None
                    and after.kind == "text"
                    and not after.is_caption
                    and ends_sentence(after.text)
                )
                credit_text = units[credit_index].text if credit_index is not None else ""
                if (
                    current is not None
                    and current.teaser is None
                    and ends_sentence(unit.text)
                    and not after_is_sentence
                ):
                    # [title, teaser, credit]: the credit belongs to the card, the line is its teaser.
                    current.teaser = unit.text
                    current.image = current.image or ImageRef(
                        credit=split_caption_credit(credit_text)[1]
                    )
                    index = (credit_index or index) + 1
                    continue
                if not ends_sentence(unit.text) and after_is_sentence:
                    # [title, credit, teaser]: the photo credit sits between title and text.
                    current = Related(
                        title=unit.text, image=ImageRef(credit=split_caption_credit(credit_text)[1])
                    )
                    pending_image = None
                    self.related.append(current)
                    index = (credit_index or index) + 1
                    continue
                index += 1
                continue
            text = unit.text
            caption, credit = split_caption_credit(text)
            if credit and caption and len(text) <= 400:
                pending_image = ImageRef(caption=caption, credit=credit)
                index += 1
                continue
            next_index = _next_index(units, index + 1, ("noise", "date", "url"))
            next_unit = units[next_index] if next_index is not None else None
            sentence_like = ends_sentence(text)
            starts_new = (
                current is None
                or not sentence_like
                or (
                    current.teaser is not None
                    and len(text) <= 140
                    and next_unit is not None
                    and next_unit.kind == "text"
                    and ends_sentence(next_unit.text)
                    and not next_unit.is_caption
                )
            )
            if current is not None and current.teaser is None and sentence_like:
                starts_new = False
            if starts_new:
                current = Related(title=text, image=pending_image)
                pending_image = None
                self.related.append(current)
            elif current is not None:
                if current.teaser is None:
                    current.teaser = text
                elif _sentences(current.teaser) < 3:
                    current.teaser = f"{current.teaser} {text}"
            index += 1
        if pending_image is not None and self.related and self.related[-1].image is None:
            self.related[-1].image = pending_image
        self._drop_cut_teasers()
        return index

    def _drop_cut_teasers(self) -> None:
        """The copy ended inside the teaser list: a card cut off in its title or its text is no
        release to link ("Das Konzert am Sonnabend be"). Where the other cards have a teaser
        text, trailing cards without one are such fragments."""
        related = self.related
        with_text = sum(1 for entry in related if entry.teaser)
        if with_text * 2 < len(related):
            return
        while related and not related[-1].teaser:
            related.pop()
        if related and related[-1].teaser and not ends_sentence(related[-1].teaser):
            related.pop()

    def _drop_link_list(self) -> None:
        """A list of place names after the cards ("Partnerstädte: Venlo, Leicester, …") is no card."""
        related = self.related
        start = 0
        while start < len(related):
            end = start
            while end < len(related) and _bare_link(related[end]):
                end += 1
            if end - start >= 3 and any(entry.teaser for entry in related[:start]):
                if related[start - 1].teaser is None and word_count(related[start - 1].title) <= 5:
                    start -= 1  # the list's own heading
                del related[start:]
                return
            start = end + 1

    def _closing_after_teasers(self, index: int) -> bool:
        return True
