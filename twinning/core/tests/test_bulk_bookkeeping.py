"""Pages written in bulk (import, generator) are in Wagtail's admin search, history and usage."""

import io
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from twinning.news.generate import generate
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "importer" / "tests" / "fixtures"


def import_press(tmp_path: Path, lines: list[dict]) -> None:
    path = tmp_path / "pressearchiv.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    call_command("import_press", str(path), "--publish", stdout=io.StringIO())


def release_line(**fields) -> dict:
    return {
        "source_id": "venlo-1",
        "title": "Stadtratsdelegation besichtigt Kaldenkerker Windmühle",
        "published": "2023-05-04",
        "body_text": "Die Gäste aus Venlo sahen die restaurierte Mühle.",
        "partner_cities": ["Venlo"],
        "image": {
            "path": "bilder/venlo.jpg",
            "caption": "Die Windmühle",
            "credit": "Stadt Venlo",
        },
        **fields,
    }


@pytest.fixture
def imported(site_tree, tmp_path) -> PressReleasePage:
    site_tree.city("Venlo", slug="venlo", country="Niederlande")
    shutil.copytree(FIXTURES / "jsonl" / "bilder", tmp_path / "bilder")
    import_press(tmp_path, [release_line()])
    return PressReleasePage.objects.get(source_id="venlo-1")


def test_editor_finds_an_imported_release_in_the_admin_page_search(imported, admin_client):
    response = admin_client.get("/admin/pages/search/", {"q": "Windmühle"})
    html = response.content.decode()
    assert f"/admin/pages/{imported.pk}/edit/" in html
    assert "Stadtratsdelegation besichtigt Kaldenkerker Windmühle" in html


def test_history_of_an_imported_release_names_the_import_file(imported, admin_client):
    response = admin_client.get(f"/admin/pages/{imported.pk}/history/")
    assert "Importiert aus „pressearchiv.jsonl:1“" in response.content.decode()


def test_a_changed_source_leaves_a_second_import_entry_in_the_history(
    imported, admin_client, tmp_path
):
    import_press(tmp_path, [release_line(title="Delegation aus Venlo besichtigt die Windmühle")])
    response = admin_client.get(f"/admin/pages/{imported.pk}/history/")
    html = response.content.decode()
    assert html.count("Importiert aus „pressearchiv.jsonl:1“") == 2
    assert "Delegation aus Venlo besichtigt die Windmühle" in html


def test_usage_of_an_imported_photo_lists_the_release(imported, admin_client):
    response = admin_client.get(reverse("wagtailimages:image_usage", args=[imported.lead_image_id]))
    html = response.content.decode()
    assert f"/admin/pages/{imported.pk}/edit/" in html
    assert "Stadtratsdelegation besichtigt Kaldenkerker Windmühle" in html


def test_deleting_an_imported_photo_warns_that_a_release_uses_it(imported, admin_client):
    response = admin_client.get(reverse("wagtailimages:delete", args=[imported.lead_image_id]))
    html = response.content.decode()
    assert "wird 1 Mal referenziert" in html


def test_generated_releases_are_in_the_admin_search_with_their_origin(site_tree, admin_client):
    site_tree.city("Leiden", slug="leiden", country="Niederlande")
    generate(3, seed=11)
    release = PressReleasePage.objects.order_by("pk").last()
    found = admin_client.get("/admin/pages/search/", {"q": release.title.split(" (")[0]})
    assert f"/admin/pages/{release.pk}/edit/" in found.content.decode()
    history = admin_client.get(f"/admin/pages/{release.pk}/history/")
    assert "Erzeugt von „manage.py generate_releases“" in history.content.decode()


def test_bulk_admin_index_entries_are_the_ones_wagtail_writes(imported):
    """The import writes admin index rows itself (one executemany); they must be exactly what
    Wagtail's own ``add_bulk`` writes for the same page, norms included."""
    from wagtail.search.backends import get_search_backend
    from wagtail.search.models import IndexEntry

    def entry() -> tuple:
        row = IndexEntry.objects.get(object_id=str(imported.pk))
        return (row.content_type_id, row.title, row.autocomplete, row.body, row.title_norm)

    ours = entry()
    if connection.vendor == "sqlite":
        assert "Windmühle" in ours[1] and "restaurierte Mühle" in ours[3]
    else:  # PostgreSQL keeps tsvectors: stems with weights
        assert "'windmühl'" in ours[1] and "'restauriert'" in ours[3]
    IndexEntry.objects.filter(object_id=str(imported.pk)).delete()
    get_search_backend().add_bulk(PressReleasePage, [imported.specific])
    assert entry() == ours
