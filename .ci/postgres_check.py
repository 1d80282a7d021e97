"""Decides whether `make test` runs the suite on PostgreSQL, skips it, or fails.

Exit 0: PostgreSQL answers, run the suite on it. Exit 2: nobody asked for PostgreSQL (no
PG_TEST_URL, PG_ADMIN_URL or postgres DATABASE_URL given, not in CI) and nothing listens at its
address: skip, saying so. Exit 1: PostgreSQL was asked for, or something listens there, and a
connection fails (a wrong password, a missing role, a server that does not answer): fail with
the address and the error, never a silent skip.
"""

from __future__ import annotations

import os
import socket
import sys
from urllib.parse import urlsplit, urlunsplit


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def listening(url: str) -> bool:
    parts = urlsplit(url)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 5432), 3):
            return True
    except OSError:
        return False


def main() -> int:
    test_url = os.environ["PG_TEST_URL"]
    admin_url = os.environ["PG_ADMIN_URL"]
    asked = os.environ.get("PG_ASKED") == "1" or bool(os.environ.get("CI"))
    asked = asked or os.environ.get("DATABASE_URL", "").startswith(("postgres", "postgis"))
    try:
        import psycopg

        psycopg.connect(admin_url, connect_timeout=3).close()
        return 0
    except Exception as error:  # noqa: BLE001 - every reason is reported, none is swallowed
        reason = " ".join(str(error).split()) or type(error).__name__
    if not asked and not listening(admin_url):
        print(
            f"Kein PostgreSQL unter {without_password(admin_url)}: Test auf PostgreSQL "
            "übersprungen (PG_TEST_URL=… verlangt ihn)."
        )
        return 2
    print(
        f"PostgreSQL unter {without_password(admin_url)} nicht nutzbar "
        f"(Tests: {without_password(test_url)}): {reason}\n"
        "Server starten oder PG_TEST_URL und PG_ADMIN_URL mit Benutzer und Passwort setzen.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
