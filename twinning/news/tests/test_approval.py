"""The life of a release in the admin: written by the Redaktion, approved by a second person.

Tests drive Wagtail's own views as the browser would post to them; the browser tests in
twinning/core/tests drive the same steps in Chromium.
"""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils.text import slugify
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from twinning.conftest import make_image
from twinning.core import roles
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(site_tree):
    roles.ensure_roles()
    made = {}
    for username, role in [
        ("rita", roles.EDITOR),
        ("frank", roles.APPROVER),
        ("fiona", roles.APPROVER),
        ("ines", roles.INTERNATIONAL),
    ]:
        user = get_user_model().objects.create_user(
            username, f"{username}@stadt.example", "geheim-123", is_staff=True
        )
        user.groups.add(roles.ensure_groups()[role])
        made[username] = user
    return made


def release_form(title: str, image_pk: int | None = None, **extra) -> dict:
    data = {
        "title": title,
        "slug": extra.pop("slug", slugify(title)),
        "subtitle": "Unterzeile",
        "published_at": extra.pop("published_at", "2024-05-01 10:00"),
        "teaser": "",
        "lead_image": image_pk or "",
        "body": streamfield([("paragraph", rich_text("<p>Ein Satz.</p>"))]),
    }
    data.update(extra)
    return nested_form_data(data)


def add_url(site_tree) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=("news", "pressreleasepage", site_tree.archive.pk)
    )


def submit(client, site_tree, user, title: str, image=None) -> PressReleasePage:
    client.force_login(user)
    data = release_form(title, image.pk if image else None)
    data["action-submit"] = "action-submit"
    response = client.post(add_url(site_tree), data)
    assert response.status_code == 302
    return PressReleasePage.objects.get(title=title)


def approve_url(page: PressReleasePage) -> str:
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=(page.pk, "approve", state.current_task_state.pk),
    )


def test_the_press_archive_has_the_approval_workflow(site_tree):
    roles.ensure_roles()
    workflow = site_tree.archive.get_workflow()
    assert workflow is not None and workflow.name == "Freigabe durch die Pressestelle"
    task = workflow.tasks.get().specific
    assert [g.name for g in task.groups.all()] == [roles.APPROVER]


def test_redaktion_cannot_publish_but_submits_for_approval(client, site_tree, staff):
    client.force_login(staff["rita"])
    data = release_form("Direkt veröffentlichen?", make_image().pk)
    data["action-publish"] = "action-publish"
    client.post(add_url(site_tree), data)
    page = PressReleasePage.objects.get(title="Direkt veröffentlichen?")
    assert not page.live

    page = submit(client, site_tree, staff["rita"], "Zur Freigabe", make_image())
    assert not page.live
    assert page.workflow_in_progress
    edit = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    assert "Freigabe durch die Pressestelle" in edit


def test_approvers_are_told_by_mail_that_a_release_waits(client, site_tree, staff, mailoutbox):
    submit(client, site_tree, staff["rita"], "Neue Meldung zur Freigabe", make_image())
    to_approvers = [m for m in mailoutbox if "frank@stadt.example" in m.to]
    assert to_approvers, [m.to for m in mailoutbox]
    assert "Neue Meldung zur Freigabe" in to_approvers[0].subject + to_approvers[0].body
    assert not [m for m in mailoutbox if "ines@stadt.example" in m.to]


def test_submitter_cannot_approve_their_own_release(client, site_tree, staff):
    page = submit(client, site_tree, staff["frank"], "Eigene Meldung", make_image())
    client.force_login(staff["frank"])
    response = client.post(approve_url(page))
    assert response.status_code == 302
    assert "keine Berechtigung" in client.get(response["Location"]).content.decode()
    page.refresh_from_db()
    assert not page.live


def test_second_person_approves_and_release_goes_live(client, site_tree, staff):
    page = submit(client, site_tree, staff["rita"], "Besuch aus Venlo", make_image())
    client.force_login(staff["frank"])
    response = client.post(approve_url(page))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    client.logout()
    public = client.get(page.url)
    assert public.status_code == 200
    assert "Besuch aus Venlo" in public.content.decode()


