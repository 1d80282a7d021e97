"""import_press as an operator runs it: files in, releases out, a report, exit codes."""

import io
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as hyp_settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from twinning.news.models import PressReleasePage, Topic

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def run(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_press", *map(str, args), stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def report(*args) -> tuple[int, dict]:
    code, out, _ = run(*args, "--report", "json")
    return code, json.loads(out)


@pytest.fixture
def records(site_tree):
    site_tree.city("Venlo", slug="venlo", country="Niederlande", latitude=51.37, longitude=6.17)
    site_tree.city(
        "Leicester",
        slug="leicester",
        country="Vereinigtes Königreich",
        latitude=52.6,
        longitude=-1.1,
    )
    site_tree.city(
        "Dünkirchen", slug="duenkirchen", local_name="Dunkerque", exonyms="Dunkirk, Duinkerke"
    )
    site_tree.city("Charlotte", slug="charlotte", country="USA", latitude=35.2, longitude=-80.8)
    Topic.objects.create(name="Schule", slug="schule", keywords="Schüler, Schülergruppe, Austausch")
    return site_tree


def write_jsonl(tmp_path: Path, lines: list) -> Path:
    path = tmp_path / "export.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(x, ensure_ascii=False) if not isinstance(x, str) else x for x in lines
        ),
        "utf-8",
    )
    return path


def test_jsonl_import_creates_drafts_linked_to_partner_cities(records, tmp_path):
    path = write_jsonl(
        tmp_path,
        [
            {
                "source_id": "a1",
                "title": "Schülergruppe aus Dunkerque",
                "published": "2021-04-03",
                "body_text": "Erster Absatz über den Austausch.\n\nZweiter Absatz.",
                "partner_cities": ["dunkerque"],
            },
            {
                "source_id": "a2",
                "title": "Empfang für Venlo",
                "published": "2021-05-01T10:00:00+02:00",
                "teaser": "Kurz.",
            },
        ],
    )
    code, data = report(path)
    assert code == 0
    assert (data["created"], data["rejected"]) == (2, 0)
    first = PressReleasePage.objects.get(source_id="a1")
    assert first.live is False
    assert [c.title for c in first.partner_cities.all()] == ["Dünkirchen"]
    assert [t.name for t in first.topics.all()] == ["Schule"]
    assert timezone.localtime(first.published_at).date().isoformat() == "2021-04-03"
    assert [b.block_type for b in first.body] == ["paragraph", "paragraph"]
    item = data["items"][0]
    assert item["status"] == "created" and item["partner_cities"] == ["Dünkirchen"]


def test_publish_flag_publishes_and_makes_releases_findable(records, tmp_path, client):
    path = write_jsonl(
        tmp_path,
        [
            {
                "source_id": "p1",
                "title": "Radtour mit Gästen aus Charlotte",
                "published": "2023-06-13",
                "body_text": "Die Gäste fuhren Rad.",
                "partner_cities": ["Charlotte"],
            }
        ],
    )
    assert run(path, "--publish")[0] == 0
    page = PressReleasePage.objects.get(source_id="p1")
    assert page.live
    assert client.get(page.url).status_code == 200
    hits = client.get("/api/v1/search", {"q": "Radtour"}).json()
    assert hits["results"][0]["source_id"] == "p1"


def test_imported_releases_appear_on_cached_pages_at_once(records, tmp_path, client):
    assert client.get("/presse/")["X-Page-Cache"] == "miss"
    assert client.get("/presse/")["X-Page-Cache"] == "hit"
    path = write_jsonl(
        tmp_path, [{"source_id": "n1", "title": "Frisch importiert", "published": "2024-01-01"}]
    )
    run(path, "--publish")
    assert "Frisch importiert" in client.get("/presse/").content.decode()


def test_reimport_is_idempotent_and_a_changed_source_updates_as_revision(records, tmp_path):
    item = {
        "source_id": "x1",
        "title": "Alte Meldung",
        "published": "2020-01-02",
        "body_text": "Text.",
    }
    path = write_jsonl(tmp_path, [item])
    run(path, "--publish")
    code, data = report(path, "--publish")
    assert (code, data["unchanged"], data["created"]) == (0, 1, 0)
    assert PressReleasePage.objects.count() == 1
    page = PressReleasePage.objects.get(source_id="x1")
    revisions_before = page.revisions.count()
    write_jsonl(tmp_path, [{**item, "title": "Alte Meldung, korrigiert"}])
    code, data = report(path, "--publish")
    assert data["updated"] == 1
    page.refresh_from_db()
    assert page.title == "Alte Meldung, korrigiert" and page.live
    assert page.revisions.count() == revisions_before + 1
    assert PressReleasePage.objects.count() == 1


