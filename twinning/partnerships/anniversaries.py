"""Partnership anniversaries, derived from the date begun and never typed in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Anniversary:
    years: int
    on: dt.date
    exact: bool  # False when only the year the partnership began is known

    @property
    def is_major(self) -> bool:
        """25, 50, 60, 75, 100 … are the ones a city celebrates with a programme."""
        return self.years % 25 == 0 or (self.years >= 50 and self.years % 10 == 0)


def anniversary_date(began: dt.date, years: int) -> dt.date:
    """The day ``years`` after ``began``; a partnership begun on 29 February is marked on 28 February."""
    try:
        return began.replace(year=began.year + years)
    except ValueError:
        return began.replace(year=began.year + years, day=28)


def anniversaries_between(
    began_on: dt.date | None, began_year: int | None, start: dt.date, end: dt.date
) -> list[Anniversary]:
    """Anniversaries (every fifth year) that fall between ``start`` and ``end``, both included.

    With only a year known, the anniversary is the whole year and dated 1 January of it, so
    it is listed whenever any part of that year lies in the window.
    """
    if began_on is None and began_year is None:
        return []
    exact = began_on is not None
    base = began_on or dt.date(began_year, 1, 1)
    found = []
    for year in range(max(start.year, base.year + 5), end.year + 1):
        years = year - base.year
        if years % 5:
            continue
        on = anniversary_date(base, years)
        if exact:
            if start <= on <= end:
                found.append(Anniversary(years, on, True))
        elif dt.date(year, 12, 31) >= start and on <= end:
            found.append(Anniversary(years, on, False))
    return found


def current_or_next(
    began_on: dt.date | None, began_year: int | None, today: dt.date
) -> Anniversary | None:
    """The anniversary of this calendar year if it is one, else the next one to come."""
    if began_on is None and began_year is None:
        return None
    start = dt.date(today.year, 1, 1)
    found = anniversaries_between(began_on, began_year, start, dt.date(today.year + 5, 12, 31))
    return found[0] if found else None
