"""Writes with rules for press releases: bulk creation for imports and generated data, updates as revisions."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePath

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext
from modelcluster.models import get_all_child_relations, get_field_value
from wagtail.models import Page, Revision

from twinning.core import batches, bookkeeping
from twinning.core.cache import invalidate_pages
from twinning.core.models import CityImage
from twinning.news.models import PressArchivePage, PressReleasePage, first_sentences, year_of
from twinning.search import services as search_services

SLUG_LENGTH = 80


@dataclass
class ReleaseData:
    """Everything a press release is made of, without the page-tree bookkeeping."""

    title: str
    published_at: dt.datetime | None  # None: the source gave no date (a draft to be dated)
    subtitle: str = ""
    teaser: str = ""
    body: list[dict] = field(default_factory=list)  # StreamField data: [{"type", "value"}]
    body_text: str = ""  # plain text of the body, for summary and search
    lead_image: CityImage | None = None
    partner_city_ids: list[int] = field(default_factory=list)
    partner_city_names: list[str] = field(default_factory=list)
    topic_ids: list[int] = field(default_factory=list)
    person_ids: list[int] = field(default_factory=list)
    organisation_ids: list[int] = field(default_factory=list)
    related_ids: list[int] = field(default_factory=list)
    source_id: str | None = None
    source_url: str = ""
    import_details: dict = field(default_factory=dict)
    live: bool = True
    slug: str = ""

    @property
    def summary(self) -> str:
        return self.teaser.strip() or first_sentences(self.body_text)

    def can_go_live(self) -> bool:
        return self.lead_image is None or self.lead_image.has_credit


def unique_slugs(archive: PressArchivePage, wanted: list[str]) -> list[str]:
    """Slugs unique among the archive's children, with a few indexed queries per batch."""
    bases = [(slugify(w)[:SLUG_LENGTH].strip("-") or "meldung") for w in wanted]
    siblings = Page.objects.filter(path__startswith=archive.path, depth=archive.depth + 1)
    taken = set(siblings.filter(slug__in=set(bases)).values_list("slug", flat=True))
    for base in {b for b in bases if b in taken}:
        taken.update(siblings.filter(slug__startswith=f"{base}-").values_list("slug", flat=True))
    result = []
    for base in bases:
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add(slug)
        result.append(slug)
    return result


@transaction.atomic
def bulk_create_releases(
    archive: PressArchivePage,
    items: list[ReleaseData],
    *,
    action: str = bookkeeping.IMPORT_ACTION,
    source_label: str | None = None,
    user: AbstractBaseUser | None = None,
) -> list[PressReleasePage]:
    """Insert many releases under the archive at once: tree paths, relations, first revisions, search.

    Wagtail's ``add_child`` + ``save_revision`` + ``publish`` costs a dozen queries per page;
    an archive import of tens of thousands of releases needs a fixed number per batch.
    Wagtail's own bookkeeping (admin search, history, reference index) is done by
    ``core.bookkeeping``; the history names ``source_label``, or each item's import source.
    """
    if not items:
        return []
    archive = PressArchivePage.objects.select_for_update().get(pk=archive.pk)
    last = archive.get_last_child()
    next_step = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
    ctype = ContentType.objects.get_for_model(PressReleasePage)
    now = timezone.now()
    slugs = unique_slugs(archive, [item.slug or item.title for item in items])
    pages = []
    for offset, (item, slug) in enumerate(zip(items, slugs, strict=True)):
        pages.append(
            PressReleasePage(
                title=item.title,
                draft_title=item.title,
                slug=slug,
                path=Page._get_path(archive.path, archive.depth + 1, next_step + offset),
                depth=archive.depth + 1,
                numchild=0,
                url_path=f"{archive.url_path}{slug}/",
                content_type=ctype,
                live=item.live,
                has_unpublished_changes=not item.live,
                first_published_at=now if item.live else None,
                last_published_at=now if item.live else None,
                latest_revision_created_at=now,
                locale_id=archive.locale_id,
                subtitle=item.subtitle,
                published_at=item.published_at,
                published_year=year_of(item.published_at),
                teaser=item.teaser,
                summary=item.summary,
                lead_image=item.lead_image,
                body=json.dumps(item.body),
                source_id=item.source_id,
                source_url=item.source_url,
                import_details=item.import_details,
            )
        )
    for page, item in zip(pages, items, strict=True):
        if item.live:  # a later publish that changes the text then shows "aktualisiert"
            page.published_text_hash = page.text_fingerprint()
    # The page rows straight from the release objects, then their ids by tree path (unique):
    # no second object per page and no INSERT compiled object by object.
    batches.insert_rows(Page, pages)
    ids = dict(
        Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk")
    )
    for page in pages:
        page.pk = page.id = page.page_ptr_id = ids[page.path]
    batches.insert_rows(PressReleasePage, pages, list(PressReleasePage._meta.local_concrete_fields))
    _bulk_relations(pages, items)
    Page.objects.filter(pk=archive.pk).update(numchild=archive.numchild + len(pages))
    _bulk_revisions(pages, items, now)
    search_services.index_many(
        search_document(p, i) for p, i in zip(pages, items, strict=True) if i.live
    )
    bookkeeping.record_bulk_pages(
        pages,
        action=action,
        source_label=source_label or [import_source_label(item) for item in items],
        user=user,
    )
    if any(item.live for item in items):
        invalidate_pages()  # now and again after commit
    return pages


