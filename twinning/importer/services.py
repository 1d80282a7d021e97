"""Stores what the parsers found: press releases created, updated or left alone, and a report.

The parsers (``twinning.importer.parsing``) know nothing of Django; this module maps their
items onto pages, links them to the records, and writes in batches so that an archive of
tens of thousands of releases goes in at hundreds per second. Every input item ends up in the
report exactly once; an item that fails to store is rolled back alone and reported with its
reason, the others go on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import posixpath
import zoneinfo
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from PIL import Image as PILImage

from twinning.core import bookkeeping
from twinning.core.models import CityImage
from twinning.core.text import clean_line, clean_text
from twinning.importer import ahead
from twinning.importer.parsing import Source, iter_sources, limits, names, parse_source_items
from twinning.importer.parsing.linking import Linker, Links, Vocabulary
from twinning.importer.parsing.model import Block, ImageRef, ParsedItem, ParseResult, Rejected
from twinning.importer.parsing.paths import PathRefused, is_remote
from twinning.importer.parsing.report import report_item
from twinning.importer.parsing.textutil import Credit
from twinning.news import services as news_services
from twinning.news.models import Organisation, Person, PressArchivePage, PressReleasePage, Topic
from twinning.partnerships.models import PartnerCityPage

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
BATCH = 500
MAX_IMAGE_BYTES = 20 * 1024 * 1024
NO_CREDIT = "Bild ohne Bildnachweis: als Entwurf importiert"
UNKNOWN_LANGUAGE = gettext_noop(
    "Sprache „%(language)s“ bietet diese Website nicht an (angeboten: %(offered)s)"
)
NO_ARCHIVE_IN_LANGUAGE = gettext_noop(
    "Für die Sprache „%(language)s“ gibt es noch kein Pressearchiv: bitte zuerst das "
    "Pressearchiv im Admin übersetzen, dann erneut importieren"
)
DATE_UNKNOWN = gettext_noop(
    "Datum unbekannt: Die Seite nennt kein Datum. Als Entwurf importiert; bitte das Datum der "
    "Meldung eintragen, bevor sie veröffentlicht wird"
)
DATE_DEFAULTED = gettext_noop("Datum unbekannt: %(date)s eingesetzt (--default-date)")
DATE_FROM_FILE = gettext_noop("Datum unbekannt: %(date)s vom Änderungsdatum der Datei eingesetzt")
# Said the same whether or not the file exists: the report tells nothing about the server.
REFUSED_IMAGE = gettext_noop(
    "Bild nicht übernommen: sein Pfad führt aus dem Import-Ordner hinaus (absolut oder mit "
    "„..“); gelesen werden nur Dateien im Import-Ordner"
)


@dataclass
class ImportOptions:
    fmt: str = "auto"
    dry_run: bool = False
    publish: bool = False
    # For pages that carry no date: use this date, or the file's modification time, instead of
    # importing them as drafts marked "Datum unbekannt". Only when the user asks for it.
    default_date: dt.date | None = None
    date_from_mtime: bool = False


@dataclass
class Counts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def add(self, status: str) -> None:
        setattr(self, status, getattr(self, status) + 1)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + self.rejected


@dataclass
class Records:
    """The records imports link to, looked up once per run."""

    cities: dict[str, tuple[int, str]] = field(
        default_factory=dict
    )  # canonical name -> (pk, title)
    topics: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    organisations: dict[str, int] = field(default_factory=dict)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    titles: list[str] = field(default_factory=list)  # the city's own office titles


def load_records() -> Records:
    records = Records()
    vocab = records.vocabulary
    for pk, title, local, exonyms, slug in PartnerCityPage.objects.values_list(
        "pk", "title", "local_name", "exonyms", "slug"
    ):
        aliases = [a.strip() for a in [local, slug, *exonyms.split(",")] if a and a.strip()]
        vocab.partner_cities.append((title, aliases))
        records.cities[title] = (pk, title)
    for pk, name, keywords in Topic.objects.values_list("pk", "name", "keywords"):
        vocab.topics.append((name, [k.strip() for k in keywords.split(",") if k.strip()]))
        records.topics[name] = pk
    for pk, name in Person.objects.values_list("pk", "name"):
        vocab.people.append((name, []))
        records.people[name] = pk
    for pk, name in Organisation.objects.values_list("pk", "name"):
        vocab.organisations.append((name, []))
        records.organisations[name] = pk
    from twinning.core.models import CitySettings

    settings = CitySettings.objects.first()
    vocab.home_city = [settings.city_name] if settings else []
    records.titles = settings.import_titles.splitlines() if settings else []
    return records


def published_datetime(value: dt.date | dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=BERLIN)
    return dt.datetime.combine(value, dt.time(0, 0), tzinfo=BERLIN)


def body_stream(blocks: list[Block]) -> list[dict]:
    stream: list[dict] = []
    for block in blocks:
        if block.kind == "paragraph" and block.text.strip():
            html = block.html or escape(block.text)
            stream.append(
                {
                    "type": "paragraph",
                    "value": html if html.lstrip().startswith("<p") else f"<p>{html}</p>",
                }
            )
        elif block.kind == "heading" and block.text.strip():
            stream.append({"type": "heading", "value": {"text": block.text[:200]}})
        elif block.kind == "quote" and block.text.strip():
            stream.append(
                {
                    "type": "quote",
                    "value": {"text": block.text, "speaker": (block.speaker or "")[:200]},
                }
            )
        elif block.kind == "image" and block.caption:
            # Photos inside the body come without files; their caption stays readable.
            credit = f" (Foto: {block.credit})" if block.credit else ""
            stream.append(
                {
                    "type": "paragraph",
                    "value": f"<p><em>{escape(block.caption)}{escape(credit)}</em></p>",
                }
            )
    return stream


def content_hash(item: ParsedItem, links: Links, publish: bool) -> str:
    """What decides "unchanged": the source's content and what it links to, not when it was read."""
    data = {
        "title": item.title,
        "published": str(item.published),
        "subtitle": item.subtitle,
        "teaser": item.teaser,
        "blocks": [(b.kind, b.text, b.speaker, b.html, b.caption, b.credit) for b in item.blocks],
        "image": (item.image.path, item.image.caption, item.image.credit, item.image.alt)
        if item.image
        else None,
        "cities": links.partner_cities,
        "topics": links.topics,
        "people": links.people,
        "organisations": links.organisations,
        "related": [r.title for r in item.related],
        "source_url": item.source_url,
        "publish": publish,
    }
    return hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode()).hexdigest()


