"""Published means visible: the processes `make run` starts, seen from outside over HTTP.

Two gunicorn workers and the background worker (``run_worker``) run with the production
settings against their own database: a file SQLite database with the shared file cache, or,
when the suite runs on PostgreSQL, a PostgreSQL database with Redis as the cache. Changes are
made by other processes (``manage.py shell``), as an import or the admin would make them.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

pytestmark = pytest.mark.processes
ROOT = Path(settings.BASE_DIR)
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def database_for(tmp: Path) -> tuple[str, dict]:
    """A database of its own: PostgreSQL (with Redis) when the suite runs there, else SQLite."""
    suite_db = settings.DATABASES["default"]
    if suite_db["ENGINE"].endswith("postgresql"):
        import psycopg
        import redis

        name = "twinning_processes"
        admin = f"postgres://{suite_db['USER'] or 'postgres'}@{suite_db['HOST'] or '127.0.0.1'}:{suite_db['PORT'] or 5432}/postgres"
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            conn.execute(f"CREATE DATABASE {name}")
        redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")
        redis.Redis.from_url(redis_url).flushdb()
        return admin.rsplit("/", 1)[0] + f"/{name}", {"REDIS_URL": redis_url}
    return f"sqlite:///{tmp / 'site.sqlite3'}", {"CACHE_DIR": str(tmp / "cache")}


class Site:
    """The running processes and helpers to talk to them."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        database_url, cache_env = database_for(tmp)
        self.env = {
            **os.environ,
            **cache_env,
            "DJANGO_SETTINGS_MODULE": "twinning.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp / "media"),
            "STATIC_ROOT": str(tmp / "static"),
            "DEMO_LOGINS_FILE": str(tmp / "logins.json"),
            "EMAIL_FILE_PATH": str(tmp / "mail"),
            "BASE_URL": self.base,
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "SECURE_HSTS_SECONDS": "0",
            "SCHEDULE_INTERVAL": "3",
            "PAGE_CACHE_SECONDS": "300",
        }
        self.env.pop("TEST_DATABASE_URL", None)
        self.processes: list[subprocess.Popen] = []

    def manage(self, *args: str, timeout: int = 300) -> str:
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    def shell(self, code: str) -> str:
        return self.manage("shell", "-c", code, timeout=120)

    def start(self) -> None:
        log = open(self.tmp / "processes.log", "w")  # noqa: SIM115 - closed with the processes
        self.processes.append(
            subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "gunicorn",
                    "twinning.wsgi",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    "2",
                ],  # fmt: skip
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        self.processes.append(
            subprocess.Popen(
                [PYTHON, "manage.py", "run_worker"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if self.get("/")[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise AssertionError((self.tmp / "processes.log").read_text()[-3000:])

    def stop(self) -> None:
        for process in self.processes:
            process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=30) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, ""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    running = Site(tmp_path_factory.mktemp("site"))
    running.manage("migrate", "--noinput", timeout=600)
    running.manage("collectstatic", "--noinput", "--verbosity", "0", timeout=600)
    running.manage("load_demo", timeout=600)
    try:
        running.start()
        yield running
    finally:
        running.stop()  # also when starting failed: no server outlives the test


CITY = "/partnerstaedte/venlo/"
ROUTES = ["/", "/presse/", CITY, "/feeds/presse/rss/", "/api/v1/press-releases/"]
NEW_RELEASE = """
from twinning.core.models import CityImage
from twinning.news.models import PressArchivePage, PressReleasePage
from twinning.partnerships.models import PartnerCityPage
import datetime as dt
from django.utils import timezone
archive = PressArchivePage.objects.get()
page = PressReleasePage(title={title!r}, slug={slug!r}, lead_image=CityImage.objects.exclude(credit="").first(),
    body=[{{"type": "paragraph", "value": "<p>Ein Satz.</p>"}}], published_at={published})
page.partner_cities = [PartnerCityPage.objects.get(slug="venlo")]
page.live = False
archive.add_child(instance=page)
revision = page.save_revision()
{action}
print(page.pk, page.url)
"""


def make_release(site: Site, title: str, action: str, published: str = "None") -> tuple[int, str]:
    slug = title.lower().replace(" ", "-")
    out = site.shell(NEW_RELEASE.format(title=title, slug=slug, action=action, published=published))
    pk, url = out.split()[-2:]
    return int(pk), urlsplit(url).path if url.startswith("http") else url


def test_a_publish_reaches_every_route_of_every_worker_at_once(site):
    for path in ROUTES:  # warm both workers' view of every route
        for _ in range(4):
            assert site.get(path)[0] == 200
    title = "Radtour der Partnerschaftsvereine nach Venlo"
    make_release(site, title, "revision.publish()")
    for path in ROUTES:
        for n in range(20):
            status, body = site.get(path)
            assert status == 200 and title in body, f"{path}, request {n + 1}"


def test_a_release_scheduled_ahead_goes_live_with_nothing_else_run(site):
    title = "Geplanter Besuch der Musikschule"
    pk, url = make_release(
        site,
        title,
        "page.go_live_at = timezone.now() + dt.timedelta(seconds=20)\n"
        "page.save_revision().publish()",
    )
    assert site.get(url)[0] == 404
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status, _body = site.get(url)
        if status == 200:
            break
        time.sleep(2)
    assert status == 200, "not live two minutes after its time"
    assert title in site.get("/presse/")[1]


def test_an_embargoed_release_is_on_no_route_and_a_sync_sees_withdrawals(site):
    title = "Gesperrte Meldung zur Delegationsreise"
    _pk, url = make_release(
        site,
        title,
        "revision.publish()",
        published="timezone.now() + dt.timedelta(hours=3)",
    )
    assert site.get(url)[0] == 404
    for path in [*ROUTES, "/suche/?q=Gesperrte+Delegationsreise", "/api/v1/search?q=Gesperrte",
                 "/sitemap.xml", "/feeds/partnerstadt/venlo/rss/"]:  # fmt: skip
        status, body = site.get(path)
        assert status == 200 and "Gesperrte Meldung" not in body, path

    since = dt.datetime.now(dt.UTC).isoformat()
    title = "Bald zurückgezogene Meldung"
    pk, url = make_release(site, title, "revision.publish()")
    site.shell(f"from wagtail.models import Page; Page.objects.get(pk={pk}).specific.unpublish()")
    status, body = site.get(f"/api/v1/press-releases/?changed_since={since.replace('+', '%2B')}")
    removed = json.loads(body)["removed"]
    assert [r["id"] for r in removed] == [pk]
    for path in ROUTES:
        assert title not in site.get(path)[1], path
