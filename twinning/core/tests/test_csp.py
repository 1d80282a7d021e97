"""Readers get the strict policy; editors get the one Wagtail's admin needs, still own-origin only."""

import pytest

pytestmark = pytest.mark.django_db


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    parts = [part.strip().split() for part in header.split(";") if part.strip()]
    return {part[0]: part[1:] for part in parts}


def test_public_pages_allow_no_inline_code_and_no_other_host(client, site_tree):
    policy = directives(client.get("/"))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert "'unsafe-inline'" not in " ".join(sum(policy.values(), []))


def test_admin_allows_wagtails_inline_scripts_but_no_other_host(client):
    policy = directives(client.get("/admin/login/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["default-src"] == ["'self'"]
    every_source = sum(policy.values(), [])
    assert not [s for s in every_source if "." in s or s.startswith("http")]


def test_admin_shows_no_gravatar(admin_client):
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar.com" not in html