def test_bad_lines_are_rejected_with_line_and_reason_and_the_rest_goes_in(records, tmp_path):
    path = write_jsonl(
        tmp_path,
        [
            {"source_id": "ok1", "title": "Gut", "published": "2022-01-01"},
            "{kaputt",
            {"source_id": "no-date", "title": "Ohne Datum"},
            {"source_id": "ok2", "title": "Auch gut", "published": "2022-01-02"},
        ],
    )
    code, data = report(path)
    assert code == 1
    assert (data["created"], data["rejected"]) == (2, 2)
    rejected = [i for i in data["items"] if i["status"] == "rejected"]
    assert rejected[0]["source"].endswith("export.jsonl:2")
    assert "invalid JSON" in rejected[0]["reason"]
    assert "published" in rejected[1]["reason"]
    assert set(PressReleasePage.objects.values_list("source_id", flat=True)) == {"ok1", "ok2"}


def test_photo_without_credit_is_imported_as_draft_and_reported(records, tmp_path):
    shutil.copytree(FIXTURES / "jsonl" / "bilder", tmp_path / "bilder")
    path = write_jsonl(
        tmp_path,
        [
            {
                "source_id": "c1",
                "title": "Mit Nachweis",
                "published": "2022-01-01",
                "image": {
                    "path": "bilder/venlo.jpg",
                    "credit": "Stadt Venlo",
                    "caption": "Der Markt",
                },
            },
            {
                "source_id": "c2",
                "title": "Ohne Nachweis",
                "published": "2022-01-01",
                "image": {"path": "bilder/venlo.jpg"},
            },
        ],
    )
    code, data = report(path, "--publish")
    assert code == 0
    with_credit = PressReleasePage.objects.get(source_id="c1")
    assert with_credit.live and with_credit.lead_image.credit == "Stadt Venlo"
    assert with_credit.lead_image.caption == "Der Markt"
    assert PressReleasePage.objects.get(source_id="c2").live is False
    assert "Bildnachweis" in data["items"][1]["reason"]


def test_broken_image_file_rejects_only_that_item(records, tmp_path):
    (tmp_path / "kaputt.jpg").write_bytes(b"kein bild")
    path = write_jsonl(
        tmp_path,
        [
            {
                "source_id": "b1",
                "title": "Kaputtes Bild",
                "published": "2022-01-01",
                "image": {"path": "kaputt.jpg", "credit": "X"},
            },
            {"source_id": "b2", "title": "Ohne Bild", "published": "2022-01-01"},
        ],
    )
    code, data = report(path)
    assert code == 1
    assert "kein lesbares Bild" in data["items"][0]["reason"]
    assert list(PressReleasePage.objects.values_list("source_id", flat=True)) == ["b2"]


def test_dry_run_writes_nothing_but_says_what_would_happen(records, tmp_path):
    path = write_jsonl(tmp_path, [{"source_id": "d1", "title": "Probe", "published": "2022-01-01"}])
    code, data = report(path, "--dry-run")
    assert (code, data["created"]) == (0, 1)
    assert data["items"][0]["status"] == "created"
    assert PressReleasePage.objects.count() == 0


def test_report_json_is_the_only_thing_on_stdout(records):
    code, out, err = run(FIXTURES / "text", "--report", "json")
    data = json.loads(out)
    assert set(data) == {"created", "updated", "unchanged", "rejected", "items"}
    assert (
        len(data["items"])
        == data["created"] + data["updated"] + data["unchanged"] + data["rejected"]
    )
    keys = {
        "source",
        "source_id",
        "status",
        "reason",
        "title",
        "published",
        "subtitle",
        "teaser",
        "headings",
        "quotes",
        "image",
        "partner_cities",
        "people",
        "organisations",
        "topics",
        "dates_mentioned",
        "related",
    }
    assert all(set(item) == keys for item in data["items"])
    assert "neu" in err  # the summary line goes to stderr


def test_bad_arguments_and_missing_paths_exit_with_2(tmp_path):
    def cli(*args):
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "twinning.settings.test"}
        cmd = [sys.executable, "manage.py", "import_press", *map(str, args)]
        return subprocess.run(cmd, cwd=settings.BASE_DIR, env=env, capture_output=True, text=True)

    missing = cli(tmp_path / "gibt-es-nicht.jsonl")
    assert missing.returncode == 2
    assert "Pfad nicht gefunden" in missing.stderr
    assert cli(tmp_path, "--format", "pdf").returncode == 2