class Importer:
    """One import run over some paths; call :meth:`run` and read :attr:`counts`."""

    def __init__(
        self,
        options: ImportOptions,
        emit: Callable[[dict], None],
        progress: Callable[[int], None] | None = None,
    ):
        self.options = options
        self.emit = emit
        self.progress = progress
        self.counts = Counts()
        self.records = load_records()
        self.linker = Linker(self.records.vocabulary)
        # The German archive; an item in another language goes to its translation.
        self.archive = (
            PressArchivePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or PressArchivePage.objects.first()
        )
        self._archives: dict[str, tuple[PressArchivePage | None, str | None]] = {}
        self.seen: dict[str, str] = {}  # source_id -> hash, within this run
        self._pending: list[tuple[ParseResult, Source]] = []
        self.helper: ahead.LinkAhead | None = None
        self.helper_peak_mb = 0.0

    # --- the run -------------------------------------------------------------------------
    def run(self, paths: list[Path]) -> Counts:
        if self.archive is None and not self.options.dry_run:
            raise RuntimeError("Es gibt kein Pressearchiv, in das importiert werden kann.")
        with (
            limits.applied(configured_limits()),
            names.extra_titles(self.records.titles),
            ahead.LinkAhead(self.linker) as helper,
        ):
            self.helper = helper if ahead.available() else None
            queued: deque[tuple[list, list[int], Future | None]] = deque()
            for _name, source in iter_sources(paths):
                for result in parse_source_items(source, self.options.fmt):
                    # Everything that came from outside is cleaned here, once, before it is
                    # linked, hashed, reported or stored.
                    self._pending.append((clean_result(result), source))
                    if len(self._pending) >= BATCH:
                        self._queue(queued)
            self._queue(queued)
            while queued:
                self._flush(*queued.popleft())
            self.helper_peak_mb = helper.helper_peak_mb
        if self.counts.total and not self.options.dry_run:
            bookkeeping.refresh_planner_statistics()
        return self.counts

    def _report(self, result, links: Links | None, status: str, reason: str | None = None) -> None:
        item = report_item(result, links, status)
        if reason and status != "rejected" or status == "rejected" and reason:
            item["reason"] = reason
        self.counts.add(status)
        self.emit(item)
        if self.progress:
            self.progress(self.counts.total)

    def _queue(self, queued: deque) -> None:
        """Hand the pending batch to the helper for linking (a full batch, or any once the
        helper runs) and store the batch before it meanwhile (see ``importer.ahead``)."""
        pending, self._pending = self._pending, []
        if not pending:
            return
        positions: list[int] = []
        future = None
        if self.helper is not None and (len(pending) >= BATCH or queued):
            # Items without a date get one first (``_settle_date``), so they are linked here.
            positions = [
                i
                for i, (r, _s) in enumerate(pending)
                if isinstance(r, ParsedItem) and r.published is not None
            ]
            future = self.helper.submit([pending[i][0] for i in positions])
        queued.append((pending, positions, future))
        while len(queued) > 1:
            self._flush(*queued.popleft())

    def _flush(self, pending: list, positions: list[int], future: Future | None) -> None:
        linked: dict[int, Links] = {}
        for j, (item, links) in self.helper.result(future).items() if future else ():
            i = positions[j]
            pending[i] = (item, pending[i][1])  # the helper's copy knows its quotes
            linked[i] = links
        parsed = [(r, s) for r, s in pending if isinstance(r, ParsedItem)]
        existing = self._existing([r.source_id for r, _ in parsed])
        related = self._related_titles({rel.title for r, _ in parsed for rel in r.related})
        to_create: list[tuple[ParsedItem, Links, news_services.ReleaseData, str | None]] = []
        for index, (result, source) in enumerate(pending):
            if isinstance(result, Rejected):
                self._report(result, None, "rejected", result.reason)
                continue
            refusal = self._archive_for(result.language)[1]
            if refusal is not None:
                self._report(result, None, "rejected", refusal)
                continue
            date_note = self._settle_date(result, source)
            links = linked[index] if index in linked else self.linker.link(result)
            digest = content_hash(result, links, self.options.publish)
            if result.source_id in self.seen:
                if self.seen[result.source_id] == digest:
                    self._report(
                        result, links, "unchanged", "kam in diesem Import schon einmal vor"
                    )
                else:
                    self._report(
                        result,
                        links,
                        "rejected",
                        f"source_id „{result.source_id}“ kommt in diesem Import zweimal mit verschiedenem Inhalt vor",
                    )
                continue
            self.seen[result.source_id] = digest
            page = existing.get(result.source_id)
            if page is not None and page.import_details.get("hash") == digest:
                self._report(result, links, "unchanged")
                continue
            if self.options.dry_run:
                notes = [date_note] if date_note else []
                if self._image_refused(result.image, source):
                    notes.append(_(REFUSED_IMAGE))
                if self._lacks_credit(result):
                    notes.append(NO_CREDIT)
                self._report(
                    result, links, "updated" if page else "created", "; ".join(notes) or None
                )
                continue
            notes: list[str] = [date_note] if date_note else []
            try:
                data = self._release_data(result, links, digest, source, related, notes)
            except Exception as exc:  # a broken image file, an impossible value
                self._report(result, links, "rejected", f"nicht gespeichert: {exc}")
                continue
            if self._lacks_credit(result) or not data.can_go_live():
                notes.append(NO_CREDIT)
            note = "; ".join(notes) or None
            if page is not None:
                self._store_update(page, result, links, data, note)
            else:
                to_create.append((result, links, data, note))
        self._store_new(to_create)

    def _settle_date(self, item: ParseResult, source: Source) -> str | None:
        """For a page without a date: the date the user asked for, or none (a draft)."""
        if not isinstance(item, ParsedItem) or item.published is not None:
            return None
        if self.options.default_date is not None:
            item.published = self.options.default_date
            return _(DATE_DEFAULTED) % {"date": item.published.strftime("%d.%m.%Y")}
        if self.options.date_from_mtime and source.path is not None:
            try:
                stamp = source.path.stat().st_mtime
            except OSError:
                stamp = None
            if stamp is not None:
                item.published = dt.datetime.fromtimestamp(stamp, tz=BERLIN).date()
                return _(DATE_FROM_FILE) % {"date": item.published.strftime("%d.%m.%Y")}
        return _(DATE_UNKNOWN)

    # --- lookups ---------------------------------------------------------------------------
    @staticmethod
    def _existing(source_ids: list[str]) -> dict[str, PressReleasePage]:
        if not source_ids:
            return {}
        return {p.source_id: p for p in PressReleasePage.objects.filter(source_id__in=source_ids)}

    @staticmethod
    def _related_titles(titles: set[str]) -> dict[str, int]:
        if not titles:
            return {}
        return dict(PressReleasePage.objects.filter(title__in=titles).values_list("title", "pk"))

    @staticmethod
    def _lacks_credit(item: ParsedItem) -> bool:
        return bool(item.image and not (item.image.credit or "").strip())

    # --- building and storing ------------------------------------------------------------------
    def _release_data(
        self,
        item: ParsedItem,
        links: Links,
        digest: str,
        source: Source,
        related: dict[str, int],
        notes: list[str],
    ) -> news_services.ReleaseData:
        r = self.records
        refused = self._image_refused(item.image, source)
        image = None if refused else self._image(item.image, source)
        if refused:
            notes.append(_(REFUSED_IMAGE))
        city_ids = [r.cities[name][0] for name in links.partner_cities if name in r.cities]
        details = {
            "hash": digest,
            "source": item.source,
            "new_people": links.new_people,
            "dates_mentioned": links.dates_mentioned,
            "related": [{"title": rel.title, "teaser": rel.teaser} for rel in item.related],
            "warnings": item.warnings,
        }
        if item.published is None:
            details["date_unknown"] = True
        if item.image and image is None:
            details["image"] = {
                "caption": item.image.caption,
                "credit": item.image.credit,
                "path": None if refused else item.image.path,
            }
        data = news_services.ReleaseData(
            title=item.title[:255],
            published_at=published_datetime(item.published),
            subtitle=(item.subtitle or "")[:300],
            teaser=item.teaser or "",
            body=body_stream(item.blocks),
            body_text=item.body_text,
            lead_image=image,
            partner_city_ids=city_ids,
            partner_city_names=[name for name in links.partner_cities if name in r.cities],
            topic_ids=[r.topics[t] for t in links.topics if t in r.topics],
            person_ids=[r.people[p] for p in links.people if p in r.people],
            organisation_ids=[
                r.organisations[o] for o in links.organisations if o in r.organisations
            ],
            related_ids=[related[rel.title] for rel in item.related if rel.title in related],
            source_id=item.source_id[:255],
            source_url=(item.source_url or "")[:1000]
            if (item.source_url or "").startswith(("http://", "https://"))
            else "",
            import_details=details,
        )
        data.live = (
            self.options.publish
            and item.published is not None
            and data.can_go_live()
            and not self._lacks_credit(item)
        )
        return data

    @staticmethod
    def _image_refused(ref: ImageRef | None, source: Source) -> bool:
        """Whether the lead image's path breaks the containment rule (see ``parsing.paths``)."""
        if ref is None or not ref.path or is_remote(ref.path):
            return False
        try:
            source.locate(ref.path)
        except PathRefused:
            return True
        return False

    def _image(self, ref: ImageRef | None, source: Source) -> CityImage | None:
        """The lead image as a CityImage when its file lies in the import folder, else None.

        The file is found through the source, which holds to the containment rule; a web
        address is not fetched, and a photo missing from the folder leaves the release
        without one (its caption and credit stay in the import details).
        """
        if ref is None or not ref.path or is_remote(ref.path):
            return None
        path = source.locate(ref.path)
        if path is None or not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
            return None
        data = path.read_bytes()
        digest = hashlib.sha1(data).hexdigest()
        caption, credit = (ref.caption or "")[:500], (ref.credit or "")[:255]
        # The same photo with the same caption and credit is one image; another caption is
        # another. Known by its content, so a second upload of the archive finds it again.
        existing = CityImage.objects.filter(
            file_hash=digest, caption=caption, credit=credit
        ).first()
        if existing is not None:
            return existing
        try:
            with PILImage.open(io.BytesIO(data)) as probe:
                probe.verify()
            image = CityImage(
                title=(ref.caption or path.stem)[:255],
                caption=caption,
                credit=credit,
                alt_text=(ref.alt or ref.caption or "")[:400],
                # Where it came from, as the editor knows it: inside the import, not the server.
                source=posixpath.normpath(ref.path.replace("\\", "/"))[:500],
                file=ImageFile(io.BytesIO(data), name=path.name),
                file_hash=digest,
                kind=ref.kind or "foto",
            )
            image.save()
        except Exception as exc:
            raise ValueError(f"Bilddatei {path.name} ist kein lesbares Bild") from exc
        return image

    def _store_update(
        self, page: PressReleasePage, item: ParsedItem, links: Links, data, note: str | None
    ) -> None:
        try:
            with transaction.atomic():
                news_services.update_release(page, data, publish=self.options.publish)
        except Exception as exc:
            self._report(item, links, "rejected", f"nicht gespeichert: {exc}")
        else:
            self._report(item, links, "updated", note)

    def _archive_for(self, language: str) -> tuple[PressArchivePage | None, str | None]:
        """The archive an item in ``language`` goes to, or why it cannot be imported."""
        language = (language or settings.LANGUAGE_CODE).split("-")[0].lower()
        if language == settings.LANGUAGE_CODE or self.archive is None:
            return self.archive, None
        if language not in self._archives:
            from twinning.core.i18n import language_codes

            if language not in language_codes():
                reason = _(UNKNOWN_LANGUAGE) % {
                    "language": language,
                    "offered": ", ".join(language_codes()),
                }
                self._archives[language] = (None, reason)
            else:
                found = PressArchivePage.objects.filter(
                    translation_key=self.archive.translation_key,
                    locale__language_code=language,
                ).first()
                reason = None if found else _(NO_ARCHIVE_IN_LANGUAGE) % {"language": language}
                self._archives[language] = (found, reason)
        return self._archives[language]

    def _store_new(self, batch: list) -> None:
        if not batch:
            return
        languages = {item.language or settings.LANGUAGE_CODE for item, _l, _d, _n in batch}
        if len(languages) > 1:  # one batch per archive
            for language in sorted(languages):
                self._store_new([b for b in batch if (b[0].language or "de") == language])
            return
        archive = self._archive_for(languages.pop())[0]
        try:
            with transaction.atomic():
                news_services.bulk_create_releases(archive, [data for _, _, data, _ in batch])
        except Exception:
            # Find the culprit(s): one at a time, each alone in its transaction.
            for item, links, data, note in batch:
                try:
                    with transaction.atomic():
                        news_services.bulk_create_releases(archive, [data])
                except Exception as exc:
                    self._report(item, links, "rejected", f"nicht gespeichert: {exc}")
                else:
                    self._report(item, links, "created", note)
            return
        for item, links, _data, note in batch:
            self._report(item, links, "created", note)


