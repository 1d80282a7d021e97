"""Query parameters of the API: their types, their limits, and what a caller is told when wrong.

Every limit a parameter has is part of its type, so that the OpenAPI document states it and a
request the document calls valid is answered (schemathesis checks exactly that). Dates and
instants are taken as far as the calendar goes: ``changed_since=0001-01-01T00:00:00Z`` means
"since the beginning" and is answered as such, instead of failing when the database converts
it to UTC; ``date_to=9999-12-31`` means "no end".
A malformed value is a 400 that names the parameter and says in German what is expected.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from django.utils import timezone
from django.utils.translation import gettext as _
from pydantic import AfterValidator, BeforeValidator, Field
from pydantic_core import PydanticCustomError

# The instants every database and time zone can hold; beyond them a filter means "no limit".
EARLIEST = dt.datetime(1, 1, 2, tzinfo=dt.UTC)
LATEST = dt.datetime(9999, 12, 30, tzinfo=dt.UTC)
FIRST_DAY = EARLIEST.date()
LAST_DAY = LATEST.date() - dt.timedelta(days=1)  # a filter looks one day past its last day

SLUG = re.compile(r"[-\w]+")
# RFC 3339, as the OpenAPI document's "date-time" and "date" formats say (pydantic alone would
# also take a bare date, a naive time or a number of seconds for an instant).
RFC3339_INSTANT = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
RFC3339_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def rfc3339_instant(value: Any) -> Any:
    if not (isinstance(value, str) and RFC3339_INSTANT.fullmatch(value)):
        raise PydanticCustomError("datetime_parsing", "not an RFC 3339 date-time")
    return value


def rfc3339_date(value: Any) -> Any:
    if not (isinstance(value, str) and RFC3339_DATE.fullmatch(value)):
        raise PydanticCustomError("date_parsing", "not an RFC 3339 date")
    return value


def within_calendar(moment: dt.datetime) -> dt.datetime:
    """An aware instant in UTC; naive means the site's time zone; clamped to what is storable."""
    try:
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
        moment = moment.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return EARLIEST if moment.year < 5000 else LATEST
    return min(max(moment, EARLIEST), LATEST)


def day_within_calendar(day: dt.date) -> dt.date:
    return min(max(day, FIRST_DAY), LAST_DAY)


Moment = Annotated[
    dt.datetime,
    BeforeValidator(rfc3339_instant),
    AfterValidator(within_calendar),
    Field(description="Zeitpunkt nach RFC 3339 mit Zeitzone, z. B. 2024-05-01T10:00:00+02:00"),
]
Day = Annotated[
    dt.date,
    BeforeValidator(rfc3339_date),
    AfterValidator(day_within_calendar),
    Field(description="Tag in der Form JJJJ-MM-TT"),
]
PageNumber = Annotated[int, Field(ge=1, description="Seite, ab 1")]
PageSize = Annotated[int, Field(ge=1, le=100, description="Einträge je Seite, 1 bis 100")]


def is_slug(value: str | None) -> bool:
    """Whether ``value`` can name anything at all (a slug): others match nothing."""
    return value is None or bool(SLUG.fullmatch(value))


def german_message(error: dict[str, Any], parameter: str) -> str:
    """What a caller is told about one error pydantic (or our own check) found."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("%(p)s muss eine ganze Zahl sein.") % {"p": parameter}
    if kind == "greater_than_equal":
        return _("%(p)s muss mindestens %(n)s sein.") % {"p": parameter, "n": ctx.get("ge")}
    if kind == "less_than_equal":
        return _("%(p)s darf höchstens %(n)s sein.") % {"p": parameter, "n": ctx.get("le")}
    if kind.startswith("datetime") or kind.startswith("timezone"):
        return _(
            "%(p)s muss ein Zeitpunkt mit Zeitzone sein (RFC 3339), z. B. "
            "2024-05-01T10:00:00+02:00 oder 2024-05-01T08:00:00Z."
        ) % {"p": parameter}
    if kind.startswith("date"):
        return _("%(p)s muss ein Datum in der Form JJJJ-MM-TT sein.") % {"p": parameter}
    if kind in ("literal_error", "enum"):
        return _("%(p)s muss einer dieser Werte sein: %(values)s.") % {
            "p": parameter,
            "values": ctx.get("expected", ""),
        }
    if kind == "string_too_long":
        return _("%(p)s ist zu lang (höchstens %(n)s Zeichen).") % {
            "p": parameter,
            "n": ctx.get("max_length"),
        }
    if kind == "missing":
        return _("%(p)s fehlt.") % {"p": parameter}
    if not kind and error.get("msg"):
        return str(error["msg"])  # our own checks write German already
    return _("%(p)s ist ungültig.") % {"p": parameter}
