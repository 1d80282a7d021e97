"""Makes many realistic German press releases fast, for benchmarks."""

from django.core.management.base import BaseCommand

from twinning.core.bookkeeping import refresh_planner_statistics
from twinning.news.generate import generate


class Command(BaseCommand):
    help = "Erzeugt COUNT zufällige, aber realistische Pressemitteilungen (Massenimport)."

    def add_arguments(self, parser) -> None:
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, count: int, seed: int, **options) -> None:
        made = generate(
            count, seed, progress=lambda n: self.stdout.write(f"\r{n}/{count}", ending="")
        )
        refresh_planner_statistics()
        self.stdout.write(f"\n{made} Pressemitteilungen erzeugt.")
