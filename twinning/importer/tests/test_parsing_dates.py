"""German dates: publication lines and dates mentioned in the text."""

from __future__ import annotations

import datetime

import pytest

from twinning.importer.parsing.dates import (
    dates_mentioned,
    parse_date_string,
    publication_date_in_line,
)

PUBLISHED = datetime.date(2022, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Montag, 17. Oktober", ["2022-10-17"]),
        ("am Abend des 19. Oktober", ["2022-10-19"]),
        ("17.10.2022", ["2022-10-17"]),
        ("vom 3. bis 5. Mai", ["2022-05-03", "2022-05-05"]),
        ("vom 30. April bis 2. Mai 2023", ["2023-04-30", "2023-05-02"]),
        ("am 17./18. Oktober", ["2022-10-17", "2022-10-18"]),
        ("3., 4. und 5. Mai 2023", ["2023-05-03", "2023-05-04", "2023-05-05"]),
        ("am 17.10.", ["2022-10-17"]),
        ("3.-5.5.2023", ["2023-05-03", "2023-05-05"]),
        ("Freitag, 14. Okt. 2022", ["2022-10-14"]),
        ("on October 17th", ["2022-10-17"]),
        ("le 1er mai 2023", ["2023-05-01"]),
        ("2022-10-17", ["2022-10-17"]),
        ("um 14.30 Uhr", []),
        ("1.500.000 Euro", []),
        ("im Mai 30 Gäste", []),
        ("am 31. Februar", []),
    ],
)
def test_dates_mentioned(text: str, expected: list[str]) -> None:
    assert dates_mentioned(text, PUBLISHED) == expected


def test_year_turn_and_weekday_resolve_the_year() -> None:
    assert dates_mentioned("am 5. Januar", datetime.date(2022, 12, 20)) == ["2023-01-05"]
    assert dates_mentioned("am 20. Dezember", datetime.date(2023, 1, 10)) == ["2022-12-20"]
    # 17 October was a Tuesday in 2023, not in 2022 (Monday).
    assert dates_mentioned("Dienstag, 17. Oktober", datetime.date(2022, 10, 14)) == ["2023-10-17"]


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Veröffentlicht am: 14.10.2022", "published", datetime.date(2022, 10, 14)),
        ("Veröffentlicht am 14. Oktober 2022", "published", datetime.date(2022, 10, 14)),
        ("Datum: 14.10.2022", "published", datetime.date(2022, 10, 14)),
        ("Stand: 14.10.2022", "updated", datetime.date(2022, 10, 14)),
        ("14.10.2022", "bare", datetime.date(2022, 10, 14)),
        ("Freitag, 14. Oktober 2022", "bare", datetime.date(2022, 10, 14)),
        (
            "Veröffentlicht am 17.10.2022 um 11:30 Uhr",
            "published",
            datetime.datetime(2022, 10, 17, 11, 30),
        ),
    ],
)
def test_publication_lines(line: str, kind: str, value: datetime.date) -> None:
    assert publication_date_in_line(line) == (kind, value)


def test_prose_with_a_date_is_not_a_date_line() -> None:
    assert (
        publication_date_in_line("Am 14.10.2022 reiste die Delegation ab. Sie kam spät zurück.")
        is None
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-10-14", datetime.date(2022, 10, 14)),
        ("2022-10-14T10:30:00+02:00", datetime.datetime.fromisoformat("2022-10-14T10:30:00+02:00")),
        ("2022-10-14T08:30:00Z", datetime.datetime.fromisoformat("2022-10-14T08:30:00+00:00")),
        (
            "Fri, 14 Oct 2022 10:00:00 +0200",
            datetime.datetime.fromisoformat("2022-10-14T10:00:00+02:00"),
        ),
        ("14.10.2022", datetime.date(2022, 10, 14)),
        ("October 14, 2022", datetime.date(2022, 10, 14)),
        ("kein Datum", None),
    ],
)
def test_metadata_date_strings(value: str, expected: object) -> None:
    assert parse_date_string(value) == expected