def test_text_teasers_link_to_existing_releases_with_the_same_title(records):
    run(FIXTURES / "text", "--publish")
    with_related = [p for p in PressReleasePage.objects.all() if p.import_details.get("related")]
    assert with_related
    titles = {p.title for p in PressReleasePage.objects.all()}
    for page in with_related:
        linked = {r.title for r in page.related_releases.all()}
        expected = {r["title"] for r in page.import_details["related"]} & titles
        assert linked == expected


def test_hostile_html_is_stored_sanitised(records, client):
    run(FIXTURES / "html" / "hostile.html", "--publish")
    page = PressReleasePage.objects.get()
    stored = json.dumps(list(page.body.raw_data)).lower()
    for bad in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<style"):
        assert bad not in stored
    doc = lxml_html.fromstring(client.get(page.url).content)
    assert not doc.xpath("//main//script | //main//iframe | //main//*[@onclick]")


def test_zip_archives_and_folders_import_alike(records, tmp_path):
    archive = tmp_path / "alt.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in (FIXTURES / "text").iterdir():
            zf.write(path, path.name)
    code, data = report(archive)
    assert data["created"] >= 5
    code2, again = report(FIXTURES / "text")
    assert again["unchanged"] == data["created"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=6,
)
release_like = st.fixed_dictionaries(
    {},
    optional={
        "source_id": st.text(max_size=12) | st.integers(),
        "title": st.text(max_size=40) | json_values,
        "published": st.sampled_from(
            ["2022-01-01", "2022-13-01", "gestern", "2021-05-06T10:00:00+02:00"]
        )
        | json_values,
        "body_text": st.text(max_size=200),
        "partner_cities": st.lists(st.text(max_size=12), max_size=3) | json_values,
    },
)
line = st.one_of(
    release_like.map(json.dumps),
    st.text(max_size=60).filter(lambda s: "\n" not in s and "\r" not in s),
)


@hyp_settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lines=st.lists(line, min_size=1, max_size=8))
def test_every_jsonl_line_appears_in_the_report_exactly_once(records, tmp_path_factory, lines):
    folder = tmp_path_factory.mktemp("prop")
    path = folder / "x.jsonl"
    path.write_text("\n".join(lines), "utf-8")
    code, data = report(path)
    sources = [int(item["source"].rsplit(":", 1)[1]) for item in data["items"]]
    # Lines of nothing but white space (in any of Unicode's senses) may be skipped as blank;
    # every other line is reported, and no line twice.
    must = [n for n, text in enumerate(lines, start=1) if text.strip()]
    assert len(sources) == len(set(sources))
    assert set(must) <= set(sources) <= set(range(1, len(lines) + 1))
    assert code in (0, 1)


def test_items_in_other_languages_go_to_that_languages_archive(records, tmp_path, client):
    from wagtail.models import Locale

    from twinning.core.demo.translate import translate_page

    path = write_jsonl(
        tmp_path,
        [
            {"source_id": "de1", "title": "Radtour nach Venlo", "published": "2023-06-13"},
            {
                "source_id": "en1",
                "title": "Cycling tour to Venlo",
                "published": "2023-06-13",
                "language": "en",
                "partner_cities": ["venlo"],
            },
            {
                "source_id": "nl1",
                "title": "Fietstocht",
                "published": "2023-06-13",
                "language": "nl",
            },
            {"source_id": "pl1", "title": "Wycieczka", "published": "2023-06-13", "language": "pl"},
        ],
    )
    english = Locale.objects.get(language_code="en")
    archive_en = translate_page(
        records.archive, english, {"Pressearchiv": "Press releases"}, "press"
    )
    code, data = report(path, "--publish")
    assert code == 1  # two items rejected, with their reasons
    by_id = {item["source_id"]: item for item in data["items"]}
    assert by_id["de1"]["status"] == by_id["en1"]["status"] == "created"
    assert "noch kein Pressearchiv" in by_id["nl1"]["reason"]
    assert "„pl“" in by_id["pl1"]["reason"] and "de, en, fr, nl" in by_id["pl1"]["reason"]
    english_release = PressReleasePage.objects.get(source_id="en1")
    assert english_release.locale == english
    assert english_release.get_parent().pk == archive_en.pk
    assert PressReleasePage.objects.get(source_id="de1").locale.language_code == "de"
    assert "Cycling tour to Venlo" in client.get("/en/press/").content.decode()
    assert "Cycling tour to Venlo" not in client.get("/presse/").content.decode()