def test_approving_a_release_with_an_uncredited_photo_names_and_links_the_image(
    client, site_tree, staff
):
    image = make_image(credit="", title="Marktplatz im Regen")
    page = submit(client, site_tree, staff["rita"], "Ohne Nachweis eingereicht", image)
    client.force_login(staff["frank"])
    response = client.post(approve_url(page))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=(page.pk,))
    page.refresh_from_db()
    assert not page.live
    assert page.workflow_in_progress  # nothing half-done: the task still waits for approval
    shown = client.get(response["Location"]).content.decode()
    assert "fehlt der Bildnachweis" in shown
    assert "Marktplatz im Regen" in shown
    assert reverse("wagtailimages:edit", args=(image.pk,)) in shown


def test_approving_in_a_modal_answers_with_the_message_not_a_server_error(client, site_tree, staff):
    page = submit(client, site_tree, staff["rita"], "Modal ohne Nachweis", make_image(credit=""))
    client.force_login(staff["frank"])
    response = client.post(approve_url(page), headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    page.refresh_from_db()
    assert not page.live


def test_approving_from_the_editor_shows_the_message_at_the_photo(client, site_tree, staff):
    image = make_image(credit="", title="Hafen bei Sonnenaufgang")
    page = submit(client, site_tree, staff["rita"], "Im Editor freigeben", image)
    client.force_login(staff["frank"])
    data = release_form("Im Editor freigeben", image.pk, slug=page.slug)
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 200
    assert "Hafen bei Sonnenaufgang" in response.content.decode()
    assert "fehlt der Bildnachweis" in response.content.decode()
    page.refresh_from_db()
    assert not page.live


def test_bulk_publishing_refuses_all_while_one_photo_lacks_a_credit(client, site_tree, staff):
    good = site_tree.release("Mit Nachweis", live=False, image=make_image())
    bad = site_tree.release("Ohne Nachweis", live=False, image=make_image(credit="", title="Dom"))
    client.force_login(staff["frank"])
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + f"?id={good.pk}&id={bad.pk}&next=/admin/pages/{site_tree.archive.pk}/"
    )
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    good.refresh_from_db()
    bad.refresh_from_db()
    assert not good.live and not bad.live
    shown = client.get(response["Location"]).content.decode()
    assert "fehlt der Bildnachweis" in shown and "Dom" in shown


def test_international_office_gets_no_permission_for_releases(client, site_tree, staff):
    release = site_tree.release("Fremde Meldung", image=make_image())
    client.force_login(staff["ines"])
    response = client.get(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    assert response.status_code == 302
    shown = client.get(response["Location"]).content.decode()
    assert "keine Berechtigung" in shown


def test_preview_shows_unsaved_partner_cities_of_a_release(client, site_tree, staff):
    venlo = site_tree.city("Venlo", country="Niederlande", country_code="NL")
    leiden = site_tree.city("Leiden", country="Niederlande", country_code="NL")
    page = site_tree.release("Vorschau-Meldung", cities=[venlo], image=make_image())
    site_tree.release("Konzert in Leiden", cities=[leiden], image=make_image())
    client.force_login(staff["frank"])
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    data = release_form("Vorschau mit neuem Titel", page.lead_image_id, slug=page.slug)
    data["partner_cities"] = json.dumps([{"pk": venlo.pk}, {"pk": leiden.pk}])  # autocomplete
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()
    assert "Vorschau mit neuem Titel" in html
    assert "Städtepartnerschaft mit Leiden" in html and "Konzert in Leiden" in html


def test_preview_of_a_new_release_before_it_was_ever_saved(client, site_tree, staff):
    client.force_login(staff["rita"])
    url = reverse(
        "wagtailadmin_pages:preview_on_add",
        args=("news", "pressreleasepage", site_tree.archive.pk),
    )
    data = release_form("Noch nie gespeichert", published_at="")  # no date until it goes live
    assert client.post(url, data).json()["is_valid"]
    html = client.get(url).content.decode()
    assert "<h1" in html and "Noch nie gespeichert" in html
