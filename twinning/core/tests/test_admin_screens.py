"""Every editor screen of the demo site opens: page editors, snippets, images, reports, import."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def test_editor_screens_open_for_the_demo_content(client):
    call_command("load_demo", stdout=io.StringIO())
    client.force_login(get_user_model().objects.get(username="redaktion"))
    urls = [
        reverse("wagtailadmin_home"),
        reverse("wagtailimages:index"),
        "/admin/import/",
        reverse("partnerships_report"),
    ]
    seen_types = set()
    for page in Page.objects.filter(depth__gte=2).specific():
        kind = type(page).__name__
        if kind in seen_types:
            continue
        seen_types.add(kind)
        urls.append(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
        urls.append(reverse("wagtailadmin_pages:add_subpage", args=(page.pk,)))
    for model in ("topic", "person", "organisation"):
        urls.append(reverse(f"wagtailsnippets_news_{model}:list"))
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
    assert {
        "PressReleasePage",
        "PartnerCityPage",
        "EventPage",
        "LegalPage",
        "HomePage",
    } <= seen_types
