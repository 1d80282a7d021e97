"""load_demo builds the Krefeld demo site, and running it again changes nothing."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Revision

from twinning.core import roles
from twinning.core.demo import content
from twinning.core.models import CityImage
from twinning.news.models import PressReleasePage
from twinning.partnerships.models import PartnerCityPage

pytestmark = pytest.mark.django_db


def snapshot() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": CityImage.objects.count(),
        "users": get_user_model().objects.count(),
    }


def test_demo_loader_is_idempotent_and_prints_the_editor_login(client):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    first = snapshot()
    assert (
        PressReleasePage.objects.live().filter(locale__language_code="de").count()
        == len(content.PRESS_RELEASES)
        >= 12
    )
    assert PartnerCityPage.objects.live().filter(locale__language_code="de").count() == len(
        content.PARTNER_CITIES
    )
    assert all(
        r.lead_image and r.lead_image.credit and r.lead_image.caption
        for r in PressReleasePage.objects.all()
    )
    printed = re.findall(r"  (.+): Benutzer (\S+)  Passwort (\S+)", out.getvalue())
    assert {role for role, _user, _password in printed} == set(roles.ROLES)
    for role, username, password in printed:
        login = client.post("/admin/login/", {"username": username, "password": password})
        assert login.status_code == 302 and login["Location"] == "/admin/"
        client.logout()
        user = get_user_model().objects.get(username=username)
        assert not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [role]
    call_command("load_demo", stdout=io.StringIO())
    assert snapshot() == first


@override_settings(WAGTAILADMIN_BASE_URL="https://partnerschaften.krefeld.example")
def test_links_readers_and_crawlers_get_use_the_configured_base_url(client):
    call_command("load_demo", stdout=io.StringIO())
    release = PressReleasePage.objects.live().first()
    page = client.get(release.url).content.decode()
    own = f"https://partnerschaften.krefeld.example{release.url}"
    assert f'rel="canonical" href="{own}"' in page
    assert "localhost" not in page
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{own}</loc>" in sitemap and "localhost" not in sitemap
