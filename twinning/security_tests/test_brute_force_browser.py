"""The administrator lifts a login lock in Chromium, through the admin menu, as a person does."""

from __future__ import annotations

import os

import pytest
from django.conf import settings
from django.test import Client

from twinning.browser import user_in_role
from twinning.core import roles

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop shares the thread

ATTACKER = "203.0.113.7"


def test_administrator_finds_the_lock_in_the_menu_and_lifts_it(people):
    roles.ensure_roles()
    user_in_role(roles.EDITOR, "rita")
    user_in_role(roles.ADMINISTRATION, "adam")
    attacker = Client(REMOTE_ADDR=ATTACKER)
    for n in range(settings.AXES_FAILURE_LIMIT):
        attacker.post("/admin/login/", {"username": "rita", "password": f"falsch-{n}"})

    session = people("adam")
    page = session.page
    page.get_by_role("button", name="Einstellungen").click()
    page.get_by_role("link", name="Gesperrte Anmeldungen").click()
    page.wait_for_url("**/admin/anmeldesperren/")
    row = page.locator("tr", has_text="rita")
    assert ATTACKER in row.inner_text()
    row.get_by_role("button", name="Sperre aufheben").click()
    page.wait_for_load_state()

    assert "Sperre für „rita“ von 203.0.113.7 aufgehoben." in page.locator(".messages").inner_text()
    assert "Zurzeit ist keine Anmeldung gesperrt." in page.locator("main").inner_text()
    session.settle()
    assert session.problems == []
