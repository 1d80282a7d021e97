"""Failing services: a cache server or database that refuses or never answers.

The review took Redis away and every public page answered 500; a Redis or PostgreSQL that
accepted connections and then said nothing held each request 30 seconds until gunicorn killed
the worker. Here they are real sockets: a port where nothing listens, and a listener that
accepts and never answers. Readers get their pages without the cache; without the database they
get a German 503 page with ``Retry-After`` within five seconds.
"""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress

import pytest
from django.conf import settings
from django.core.cache import caches
from django.test import Client, override_settings

RESILIENT_REDIS = "twinning.core.resilience.ResilientRedisCache"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def silent_listener() -> Iterator[int]:
    """A server that accepts every connection, reads what it is sent and never answers."""
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    server.settimeout(0.2)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(connection)

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=2)
        for connection in held:
            connection.close()
        server.close()


@contextmanager
def redis_cache_at(port: int, retry_seconds: float = 30) -> Iterator[None]:
    config = {
        "default": {
            "BACKEND": RESILIENT_REDIS,
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {
                "socket_connect_timeout": 1,
                "socket_timeout": 1,
                "RETRY_SECONDS": retry_seconds,
            },
        }
    }
    with override_settings(CACHES=config):
        yield
        caches["default"].close()


def outage_warnings(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "twinning.core.resilience" and r.levelno == logging.WARNING
    ]