def configured_limits() -> limits.Limits:
    """The import limits from the settings (environment variables, see settings/base.py)."""
    return limits.Limits(
        **{
            field: int(getattr(settings, name, getattr(limits.Limits, field)))
            for field, name in limits.SETTING_NAMES.items()
        }
    )


_LINE_FIELDS = ("source", "source_id", "title", "subtitle", "language", "source_url", "reason")
_BLOCK_LINE_FIELDS = ("speaker", "caption", "credit", "alt", "src")


def clean_result(result: ParseResult) -> ParseResult:
    """The parser's result with control characters taken out (``twinning.core.text``).

    Titles and names become one line; teasers, body text and HTML keep their line breaks.
    Done in place: the parsers' objects belong to this run alone.
    """
    for name in _LINE_FIELDS:
        value = getattr(result, name, None)
        if isinstance(value, str):
            setattr(result, name, clean_line(value))
    if not isinstance(result, ParsedItem):
        return result
    if result.teaser:
        result.teaser = clean_text(result.teaser)
    for block in result.blocks:
        block.text = clean_text(block.text) if block.kind != "heading" else clean_line(block.text)
        if block.html:
            block.html = clean_text(block.html)
        for name in _BLOCK_LINE_FIELDS:
            value = getattr(block, name)
            if value:
                setattr(block, name, clean_line(value))
    for ref in [result.image, *(related.image for related in result.related)]:
        if ref is not None:
            kind = ref.kind
            for name in ("path", "caption", "alt"):
                value = getattr(ref, name)
                if value:
                    setattr(ref, name, clean_line(value))
            if ref.credit:
                ref.credit = Credit.of_kind(clean_line(ref.credit), kind)
    for related in result.related:
        related.title = clean_line(related.title)
        related.teaser = clean_text(related.teaser) if related.teaser else related.teaser
        related.url = clean_line(related.url) if related.url else related.url
    result.partner_cities = [clean_line(name) for name in result.partner_cities]
    result.topics = [clean_line(name) for name in result.topics]
    result.warnings = [clean_line(warning) for warning in result.warnings]
    return result


def run_import(
    paths: Iterable[Path], options: ImportOptions, emit: Callable[[dict], None], progress=None
) -> Counts:
    return Importer(options, emit, progress).run(list(paths))


def iter_report(items_file: io.TextIOBase) -> Iterator[str]:
    for line in items_file:
        if line.strip():
            yield line.rstrip("\n")
