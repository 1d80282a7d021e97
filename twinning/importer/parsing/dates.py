"""Reading dates the way German press pages write them.

Two jobs: the publication date of a release (from metadata strings and from
lines such as "Veröffentlicht am: 14.10.2022"), and the dates a release talks
about ("Montag, 17. Oktober", "vom 3. bis 5. Mai", "17.10.2022"), which often
leave out the year and must take it from the publication date.
"""

from __future__ import annotations

import datetime
import email.utils
import re
from collections.abc import Iterator

from ._scan import finditer_at, reverse_pattern_source

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januar jänner jaenner january janvier januari jan",
        "februar feber february février fevrier februari feb febr",
        "märz maerz marz march mars maart mär mrz mar",
        "april avril apr",
        "mai may mei",
        "juni june juin jun",
        "juli july juillet jul",
        "august aout août augustus aug",
        "september septembre sep sept",
        "oktober october octobre okt oct",
        "november novembre nov",
        "dezember december décembre decembre dez dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# Full names only: an abbreviation without a dot ("Jan", "Mar") is too often a word.
_FULL_MONTHS = sorted(
    (
        name
        for name in MONTHS
        if len(name) > 4 or name in {"mai", "may", "mei", "juni", "june", "juin", "juli", "july"}
    ),
    key=len,
    reverse=True,
)
_ALL_MONTHS = sorted(MONTHS, key=len, reverse=True)

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "montag monday lundi maandag",
        "dienstag tuesday mardi dinsdag",
        "mittwoch wednesday mercredi woensdag",
        "donnerstag thursday jeudi donderdag",
        "freitag friday vendredi vrijdag",
        "samstag sonnabend saturday samedi zaterdag",
        "sonntag sunday dimanche zondag",
    )
):
    for _name in _names.split():
        WEEKDAYS[_name] = _number

_MONTH_ALT = "|".join(re.escape(name) for name in _ALL_MONTHS)
_FULL_MONTH_ALT = "|".join(re.escape(name) for name in _FULL_MONTHS)
# The lookahead lets the engine give up at once where no weekday can start.
_WEEKDAY_ALT = (
    "(?=[mdfslwjvzMDFSLWJVZ])(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + ")"
)

_TIME = (
    r"(?:\s*(?:,|um|\|)?\s*(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)"
    r"(?:[:.](?P<second>[0-5]\d))?(?![.:]?\d)\s*(?:uhr|h\b)?)?"
)

# "14.10.2022", "14. 10. 2022", "14.10.22"
_NUMERIC_FULL = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.\s?(?P<year>\d{4}|\d{2})(?![\d])" + _TIME,
    re.IGNORECASE,
)
# "Freitag, 14. Oktober 2022", "14. Okt. 2022", "14 October 2022"
_TEXTUAL_FULL = re.compile(
    r"(?:(?P<weekday>" + _WEEKDAY_ALT + r"),?\s+(?:(?:den|dem|le)\s+)?)?"
    r"(?<![\d.])(?P<day>[0-3]?\d)(?:\.|er|st|nd|rd|th)?\s*(?P<month>"
    + _MONTH_ALT
    + r")\.?,?\s+(?P<year>\d{4})(?!\d)"
    + _TIME,
    re.IGNORECASE,
)
# "October 14, 2022"
_ENGLISH_FULL = re.compile(
    r"(?P<month>"
    + _MONTH_ALT
    + r")\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})(?!\d)"
    + _TIME,
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?<!\d)(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?(?P<tz>Z|[+-]\d\d:?\d\d)?)?(?!\d)"
)
_SLASHED = re.compile(r"(?<!\d)(?P<year>\d{4})/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)")