@pytest.mark.django_db
def test_redis_refusing_connections_leaves_pages_readable_and_logs_once(site_tree, caplog):
    city = site_tree.city("Venlo", country="Niederlande", latitude=51.37, longitude=6.17)
    site_tree.release("Schüleraustausch mit Venlo", cities=[city])
    port = free_port()
    caplog.set_level(logging.WARNING, logger="twinning.core.resilience")
    with redis_cache_at(port):
        client = Client()
        started = time.monotonic()
        for path in ("/presse/", city.url, "/presse/", "/suche/?q=Venlo"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert "Schüleraustausch mit Venlo" in response.content.decode(), path
            assert response.get("X-Page-Cache") != "hit"
        assert time.monotonic() - started < 5
    warnings = outage_warnings(caplog)
    assert len(warnings) == 1
    assert f"Cache-Server redis://127.0.0.1:{port}/0 nicht erreichbar" in warnings[0]
    assert "ohne Cache ausgeliefert" in warnings[0]


@pytest.mark.django_db
def test_a_silent_redis_costs_one_short_timeout_not_one_per_request(site_tree, caplog):
    site_tree.release("Delegation aus Leicester")
    caplog.set_level(logging.WARNING, logger="twinning.core.resilience")
    with silent_listener() as port, redis_cache_at(port):
        client = Client()
        timings = []
        for _ in range(4):
            started = time.monotonic()
            response = client.get("/presse/")
            timings.append(time.monotonic() - started)
            assert response.status_code == 200
            assert "Delegation aus Leicester" in response.content.decode()
    assert timings[0] < 3, timings  # one socket timeout of one second, plus rendering
    assert max(timings[1:]) < 1, timings  # Redis is left alone for RETRY_SECONDS
    assert len(outage_warnings(caplog)) == 1


@pytest.mark.django_db
def test_publishing_while_redis_is_down_does_not_fail(site_tree):
    """The editor's publish bumps the page-cache generation; with Redis gone it still saves."""
    with redis_cache_at(free_port()):
        release = site_tree.release("Veröffentlicht während der Störung")
        response = Client().get(release.url)
    assert response.status_code == 200
    assert "Veröffentlicht während der Störung" in response.content.decode()


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_answers() -> bool:
    import redis

    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


class RedisProxy:
    """A TCP relay in front of the real Redis that can be switched off and on (same port)."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = free_port()
        self.server: socket.socket | None = None
        self.connections: list[socket.socket] = []

    def start(self) -> None:
        self.server = socket.create_server(("127.0.0.1", self.port), reuse_port=False)
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def stop(self) -> None:
        # A thread blocked in accept() keeps a merely closed socket listening on Linux;
        # shutting it down first wakes that thread and frees the port for start().
        with suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)
        self.server.close()
        for connection in self.connections:
            connection.close()
        self.connections.clear()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with suppress(OSError):
                    end.close()


@pytest.mark.django_db
@pytest.mark.skipif(not redis_answers() and not os.environ.get("CI"), reason="kein Redis")
def test_the_cache_comes_back_when_redis_does_and_says_so_once(site_tree, caplog):
    from urllib.parse import urlsplit

    site_tree.release("Städtepartnerschaft mit Kayseri")
    address = urlsplit(REDIS_URL)
    proxy = RedisProxy((address.hostname, address.port or 6379))
    proxy.start()
    caplog.set_level(logging.WARNING, logger="twinning.core.resilience")
    config = {
        "default": {
            "BACKEND": RESILIENT_REDIS,
            "LOCATION": f"redis://127.0.0.1:{proxy.port}{address.path or '/15'}",
            "KEY_PREFIX": f"ausfall-{proxy.port}",
            "OPTIONS": {"RETRY_SECONDS": 0.2},
        }
    }
    reader = Client()
    with override_settings(CACHES=config):
        try:
            assert reader.get("/presse/")["X-Page-Cache"] == "miss"
            assert reader.get("/presse/")["X-Page-Cache"] == "hit"
            proxy.stop()
            for _ in range(3):
                down = reader.get("/presse/")
                assert down.status_code == 200 and down.get("X-Page-Cache") != "hit"
                assert "Städtepartnerschaft mit Kayseri" in down.content.decode()
            time.sleep(0.3)
            proxy.start()
            time.sleep(0.3)
            back = [reader.get("/presse/")["X-Page-Cache"] for _ in range(2)]
        finally:
            caches["default"].clear()
            caches["default"].close()
            proxy.stop()
    assert back[-1] == "hit"
    warnings = outage_warnings(caplog)
    assert len(warnings) == 2, warnings
    assert "nicht erreichbar" in warnings[0] and "wieder erreichbar" in warnings[1]


def test_redis_settings_get_the_resilient_backend_and_timeouts():
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; c = settings.CACHES['default'];"
            "print(c['BACKEND'], c['OPTIONS']['socket_connect_timeout'], c['OPTIONS']['socket_timeout'])",
        ],
        cwd=settings.BASE_DIR,
        env={**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/0", "CACHE_URL": ""},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == [RESILIENT_REDIS, "1.0", "1.0"]


@contextmanager
def site_with_database(database_url: str, **env: str) -> Iterator[str]:
    """The site under gunicorn, as `make run` serves it, with its database at ``database_url``."""
    port = free_port()
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="twinning.settings.production",
        SECRET_KEY="nur-fuer-diesen-test-" + "x" * 20,
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        ALLOWED_HOSTS="127.0.0.1",
        CACHE_URL="locmem://",
        DATABASE_URL=database_url,
        DATABASE_CONNECT_TIMEOUT="3",
        **env,
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "twinning.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
        ],
        cwd=settings.BASE_DIR,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if server.poll() is not None:
                raise AssertionError(server.stderr.read().decode()[-3000:])
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        site = f"http://127.0.0.1:{port}"
        fetch(site + "/robots.txt")  # the worker has booted once this is answered
        yield site
    finally:
        server.terminate()
        server.wait(timeout=10)
        server.stderr.close()


def fetch(url: str) -> tuple[int, dict, str, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            status, headers, body = response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, dict(error.headers), error.read()
    return status, headers, body.decode(), time.monotonic() - started


def assert_outage_page(status: int, headers: dict, body: str, seconds: float) -> None:
    assert status == 503
    assert seconds < 5, seconds
    assert headers["Retry-After"] == "30"
    assert "no-store" in headers["Cache-Control"]
    assert '<html lang="de">' in body
    assert "Die Seite ist vorübergehend nicht erreichbar" in body
    assert "Bitte versuchen Sie es in 30 Sekunden noch einmal." in body


@pytest.mark.processes
def test_a_silent_database_answers_a_german_503_within_five_seconds():
    with silent_listener() as db_port:
        url = f"postgres://twinning@127.0.0.1:{db_port}/twinning"
        with site_with_database(url, DATABASE_RETRY_SECONDS="2") as site:
            time.sleep(2.2)  # past the warm-up request's back-off: the next one waits again
            answers = [fetch(site + path) for path in ("/", "/presse/", "/termine/")]
            time.sleep(2.2)
            # The search view tries the database twice; it must not wait twice.
            answers.append(fetch(site + "/suche/?q=Venlo"))
    for answer in answers:
        assert_outage_page(*answer)
    first, *during_back_off, search = [seconds for *_, seconds in answers]
    assert 2.5 < first < 5 and 2.5 < search < 5  # one connect timeout of 3 seconds each
    assert max(during_back_off) < 1  # the worker does not wait again at once


@pytest.mark.processes
def test_a_database_refusing_connections_answers_the_503_page_at_once():
    url = f"postgres://twinning@127.0.0.1:{free_port()}/twinning"
    with site_with_database(url) as site:
        status, headers, body, seconds = fetch(site + "/presse/")
    assert_outage_page(status, headers, body, seconds)
    assert seconds < 2


PG_ADMIN_URL = os.environ.get("PG_ADMIN_URL", "postgres://postgres@127.0.0.1:5432/postgres")


def postgres_answers() -> bool:
    try:
        import psycopg

        psycopg.connect(PG_ADMIN_URL, connect_timeout=3).close()
        return True
    except Exception:
        return False


@pytest.mark.skipif(
    not postgres_answers() and not os.environ.get("CI"), reason="kein PostgreSQL erreichbar"
)
def test_a_hanging_postgres_query_is_cancelled_by_the_statement_timeout():
    script = (
        "import time\n"
        "from django.db import connection, OperationalError\n"
        "started = time.monotonic()\n"
        "try:\n"
        "    connection.cursor().execute('select pg_sleep(10)')\n"
        "    print('finished')\n"
        "except OperationalError as error:\n"
        "    print('cancelled', round(time.monotonic() - started, 1), type(error.__cause__).__name__)\n"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DATABASE_URL": PG_ADMIN_URL, "DATABASE_STATEMENT_TIMEOUT": "1"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    verdict, seconds, cause = result.stdout.splitlines()[-1].split()
    assert verdict == "cancelled" and cause == "QueryCanceled"
    assert float(seconds) < 3


def postgres_check(admin_url: str, asked: bool) -> subprocess.CompletedProcess:
    """`make test`'s decision about the PostgreSQL pass (.ci/postgres_check.py)."""
    environment = {
        key: value for key, value in os.environ.items() if key not in {"CI", "DATABASE_URL"}
    }
    environment.update(
        PG_TEST_URL="postgres://postgres@127.0.0.1:5432/twinning",
        PG_ADMIN_URL=admin_url,
        PG_ASKED="1" if asked else "0",
    )
    return subprocess.run(
        [sys.executable, ".ci/postgres_check.py"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_make_test_skips_postgres_only_when_nobody_asked_and_nothing_listens():
    url = f"postgres://postgres@127.0.0.1:{free_port()}/postgres"
    result = postgres_check(url, asked=False)
    assert result.returncode == 2
    assert f"Kein PostgreSQL unter {url}: Test auf PostgreSQL übersprungen" in result.stdout


def test_make_test_fails_loudly_when_postgres_was_asked_for_and_is_unreachable():
    url = f"postgres://postgres:geheim@127.0.0.1:{free_port()}/postgres"
    result = postgres_check(url, asked=True)
    assert result.returncode == 1
    assert "postgres://postgres:***@127.0.0.1:" in result.stderr and "geheim" not in result.stderr
    assert "nicht nutzbar" in result.stderr and "Connection refused" in result.stderr


def test_make_test_fails_loudly_when_something_listens_but_does_not_answer():
    with silent_listener() as port:
        result = postgres_check(f"postgres://postgres@127.0.0.1:{port}/postgres", asked=False)
    assert result.returncode == 1
    assert f"PostgreSQL unter postgres://postgres@127.0.0.1:{port}/postgres nicht nutzbar" in (
        result.stderr
    )


@pytest.mark.skipif(
    not postgres_answers() and not os.environ.get("CI"), reason="kein PostgreSQL erreichbar"
)
def test_make_test_fails_loudly_on_a_wrong_login_instead_of_skipping():
    result = postgres_check("postgres://niemand@127.0.0.1:5432/postgres", asked=False)
    assert result.returncode == 1
    assert 'role "niemand" does not exist' in result.stderr
