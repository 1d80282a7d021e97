"""Re-reads every searchable page into the search index (after a restore or a bulk change)."""

from django.core.management.base import BaseCommand

from twinning.search.services import rebuild


class Command(BaseCommand):
    help = "Baut den Suchindex aus allen veröffentlichten Seiten neu auf."

    def handle(self, *args, **options) -> None:
        count = rebuild()
        self.stdout.write(f"{count} Dokumente indexiert.")
