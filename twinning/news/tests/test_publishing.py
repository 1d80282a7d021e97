"""Editors cannot publish a release whose photo has no credit; bad input is refused whole."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from twinning.conftest import make_image
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("chefin", "chefin@example.org", "geheim-123")
    client.force_login(user)
    return client


def release_form(title: str, image_pk: int | None, **extra) -> dict:
    data = {
        "title": title,
        "slug": extra.pop("slug", "meldung"),
        "subtitle": "Unterzeile",
        "published_at": extra.pop("published_at", "2024-05-01 10:00"),
        "teaser": "",
        "lead_image": image_pk or "",
        "body": streamfield([("paragraph", rich_text("<p>Ein Satz.</p>"))]),
    }
    data.update(extra)
    return nested_form_data(data)


def test_publishing_with_uncredited_lead_image_is_refused_with_message(editor_client, site_tree):
    image = make_image(credit="", title="Rathaus bei Nacht")
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    data = release_form("Ohne Bildnachweis", image.pk)
    data["action-publish"] = "action-publish"
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "fehlt der Bildnachweis" in response.content.decode()
    assert "Rathaus bei Nacht" in response.content.decode()
    assert not PressReleasePage.objects.filter(title="Ohne Bildnachweis").exists()


def test_saving_a_draft_with_uncredited_image_is_allowed(editor_client, site_tree):
    image = make_image(credit="")
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    response = editor_client.post(url, release_form("Entwurf ohne Nachweis", image.pk))
    assert response.status_code == 302
    page = PressReleasePage.objects.get(title="Entwurf ohne Nachweis")
    assert page.live is False


def test_publishing_with_credited_image_goes_live(editor_client, site_tree, client):
    image = make_image(credit="Stadt Krefeld")
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    data = release_form("Mit Bildnachweis", image.pk)
    data["action-publish"] = "action-publish"
    assert editor_client.post(url, data).status_code == 302
    assert PressReleasePage.objects.get(title="Mit Bildnachweis").live


def test_no_code_path_publishes_an_uncredited_photo(site_tree):
    release = site_tree.release("Import", image=make_image(credit=""), live=False)
    with pytest.raises(ValidationError, match="fehlt der Bildnachweis"):
        release.save_revision().publish()
    release.refresh_from_db()
    assert release.live is False


def test_release_without_title_is_refused_and_nothing_saved(editor_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    response = editor_client.post(url, release_form("", None, published_at=""))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("Dieses Feld muss ausgefüllt werden.") == 1  # the title
    assert PressReleasePage.objects.count() == 0


def test_release_without_date_gets_the_moment_it_goes_live(editor_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    data = release_form("Ohne Datum", make_image().pk, published_at="")
    data["action-publish"] = "action-publish"
    before = timezone.now()
    assert editor_client.post(url, data).status_code == 302
    page = PressReleasePage.objects.get(title="Ohne Datum")
    assert page.live and before <= page.published_at <= timezone.now()


def test_unreadable_date_is_refused_with_a_german_message(editor_client, site_tree):
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    response = editor_client.post(url, release_form("Falsches Datum", None, published_at="gestern"))
    assert response.status_code == 200
    assert (
        "Bitte ein gültiges Datum" in response.content.decode()
        or "gültig" in response.content.decode()
    )
    assert PressReleasePage.objects.count() == 0


def test_duplicate_slug_is_refused_with_message(editor_client, site_tree):
    site_tree.release("Erste Meldung", slug="gleich")
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk))
    response = editor_client.post(url, release_form("Zweite Meldung", None, slug="gleich"))
    assert response.status_code == 200
    assert PressReleasePage.objects.filter(slug="gleich").count() == 1
    assert "gleich" in response.content.decode()


def test_uploading_a_file_that_is_not_an_image_is_refused(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from twinning.core.models import CityImage

    response = editor_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Kein Bild",
            "file": SimpleUploadedFile(
                "kein-bild.jpg", b"das ist nur Text", content_type="image/jpeg"
            ),
        },
    )
    assert response.status_code == 200
    assert CityImage.objects.count() == 0


def test_a_release_cannot_be_related_to_itself(editor_client, site_tree):
    import json

    release = site_tree.release("Selbstbezug", image=make_image(), slug="selbstbezug")
    url = reverse("wagtailadmin_pages:edit", args=(release.pk,))
    data = release_form("Selbstbezug", release.lead_image_id, slug="selbstbezug")
    data["related_releases"] = json.dumps([{"pk": release.pk}])
    response = editor_client.post(url, data)
    assert response.status_code == 200
    assert "nicht mit sich selbst verwandt" in response.content.decode()
    assert not release.get_latest_revision_as_object().related_releases.all()
