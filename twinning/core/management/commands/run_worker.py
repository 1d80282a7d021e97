"""The background worker: Django's task queue (admin imports, Wagtail's own tasks) and the scheduler."""

import os

from django.core.management import call_command
from django.core.management.base import BaseCommand

from twinning.core.scheduling import Scheduler


class Command(BaseCommand):
    help = (
        "Startet den Hintergrunddienst: Aufgaben der Warteschlange (z. B. Importe) und "
        "geplante Veröffentlichungen und Abläufe, ohne cron."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=float(os.environ.get("SCHEDULE_INTERVAL", "20")),
            help="Sekunden zwischen zwei Prüfungen auf fällige Veröffentlichungen (Standard 20).",
        )
        parser.add_argument(
            "--queue-interval",
            type=float,
            default=1.0,
            help="Sekunden Pause, wenn die Warteschlange leer ist.",
        )

    def handle(self, *args, schedule_interval: float, queue_interval: float, **options) -> None:
        scheduler = Scheduler(schedule_interval)
        scheduler.start()
        self.stdout.write(
            f"Hintergrunddienst läuft: geplante Veröffentlichungen alle {schedule_interval:g} s."
        )
        try:
            call_command(
                "db_worker", "--no-reload", "--interval", str(queue_interval), stdout=self.stdout
            )
        finally:
            scheduler.stop()