def _bulk_relations(pages: list[PressReleasePage], items: list[ReleaseData]) -> None:
    """Many-to-many rows with one executemany per relation (the ORM's bulk_create is 5× slower here)."""
    quote = connection.ops.quote_name
    for attr, ids_attr in [
        ("partner_cities", "partner_city_ids"),
        ("topics", "topic_ids"),
        ("people", "person_ids"),
        ("organisations", "organisation_ids"),
        ("related_releases", "related_ids"),
    ]:
        m2m = PressReleasePage._meta.get_field(attr)
        rows = [
            (page.pk, target)
            for page, item in zip(pages, items, strict=True)
            for target in dict.fromkeys(getattr(item, ids_attr))
        ]
        if not rows:
            continue
        sql = f"INSERT INTO {quote(m2m.m2m_db_table())} ({quote(m2m.m2m_column_name())}, {quote(m2m.m2m_reverse_name())}) VALUES (%s, %s)"
        with connection.cursor() as cursor:
            cursor.executemany(sql, rows)


def revision_content(page: PressReleasePage, item: ReleaseData) -> dict:
    """What ``page.serializable_data()`` returns, without its query per relation of a new page."""
    data = serializable_fields(page)
    for relation in get_all_child_relations(page):
        data[relation.get_accessor_name()] = []
    data.update(
        partner_cities=list(item.partner_city_ids),
        topics=list(item.topic_ids),
        people=list(item.person_ids),
        organisations=list(item.organisation_ids),
        related_releases=list(item.related_ids),
    )
    return data


@lru_cache(maxsize=8)
def _serialized_fields(model: type) -> tuple[tuple[object, str, bool], ...]:
    return tuple(
        (each, each.name, batches.plain_value(each) or each.remote_field is not None)
        for each in model._meta.fields
        if each.serialize
    )


def serializable_fields(page: PressReleasePage) -> dict:
    """``get_serializable_data_for_fields(page)``: plain values and foreign-key ids as they
    are, the rest through modelcluster's own conversion (dates, JSON, rich text)."""
    data: dict = {"pk": page.pk}
    for model_field, name, plain in _serialized_fields(type(page)):
        if plain:
            value = getattr(page, model_field.attname)
            data[name] = value if value is None or isinstance(value, (int, float)) else str(value)
        else:
            data[name] = get_field_value(model_field, page)
    return data