# Mentions: day lists that end in a month name ("3. bis 5. Mai", "17./18. Oktober",
# "3., 4. und 5. Mai", "Montag, 17. Oktober 2022").
_DAY_LIST_TEXTUAL = re.compile(
    r"(?:(?P<weekday>" + _WEEKDAY_ALT + r"),?\s+(?:(?:den|dem)\s+)?)?"
    r"(?<![\d.,])(?P<days>[0-3]?\d\.(?:\s*(?:-|–|—|/|,|bis(?:\s+(?:zum|einschließlich))?|und|sowie|oder)\s*(?:(?:"
    + _WEEKDAY_ALT
    + r"),?\s+(?:den\s+)?)?[0-3]?\d\.)*)\s*(?P<month>"
    + _MONTH_ALT
    + r")\b\.?(?:,?\s+(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
# English/French/Dutch without the German dot: "17 October", "3 mai 2023".
_DAY_MONTH_NODOT = re.compile(
    r"(?<![\d.])(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?\s+(?P<month>"
    + _FULL_MONTH_ALT
    + r")\b(?:,?\s+(?P<year>\d{4})(?!\d))?",
    re.IGNORECASE,
)
_ENGLISH_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
# "October 17th", "October 17, 2022"; a bare "Mai 30" is too often "im Mai 30 Gäste".
_ENGLISH_MONTH_DAY = re.compile(
    r"(?=[jfmasondJFMASOND])\b(?P<month>" + _ENGLISH_MONTHS + r")\s+(?P<day>[0-3]?\d)"
    r"(?:(?:st|nd|rd|th)\b(?:,?\s+(?P<year>\d{4})(?!\d))?|,?\s+(?P<year2>\d{4})(?!\d))",
    re.IGNORECASE,
)
# "3.-5.5.2023", "17./18.10.", "17.10.2022", "17.10."
_NUMERIC_LIST = re.compile(
    r"(?<![\d.])(?P<days>(?:[0-3]?\d\.\s*(?:-|–|/|bis|und)\s*)*)(?P<day>[0-3]?\d)\.\s?(?P<month>[01]?\d)\.(?:\s?(?P<year>\d{4}|\d{2})(?!\d)|(?!\s?\d))"
)
_DAY_IN_LIST = re.compile(r"[0-3]?\d")
_RANGE_END_YEAR = re.compile(
    r"\s*(?:bis(?:\s+(?:zum|einschließlich))?|-|–|—)\s*(?:\w+,?\s+)?[0-3]?\d\.\s*(?P<month>"
    + _MONTH_ALT
    + r")\.?\s+(?P<year>\d{4})(?!\d)",
    re.IGNORECASE,
)


def _make_date(year: int, month: int, day: int) -> datetime.date | None:
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _with_time(day: datetime.date, match: re.Match[str]) -> datetime.date | datetime.datetime:
    groups = match.groupdict()
    if groups.get("hour") is None or groups.get("minute") is None:
        return day
    try:
        return datetime.datetime(
            day.year,
            day.month,
            day.day,
            int(groups["hour"]),
            int(groups["minute"]),
            int(groups.get("second") or 0),
        )
    except ValueError:
        return day


def first_full_date(
    text: str, with_time: bool = False
) -> tuple[int, datetime.date | datetime.datetime] | None:
    """The earliest date with an explicit year in the text, and where it starts."""
    found = _first_full_match(text, with_time)
    return (found[0], found[2]) if found else None


def _first_full_match(
    text: str, with_time: bool = False
) -> tuple[int, int, datetime.date | datetime.datetime] | None:
    best: tuple[int, int, datetime.date | datetime.datetime] | None = None
    for pattern in (_NUMERIC_FULL, _TEXTUAL_FULL, _ENGLISH_FULL, _ISO, _SLASHED):
        for match in pattern.finditer(text):
            if best is not None and match.start() >= best[0]:
                break
            month_raw = match.group("month")
            month = (
                int(month_raw) if month_raw.isdigit() else MONTHS.get(month_raw.lower().rstrip("."))
            )
            if not month:
                continue
            day = _make_date(int(match.group("year")), month, int(match.group("day")))
            if day is None:
                continue
            value: datetime.date | datetime.datetime = day
            if with_time and pattern is not _ISO:
                value = _with_time(day, match)
            best = (match.start(), match.end(), value)
            break
    return best


def parse_date_string(value: str) -> datetime.date | datetime.datetime | None:
    """Parse a date from metadata (ISO 8601, RFC 822 or German/English text).

    Time zones are kept when the source gives them, so the calendar date is
    the one the press office meant and not the UTC one.
    """
    value = (value or "").strip()
    if not value or len(value) > 200:
        return None
    iso = _ISO.match(value)
    if iso and iso.end() == len(value):
        candidate = value[:-1] + "+00:00" if value.endswith("Z") else value
        try:
            if iso.group("hour") is not None:
                return datetime.datetime.fromisoformat(candidate)
            return datetime.date.fromisoformat(candidate)
        except ValueError:
            pass
    if iso:
        day = _make_date(int(iso.group("year")), int(iso.group("month")), int(iso.group("day")))
        if day is not None:
            return day
    if value[:3].isalpha() and "," in value[:5] or re.match(r"^\d{1,2} [A-Za-z]{3} \d{4} ", value):
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None:
            return parsed
    found = first_full_date(value, with_time=True)
    return found[1] if found else None


_PUBLISHED_LABEL = re.compile(
    r"^\W*(?:(?:zuerst\s+)?veröffentlicht(?:\s+am)?|ver[öo]ffentlichungsdatum|erstellt(?:\s+am)?|erschienen(?:\s+am)?|"
    r"datum|pressemitteilung(?:\s+vom|\s+nr\.?\s*\S+\s+vom)?|pressemeldung(?:\s+vom)?|presseinformation(?:\s+vom)?|"
    r"meldung\s+vom|mitteilung\s+vom|published(?:\s+on)?|posted(?:\s+on)?|date|publié\s+le|gepubliceerd(?:\s+op)?|vom)"
    r"\b\s*[:\-–]?\s*",
    re.IGNORECASE,
)
_UPDATED_LABEL = re.compile(
    r"^\W*(?:stand|aktualisiert(?:\s+am)?|zuletzt\s+(?:aktualisiert|geändert)(?:\s+am)?|letzte\s+(?:änderung|aktualisierung)|"
    r"geändert(?:\s+am)?|updated(?:\s+on)?|last\s+updated)\b\s*(?:am\s*)?[:\-–]?\s*",
    re.IGNORECASE,
)


_META_SEPARATOR = re.compile(r"\s*[|·•–—]\s|\s+-\s")
# A sentence around a date; abbreviations ("Fr.", "Nr.") are no sentence end.
_SENTENCE_MARK = re.compile(r"[!?]|[^\W\d]{4,}\.|\d\.(?:\s|$)")


def publication_date_in_line(line: str) -> tuple[str, datetime.date | datetime.datetime] | None:
    """Recognise a date line of a press page and say how sure it is.

    Returns ("published", date) for "Veröffentlicht am:", "Datum:" and the
    like, ("updated", date) for "Stand:" (which the issue allows but which can
    also be a page footer), and ("bare", date) for a line that holds little
    else than a date. Longer lines are body text that merely mentions a date.
    """
    stripped = line.strip()
    if not stripped or len(stripped) > 120:
        return None
    for kind, label in (("published", _PUBLISHED_LABEL), ("updated", _UPDATED_LABEL)):
        match = label.match(stripped)
        if match:
            rest = stripped[match.end() :]
            found = first_full_date(rest[:60], with_time=True)
            if found and found[0] <= 25:
                return kind, found[1]
    if len(stripped) <= 60:
        match = _first_full_match(stripped, with_time=True)
        if match and match[0] <= 20:
            before = stripped[: match[0]].strip(" |,-–·•")
            rest = stripped[match[1] :]
            after = rest.strip(" |,-–·•")
            # "14.10.2022 | Stadt Krefeld | Internationales": meta fields after a separator.
            limit = 60 if match[0] <= 3 and _META_SEPARATOR.match(rest) else 30
            if (
                len(before) <= 20
                and len(after) <= limit
                and not _SENTENCE_MARK.search(before + " " + after)
            ):
                return "bare", match[2]
    return None


_TIME_AFTER_DATE = re.compile(r"^\s*(?:[,|–-]\s*)?(?:\d{1,2}[:.]\d{2}\s*(?:Uhr)?)?[\s|:–-]*")


def split_date_and_title(
    line: str,
) -> tuple[datetime.date | datetime.datetime, str] | None:
    """ "Pressemitteilung Nr. 268 vom 12.05.2023 Potsdam und Opole feiern …": a labelled date
    with the headline glued on (one line after copying, or one h1 with a span)."""
    stripped = line.strip()
    match = _PUBLISHED_LABEL.match(stripped)
    if not match:
        return None
    rest = stripped[match.end() :]
    found = _first_full_match(rest[:60])
    if found is None or found[0] > 25:
        return None
    after = rest[found[1] :]
    after = after[_TIME_AFTER_DATE.match(after).end() :].strip()
    if len(after.split()) < 3 or not after[:1].isupper():
        return None
    return found[2], after


_TRAILING_DATE = re.compile(r"\s*\((?P<date>[^()]{6,40})\)\s*$")


def split_title_and_date(
    title: str,
) -> tuple[str, datetime.date | datetime.datetime] | None:
    """ "Gäste aus Bray und Dundee beim Kilianifest (8. Juli 2024)": a date after the headline."""
    match = _TRAILING_DATE.search(title)
    if match is None:
        return None
    found = _first_full_match(match.group("date"))
    if found is None or found[0] > 12:
        return None
    head = title[: match.start()].strip()
    return (head, found[2]) if len(head.split()) >= 2 else None


_DATELINE_PLACE = re.compile(r"^\(?\s*(?:[A-ZÄÖÜ][^\d,.;:!?()]{1,40},\s*(?:den\s+|am\s+)?)?$")
_DATELINE_END = re.compile(r"\s*(?:\)|[–—:]|-\s|\(\w+\)\s*[–—-]|\.\s+(?=[A-ZÄÖÜ„\d]))")


def dateline_date(text: str) -> datetime.date | datetime.datetime | None:
    """The date of a press dateline opening the first paragraph ("Krefeld, 14.10.2022 – …")."""
    head = text[:90]
    match = _first_full_match(head)
    if match is None or match[0] > 50:
        return None
    if not _DATELINE_PLACE.match(head[: match[0]]) or not _DATELINE_END.match(head, match[1]):
        return None
    return match[2]


def _resolve_year(
    month: int, day: int, reference: datetime.date, weekday: int | None
) -> datetime.date | None:
    """Year of a date written without one, from the publication date.

    The publication year, except across the turn of the year (a December
    release announcing "5. Januar" means the next one) or when a named
    weekday only fits the neighbouring year.
    """
    year = reference.year
    if reference.month >= 11 and month <= 2:
        year += 1
    elif reference.month <= 2 and month >= 11:
        year -= 1
    candidate = _make_date(year, month, day)
    if weekday is not None and candidate is not None and candidate.weekday() != weekday:
        for other in (reference.year, reference.year + 1, reference.year - 1):
            alternative = _make_date(other, month, day)
            if alternative is not None and alternative.weekday() == weekday:
                return alternative
    if candidate is None and year != reference.year:
        candidate = _make_date(reference.year, month, day)
    return candidate


# Every mention holds a day in digits, and each pattern above can start only at
# the first digit of a run of digits (they look behind for a digit), or, for
# _DAY_LIST_TEXTUAL and _ENGLISH_MONTH_DAY, at the weekday or month name written
# just before such a run. So the patterns are tried at those positions only
# (see _scan.finditer_at); text without a digit mentions no date at all.
_DIGIT_RUN = re.compile(r"\d\d*")  # (not \d+, so that re can skip to digits fast)
# "Montag, den " and "October " before the day's digits, spelled backwards and
# matched leftwards from the digits; a superset of what the patterns accept there.
_WEEKDAY_BEFORE_REVERSED = re.compile(
    r"(?:\s+(?:ned|med))?\s+,?(?:" + reverse_pattern_source(WEEKDAYS) + ")", re.IGNORECASE
)
_ENGLISH_MONTH_BEFORE_REVERSED = re.compile(
    r"\s+(?:" + reverse_pattern_source(_ENGLISH_MONTHS.split("|")) + ")", re.IGNORECASE
)


class _Starts:
    """Where each mention pattern may start in a text (ascending positions)."""

    def __init__(self, text: str) -> None:
        # What follows the first digits decides which patterns can start there:
        # "2022-" only _ISO, "17." only the day lists, "17 " or "17th" the others.
        self.iso: list[int] = []
        self.day_dot: list[int] = []  # _NUMERIC_LIST, and _DAY_LIST_TEXTUAL with ...
        self.day_lists: list[int] = []  # ... the weekdays before them
        self.day_no_dot: list[int] = []
        self.month_first: list[int] = []
        reversed_text = ""
        length = len(text)
        for run in _DIGIT_RUN.finditer(text):
            start, end = run.span()
            following = text[end : end + 1]
            digits = end - start
            if digits == 4:
                if following == "-":
                    self.iso.append(start)
                continue
            if digits > 2:
                continue  # a day has one or two digits
            if following == ".":
                if not reversed_text:
                    reversed_text = text[::-1]
                if start and text[start - 1].isspace():
                    before = _WEEKDAY_BEFORE_REVERSED.match(reversed_text, length - start)
                    if before is not None:
                        self.day_lists.append(length - before.end())
                self.day_dot.append(start)
                self.day_lists.append(start)
                continue
            if not following:
                continue
            self.day_no_dot.append(start)
            if start and text[start - 1].isspace():
                if not reversed_text:
                    reversed_text = text[::-1]
                before = _ENGLISH_MONTH_BEFORE_REVERSED.match(reversed_text, length - start)
                if before is not None:
                    self.month_first.append(length - before.end())


def _iter_mentions(text: str, reference: datetime.date) -> Iterator[datetime.date]:
    starts = _Starts(text)
    for match in finditer_at(_ISO, text, starts.iso):
        found = _make_date(
            int(match.group("year")), int(match.group("month")), int(match.group("day"))
        )
        if found:
            yield found
    for match in finditer_at(_DAY_LIST_TEXTUAL, text, starts.day_lists):
        month = MONTHS.get(match.group("month").lower())
        if not month:
            continue
        weekday_name = match.group("weekday")
        weekday = WEEKDAYS.get(weekday_name.lower()) if weekday_name else None
        days = [int(value) for value in _DAY_IN_LIST.findall(match.group("days"))]
        year_raw = match.group("year")
        if not year_raw:
            # "vom 30. April bis 2. Mai 2023": the year at the end of a range holds for its start.
            following = _RANGE_END_YEAR.match(text, match.end())
            if following and MONTHS.get(following.group("month").lower(), 13) >= month:
                year_raw = following.group("year")
        for index, day in enumerate(days):
            day_weekday = weekday if index == 0 and len(days) == 1 else None
            if year_raw:
                found = _make_date(int(year_raw), month, day)
            else:
                found = _resolve_year(month, day, reference, day_weekday)
            if found:
                yield found
    for pattern, positions in (
        (_DAY_MONTH_NODOT, starts.day_no_dot),
        (_ENGLISH_MONTH_DAY, starts.month_first),
    ):
        for match in finditer_at(pattern, text, positions):
            month = MONTHS.get(match.group("month").lower())
            if not month:
                continue
            day = int(match.group("day"))
            year_raw = match.group("year") or match.groupdict().get("year2")
            found = (
                _make_date(int(year_raw), month, day)
                if year_raw
                else _resolve_year(month, day, reference, None)
            )
            if found:
                yield found
    for match in finditer_at(_NUMERIC_LIST, text, starts.day_dot):
        month = int(match.group("month"))
        year_raw = match.group("year")
        days = [int(value) for value in _DAY_IN_LIST.findall(match.group("days") or "")]
        days.append(int(match.group("day")))
        for day in days:
            found = (
                _make_date(int(year_raw), month, day)
                if year_raw
                else _resolve_year(month, day, reference, None)
            )
            if found:
                yield found


def dates_mentioned(text: str, reference: datetime.date) -> list[str]:
    """ISO dates a text talks about, sorted and unique; years taken from ``reference``."""
    if not text:
        return []
    found = {day for day in _iter_mentions(text, reference) if 1900 <= day.year <= 2200}
    return [day.isoformat() for day in sorted(found)]
