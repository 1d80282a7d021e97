"""Realistic German press releases in bulk, for benchmarks and load tests.

Pages go in through ``news.services.bulk_create_releases`` (the importer's path too), so
that 100,000 releases take minutes rather than hours.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

from django.conf import settings
from django.utils import timezone

from twinning.core.bookkeeping import GENERATE_ACTION
from twinning.news.models import PressArchivePage, Topic
from twinning.news.services import ReleaseData, bulk_create_releases
from twinning.partnerships.models import PartnerCityPage

SUBJECTS = [
    "Eine Delegation",
    "Eine Schülergruppe",
    "Der Oberbürgermeister",
    "Die Bürgermeisterin",
    "Eine Gruppe von Studierenden",
    "Der Freundeskreis",
    "Das Internationale Büro",
    "Eine Jugendmannschaft",
    "Der Partnerschaftsverein",
    "Eine Abordnung des Stadtrats",
    "Vertreterinnen der Wirtschaftsförderung",
    "Das Stadtarchiv",
    "Die Volkshochschule",
]
VERBS = [
    "besucht",
    "empfängt Gäste aus",
    "plant gemeinsame Projekte mit",
    "reist nach",
    "feiert das Jubiläum der Partnerschaft mit",
    "tauscht Erfahrungen aus mit",
    "lädt Gäste ein aus",
]
THEMES = {
    "Klimaschutz": [
        "Klimaschutzkonzept",
        "Hitzeschutz",
        "Stadtgrün",
        "Energiewende",
        "Solardächer",
    ],
    "Mobilität": ["Radverkehr", "Fahrradstraßen", "Nahverkehr", "Carsharing", "Verkehrswende"],
    "Schule": [
        "Schüleraustausch",
        "Sprachkurse",
        "Gastfamilien",
        "Projektwoche",
        "Schulpartnerschaft",
    ],
    "Kultur": ["Ausstellung", "Museumsnacht", "Konzertreise", "Theaterfestival", "Kunstpreis"],
    "Wirtschaft": ["Messe", "Unternehmerreise", "Fachkräfte", "Handelskammer", "Gründerzentrum"],
    "Hochschule": ["Forschungskooperation", "Studierendenaustausch", "Sommerschule", "Textillabor"],
    "Sport": ["Jugendturnier", "Hockeyturnier", "Stadtlauf", "Ruderregatta"],
    "Verwaltung": ["Fachaustausch", "Digitalisierung", "Bürgerservice", "Städtediplomatie"],
}
PLACES = [
    "im Rathaus",
    "im Kaiser-Wilhelm-Museum",
    "auf dem Theaterplatz",
    "in der Mediothek",
    "im Stadtwaldhaus",
    "an der Hochschule",
    "im Seidenweberhaus",
    "im Zoo",
]
WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


# What the page history says made a generated release.
GENERATOR_LABEL = "manage.py generate_releases"


def _sentence(r: random.Random, city: str, theme: str, words: list[str]) -> str:
    word = r.choice(words)
    kind = r.randrange(6)
    if kind == 0:
        return f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {city}, um über {word} zu sprechen."
    if kind == 1:
        day = r.randint(1, 28)
        return f"Am {r.choice(WEEKDAYS)}, {day}. {r.choice(MONTHS)}, stand das Thema {word} {r.choice(PLACES)} im Mittelpunkt."
    if kind == 2:
        return f"„Die Partnerschaft mit {city} lebt von Begegnungen wie dieser“, sagt Oberbürgermeister Frank Meyer."
    if kind == 3:
        return f"Seit Jahren verbindet beide Städte das gemeinsame Interesse an {theme} und {word}."
    if kind == 4:
        n = r.randint(5, 60)
        return f"Insgesamt {n} Teilnehmende aus Krefeld und {city} kamen zusammen, um Ideen zu {word} auszutauschen."
    return f"Die Gäste aus {city} lobten das Programm, besonders den Besuch {r.choice(PLACES)}."


def fake_release(
    r: random.Random, n: int, cities: list[PartnerCityPage], start: dt.datetime
) -> dict:
    city = r.choice(cities)
    theme = r.choice(list(THEMES))
    words = THEMES[theme]
    word = r.choice(words)
    title = r.choice(
        [
            f"{word}: Besuch aus {city.title}",
            f"{city.title} und Krefeld setzen auf {word}",
            f"{r.choice(SUBJECTS)} aus {city.title} in Krefeld",
            f"Neue Impulse für {word} in der Partnerschaft mit {city.title}",
        ]
    )
    paragraphs = [
        " ".join(_sentence(r, city.title, theme, words) for _ in range(r.randint(2, 4)))
        for _ in range(r.randint(3, 6))
    ]
    published = start + dt.timedelta(minutes=37 * n + r.randint(0, 30))
    return {
        "title": f"{title} ({n})",
        "subtitle": f"{theme}: {r.choice(words)} im Mittelpunkt",
        "paragraphs": paragraphs,
        "city": city,
        "published": published,
        "theme": theme,
    }


def generate(
    count: int, seed: int = 7, progress: Callable[[int], None] | None = None, batch: int = 1000
) -> int:
    """Add ``count`` live releases under the press archive; returns how many were made."""
    archive = PressArchivePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    cities = list(PartnerCityPage.objects.live())
    if not cities:
        raise RuntimeError("Keine Partnerstädte vorhanden: zuerst load_demo ausführen.")
    topics = {t.name: t.pk for t in Topic.objects.all()}
    r = random.Random(seed)
    made = 0
    start = timezone.now() - dt.timedelta(minutes=37 * count + 60 * 24 * 30)
    while made < count:
        size = min(batch, count - made)
        items = [
            as_release_data(fake_release(r, made + i, cities, start), topics) for i in range(size)
        ]
        made += len(
            bulk_create_releases(
                archive, items, action=GENERATE_ACTION, source_label=GENERATOR_LABEL
            )
        )
        if progress:
            progress(made)
    return made


def as_release_data(item: dict, topics: dict[str, int]) -> ReleaseData:
    return ReleaseData(
        title=item["title"],
        published_at=item["published"],
        subtitle=item["subtitle"],
        body=[{"type": "paragraph", "value": f"<p>{p}</p>"} for p in item["paragraphs"]],
        body_text="\n\n".join(item["paragraphs"]),
        partner_city_ids=[item["city"].pk],
        partner_city_names=[item["city"].title],
        topic_ids=[topics[item["theme"]]] if item["theme"] in topics else [],
    )
