"""Published means visible: the processes `make run` starts, seen from outside over HTTP.

Two web server workers (the Procfile's web line: granian) and the background worker (``run_worker``) run with the production
settings against their own database: a file SQLite database with the shared file cache, or,
when the suite runs on PostgreSQL, a PostgreSQL database with Redis as the cache. In front of
them runs Debian's nginx as front cache, configured from ``deploy/nginx-twinning.conf``.
Changes are made by a person in the admin (Chromium) or by other processes (``manage.py
shell``), as an import would make them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import shutil
import signal
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

from twinning.bench.servers import web_argv

pytestmark = pytest.mark.processes
ROOT = Path(settings.BASE_DIR)
PYTHON = sys.executable
NGINX_SITE = ROOT / "deploy" / "nginx-twinning.conf"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")


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
        self.front_port = free_port()
        self.front = f"http://127.0.0.1:{self.front_port}"
        database_url, cache_env = database_for(tmp)
        self.env = {
            **os.environ,
            **cache_env,
            "PATH": f"{Path(PYTHON).parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "DJANGO_SETTINGS_MODULE": "twinning.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(40),
            "DATABASE_URL": database_url,
            "MEDIA_ROOT": str(tmp / "media"),
            "STATIC_ROOT": str(tmp / "static"),
            "DEMO_LOGINS_FILE": str(tmp / "logins.json"),
            "EMAIL_FILE_PATH": str(tmp / "mail"),
            "BASE_URL": self.front,  # readers come through the front cache
            "FRONTEND_CACHE_URL": self.front,
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_COOKIES": "0",
            "SECURE_HSTS_SECONDS": "0",
            "SERVE_MEDIA": "1",
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
        self.start_nginx(log)
        self.processes.append(  # the Procfile's web server, as `make run` starts it
            subprocess.Popen(
                web_argv(),
                cwd=ROOT,
                env={**self.env, "HOST": "127.0.0.1", "PORT": str(self.port), "WORKERS": "2"},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
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

    def start_nginx(self, log) -> None:
        """Debian's nginx with the shipped front-cache configuration, in a folder of its own."""
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(nginx).exists() or not PURGE_MODULE.exists():
            if os.environ.get("CI"):
                raise AssertionError("nginx-light and libnginx-mod-http-cache-purge are needed")
            return
        folder = self.tmp / "nginx"
        (folder / "cache").mkdir(parents=True)
        site = (
            NGINX_SITE.read_text()
            .replace("@UPSTREAM@", f"127.0.0.1:{self.port}")
            .replace("@LISTEN@", f"127.0.0.1:{self.front_port}")
            .replace("@CACHE_DIR@", str(folder / "cache"))
        )
        (folder / "twinning.conf").write_text(site)
        user = "user root;\n" if os.geteuid() == 0 else ""
        (folder / "nginx.conf").write_text(
            f"load_module {PURGE_MODULE};\n{user}worker_processes 1;\n"
            f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\n"
            "events { worker_connections 256; }\n"
            f"http {{\n access_log off;\n client_body_temp_path {folder}/body;\n"
            f" proxy_temp_path {folder}/proxy;\n include {folder}/twinning.conf;\n}}\n"
        )
        self.processes.append(
            subprocess.Popen(
                [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"],
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
        self.has_front_cache = True

    has_front_cache = False

    def stop(self) -> None:
        for process in self.processes:
            with contextlib.suppress(ProcessLookupError):
                if process.args == web_argv():
                    os.killpg(process.pid, signal.SIGTERM)  # the server and its workers
                else:
                    process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()

    def get(self, path: str, base: str = "") -> tuple[int, str]:
        """GET from the app servers (or, with ``base=site.front``, through the front cache)."""
        try:
            with urllib.request.urlopen((base or self.base) + path, timeout=30) as response:
                self.last_headers = response.headers
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, ""

    def logins(self) -> dict[str, str]:
        return json.loads((self.tmp / "logins.json").read_text())


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
archive = PressArchivePage.objects.get(locale__language_code="de")
page = PressReleasePage(title={title!r}, slug={slug!r}, lead_image=CityImage.objects.exclude(credit="").first(),
    body=[{{"type": "paragraph", "value": "<p>Ein Satz.</p>"}}], published_at={published})
page.partner_cities = [PartnerCityPage.objects.get(slug="venlo", locale__language_code="de")]
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


SUBMITTED_BY_EDITOR = """
from django.contrib.auth import get_user_model
editor = get_user_model().objects.get(username="redaktion")
page.save_revision(user=editor)
page.get_workflow().start(page, editor)
"""


def approve_in_admin(site: Site, pk: int) -> None:
    """The press office's approver opens the submitted release in Chromium and publishes it."""
    from twinning.browser import chromium, log_in

    with chromium() as browser:
        session = log_in(browser, site.front, "freigabe", site.logins()["freigabe"])
        session.context.unroute(f"{site.front}{settings.MEDIA_URL}**")  # the app serves media
        page = session.page
        session.open(f"/admin/pages/{pk}/edit/")
        more = page.get_by_role("button", name="Mehr Aktionen")
        if more.count():
            more.click()
        page.get_by_role("button", name="Freigeben und Veröffentlichen", exact=True).click()
        page.wait_for_load_state()
        assert "wurde aktualisiert" in page.locator(".messages").inner_text()
        session.settle()
        problems = session.problems
        session.close()
    assert problems == []


def test_a_publish_in_the_admin_reaches_every_route_of_every_worker_and_the_front_cache(site):
    for path in ROUTES:  # warm both workers' view of every route, and the front cache
        for _ in range(4):
            assert site.get(path)[0] == 200
        if site.has_front_cache:
            site.get(path, base=site.front)
            assert site.get(path, base=site.front)[0] == 200
            assert site.last_headers["X-Cache-Status"] == "HIT", path
    title = "Radtour der Partnerschaftsvereine nach Venlo"
    pk, _url = make_release(site, title, SUBMITTED_BY_EDITOR)
    assert title not in site.get("/presse/")[1]
    approve_in_admin(site, pk)
    for path in ROUTES:
        for n in range(20):
            status, body = site.get(path)
            assert status == 200 and title in body, f"{path}, request {n + 1}"
    if not site.has_front_cache:
        return
    # The worker purges the front cache right after the publish (it polls every second).
    deadline = time.monotonic() + 15
    while title not in site.get("/presse/", base=site.front)[1]:
        assert time.monotonic() < deadline, "the front cache still serves the old archive"
        time.sleep(0.5)
    for path in ROUTES:
        for n in range(20):
            status, body = site.get(path, base=site.front)
            assert status == 200 and title in body, f"front cache: {path}, request {n + 1}"
        assert site.last_headers["X-Cache-Status"] == "HIT", path


def test_an_edit_published_elsewhere_reaches_every_worker_that_kept_the_release(site):
    """Each web process keeps the page object a URL leads to until the next publish
    (``core.memo``): after an edit published by another process, none serves the old text."""
    pk, url = make_release(site, "Chorreise nach Venlo", "revision.publish()")
    for _ in range(8):  # both workers have read and kept the release
        status, body = site.get(url)
        assert status == 200 and "Chorreise nach Venlo" in body
    site.shell(
        "from wagtail.models import Page\n"
        f"draft = Page.objects.get(pk={pk}).specific.get_latest_revision_as_object()\n"
        "draft.title = 'Chorreise nach Venlo verschoben'\n"
        "draft.save_revision().publish()"
    )
    for n in range(20):
        status, body = site.get(url)
        assert status == 200 and "Chorreise nach Venlo verschoben" in body, f"request {n + 1}"


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
