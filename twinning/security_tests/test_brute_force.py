"""Brute force: guessing admin passwords and page passwords is stopped after a few tries.

The attacker of the review sent 50 wrong passwords and then the right one, and was logged in.
Now the fifth wrong password locks the user name (or the protected page) for that address, the
lock holds against the right password, a forged ``X-Forwarded-For`` does not dodge it, and an
administrator lifts it in the admin or with ``manage.py axes_reset``.
"""

from __future__ import annotations

import io

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageViewRestriction

from twinning.core import roles

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PASSWORD = "richtig-und-lang-2026"
ATTACKER = "203.0.113.7"


@pytest.fixture
def editor():
    roles.ensure_roles()
    user = get_user_model().objects.create_user(
        "rita", email="rita@stadt.example", password=PASSWORD, is_staff=True
    )
    user.groups.set([Group.objects.get(name=roles.EDITOR)])
    return user


@pytest.fixture
def administrator():
    roles.ensure_roles()
    user = get_user_model().objects.create_user(
        "adam", email="adam@stadt.example", password=PASSWORD, is_staff=True
    )
    user.groups.set([Group.objects.get(name=roles.ADMINISTRATION)])
    return user


def log_in(client: Client, username: str, password: str, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, **headers)


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def guess(client: Client, username: str, times: int, **headers) -> list:
    return [log_in(client, username, f"falsch-{n}", **headers) for n in range(times)]


def test_wrong_passwords_below_the_limit_show_the_login_form_again(editor):
    client = Client(REMOTE_ADDR=ATTACKER)
    for response in guess(client, "rita", settings.AXES_FAILURE_LIMIT - 1):
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
    assert log_in(client, "rita", PASSWORD).status_code == 302
    assert logged_in(client)


def test_the_fifth_wrong_password_locks_the_login_even_for_the_right_password(editor):
    client = Client(REMOTE_ADDR=ATTACKER)
    *_, last = guess(client, "rita", settings.AXES_FAILURE_LIMIT)
    assert last.status_code == 429
    page = last.content.decode()
    assert "Zu viele Fehlversuche" in page
    assert "Nach 5 falschen Passwörtern ist die Anmeldung" in page
    assert "Bitte warten Sie 15 Minuten" in page
    assert "wenden Sie sich bitte an die Administration" in page
    right = log_in(client, "rita", PASSWORD)
    assert right.status_code == 429
    assert "Zu viele Fehlversuche" in right.content.decode()
    assert not logged_in(client)


def test_a_forged_forwarded_for_header_does_not_give_fresh_tries(editor):
    client = Client(REMOTE_ADDR=ATTACKER)
    for n in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, "rita", "falsch", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = log_in(client, "rita", PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.200")
    assert response.status_code == 429
    assert not logged_in(client)


def test_the_lock_is_for_the_attackers_address_not_for_the_person_elsewhere(editor):
    guess(Client(REMOTE_ADDR=ATTACKER), "rita", settings.AXES_FAILURE_LIMIT)
    office = Client(REMOTE_ADDR="192.0.2.10")
    response = log_in(office, "rita", PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert logged_in(office)


def test_an_administrator_sees_the_lock_in_the_admin_and_lifts_it(editor, administrator):
    attacker = Client(REMOTE_ADDR=ATTACKER)
    guess(attacker, "rita", settings.AXES_FAILURE_LIMIT)
    admin = Client()
    admin.force_login(administrator)
    listing = admin.get("/admin/anmeldesperren/")
    assert listing.status_code == 200
    text = listing.content.decode()
    assert "Gesperrte Anmeldungen" in text
    assert "rita" in text and ATTACKER in text
    assert "Sperre aufheben" in text
    menu = admin.get("/admin/").content.decode()
    assert "/admin/anmeldesperren/" in menu

    from axes.models import AccessAttempt

    attempt = AccessAttempt.objects.get(username="rita")
    lifted = admin.post(f"/admin/anmeldesperren/{attempt.pk}/aufheben/")
    assert lifted.status_code == 302 and lifted["Location"] == "/admin/anmeldesperren/"
    after = admin.get("/admin/anmeldesperren/").content.decode()
    assert "Sperre für „rita“ von 203.0.113.7 aufgehoben." in after
    assert "Zurzeit ist keine Anmeldung gesperrt." in after
    assert log_in(attacker, "rita", PASSWORD).status_code == 302
    assert logged_in(attacker)


def test_the_lock_screen_is_refused_to_editors(editor):
    client = Client()
    client.force_login(editor)
    refused = client.get("/admin/anmeldesperren/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    home = client.get("/admin/").content.decode()
    assert "Sie haben keine Berechtigung für diesen Bereich." in home
    assert "/admin/anmeldesperren/" not in home


def test_the_operator_lifts_all_locks_with_axes_reset(editor):
    client = Client(REMOTE_ADDR=ATTACKER)
    guess(client, "rita", settings.AXES_FAILURE_LIMIT)
    call_command("axes_reset", stdout=io.StringIO())
    assert log_in(client, "rita", PASSWORD).status_code == 302


def restricted_page(site_tree, password: str = "Partnerschaft-1964"):
    release = site_tree.release("Nur für den Stadtrat")
    restriction = PageViewRestriction.objects.create(
        page=release, restriction_type=PageViewRestriction.PASSWORD, password=password
    )
    form_url = f"/_util/authenticate_with_password/{restriction.pk}/{release.pk}/"
    return release, form_url


def test_page_password_guessing_is_locked_per_address_and_page(site_tree):
    release, form_url = restricted_page(site_tree)
    other, other_url = restricted_page(site_tree, password="anderes-Passwort")
    client = Client(REMOTE_ADDR=ATTACKER)
    form = client.get(release.url)
    assert form_url in form.content.decode()
    for n in range(settings.AXES_FAILURE_LIMIT - 1):
        wrong = client.post(form_url, {"password": f"falsch-{n}", "return_url": release.url})
        assert wrong.status_code == 200
        assert 'name="password"' in wrong.content.decode()
    locked = client.post(form_url, {"password": "falsch", "return_url": release.url})
    assert locked.status_code == 429
    assert "Zu viele Fehlversuche" in locked.content.decode()
    right = client.post(form_url, {"password": "Partnerschaft-1964", "return_url": release.url})
    assert right.status_code == 429
    still_closed = client.get(release.url).content.decode()
    assert 'name="password"' in still_closed
    assert "Text zu Nur für den Stadtrat" not in still_closed
    # Another page's password and another reader of this page are not affected.
    opened = client.post(other_url, {"password": "anderes-Passwort", "return_url": other.url})
    assert opened.status_code == 302
    reader = Client(REMOTE_ADDR="192.0.2.10")
    response = reader.post(form_url, {"password": "Partnerschaft-1964", "return_url": release.url})
    assert response.status_code == 302 and response["Location"] == release.url
    assert "Text zu Nur für den Stadtrat" in reader.get(release.url).content.decode()
