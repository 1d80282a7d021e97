"""Cache poisoning and cache bypass: what one request sends must not change what others get.

The page cache keys on scheme, host, path and the query parameters a page really reads;
anything else in the query string is dropped before the view runs, so it can neither force a
fresh render (``?x=1`` on every request) nor end up in an answer others are given. Forwarded
headers count only from the proxies named in ``TRUSTED_PROXIES``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import RequestFactory, override_settings

from twinning.conftest import BERLIN
from twinning.core.proxies import TrustedProxyMiddleware

pytestmark = pytest.mark.django_db

BEHIND_PROXY = {
    "TRUSTED_PROXIES": ["127.0.0.1", "10.0.0.0/8"],
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "USE_X_FORWARDED_HOST": True,
}


@pytest.fixture
def archive(site_tree):
    venlo = site_tree.city("Venlo", slug="venlo", country="Niederlande", country_code="NL")
    for n in range(3):
        site_tree.release(
            f"Meldung Nummer {n}",
            cities=[venlo] if n else [],
            published=dt.datetime(2024, 5, 1 + n, 10, tzinfo=BERLIN),
        )
    return site_tree


def test_unknown_query_parameters_do_not_bypass_the_page_cache(client, archive):
    first = client.get("/presse/")
    assert first["X-Page-Cache"] == "miss"
    for query in ("?x=1", "?x=2&y=3", "?utm_source=newsletter&utm_medium=mail", "?seite=1&x=1"):
        response = client.get(f"/presse/{query}")
        if query.startswith("?seite"):
            assert response["X-Page-Cache"] == "miss"  # a parameter the archive reads
            continue
        assert response["X-Page-Cache"] == "hit", query
        assert response.content == first.content
    for url in ("/suche/?q=Meldung", "/api/v1/press-releases/?page_size=2", "/feeds/presse/rss/"):
        assert client.get(url)["X-Page-Cache"] == "miss", url
        assert client.get(f"{url}{'&' if '?' in url else '?'}cachebuster=42")["X-Page-Cache"] == (
            "hit"
        ), url


def test_parameters_a_page_reads_still_select_what_it_shows(client, archive):
    everything = client.get("/presse/").content.decode()
    filtered = client.get("/presse/?partnerstadt=venlo&x=1").content.decode()
    assert "Meldung Nummer 0" in everything
    assert "Meldung Nummer 0" not in filtered
    assert "Meldung Nummer 2" in filtered
    # The same filter in another order, with other noise, is the same cached page.
    again = client.get("/presse/?utm_campaign=a&partnerstadt=venlo")
    assert again["X-Page-Cache"] == "hit"
    assert again.content.decode() == filtered
    assert client.get("/suche/", {"q": "Nummer"}).content != client.get("/suche/").content


def test_an_unknown_parameter_never_reaches_a_cached_answer(client, archive):
    evil = "javascript:alert(1)"
    # The first request of a path runs the view with everything it sent; its answer is not
    # stored because it was made with a parameter the view does not declare.
    poisoned = client.get("/api/v1/press-releases/", {"page_size": 1, "evil": evil}).json()
    assert client.get("/api/v1/press-releases/", {"page_size": 1}).json()["next"] == (
        "http://testserver/api/v1/press-releases/?page_size=1&page=2"
    )
    later = client.get("/api/v1/press-releases/", {"page_size": 1, "evil": evil})
    assert later["X-Page-Cache"] == "hit"
    assert "evil" not in later.content.decode()
    assert "evil" not in poisoned["next"]  # not even echoed to the sender


def test_forwarded_proto_from_an_untrusted_peer_is_ignored(client, archive):
    forged = client.get("/api/v1/press-releases/", HTTP_X_FORWARDED_PROTO="https")
    assert forged.json()["results"][0]["url"].startswith("http://testserver/presse/")
    plain = client.get("/api/v1/press-releases/").json()
    assert all(r["url"].startswith("http://testserver/") for r in plain["results"])
    hosted = client.get(
        "/api/v1/press-releases/",
        HTTP_X_FORWARDED_HOST="evil.example",
        HTTP_FORWARDED="host=evil.example;proto=https",
    )
    assert "evil.example" not in hosted.content.decode()


def test_behind_a_trusted_proxy_scheme_and_host_are_part_of_the_key(client, archive):
    with override_settings(**BEHIND_PROXY):
        secure = client.get(
            "/api/v1/press-releases/",
            HTTP_X_FORWARDED_PROTO="https",
            HTTP_X_FORWARDED_HOST="partnerschaften.example",
        ).json()
        assert secure["results"][0]["url"].startswith("https://partnerschaften.example/presse/")
        plain = client.get("/api/v1/press-releases/")
        assert plain["X-Page-Cache"] == "miss"
        assert plain.json()["results"][0]["url"].startswith("http://testserver/presse/")
        again = client.get(
            "/api/v1/press-releases/",
            HTTP_X_FORWARDED_PROTO="https",
            HTTP_X_FORWARDED_HOST="partnerschaften.example",
        )
        assert again["X-Page-Cache"] == "hit"
        assert again.json() == secure


def test_a_forged_host_header_is_cached_apart(client, archive):
    forged = client.get("/api/v1/press-releases/", HTTP_HOST="evil.example")
    assert forged.json()["results"][0]["url"].startswith("http://evil.example/")
    honest = client.get("/api/v1/press-releases/")
    assert honest["X-Page-Cache"] == "miss"
    assert "evil.example" not in honest.content.decode()


def seen_by_views(remote_addr: str, **headers) -> dict:
    """What the rest of the stack sees after the proxy middleware."""
    seen = {}

    def view(request):
        seen.update(
            remote_addr=request.META.get("REMOTE_ADDR"),
            secure=request.is_secure(),
            host=request.get_host(),
            forwarded_for=request.META.get("HTTP_X_FORWARDED_FOR"),
        )
        return None

    request = RequestFactory().get("/", REMOTE_ADDR=remote_addr, **headers)
    TrustedProxyMiddleware(view)(request)
    return seen


def test_the_proxy_middleware_trusts_only_the_named_proxies():
    headers = {
        "HTTP_X_FORWARDED_PROTO": "https",
        "HTTP_X_FORWARDED_HOST": "partnerschaften.example",
        "HTTP_X_FORWARDED_FOR": "198.51.100.7, 10.1.2.3",
    }
    with override_settings(**BEHIND_PROXY):
        from_proxy = seen_by_views("10.0.0.5", **headers)
        assert from_proxy == {
            "remote_addr": "198.51.100.7",  # the client, past the trusted hop 10.1.2.3
            "secure": True,
            "host": "partnerschaften.example",
            "forwarded_for": "198.51.100.7, 10.1.2.3",
        }
        from_outside = seen_by_views("203.0.113.9", **headers)
        assert from_outside == {
            "remote_addr": "203.0.113.9",
            "secure": False,
            "host": "testserver",
            "forwarded_for": None,
        }
    # Without TRUSTED_PROXIES nobody is trusted, not even the machine itself.
    assert seen_by_views("127.0.0.1", **headers)["secure"] is False
    assert seen_by_views("127.0.0.1", **headers)["remote_addr"] == "127.0.0.1"


def test_a_mistyped_trusted_proxy_stops_the_start():
    from django.core.exceptions import ImproperlyConfigured

    from twinning.core.proxies import parse_networks

    assert [str(n) for n in parse_networks(["10.0.0.0/8", "::1", "192.0.2.1"])] == [
        "10.0.0.0/8",
        "::1/128",
        "192.0.2.1/32",
    ]
    with pytest.raises(ImproperlyConfigured, match="TRUSTED_PROXIES"):
        parse_networks(["10.0.0.0/8", "proxy.example"])
