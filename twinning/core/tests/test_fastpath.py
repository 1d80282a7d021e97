"""Cache hits are answered before Django, exactly as Django answered them the first time."""

from __future__ import annotations

import io
from wsgiref.util import setup_testing_defaults

import pytest
from django.core.handlers.wsgi import WSGIHandler

from twinning.core.cache import invalidate_pages
from twinning.core.fastpath import CachedPages

pytestmark = pytest.mark.django_db(transaction=True)


class CountingDjango:
    """Django's WSGI application, counting the requests that reach it."""

    def __init__(self):
        self.django = WSGIHandler()
        self.calls = 0

    def __call__(self, environ, start_response):
        self.calls += 1
        return self.django(environ, start_response)


@pytest.fixture
def app(site_tree, settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.ALLOWED_HOSTS = ["testserver"]
    site_tree.release("Jugendaustausch mit Venlo")
    django = CountingDjango()
    return CachedPages(django), django


def get(app, path: str = "/presse/", query: str = "", **headers) -> tuple[str, dict, str]:
    environ = {"PATH_INFO": path, "QUERY_STRING": query, "HTTP_HOST": "testserver", **headers}
    setup_testing_defaults(environ)
    environ["wsgi.input"] = io.BytesIO(b"")
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer["status"], answer["headers"] = status, dict(response_headers)

    body = b"".join(app(environ, start_response))
    return answer["status"], answer["headers"], body.decode()


def test_a_second_reader_gets_the_same_answer_without_django(app):
    fast, django = app
    status, first_headers, first = get(fast)
    assert status.startswith("200") and first_headers["X-Page-Cache"] == "miss"
    status, headers, body = get(fast)
    assert django.calls == 1
    assert status.startswith("200") and headers["X-Page-Cache"] == "hit"
    assert body == first and "Jugendaustausch mit Venlo" in body
    for name in ("Content-Security-Policy", "X-Content-Type-Options", "ETag", "Cache-Control"):
        assert headers[name] == first_headers[name], name
    status, headers, body = get(fast, HTTP_IF_NONE_MATCH=first_headers["ETag"])
    assert status.startswith("304") and body == "" and django.calls == 1


def test_a_publish_retires_the_stored_answer(app, site_tree):
    fast, django = app
    get(fast)
    get(fast)
    site_tree.release("Neue Meldung aus Leiden")
    invalidate_pages()
    _status, headers, body = get(fast)
    assert django.calls == 2 and "Neue Meldung aus Leiden" in body


@pytest.mark.parametrize(
    "variant",
    [
        {"query": "x=1"},
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_X_FORWARDED_PROTO": "https"},
    ],
    ids=["unknown parameter", "session", "forwarded header from anyone"],
)
def test_requests_django_must_see_always_reach_it(app, variant):
    fast, django = app
    get(fast)
    for _ in range(2):
        _status, headers, body = get(fast, **variant)
        assert "Jugendaustausch mit Venlo" in body
    assert django.calls == 3
    assert "https://" not in body
