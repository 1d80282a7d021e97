"""Realistic German press releases in bulk, for benchmarks and load tests.

Pages are written with bulk inserts (tree paths computed here) instead of one ``save()`` per
page, so that 100,000 releases take minutes; the search index is filled with ``index_many``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterator

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Page

from twinning.news.models import PressArchivePage, PressReleasePage, Topic, first_sentences
from twinning.partnerships.models import PartnerCityPage
from twinning.search import services as search_services

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
    archive = PressArchivePage.objects.get()
    cities = list(PartnerCityPage.objects.live())
    if not cities:
        raise RuntimeError("Keine Partnerstädte vorhanden: zuerst load_demo ausführen.")
    topics = {t.name: t for t in Topic.objects.all()}
    r = random.Random(seed)
    ctype = ContentType.objects.get_for_model(PressReleasePage)
    made = 0
    start = timezone.now() - dt.timedelta(minutes=37 * count + 60 * 24 * 30)
    while made < count:
        size = min(batch, count - made)
        with transaction.atomic():
            archive.refresh_from_db()
            made += _insert_batch(
                archive,
                ctype,
                [fake_release(r, made + i, cities, start) for i in range(size)],
                topics,
            )
        if progress:
            progress(made)
    return made


def _insert_batch(
    archive: PressArchivePage, ctype, items: list[dict], topics: dict[str, Topic]
) -> int:
    last = archive.get_last_child()
    next_step = (Page._str2int(last.path[-Page.steplen :]) + 1) if last else 1
    now = timezone.now()
    pages = []
    for offset, item in enumerate(items):
        slug = f"{slugify(item['title'])[:200]}"
        body = [
            {"type": "paragraph", "value": f"<p>{p}</p>", "id": f"g{next_step + offset}-{i}"}
            for i, p in enumerate(item["paragraphs"])
        ]
        page = PressReleasePage(
            title=item["title"],
            draft_title=item["title"],
            slug=slug,
            path=Page._get_path(archive.path, archive.depth + 1, next_step + offset),
            depth=archive.depth + 1,
            numchild=0,
            url_path=f"{archive.url_path}{slug}/",
            content_type=ctype,
            live=True,
            has_unpublished_changes=False,
            first_published_at=item["published"],
            last_published_at=now,
            live_revision=None,
            locale_id=archive.locale_id,
            subtitle=item["subtitle"],
            published_at=item["published"],
            teaser="",
            summary=first_sentences(" ".join(item["paragraphs"])),
            body=json.dumps(body),
        )
        pages.append(page)
    base_rows = Page.objects.bulk_create([_as_base(p) for p in pages])
    for page, base in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = base.pk
        page.id = base.pk
    child_fields = [f for f in PressReleasePage._meta.local_concrete_fields]
    PressReleasePage.objects._insert(pages, fields=child_fields, using="default")
    Through = PressReleasePage.partner_cities.through
    Through.objects.bulk_create(
        [
            Through(pressreleasepage_id=p.pk, partnercitypage_id=item["city"].pk)
            for p, item in zip(pages, items, strict=True)
        ]
    )
    TopicThrough = PressReleasePage.topics.through
    TopicThrough.objects.bulk_create(
        [
            TopicThrough(pressreleasepage_id=p.pk, topic_id=topics[item["theme"]].pk)
            for p, item in zip(pages, items, strict=True)
            if item["theme"] in topics
        ]
    )
    Page.objects.filter(pk=archive.pk).update(numchild=archive.numchild + len(pages))
    search_services.index_many(_documents(pages, items))
    return len(pages)


def _as_base(page: PressReleasePage) -> Page:
    base = Page()
    for field in Page._meta.local_concrete_fields:
        if not field.primary_key:
            setattr(base, field.attname, getattr(page, field.attname))
    return base


def _documents(pages: list[PressReleasePage], items: list[dict]) -> Iterator[dict]:
    for page, item in zip(pages, items, strict=True):
        yield {
            "kind": "press_release",
            "object_id": page.pk,
            # url_path starts with the site root ("/start/presse/…/"); the public URL drops it.
            "url": "/" + page.url_path.split("/", 2)[2],
            "title": page.title,
            "subtitle": page.subtitle,
            "teaser": page.summary,
            "body": "\n\n".join(item["paragraphs"]),
            "published": page.published_at,
            "source_id": None,
            "partner_cities": [item["city"].title],
            "live": True,
        }
