"""Scheduled publishing and expiry, run by the background worker every few seconds (no cron).

Wagtail keeps what is due: a revision with ``approved_go_live_at`` waits to go live, a live
page with ``expire_at`` waits to be unpublished. Its ``publish_scheduled`` command does both,
but stops at the first object that refuses (a release whose photo lost its credit), so every
other due release waits too, on every run. Here each object is handled on its own: one that
cannot go live is skipped, logged once and left for the editors' dashboard
(``overdue_revisions``), and the rest go on.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import close_old_connections, transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)
# Revisions already reported as refused by this process, so the log says it once, not every run.
_reported: set[int] = set()
# Apps register what else becomes due with time alone (e.g. a release's embargo ending).
_due_handlers: list[Callable[[dt.datetime, dt.datetime], list[str]]] = []
LAST_RUN_KEY = "scheduling:last-run"


def register_due_handler(handler: Callable[[dt.datetime, dt.datetime], list[str]]) -> None:
    """``handler(since, now)`` makes visible what became due in (since, now]; returns titles."""
    if handler not in _due_handlers:
        _due_handlers.append(handler)


@dataclass
class ScheduleRun:
    published: list[str] = field(default_factory=list)
    released: list[str] = field(default_factory=list)  # embargoes that ended
    unpublished: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (title, reason)


def _draft_state_models() -> list:
    return [Page] + [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]


def refusal_reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(str(message) for message in exc.messages)
    return str(exc) or type(exc).__name__


def publish_due() -> ScheduleRun:
    """Unpublish what expired and publish what is due, each in its own transaction."""
    run = ScheduleRun()
    now = timezone.now()
    for model in _draft_state_models():
        for obj in list(model.objects.filter(live=True, expire_at__lt=now)):
            try:
                with transaction.atomic():
                    obj.unpublish(set_expired=True, log_action="wagtail.unpublish.scheduled")
                run.unpublished.append(str(obj))
            except Exception as exc:  # one object must never hold up the others
                logger.exception("Ablauf von %s nicht möglich", obj)
                run.refused.append((str(obj), refusal_reason(exc)))
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for revision in due:
        try:
            with transaction.atomic():
                revision.publish(log_action="wagtail.publish.scheduled")
            run.published.append(revision.object_str)
            _reported.discard(revision.pk)
        except Exception as exc:
            reason = refusal_reason(exc)
            run.refused.append((revision.object_str, reason))
            if revision.pk not in _reported:
                _reported.add(revision.pk)
                logger.warning(
                    "Geplante Veröffentlichung von „%s“ nicht möglich: %s",
                    revision.object_str,
                    reason,
                )
    since = cache.get(LAST_RUN_KEY) or now - dt.timedelta(days=1)
    for handler in _due_handlers:
        run.released += handler(since, now)
    cache.set(LAST_RUN_KEY, now, timeout=None)
    return run


def overdue_revisions(grace_seconds: int = 120) -> list[tuple[Revision, str]]:
    """Scheduled revisions that should be live by now, each with why it is not (dashboard)."""
    limit = timezone.now() - timezone.timedelta(seconds=grace_seconds)
    overdue = []
    for revision in Revision.objects.filter(approved_go_live_at__lt=limit).order_by(
        "approved_go_live_at"
    )[:20]:
        reason = ""
        obj = revision.as_object()
        check = getattr(obj, "guard_credits", None)
        if check is not None:
            try:
                check()
            except ValidationError as exc:
                reason = refusal_reason(exc)
        overdue.append((revision, reason))
    return overdue


def prune_task_results(min_age_days: int = 7) -> None:
    """Forget finished task results after a week: Wagtail queues a task on every save."""
    call_command("prune_db_task_results", "--min-age-days", str(min_age_days), verbosity=0)


class Scheduler(threading.Thread):
    """Runs ``publish_due`` every ``interval`` seconds beside the task worker, in its process."""

    PRUNE_EVERY = 6 * 3600  # seconds

    def __init__(self, interval: float):
        super().__init__(name="twinning-scheduler", daemon=True)
        self.interval = interval
        self.stopped = threading.Event()
        self.last_prune = 0.0

    def run(self) -> None:
        while not self.stopped.is_set():
            close_old_connections()
            try:
                run = publish_due()
                for title in run.published:
                    logger.info("Veröffentlicht (geplant): %s", title)
                for title in run.unpublished:
                    logger.info("Abgelaufen und zurückgezogen: %s", title)
                if time.monotonic() - self.last_prune > self.PRUNE_EVERY:
                    self.last_prune = time.monotonic()
                    prune_task_results()
            except Exception:  # the database may be away for a moment; try again next round
                logger.exception("Geplante Veröffentlichungen: Durchlauf fehlgeschlagen")
            finally:
                close_old_connections()
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()
