"""Plain data shapes the parsers produce and the Django import command consumes.

They are dataclasses without behaviour beyond small derived views, so that the
parsers stay independent of Django and the command can map them onto models
(and onto the ``--report json`` items) without knowing how they were found.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "quote", "image"]


@dataclass
class Block:
    """One piece of the body, in reading order.

    ``text`` is always plain text so that search indexing and linking need no
    HTML; ``html`` carries the sanitised inline markup (links, emphasis) when
    the source had any, so that the page can keep it.
    """

    kind: BlockKind
    text: str
    speaker: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None
    src: str | None = None
    html: str | None = None
    level: int | None = None


@dataclass
class ImageRef:
    """A photo as the source describes it; the caller fetches or copies the file.

    ``path`` is a file path relative to the source file or a URL as found: the
    parser never touches the network or the disk beyond the source itself.
    """

    path: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None

    @property
    def kind(self) -> str | None:
        """ "grafik", "illustration" or "karte" when the credit's label said so ("Grafik: …")."""
        return getattr(self.credit, "kind", None)


@dataclass
class Related:
    """A teaser card from the end of a press page, kept to link archive items."""

    title: str
    teaser: str | None = None
    image: ImageRef | None = None
    url: str | None = None


@dataclass
class Quote:
    """A quotation found in the body, with the person it is attributed to."""

    text: str
    speaker: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"text": self.text, "speaker": self.speaker}


@dataclass
class ParsedItem:
    """A press release recovered from one source item, ready to be stored."""

    source: str
    source_id: str
    title: str
    # None: the page carries no date; the import makes a draft marked "Datum unbekannt".
    published: datetime.date | datetime.datetime | None
    subtitle: str | None = None
    teaser: str | None = None
    blocks: list[Block] = field(default_factory=list)
    image: ImageRef | None = None
    partner_cities: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    language: str = "de"
    source_url: str | None = None
    related: list[Related] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def headings(self) -> list[str]:
        return [block.text for block in self.blocks if block.kind == "heading"]

    @property
    def quotes(self) -> list[Quote]:
        """Quote blocks plus quotations that stand inside paragraphs.

        Press releases mostly quote inside running text („…“, betont …), so a
        list of quote blocks alone would miss nearly all of them.

        The import asks twice per item (linking, then the report), so the
        result is remembered outside the dataclass fields (equality, repr and
        ``asdict`` do not see it), keyed by exactly what the extraction reads
        of the blocks: changing the blocks afterwards gives fresh quotes. Each
        call returns new Quote objects, so a caller editing them changes no
        later answer.
        """
        key = (self.teaser, *((block.kind, block.text, block.speaker) for block in self.blocks))
        memo = self.__dict__.get("_quotes_memo")
        if memo is None or memo[0] != key:
            from .quotes import quotes_from_blocks

            found = quotes_from_blocks(self.blocks, self.teaser or "")
            memo = (key, [(quote.text, quote.speaker) for quote in found])
            self.__dict__["_quotes_memo"] = memo
        return [Quote(text=text, speaker=speaker) for text, speaker in memo[1]]

    @property
    def body_text(self) -> str:
        parts: list[str] = []
        for block in self.blocks:
            if block.kind == "image":
                if block.caption:
                    parts.append(block.caption)
            elif block.text:
                parts.append(block.text)
        return "\n\n".join(parts)

    @property
    def published_date(self) -> datetime.date | None:
        """The calendar date as the source meant it (local date for datetimes)."""
        if isinstance(self.published, datetime.datetime):
            return self.published.date()
        return self.published

    def all_text(self) -> str:
        """Everything a reader of the release sees, for linking and search."""
        parts = [self.title, self.subtitle or "", self.teaser or ""]
        if self.image and self.image.caption:
            parts.append(self.image.caption)
        parts.append(self.body_text)
        return "\n\n".join(part for part in parts if part)


NO_DATE = "no publication date found"


@dataclass
class Rejected:
    """An input item that could not become a press release, and why.

    Every item of the input ends up either as a ParsedItem or as a Rejected,
    so an import never loses anything silently.
    """

    source: str
    source_id: str | None = None
    title: str | None = None
    reason: str = "unknown reason"


ParseResult = ParsedItem | Rejected
