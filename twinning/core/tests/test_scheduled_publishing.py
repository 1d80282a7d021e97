"""Scheduled publishing and expiry as the background worker runs them, release by release."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from twinning.conftest import make_image
from twinning.core import roles
from twinning.core.scheduling import publish_due
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db


def schedule(page: PressReleasePage, when: dt.datetime) -> None:
    page.go_live_at = when
    page.save_revision(approved_go_live_at=when)


def test_a_due_release_goes_live_and_an_expired_one_goes_offline(site_tree):
    due = site_tree.release("Fällig", live=False, image=make_image())
    schedule(due, timezone.now() - dt.timedelta(seconds=5))
    later = site_tree.release("Später", live=False, image=make_image())
    schedule(later, timezone.now() + dt.timedelta(hours=1))
    expired = site_tree.release("Abgelaufen", image=make_image())
    PressReleasePage.objects.filter(pk=expired.pk).update(
        expire_at=timezone.now() - dt.timedelta(seconds=5)
    )

    run = publish_due()

    assert run.published == ["Fällig"] and run.unpublished == ["Abgelaufen"]
    assert PressReleasePage.objects.get(pk=due.pk).live
    assert not PressReleasePage.objects.get(pk=later.pk).live
    assert not PressReleasePage.objects.get(pk=expired.pk).live


def test_a_release_whose_photo_lost_its_credit_does_not_hold_up_the_others(site_tree, client):
    image = make_image(title="Rathausturm")
    stuck = site_tree.release("Bild ohne Nachweis", live=False, image=image)
    schedule(stuck, timezone.now() - dt.timedelta(minutes=10))
    image.credit = ""
    image.save()
    fine = site_tree.release("Ordentlich", live=False, image=make_image())
    schedule(fine, timezone.now() - dt.timedelta(minutes=5))

    run = publish_due()
    assert run.published == ["Ordentlich"]
    assert [title for title, _reason in run.refused] == ["Bild ohne Nachweis"]
    assert PressReleasePage.objects.get(pk=fine.pk).live
    assert not PressReleasePage.objects.get(pk=stuck.pk).live
    # Again on the next round, and the editors see it on their dashboard with the reason.
    assert publish_due().published == []
    roles.ensure_roles()
    editor = get_user_model().objects.create_user("rita", password="geheim-123", is_staff=True)
    editor.groups.add(roles.ensure_groups()[roles.EDITOR])
    client.force_login(editor)
    dashboard = client.get("/admin/").content.decode()
    assert "nicht online gehen konnten" in dashboard
    assert "Bild ohne Nachweis" in dashboard and "Rathausturm" in dashboard


def test_finished_task_results_are_pruned_after_a_week():
    from django_tasks_db.models import DBTaskResult

    from twinning.core.scheduling import prune_task_results

    def result(days_ago: int) -> DBTaskResult:
        when = timezone.now() - dt.timedelta(days=days_ago)
        row = DBTaskResult.objects.create(
            status="SUCCESSFUL",
            args_kwargs={"args": [], "kwargs": {}},
            task_path="wagtail.tasks.update_reference_index_task",
            backend_name="default",
            run_after=when,
            finished_at=when,
        )
        return row

    old, recent = result(30), result(1)
    prune_task_results()
    assert list(DBTaskResult.objects.values_list("pk", flat=True)) == [recent.pk]
    assert not DBTaskResult.objects.filter(pk=old.pk).exists()
