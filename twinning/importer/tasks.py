"""Background tasks of the importer, run by the worker that `make run` starts (``db_worker``)."""

from __future__ import annotations

from django_tasks import task

from twinning.importer import jobs


@task()
def run_import_job(job_id: int) -> None:
    """A dry run or an import of one uploaded file; the job row carries options and progress."""
    jobs.run_job(job_id)
