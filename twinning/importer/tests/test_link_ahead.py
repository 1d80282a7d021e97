"""A large import links the next batch in a helper process: same report, same links."""

from __future__ import annotations

import json

import pytest

from twinning.importer import ahead, services
from twinning.importer.services import Importer, ImportOptions
from twinning.importer.tests.test_import_command import records, write_jsonl  # noqa: F401
from twinning.news.models import PressReleasePage

pytestmark = pytest.mark.django_db


def items() -> list:
    cities = ["Venlo", "Dunkerque", "Leicester", "Charlotte"]
    lines: list = []
    for number in range(23):
        city = cities[number % 4]
        lines.append(
            {
                "source_id": f"m{number}",
                "title": f"Schülergruppe aus {city} zu Gast ({number})",
                "published": f"2022-0{1 + number % 9}-1{number % 10}",
                "body_text": (
                    f"Oberbürgermeister Frank Meyer empfing die Gäste aus {city}. "
                    f"„Der Austausch lebt von Begegnungen“, sagte Meyer am 3. Mai 2022.\n\n"
                    "Begleitet wurde die Gruppe von Lehrerin Anna Schmitz."
                ),
            }
        )
    lines.insert(7, "{kein json")  # a rejected line keeps its place in the report
    return lines


def run(path, **options) -> tuple[Importer, list[dict]]:
    report: list[dict] = []
    importer = Importer(ImportOptions(**options), report.append)
    importer.run([path])
    return importer, report


def test_linking_ahead_in_a_helper_gives_the_report_and_links_of_linking_in_place(
    records,  # noqa: F811
    tmp_path,
    monkeypatch,
):
    if not ahead.available():
        pytest.skip("one core or no fork here: imports link in their own process")
    path = write_jsonl(tmp_path, items())
    monkeypatch.setattr(services, "BATCH", 5)  # six batches, five of them linked ahead
    helped, helped_report = run(path, dry_run=True)
    assert helped.helper_peak_mb > 0  # a second process really linked them
    monkeypatch.setenv("IMPORT_LINK_AHEAD", "0")
    alone, alone_report = run(path, dry_run=True)
    assert alone.helper_peak_mb == 0
    assert json.dumps(helped_report, default=str) == json.dumps(alone_report, default=str)
    assert [item["status"] for item in helped_report].count("rejected") == 1
    assert helped_report[7]["status"] == "rejected"
    venlo = helped_report[0]
    assert venlo["partner_cities"] == ["Venlo"]
    assert "Frank Meyer" in venlo["people"]
    assert any("Austausch lebt" in quote["text"] for quote in venlo["quotes"])

    monkeypatch.delenv("IMPORT_LINK_AHEAD")
    stored, report = run(path, publish=True)
    assert stored.helper_peak_mb > 0
    assert [i["status"] for i in report].count("created") == 23
    page = PressReleasePage.objects.get(source_id="m1")
    assert [c.title for c in page.partner_cities.all()] == ["Dünkirchen"]
    assert page.live and page.title == "Schülergruppe aus Dunkerque zu Gast (1)"
