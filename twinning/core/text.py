"""The one cleaning step for text that comes from outside: no control characters get stored.

A single NUL or SUB (``\\x00``, ``\\x1a``) in a title is harmless on screen but breaks every
consumer that follows a stricter grammar: XML 1.0 (RSS and Atom answer 500), PostgreSQL (text
and jsonb refuse NUL, so a SQLite backup cannot be restored there), iCalendar (a bare CR or a
control character ends the content line). So the importer, every save of our models and
restore pass text through :func:`clean_line` or :func:`clean_text`, and the feeds and calendars
clean again when they render, for rows stored before this rule existed.

Kept: tab and newline in multi-line text. Removed: the other C0 and C1 controls, DEL, lone
surrogates (not encodable as UTF-8) and the non-characters U+FFFE/U+FFFF (not allowed in XML).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Everything that ends a line, including Unicode's own separators and the C1 "next line".
_BREAKS = re.compile("[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
# Controls to drop where line breaks have been dealt with already.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")
# Quick test: is there anything at all to do? (Most text has none of these.)
_ANY = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")


def clean_line(value: str) -> str:
    """One line of text (a title, a name, a caption): breaks become one space, controls go."""
    if not value or not _ANY.search(value):
        return value
    return _CONTROLS.sub("", _BREAKS.sub(" ", value))


def clean_text(value: str) -> str:
    """Multi-line text (a teaser, a body, HTML): keeps tab and newline, CR LF becomes LF."""
    if not value or not _ANY.search(value):
        return value
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n\n")
    return _CONTROLS.sub("", value)


def clean_data(value: Any, *, line_keys: frozenset[str] = frozenset()) -> Any:
    """Every string inside JSON-like data cleaned; strings under ``line_keys`` as one line."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {
            key: clean_line(item)
            if key in line_keys and isinstance(item, str)
            else clean_data(item, line_keys=line_keys)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [clean_data(item, line_keys=line_keys) for item in value]
    if isinstance(value, tuple):
        return tuple(clean_data(item, line_keys=line_keys) for item in value)
    return value


# --- models ------------------------------------------------------------------------------------


def clean_instance(instance: Any) -> None:
    """Clean the text fields of a model instance in place before it is written.

    Single-line fields (``CharField`` and its kinds: slugs, URLs, e-mail) lose line breaks as
    well; ``TextField`` (and rich text, which is stored as one) keeps them; JSON fields (stream
    fields, revisions) have every string inside cleaned.
    """
    from django.db import models

    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname, None)
        if value is None:
            continue
        if isinstance(field, models.CharField) and isinstance(value, str):
            cleaned = clean_line(value)
        elif isinstance(field, models.TextField) and isinstance(value, str):
            cleaned = clean_text(value)
        elif isinstance(field, models.JSONField) and isinstance(value, (dict, list, str)):
            cleaned = clean_data(value)
        else:
            continue
        if cleaned is not value and cleaned != value:
            setattr(instance, field.attname, cleaned)


def _is_ours(sender: type) -> bool:
    """Our apps' models, and Wagtail's revisions of them (their content is our pages' text)."""
    meta = getattr(sender, "_meta", None)
    if meta is None:
        return False
    if meta.app_config is not None and meta.app_config.name.startswith("twinning."):
        return True
    return (meta.app_label, meta.model_name) in {
        ("wagtailcore", "revision"),
        ("wagtailcore", "page"),
        ("wagtaildocs", "document"),
    }


def clean_before_save(sender: type, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """``pre_save`` receiver: whatever a form, the API or a service saves is cleaned first.

    Bulk writes (``bulk_create``, ``update``) send no signal; the importer cleans its items
    itself before it writes them.
    """
    if _is_ours(sender):
        clean_instance(instance)


def clean_everything(sender: type, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """``pre_save`` receiver while loading a backup: every model, whatever app it belongs to."""
    if raw:
        clean_instance(instance)


@contextmanager
def cleaning_all_models() -> Iterator[None]:
    """Clean every object ``loaddata`` writes (restore), so what import refuses cannot come in."""
    from django.db.models.signals import pre_save

    pre_save.connect(clean_everything, dispatch_uid="twinning.core.text.clean_everything")
    try:
        yield
    finally:
        pre_save.disconnect(dispatch_uid="twinning.core.text.clean_everything")


def connect() -> None:
    """Register :func:`clean_before_save` for every model (called once from the app config)."""
    from django.db.models.signals import pre_save

    pre_save.connect(clean_before_save, dispatch_uid="twinning.core.text.clean_before_save")
