"""Keeps the public site answering when the cache server or the database fails.

- ``ResilientRedisCache``: Django's Redis backend that treats an unreachable or silent Redis as an
  empty cache. Pages are then rendered on every request instead of answering 500, and after one
  failure Redis is left alone for ``RETRY_SECONDS``, so that a server that accepts connections
  but never answers costs one short socket timeout, not one per cache call. An outage is logged
  once when it begins and once when it ends.
- ``DatabaseOutageMiddleware`` and ``server_error``: a database that refuses, drops or does not
  answer a connection (within the connect and statement timeouts set in the settings) makes a
  request answer a German 503 page with ``Retry-After``, rendered without touching the database.
- ``protect_sqlite_file``: the SQLite database holds password hashes and drafts; its files are
  made readable by their owner only whenever a connection opens them.
"""

from __future__ import annotations

import logging
import os
import stat
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import redis
from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.views import defaults

logger = logging.getLogger(__name__)

# Errors that mean "Redis is not there", as opposed to a wrong command or a wrong type.
REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError, OSError)
DATABASE_DOWN = (OperationalError, InterfaceError)


class _Outage:
    """Whether one Redis location is down; shared by all threads of the process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.retry_at = 0.0
        self.down = False

    def skip(self) -> bool:
        return self.down and time.monotonic() < self.retry_at

    def failed(self, location: str, error: Exception, retry_seconds: float) -> None:
        with self.lock:
            self.retry_at = time.monotonic() + retry_seconds
            if not self.down:
                self.down = True
                logger.warning(
                    "Cache-Server %s nicht erreichbar (%s): Seiten werden ohne Cache ausgeliefert, "
                    "neuer Versuch alle %s Sekunden.",
                    location,
                    error,
                    retry_seconds,
                )

    def recovered(self, location: str) -> None:
        if self.down:
            with self.lock:
                if self.down:
                    self.down = False
                    logger.warning("Cache-Server %s wieder erreichbar.", location)


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


def _outage_for(location: str) -> _Outage:
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


class ResilientRedisCache(RedisCache):
    """Django's ``RedisCache``; a Redis that is down reads as empty and swallows writes.

    ``OPTIONS`` take ``RETRY_SECONDS`` (default 10) besides redis-py's connection options; the
    socket timeouts default to one second so that a silent server cannot hold a request.
    Counters (``incr``) raise ``ValueError`` while Redis is down, as for a missing key.
    Written instead of django-redis' ``IGNORE_EXCEPTIONS``, which has no back-off: with a silent
    server every cache call of every request would wait for its own timeout.
    """

    def __init__(self, server: str, params: dict) -> None:
        options = dict(params.get("OPTIONS") or {})
        self.retry_seconds = float(options.pop("RETRY_SECONDS", 10))
        options.setdefault("socket_connect_timeout", 1)
        options.setdefault("socket_timeout", 1)
        super().__init__(server, {**params, "OPTIONS": options})
        self._outage = _outage_for(server if isinstance(server, str) else ",".join(server))
        self._location = self._outage_location(server)

    @staticmethod
    def _outage_location(server: str | list[str]) -> str:
        """The server's address without a password, for the log."""
        text = server if isinstance(server, str) else ",".join(server)
        if "@" in text:
            scheme, _, rest = text.partition("://")
            return f"{scheme}://{rest.rpartition('@')[2]}"
        return text

    def _guarded(self, fallback: Any, operation: Callable[..., Any], *args: Any, **kwargs: Any):
        if self._outage.skip():
            return fallback
        try:
            result = operation(*args, **kwargs)
        except REDIS_DOWN as error:
            self._outage.failed(self._location, error, self.retry_seconds)
            return fallback
        self._outage.recovered(self._location)
        return result

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().add, key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._guarded(default, super().get, key, default, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(None, super().set, key, value, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(False, super().touch, key, timeout, version)

    def delete(self, key, version=None):
        return self._guarded(False, super().delete, key, version)

    def get_many(self, keys, version=None):
        return self._guarded({}, super().get_many, keys, version)

    def has_key(self, key, version=None):
        return self._guarded(False, super().has_key, key, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._guarded(list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._guarded(None, super().delete_many, keys, version)

    def clear(self):
        return self._guarded(False, super().clear)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._guarded(missing, super().incr, key, delta, version)
        if result is missing:
            raise ValueError(f"Key '{key}' not found (cache server unreachable).")
        return result


def outage_response() -> HttpResponse:
    """The German 503 page: a template without the database, context processors or the cache."""
    retry_after = int(getattr(settings, "DATABASE_OUTAGE_RETRY_AFTER", 30))
    body = loader.render_to_string("503.html", {"retry_after": retry_after})
    response = HttpResponse(body, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(retry_after)
    response["Cache-Control"] = "no-store"
    return response


def _log_outage(request: HttpRequest, error: Exception) -> None:
    logger.error("Datenbank nicht verfügbar bei %s %s: %s", request.method, request.path, error)


class DatabaseOutageMiddleware:
    """Answers 503 instead of 500 when a view fails because the database is unavailable."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_DOWN):
            _log_outage(request, exception)
            return outage_response()
        return None


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: a database outage met outside a view (in a middleware) still answers 503."""
    error = sys.exc_info()[1]
    if isinstance(error, DATABASE_DOWN):
        return outage_response()
    return defaults.server_error(request)


OWNER_ONLY = stat.S_IRUSR | stat.S_IWUSR
_protected: set[str] = set()


def protect_sqlite_file(sender: Any, connection: Any, **kwargs: Any) -> None:
    """``connection_created``: the SQLite file and its journals readable by the owner only."""
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict.get("NAME") or "")
    if not name or name == ":memory:" or name.startswith("file:") or name in _protected:
        return
    for path in (name, f"{name}-wal", f"{name}-shm", f"{name}-journal"):
        try:
            if os.stat(path).st_mode & (stat.S_IRWXG | stat.S_IRWXO):
                os.chmod(path, OWNER_ONLY)
        except FileNotFoundError:
            continue
        except PermissionError as error:
            logger.warning("Rechte der Datenbankdatei %s nicht änderbar: %s", path, error)
    _protected.add(name)
