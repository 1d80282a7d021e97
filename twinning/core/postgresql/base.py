"""Django's PostgreSQL backend, failing fast for a few seconds after a connection timed out.

A server that accepts connections and never answers costs each connection attempt the whole
``connect_timeout``. A request that tries the database more than once (a fallback that
swallows the first error) would pay it several times, and every worker would spend its time
waiting. After one attempt timed out, attempts to the same server fail at once for
``DATABASE_RETRY_SECONDS`` (default 5), so readers get the 503 page quickly and the server
is still tried again soon. Refused connections and wrong passwords fail fast by themselves
and are not held back.
"""

from __future__ import annotations

import threading
import time

import psycopg
from django.conf import settings
from django.db.backends.postgresql import base

_lock = threading.Lock()
_retry_at: dict[tuple, float] = {}


class DatabaseWrapper(base.DatabaseWrapper):
    def _server_key(self) -> tuple:
        s = self.settings_dict
        return (s.get("HOST"), s.get("PORT"), s.get("NAME"), s.get("USER"))

    def get_new_connection(self, conn_params):
        key = self._server_key()
        retry_at = _retry_at.get(key, 0.0)
        if time.monotonic() < retry_at:
            raise psycopg.errors.ConnectionTimeout(
                "connection timeout expired moments ago; not trying again yet"
            )
        try:
            return super().get_new_connection(conn_params)
        except psycopg.errors.ConnectionTimeout:
            with _lock:
                _retry_at[key] = time.monotonic() + float(
                    getattr(settings, "DATABASE_RETRY_SECONDS", 5)
                )
            raise
