"""Forwarded headers count only from the proxies the operator names in ``TRUSTED_PROXIES``.

Behind a TLS-terminating proxy Django learns the scheme, host and client address from
``X-Forwarded-Proto``, ``X-Forwarded-Host`` and ``X-Forwarded-For``. Anyone can send those
headers, though: one request with ``X-Forwarded-Proto: https`` straight to the app would make
it build ``https://`` URLs into an answer the page cache then gives to everyone, and a forged
``X-Forwarded-For`` would let a password guesser pick a new address per guess.

:class:`TrustedProxyMiddleware` runs first. When the connection does not come from one of the
addresses or networks in ``TRUSTED_PROXIES`` it removes every forwarded header, so that the
settings that read them (``SECURE_PROXY_SSL_HEADER``, ``USE_X_FORWARDED_HOST``) see none. When
it does, the client address in ``X-Forwarded-For`` (the last one not added by a trusted proxy)
becomes ``REMOTE_ADDR`` for everything after it (login throttling, logs).
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

FORWARDED_HEADERS = (
    "HTTP_FORWARDED",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_HOST",
    "HTTP_X_FORWARDED_PORT",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_FORWARDED_PREFIX",
    "HTTP_X_FORWARDED_SCHEME",
    "HTTP_X_FORWARDED_SSL",
    "HTTP_X_REAL_IP",
)


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """``TRUSTED_PROXIES`` entries (addresses or CIDR networks); refuses what is neither."""
    networks = []
    for value in values:
        try:
            networks.append(ipaddress.ip_network(value.strip(), strict=False))
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {value!r} is neither an IP address nor a network (CIDR)."
            ) from exc
    return tuple(networks)


@lru_cache(maxsize=8)
def _networks(values: tuple[str, ...]) -> tuple[Network, ...]:
    return parse_networks(values)


def trusted_networks() -> tuple[Network, ...]:
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def _address(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [2001:db8::1]:443
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # 192.0.2.1:443
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value)
    except ValueError:
        return None


def is_trusted(address: str, networks: Sequence[Network]) -> bool:
    parsed = _address(address)
    return parsed is not None and any(parsed in network for network in networks)


def client_address(forwarded_for: str, networks: Sequence[Network]) -> str | None:
    """The client in an ``X-Forwarded-For`` chain: the last hop no trusted proxy added."""
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        parsed = _address(hop)
        if parsed is None:
            return None  # garbage in the chain: keep the proxy's own address
        if not any(parsed in network for network in networks):
            return str(parsed)
    return str(_address(hops[0])) if hops else None


class TrustedProxyMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        networks = trusted_networks()
        meta = request.META
        if not networks or not is_trusted(meta.get("REMOTE_ADDR", ""), networks):
            for header in FORWARDED_HEADERS:
                meta.pop(header, None)
        else:
            client = client_address(meta.get("HTTP_X_FORWARDED_FOR", ""), networks)
            if client:
                meta["REMOTE_ADDR"] = client
        return self.get_response(request)
