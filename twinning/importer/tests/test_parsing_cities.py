"""Press pages of other German cities: a per-field score over layouts the parsers were not built on.

The fixtures (``fixtures/cities``, see its README) imitate what municipal sites on TYPO3,
Drupal, Sitepark IES, NOLIS, OpenCms, Government Site Builder, IONAS, WordPress and hand-made
pages give a reader who saves or copies a release. Each case names what a careful editor
takes from it. The test prints the score per field and per case, and fails when a field's
score falls below ``score_floor.json``: raise the floor when the parsers get better, never
lower it to let a change through.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from twinning.importer.parsing import ParsedItem, parse_path_items
from twinning.importer.parsing.linking import Linker, Vocabulary

from .vocabulary import FIXTURES

CITIES = FIXTURES / "cities"
FLOOR = CITIES / "score_floor.json"
FIELDS = (
    "title",
    "subtitle",
    "published",
    "caption",
    "credit",
    "image_kind",
    "speakers",
    "people",
    "body_first",
    "body_last",
    "related",
)
QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "»": '"', "«": '"', "’": "'", "‘": "'"})


def squash(value: str | None) -> str | None:
    if value is None:
        return None
    return " ".join(value.translate(QUOTE_MARKS).split()) or None


def cases() -> list[Path]:
    return sorted(path for path in CITIES.iterdir() if path.suffix in (".txt", ".html"))


@dataclass
class Outcome:
    name: str
    wrong: dict[str, tuple[object, object]]  # field -> (expected, got)
    fields: int


def found_fields(path: Path, city: str) -> dict[str, object] | None:
    results = list(parse_path_items(path))
    if len(results) != 1 or not isinstance(results[0], ParsedItem):
        return None
    item = results[0]
    links = Linker(Vocabulary(home_city=[city])).link(item)
    text = squash("\n\n".join(part for part in (item.teaser, item.body_text) if part)) or ""
    body = squash(item.body_text) or ""
    image = item.image
    return {
        "title": squash(item.title),
        "subtitle": squash(item.subtitle),
        "published": item.published_date.isoformat() if item.published else None,
        "caption": squash(image.caption) if image else None,
        "credit": squash(image.credit) if image else None,
        "image_kind": (image.kind or "foto") if image else None,
        "speakers": [quote.speaker for quote in item.quotes],
        "people": sorted(links.people),
        "text": text,
        "body": body,
        "related": len(item.related),
    }


def judge(path: Path) -> Outcome:
    spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    expected = spec["expected"]
    got = found_fields(path, spec["city"])
    wrong: dict[str, tuple[object, object]] = {}
    for name in FIELDS:
        if name not in expected:
            continue
        want = expected[name]
        if got is None:
            wrong[name] = (want, "abgelehnt")
            continue
        if name == "body_first":
            # The teaser counts where the page shows it as the lead, not where it is only
            # the page's meta description.
            ok = any(got[key].startswith(squash(want) or "") for key in ("text", "body"))
            have = got["text"][:80]
        elif name == "body_last":
            ok = got["text"].endswith(squash(want) or "")
            have = got["text"][-80:]
        elif name == "people":
            have = got["people"]
            ok = sorted(want) == have
        elif name in ("title", "subtitle", "caption", "credit"):
            have = got[name]
            ok = squash(want) == have
        else:
            have = got[name]
            ok = want == have
        if not ok:
            wrong[name] = (want, have)
    return Outcome(path.name, wrong, sum(1 for name in FIELDS if name in expected))


def test_every_case_has_its_expectations() -> None:
    names = cases()
    assert len(names) >= 40, "at least 40 layouts"
    for path in names:
        spec = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        assert set(spec["expected"]) <= set(FIELDS), path.name
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", spec["expected"]["published"] or "0000-00-00")


def test_score_per_field_does_not_fall(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = [judge(path) for path in cases()]
    right = dict.fromkeys(FIELDS, 0)
    total = dict.fromkeys(FIELDS, 0)
    for path, outcome in zip(cases(), outcomes, strict=True):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
        for name in FIELDS:
            if name in expected:
                total[name] += 1
                right[name] += name not in outcome.wrong
    lines = [f"{'Feld':<12} {'richtig':>8} {'von':>4} {'Anteil':>7}"]
    for name in FIELDS:
        share = right[name] / total[name] if total[name] else 1.0
        lines.append(f"{name:<12} {right[name]:>8} {total[name]:>4} {share:>7.0%}")
    all_right, all_total = sum(right.values()), sum(total.values())
    lines.append(f"{'gesamt':<12} {all_right:>8} {all_total:>4} {all_right / all_total:>7.1%}")
    for outcome in outcomes:
        for name, (want, have) in outcome.wrong.items():
            lines.append(f"  {outcome.name}: {name}: erwartet {want!r}, gefunden {have!r}")
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    floor = json.loads(FLOOR.read_text(encoding="utf-8"))
    fallen = {
        name: (right[name], floor[name]) for name in floor if right.get(name, 0) < floor[name]
    }
    assert not fallen, f"score fell below the floor (right, floor): {fallen}"
