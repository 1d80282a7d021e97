"""Scale-out: with Redis as the shared cache, app servers share cached pages and invalidation."""

import os
import uuid

import pytest
import redis
from django.core.cache import caches
from django.test import Client, override_settings

from twinning.core.cache import GENERATION_KEY

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        not redis_available() and not os.environ.get("CI"), reason="no Redis server"
    ),
]


@pytest.fixture
def redis_cache():
    prefix = f"test-{uuid.uuid4().hex[:8]}"
    config = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
        }
    }
    with override_settings(CACHES=config):
        yield caches["default"]
        caches["default"].clear()


def test_two_app_servers_share_pages_and_a_publish_invalidates_both(site_tree, redis_cache):
    city = site_tree.city("Venlo", country="Niederlande", latitude=51.37, longitude=6.17)
    server_a, server_b = Client(), Client()
    assert server_a.get("/presse/")["X-Page-Cache"] == "miss"
    assert server_b.get("/presse/")["X-Page-Cache"] == "hit"  # rendered by A, served by B
    generation = redis_cache.get(GENERATION_KEY)
    site_tree.release("Neu aus Venlo", cities=[city])
    assert redis_cache.get(GENERATION_KEY) == generation + 1
    response = server_b.get("/presse/")
    assert response["X-Page-Cache"] == "miss"
    assert "Neu aus Venlo" in response.content.decode()
