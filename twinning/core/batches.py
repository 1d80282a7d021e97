"""Reading large querysets in pieces without a server-side cursor.

``QuerySet.iterator()`` on PostgreSQL declares a named cursor inside the current transaction.
A generator over it that is dropped half-read (an exception while indexing, say) closes that
cursor only when the garbage collector gets to it; by then the savepoint it lived in may be
rolled back, the ``CLOSE`` fails and aborts whatever transaction the connection is in at that
moment. Keyset pages by primary key are plain queries: nothing stays open between them, the
memory stays bounded, and SQLite and PostgreSQL behave the same.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from django.db import DEFAULT_DB_ALIAS, connection, connections, models
from django.db.models import Model, QuerySet

M = TypeVar("M", bound=Model)

DEFAULT_SIZE = 500


def pages_of(queryset: QuerySet[M], size: int = DEFAULT_SIZE) -> Iterator[list[M]]:
    """The queryset's objects in lists of at most ``size``, in primary-key order."""
    last = None
    ordered = queryset.order_by("pk")
    while True:
        page = ordered if last is None else ordered.filter(pk__gt=last)
        chunk = list(page[:size])
        if not chunk:
            return
        yield chunk
        if len(chunk) < size:
            return
        last = chunk[-1].pk


def each(queryset: QuerySet[M], size: int = DEFAULT_SIZE) -> Iterator[M]:
    """Every object of the queryset, read ``size`` at a time (see ``pages_of``)."""
    for chunk in pages_of(queryset, size):
        yield from chunk


def insert_rows(model: type[Model], objects: list[Model], fields: list | None = None) -> None:
    """``bulk_create`` for rows whose primary keys the caller does not need back.

    One ``executemany`` with values prepared by each field itself (``pre_save`` and
    ``get_db_prep_save``, as the ORM does), without the ORM's SQL compiler per object, which
    was a fifth of an import's time. Fields with a database default or a generated value are
    the caller's business: pass ``fields`` (default: every concrete field but an auto primary
    key).
    """
    if not objects:
        return
    opts = model._meta
    if fields is None:
        fields = [
            field
            for field in opts.local_concrete_fields
            if not (field.primary_key and field.get_internal_type().endswith("AutoField"))
            and not field.generated
        ]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(opts.db_table)} ({columns}) VALUES ({marks})"
    database = connections[DEFAULT_DB_ALIAS]  # not the proxy: it is asked once per value
    plain = [plain_value(field) for field in fields]
    # A missing date is NULL however the field would prepare a date (most of a page's are).
    null_as_is = [isinstance(field, (models.DateTimeField, models.DateField)) for field in fields]
    rows = [
        tuple(
            getattr(obj, field.attname)
            if simple
            else _prepared(field, field.pre_save(obj, True), none_ok, database)
            for field, simple, none_ok in zip(fields, plain, null_as_is, strict=True)
        )
        for obj in objects
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)


def _prepared(field: models.Field, value: object, none_ok: bool, database: object) -> object:
    if value is None and none_ok:
        return None
    return field.get_db_prep_save(value, database)


# Fields whose stored value is the attribute itself when it already has the field's Python
# type (the ORM's pre_save and prep steps would hand it on unchanged).
_PLAIN_FIELDS = (
    models.CharField,
    models.TextField,
    models.SlugField,
    models.URLField,
    models.EmailField,
    models.BooleanField,
    models.IntegerField,
    models.PositiveIntegerField,
    models.PositiveSmallIntegerField,
    models.SmallIntegerField,
    models.BigIntegerField,
    models.ForeignKey,
)


def plain_value(field: models.Field) -> bool:
    """Whether ``getattr(obj, field.attname)`` is already what goes into the database.

    Only for these exact classes (a subclass may prepare values its own way). Callers build
    objects with values of the right type: text as ``str``, numbers as ``int``, flags as
    ``bool``, foreign keys as ids.
    """
    return type(field) in _PLAIN_FIELDS
