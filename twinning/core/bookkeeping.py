"""Wagtail's own bookkeeping for pages written in bulk: admin search, page history, reference index.

Imports, generated benchmark data and restore write pages without ``Page.save()``, because
``add_child`` + ``save_revision`` + ``publish`` costs a dozen queries per page. ``save()`` is
also where Wagtail keeps its admin search index, its history (``PageLogEntry``) and its
reference index ("Verwendung" of an image) up to date. This module is the one place that
does that work for bulk writes, through Wagtail's public functions, in a few queries per batch.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, transaction
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from modelcluster.models import get_all_child_relations
from wagtail import hooks
from wagtail.log_actions import LogActionRegistry, LogFormatter, log
from wagtail.models import BaseLogEntry, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.search.backends import get_search_backends
from wagtail.search.index import AutocompleteField, RelatedFields, SearchField, class_is_indexed

from twinning.core import batches

IMPORT_ACTION = "twinning.import"
GENERATE_ACTION = "twinning.generate"
RESTORE_ACTION = "twinning.restore"

CHUNK_SIZE = 1000


class _FromSource(LogFormatter):
    """A history line that names where the page came from (a file, a generator, a backup)."""

    template = ""

    def format_message(self, log_entry: BaseLogEntry) -> str:
        return self.template % {"source": log_entry.data.get("source", "")}


class ImportedFrom(_FromSource):
    label = _("Import")
    template = _("Importiert aus „%(source)s“")


class GeneratedBy(_FromSource):
    label = _("Erzeugt")
    template = _("Erzeugt von „%(source)s“")


class RestoredFrom(_FromSource):
    label = _("Wiederherstellung")
    template = _("Wiederhergestellt aus „%(source)s“")


@hooks.register("register_log_actions")
def register_bulk_log_actions(actions: LogActionRegistry) -> None:
    """Let Wagtail's history and audit log name the bulk actions in German."""
    actions.register_action(IMPORT_ACTION)(ImportedFrom)
    actions.register_action(GENERATE_ACTION)(GeneratedBy)
    actions.register_action(RESTORE_ACTION)(RestoredFrom)


def record_bulk_pages(
    pages: Sequence[Page],
    *,
    action: str,
    source_label: str | Sequence[str],
    user: AbstractBaseUser | None = None,
) -> None:
    """Do for ``pages`` what ``save()`` and ``publish()`` would have done for Wagtail.

    ``pages`` are specific page instances just written in bulk (with their primary keys and
    revision ids set): they go into every auto-updated search backend, get one history entry
    each for ``action`` naming ``source_label`` (one for all, or one per page: an import batch
    mixes files), and their outgoing references (lead image, images in the body) go into the
    reference index, so an image's usage lists them and deleting it warns.
    """
    if not pages:
        return
    with transaction.atomic():
        add_to_search_backends(pages)
        log_pages(pages, action=action, source_label=source_label, user=user)
        update_references(pages)


# Tables a bulk write fills; the planner's row counts for them decide how archive pages are read.
BULK_TABLES = (
    "wagtailcore_page",
    "news_pressreleasepage",
    "news_pressreleasepage_partner_cities",
    "news_pressreleasepage_topics",
    "search_searchdocument",
)


def refresh_planner_statistics() -> None:
    """After a bulk write (an import, generated data, a restore): the database's query planner
    learns the new row counts now, not whenever autovacuum next gets to it. With statistics
    from before an import of 100,000 releases PostgreSQL sorted all of a partner city's
    releases for every archive page (110 ms instead of 0.4 ms).

    SQLite is left without statistics on purpose: with them (``ANALYZE``) its planner scans
    and sorts the whole page table for newest-first lists instead of walking the date index
    (420 ms instead of 18 ms for the API list at 100,000 releases)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for table in BULK_TABLES:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(table)}")


def record_restored_site(source_label: str, user: AbstractBaseUser | None = None) -> None:
    """After ``loaddata`` replaced everything: rebuild Wagtail's indexes and note the restore.

    Search index and reference index are derived data and not part of a backup; Wagtail's own
    commands rebuild them for every model (pages, images, snippets). Each page gets a history
    entry, because the backup does not carry the audit log.
    """
    call_command("update_index", verbosity=0)
    call_command("rebuild_references_index", verbosity=0)
    for chunk in batches.pages_of(Page.objects.specific(), CHUNK_SIZE):
        log_pages(chunk, action=RESTORE_ACTION, source_label=source_label, user=user)
    refresh_planner_statistics()


def add_to_search_backends(pages: Sequence[Page]) -> None:
    """``add_bulk`` per page type into each backend that Wagtail keeps up to date on save."""
    by_model: dict[type[Page], list[Page]] = defaultdict(list)
    for page in pages:
        indexed = page.get_indexed_instance()
        if indexed is not None and class_is_indexed(type(indexed)):
            by_model[type(indexed)].append(indexed)
    for backend in get_search_backends(with_auto_update=True):
        for model, objects in by_model.items():
            rest = _add_new_sqlite_entries(backend, model, objects)
            if rest:
                backend.add_bulk(model, rest)


def _prepared(value) -> str:
    """A field value as modelsearch's SQLite index stores it (``ObjectIndexer.prepare_value``)."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return ", ".join(_prepared(item) for item in value)
    if isinstance(value, dict):
        return ", ".join(_prepared(item) for item in value.values())
    return force_str(value)


