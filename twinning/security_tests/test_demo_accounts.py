"""Demo accounts: no superuser, no password anyone could read, and a way to start without them.

The review logged in as a superuser whose password stood in the README and was set again on
every `make run`. Now each demo role gets a password made on this installation, stored in a
file only its owner can read; nothing published logs in; `DEMO=0 make run` makes no accounts;
a forgotten password is reset by a mail that Django's mail framework writes.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import socket
import sqlite3
import stat
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client, override_settings

from twinning.core.demo.loader import DEMO_USERS, ensure_demo_users

pytestmark = pytest.mark.django_db
LOGIN_LINE = re.compile(r"  (.+): Benutzer (\S+)  Passwort (\S+)")


def published_words() -> set[str]:
    """Every word in what the project publishes: README, Makefile, Procfile, CI script."""
    words: set[str] = set()
    for name in ("README.md", "Makefile", "Procfile", ".ci/run"):
        words |= set(re.findall(r"[^\s`'\"()|,;:]+", (settings.BASE_DIR / name).read_text()))
    return words


def test_demo_accounts_are_no_superusers_and_their_passwords_are_made_here(tmp_path, monkeypatch):
    logins_file = tmp_path / "demo-logins.json"
    monkeypatch.setenv("DEMO_LOGINS_FILE", str(logins_file))
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    printed = {user: password for _role, user, password in LOGIN_LINE.findall(out.getvalue())}
    assert set(printed) == {username for username, *_ in DEMO_USERS}
    assert not get_user_model().objects.filter(is_superuser=True).exists()
    assert stat.S_IMODE(logins_file.stat().st_mode) == 0o600
    assert json.loads(logins_file.read_text()) == printed
    assert all(len(password) >= 16 for password in printed.values())
    # Another installation (another file) gets other passwords; the old ones stop working.
    monkeypatch.setenv("DEMO_LOGINS_FILE", str(tmp_path / "andere-installation.json"))
    elsewhere = {login.username: login.password for login in ensure_demo_users()}
    assert not set(elsewhere.values()) & set(printed.values())
    user = get_user_model().objects.get(username="administration")
    assert not user.check_password(printed["administration"])
    assert user.check_password(elsewhere["administration"])


def test_no_published_word_is_a_demo_password(tmp_path, monkeypatch):
    monkeypatch.setenv("DEMO_LOGINS_FILE", str(tmp_path / "demo-logins.json"))
    ensure_demo_users()
    words = published_words() | {"admin", "administrator", "password", "passwort", "twinning"}
    for username, *_ in DEMO_USERS:
        user = get_user_model().objects.get(username=username)
        assert not [word for word in words | {username} if user.check_password(word)], username


@override_settings(EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend")
def test_a_forgotten_password_is_reset_by_a_mail_written_to_a_file(tmp_path):
    from twinning.settings import base

    assert base.EMAIL_BACKEND == "django.core.mail.backends.filebased.EmailBackend"
    assert base.EMAIL_FILE_PATH == settings.BASE_DIR / "var" / "mail"
    user = get_user_model().objects.create_user(
        "ines", email="ines@stadt.example", password="alt-und-vergessen-1", is_staff=True
    )
    client = Client()
    with override_settings(EMAIL_FILE_PATH=tmp_path):
        sent = client.post("/admin/password_reset/", {"email": "ines@stadt.example"})
    assert sent.status_code == 302 and sent["Location"] == "/admin/password_reset/done/"
    (mail_file,) = tmp_path.iterdir()
    mail = mail_file.read_text()
    assert "To: ines@stadt.example" in mail
    link = re.search(r"http://[^/\s]+(/admin/password_reset/confirm/\S+/)", mail).group(1)
    form = client.get(link)
    assert form.status_code == 302  # Django moves the token out of the URL into the session
    new_password = "Neu-und-lang-2026!"
    done = client.post(
        form["Location"], {"new_password1": new_password, "new_password2": new_password}
    )
    assert done.status_code == 302 and done["Location"] == "/admin/password_reset/complete/"
    user.refresh_from_db()
    assert user.check_password(new_password)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.processes
def test_make_run_with_demo_0_starts_without_demo_content_or_accounts(tmp_path):
    """`DEMO=0 make run` on an empty database: the site runs, no account exists, and the
    operator is told how to make the first administrator. Its files are its owner's only."""
    database = tmp_path / "leer.sqlite3"
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "CACHE_URL"}
    }
    environment.update(
        DEMO="0",
        PORT=str(port),
        WORKERS="1",
        DATABASE_URL=f"sqlite:///{database}",
        CACHE_DIR=str(tmp_path / "cache"),
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    run = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"PORT={port}", "DEMO=0"],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(run.stdout), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 240
        page = ""
        while time.monotonic() < deadline and not page and run.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/admin/login/") as answer:
                    page = answer.read().decode()
            except OSError:
                time.sleep(1)
        assert page, "".join(output)[-3000:]
    finally:
        os.killpg(run.pid, signal.SIGTERM)
        run.wait(timeout=30)
        reader.join(timeout=10)
        run.stdout.close()
    text = "".join(output)
    assert 'name="password"' in page
    assert "Ohne Demo-Inhalte (DEMO=0). Ersten Administrator anlegen:" in text
    assert "manage.py createsuperuser" in text
    assert not LOGIN_LINE.search(text)
    with sqlite3.connect(database) as connection:
        assert connection.execute("select count(*) from auth_user").fetchone() == (0,)
    assert stat.S_IMODE(database.stat().st_mode) == 0o600
    assert stat.S_IMODE(Path(settings.BASE_DIR, "var").stat().st_mode) == 0o700
