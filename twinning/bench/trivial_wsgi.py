"""A WSGI app that answers every request with one file's bytes: the ceiling of the server
that runs it, whatever an application does (``BENCH_BODY_FILE`` names the file)."""

import os
from pathlib import Path

BODY = Path(os.environ["BENCH_BODY_FILE"]).read_bytes()
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def application(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