def _entry_texts(obj, search_fields) -> tuple[str, str, str] | None:
    """Title, autocomplete and body of one object's admin index entry, read in one pass over
    its search fields (modelsearch reads them three times); ``None`` for related fields."""
    title, autocomplete, body = [], [], []
    for field in search_fields:
        if isinstance(field, SearchField):
            (title if field.field_name == "title" else body).append(_prepared(field.get_value(obj)))
        elif isinstance(field, AutocompleteField):
            autocomplete.append(_prepared(field.get_value(obj)))
        elif isinstance(field, RelatedFields):
            return None
    return " ".join(title), " ".join(autocomplete), " ".join(body)


def _add_new_sqlite_entries(backend, model, objects: list) -> list:
    """New pages into Wagtail's SQLite admin index with one executemany, the same entries
    modelsearch's ``add_bulk`` writes (a test compares them); returns the objects left to
    ``add_bulk``: those already indexed, those with related search fields, and every object
    when the backend is another one."""
    index = backend.get_index_for_model(model) if hasattr(backend, "get_index_for_model") else None
    if type(index).__name__ != "SQLiteIndex" or not objects:
        return objects
    from modelsearch.utils import get_content_type_pk

    IndexEntry = index.entries.model  # the app's concrete model (wagtail.search's in Wagtail)
    search_fields = model.get_search_fields()
    content_type_pk = get_content_type_pk(model)
    indexed = set(
        IndexEntry._default_manager.filter(
            content_type_id=content_type_pk, object_id__in=[str(obj.pk) for obj in objects]
        ).values_list("object_id", flat=True)
    )
    entries, rest = [], []
    for obj in objects:
        texts = None if str(obj.pk) in indexed else _entry_texts(obj, search_fields)
        if texts is None:
            rest.append(obj)
            continue
        entries.append(
            IndexEntry(
                content_type_id=content_type_pk,
                object_id=str(obj.pk),
                title=texts[0],
                autocomplete=texts[1],
                body=texts[2],
            )
        )
    if entries:
        batches.insert_rows(IndexEntry, entries)
        index._refresh_title_norms()
    return rest


def log_pages(
    pages: Sequence[Page],
    *,
    action: str,
    source_label: str | Sequence[str],
    user: AbstractBaseUser | None = None,
) -> None:
    """One ``PageLogEntry`` per page, as ``wagtail.log_actions.log`` writes it, in one INSERT.

    The entries carry no shared uuid (as ``log()`` outside a request): Wagtail's history shows
    only the newest entry per (uuid, action) across all pages, so a batch sharing one uuid
    would hide every entry but the last.
    """
    labels = [source_label] * len(pages) if isinstance(source_label, str) else source_label
    now = timezone.now()
    batches.insert_rows(
        PageLogEntry,
        [
            PageLogEntry(
                content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                page_id=page.pk,
                label=page.get_admin_display_title(),
                action=action,
                data={"source": label},
                timestamp=now,
                user_id=user.pk if user is not None else None,
                revision_id=page.latest_revision_id,
                content_changed=True,
            )
            for page, label in zip(pages, labels, strict=True)
        ],
    )


def log_page(
    page: Page,
    *,
    action: str,
    source_label: str,
    revision: Revision | None = None,
    user: AbstractBaseUser | None = None,
) -> None:
    """The same history entry for one page changed through ``save_revision`` (an import update).

    ``save_revision`` keeps search and references itself but logs no source; this adds it.
    """
    log(
        instance=page,
        action=action,
        user=user,
        data={"source": source_label},
        revision=revision,
        content_changed=True,
    )


def update_references(pages: Sequence[Page]) -> None:
    """Wagtail's reference index for new pages: what "Verwendung" of an image is read from.

    ``ReferenceIndex.create_or_update_for_object`` costs two queries per page (its child
    relations, its existing rows) and halved the import's speed. For pages that have no rows
    yet, which is what a bulk write makes, its work is: extract the references, insert them.
    This does the same for the whole batch with Wagtail's own extraction, one query per child
    relation and one INSERT; pages that already have rows go through Wagtail's method.
    """
    by_model: dict[type[Page], list[Page]] = defaultdict(list)
    for page in pages:
        if ReferenceIndex.is_indexed(type(page)):
            by_model[type(page)].append(page)
    base_type = ContentType.objects.get_for_model(Page)
    for model, objects in by_model.items():
        ids = [str(page.pk) for page in objects]
        known = set(
            ReferenceIndex.objects.filter(
                base_content_type=base_type, object_id__in=ids
            ).values_list("object_id", flat=True)
        )
        for page in (page for page in objects if str(page.pk) in known):
            ReferenceIndex.create_or_update_for_object(page)
        new = [page for page in objects if str(page.pk) not in known]
        relations = [relation.get_accessor_name() for relation in get_all_child_relations(model)]
        prefetch_related_objects(new, *relations)
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        ReferenceIndex.objects.bulk_create(
            [
                ReferenceIndex(
                    content_type=content_type,
                    base_content_type=base_type,
                    object_id=str(page.pk),
                    to_content_type_id=to_content_type_id,
                    to_object_id=to_object_id,
                    model_path=model_path,
                    content_path=content_path,
                    content_path_hash=ReferenceIndex._get_content_path_hash(content_path),
                )
                for page in new
                for to_content_type_id, to_object_id, model_path, content_path in set(
                    ReferenceIndex._extract_references_from_object(page)
                )
            ],
            batch_size=CHUNK_SIZE,
            ignore_conflicts=connection.features.supports_ignore_conflicts,
        )
