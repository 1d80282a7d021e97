"""Background tasks of the press archive, run by the worker that `make run` starts."""

from __future__ import annotations

import logging

from django_tasks import task

from twinning.news import facets

logger = logging.getLogger(__name__)


@task()
def prepare_archive_counts() -> None:
    """After a change readers can see: the archive's filter counts for the new generation,
    worked out here (about a second at 100,000 releases) so that no reader waits for them.
    A reader who comes first computes them as before; whoever is second finds them ready."""
    from django.utils import translation

    from twinning.core.i18n import language_codes

    for code in language_codes():
        with translation.override(code):
            facets.facet_counts()


def enqueue_archive_counts() -> None:
    """Ask the worker for the new counts; should that fail, the first reader computes them,
    so a publish goes on regardless."""
    try:
        prepare_archive_counts.enqueue()
    except Exception as exc:  # noqa: BLE001 - a warm-up must never fail the change asking
        # E.g. while `migrate` creates the tables, before the queue's own table exists.
        logger.info("Filterzählungen des Archivs nicht beim Worker angefragt: %s", exc)
