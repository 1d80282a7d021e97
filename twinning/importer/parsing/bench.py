"""Parse-rate benchmark of the importer core, for ``make bench``.

The import must reach 500 releases per second end to end including database
writes, so parsing and linking have to be several times faster than that;
this measures them on generated input, in memory, without Django.
"""

from __future__ import annotations

import datetime
import json
import random
import time

from . import ParsedItem, parse_bytes_items
from .linking import Linker, Vocabulary

_CITIES = [
    "Venlo",
    "Leicester",
    "Dünkirchen",
    "Leiden",
    "Charlotte",
    "Kayseri",
    "Landkreis Oder-Spree",
]
_SENTENCES = [
    "Die Delegation aus {city} wurde im Rathaus empfangen.",
    "„Die Partnerschaft mit {city} lebt von den Menschen“, betont Oberbürgermeister Frank Meyer.",
    "Am Montag, 17. Oktober, besuchen Schülerinnen und Schüler die Hochschule Niederrhein.",
    "Vom 3. bis 5. Mai ist ein Austausch der Jugendzentren geplant.",
    "Bürgermeisterin Karin Meincke dankte den Vereinen für ihr Engagement.",
    "Beide Städte wollen beim Klimaschutz und bei der Mobilität enger zusammenarbeiten.",
]


def _body(rng: random.Random, city: str, paragraphs: int = 5) -> list[str]:
    return [
        " ".join(rng.choice(_SENTENCES).format(city=city) for _ in range(4))
        for _ in range(paragraphs)
    ]


def _jsonl(n: int, rng: random.Random) -> bytes:
    lines = []
    start = datetime.date(2015, 1, 1)
    for number in range(n):
        city = rng.choice(_CITIES)
        record = {
            "source_id": f"bench-{number}",
            "title": f"Neuigkeiten aus {city} Nummer {number}",
            "published": (start + datetime.timedelta(days=number % 3000)).isoformat(),
            "teaser": f"Kurzer Anreißer über {city}.",
            "body_text": "\n\n".join(_body(rng, city)),
            "partner_cities": [city],
            "topics": ["Kultur"],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return ("\n".join(lines) + "\n").encode("utf-8")


def _html(number: int, rng: random.Random) -> bytes:
    city = rng.choice(_CITIES)
    paragraphs = "".join(f"<p>{text}</p>" for text in _body(rng, city, 6))
    nav = "".join(f'<li><a href="/seite/{index}">Menüpunkt {index}</a></li>' for index in range(40))
    return f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Besuch aus {city} | Stadt</title><meta name="description" content="Besuch aus {city}.">
<link rel="canonical" href="https://www.example-stadt.de/presse/{number}"><script>var x = 1;</script></head>
<body><header><nav><ul>{nav}</ul></nav></header><main><div class="news news-single"><div class="article">
<div class="header"><h1>Besuch aus {city} im Rathaus ({number})</h1></div>
<p><time itemprop="datePublished" datetime="2022-10-14">14.10.2022</time></p>
<div class="teaser-text"><p>Empfang im Rathaus</p></div>
<div class="news-img-wrap"><figure><img src="/bild/{number}.jpg" alt="Gäste"><figcaption>Die Gäste aus {city}.
<span class="copyright">Foto: Stadt Krefeld</span></figcaption></figure></div>
<div class="news-text-wrap">{paragraphs}<h2>Ausblick</h2>{paragraphs}</div></div></div></main>
<footer><p>© 2024 Stadt</p></footer></body></html>""".encode()


def bench_parse(n: int) -> dict[str, float | int]:
    """Parse n JSON Lines releases and n HTML pages in memory; report rates per second."""
    rng = random.Random(4711)
    data = _jsonl(n, rng)
    started = time.perf_counter()
    jsonl_items = [result for result in parse_bytes_items(data, "bench.jsonl", fmt="jsonl")]
    jsonl_seconds = time.perf_counter() - started

    pages = [_html(number, rng) for number in range(n)]
    started = time.perf_counter()
    html_items = []
    for number, page in enumerate(pages):
        html_items.extend(parse_bytes_items(page, f"page{number}.html", fmt="html"))
    html_seconds = time.perf_counter() - started

    linker = Linker(
        Vocabulary(
            partner_cities=[(city, []) for city in _CITIES],
            people=[("Frank Meyer", []), ("Karin Meincke", [])],
            organisations=[("Hochschule Niederrhein", [])],
            topics=[
                ("Klimaschutz", ["Klima"]),
                ("Mobilität", ["Verkehr"]),
                ("Schule", ["Schüler"]),
            ],
        )
    )
    parsed = [item for item in jsonl_items if isinstance(item, ParsedItem)]
    started = time.perf_counter()
    for item in parsed:
        linker.link(item)
    link_seconds = time.perf_counter() - started

    # What the import does per item before writing it: parse, link, and read the
    # quotes for the report (``report_item``), on freshly parsed items; the best
    # of three rounds, so that a busy machine disturbs the figure less.
    linked = 0
    linked_seconds = float("inf")
    for _round in range(3):
        started = time.perf_counter()
        linked = 0
        for result in parse_bytes_items(data, "bench.jsonl", fmt="jsonl"):
            if isinstance(result, ParsedItem):
                linker.link(result)
                _ = result.quotes
                linked += 1
        linked_seconds = min(linked_seconds, time.perf_counter() - started)
    return {
        "n": n,
        "jsonl_parsed": len(parsed),
        "jsonl_per_s": round(n / jsonl_seconds, 1) if jsonl_seconds else float("inf"),
        "jsonl_mb_per_s": round(len(data) / 1e6 / jsonl_seconds, 2)
        if jsonl_seconds
        else float("inf"),
        "html_parsed": sum(1 for item in html_items if isinstance(item, ParsedItem)),
        "html_per_s": round(n / html_seconds, 1) if html_seconds else float("inf"),
        "link_per_s": round(len(parsed) / link_seconds, 1) if link_seconds else float("inf"),
        "linked_per_s": round(linked / linked_seconds, 1) if linked_seconds else float("inf"),
    }


if (
    __name__ == "__main__"
):  # pragma: no cover - manual use: python -m twinning.importer.parsing.bench
    import sys

    print(json.dumps(bench_parse(int(sys.argv[1]) if len(sys.argv) > 1 else 1000), indent=2))