def _bulk_revisions(
    pages: list[PressReleasePage], items: list[ReleaseData], now: dt.datetime
) -> None:
    """A first revision per page, so the editor's history starts with the import.

    The page objects get their revision ids too: the history entries point at them.
    """
    content_type_id = pages[0].content_type_id
    batches.insert_rows(
        Revision,
        [
            Revision(
                content_type_id=page.content_type_id,
                base_content_type_id=page.content_type_id,
                object_id=str(page.pk),
                object_str=page.title,
                content=revision_content(page, item),
                created_at=now,
            )
            for page, item in zip(pages, items, strict=True)
        ],
    )
    # The pages are new, so each has exactly the one revision just written: one query finds
    # their ids (the ORM's bulk_create would compile the INSERT object by object to return them).
    written = dict(
        Revision.objects.filter(
            base_content_type_id=content_type_id, object_id__in=[str(page.pk) for page in pages]
        ).values_list("object_id", "pk")
    )
    ids = [page.pk for page in pages]
    revision_ids = [written[str(page.pk)] for page in pages]
    for page, revision_id in zip(pages, revision_ids, strict=True):
        page.latest_revision_id = revision_id
        page.live_revision_id = revision_id if page.live else None
    if _consecutive(ids) and _consecutive(revision_ids):
        # The usual case inside one transaction: two UPDATEs instead of one per page.
        Page.objects.filter(pk__in=ids).update(
            latest_revision_id=F("id") - ids[0] + revision_ids[0]
        )
    else:
        Page.objects.bulk_update(pages, ["latest_revision"], batch_size=500)
    live_ids = [page.pk for page in pages if page.live]
    if live_ids:
        Page.objects.filter(pk__in=live_ids).update(live_revision_id=F("latest_revision_id"))


def _consecutive(numbers: list[int]) -> bool:
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def search_document(page: PressReleasePage, item: ReleaseData) -> dict:
    """``PressReleasePage.search_document()`` for a page made in bulk, from data already at hand.

    The model method reads the body, the partner cities and the site root from the database;
    in a batch of a thousand new pages that would be three thousand queries.
    """
    return {
        "kind": "press_release",
        "object_id": page.pk,
        "url": "/" + page.url_path.split("/", 2)[2],
        "title": page.title,
        "subtitle": page.subtitle,
        "teaser": page.summary,
        "body": item.body_text,
        "published": page.published_at,
        "source_id": page.source_id,
        "partner_cities": item.partner_city_names,
        "live": page.visible,  # an imported date ahead is an embargo
    }


def import_source_label(item: ReleaseData) -> str:
    """Where an imported item came from, for the page's history: file name and line, no server path.

    The importer stores ``path:line`` or ``archive.zip!member``; the folders of the path are the
    server's business, not the editor's.
    """
    source = str(item.import_details.get("source") or "")
    if not source:
        return gettext("unbekannte Quelle")
    outer, bang, member = source.partition("!")
    return f"{PurePath(outer).name}{bang}{member}"


@transaction.atomic
def update_release(
    page: PressReleasePage,
    item: ReleaseData,
    publish: bool,
    *,
    user: AbstractBaseUser | None = None,
) -> PressReleasePage:
    """Apply changed content as a new revision; publish when asked or when it was live already.

    The new revision is logged as an import from the item's source, so the history tells an
    editor's change from one that came with a newer version of the archive.
    """
    page = page.get_latest_revision_as_object()
    page.title = item.title
    page.subtitle = item.subtitle
    page.teaser = item.teaser
    # A source without a date keeps the date an editor has set since.
    page.published_at = item.published_at or page.published_at
    page.body = item.body
    page.lead_image = item.lead_image
    page.source_url = item.source_url
    page.import_details = item.import_details
    page.partner_cities = list(item.partner_city_ids)
    page.topics = list(item.topic_ids)
    page.people = list(item.person_ids)
    page.organisations = list(item.organisation_ids)
    page.related_releases = list(item.related_ids)
    revision = page.save_revision(clean=False, user=user)
    bookkeeping.log_page(
        page,
        action=bookkeeping.IMPORT_ACTION,
        source_label=import_source_label(item),
        revision=revision,
        user=user,
    )
    if (publish or page.live) and item.can_go_live() and page.published_at is not None:
        revision.publish(user=user)
    return page


def ensure_publishable(items: Iterable[ReleaseData]) -> None:
    for item in items:
        if item.live and not item.can_go_live():
            raise ValidationError("Bildnachweis fehlt")
