"""The ``--report json`` item for one parsed or rejected input item.

Kept next to the parsers so the report shape (fixed by the issue) is built
in one place from the parser's own types; the command only adds the status
it decided (created, updated, unchanged) after writing to the database.
"""

from __future__ import annotations

import datetime
from typing import Any

from .linking import Links
from .model import ImageRef, ParsedItem, ParseResult


def _image(image: ImageRef | None) -> dict[str, str | None] | None:
    if image is None:
        return None
    return {"caption": image.caption, "credit": image.credit, "kind": image.kind or "foto"}


def _date(value: datetime.date | datetime.datetime | None) -> str | None:
    if value is None:
        return None  # "Datum unbekannt": the page carries no date
    return (value.date() if isinstance(value, datetime.datetime) else value).isoformat()


def report_item(
    result: ParseResult, links: Links | None = None, status: str | None = None
) -> dict[str, Any]:
    """The report dict: status defaults to "rejected" for Rejected, else must come from the caller."""
    if not isinstance(result, ParsedItem):
        return {
            "source": result.source,
            "source_id": result.source_id or "",
            "status": "rejected",
            "reason": result.reason,
            "title": result.title or "",
            "published": None,
            "subtitle": None,
            "teaser": None,
            "headings": [],
            "quotes": [],
            "image": None,
            "partner_cities": [],
            "people": [],
            "organisations": [],
            "topics": [],
            "dates_mentioned": [],
            "related": [],
        }
    links = links or Links(partner_cities=list(result.partner_cities), topics=list(result.topics))
    return {
        "source": result.source,
        "source_id": result.source_id,
        "status": status or "created",
        "reason": None,
        "title": result.title,
        "published": _date(result.published),
        "subtitle": result.subtitle,
        "teaser": result.teaser,
        "headings": result.headings,
        "quotes": [quote.as_dict() for quote in result.quotes],
        "image": _image(result.image),
        "partner_cities": links.partner_cities,
        "people": links.people,
        "organisations": links.organisations,
        "topics": links.topics,
        "dates_mentioned": links.dates_mentioned,
        "related": [{"title": entry.title, "teaser": entry.teaser} for entry in result.related],
    }
