"""Loads the Krefeld demo site; running it again changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand

from twinning.core.demo.loader import ensure_demo_users, load_demo


class Command(BaseCommand):
    help = "Lädt die Demo-Inhalte (Krefeld und seine Partnerstädte). Mehrfach ausführbar."

    def handle(self, *args, **options) -> None:
        summary = load_demo(log=lambda msg: self.stdout.write(msg))
        self.stdout.write(self.style.SUCCESS(f"Demo-Inhalte bereit: {summary}"))
        self.stdout.write(f"Anmeldung: {settings.WAGTAILADMIN_BASE_URL}/admin/")
        for login in ensure_demo_users():
            self.stdout.write(
                f"  {login.role}: Benutzer {login.username}  Passwort {login.password}"
            )
