"""Builds the demo site from ``content.py``: idempotent, so ``make run`` can call it every time."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import secrets
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.models import Page, Site

from twinning.core.demo import content
from twinning.core.demo.images import generate_image, generate_portrait
from twinning.core.models import CityImage, CitySettings, HomePage, LegalPage

# One demo account per role: (user name, group, first name, last name).
DEMO_USERS = [
    ("redaktion", "Redaktion", "Rita", "Redakteurin"),
    ("freigabe", "Pressestelle – Freigabe", "Frank", "Freigeber"),
    ("international", "Internationales Büro", "Ines", "International"),
    ("administration", "Administration", "Adam", "Administrator"),
]


@dataclass
class DemoLogin:
    username: str
    password: str
    role: str


BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")

Log = Callable[[str], None]


def local_datetime(value: str, tz: str = "Europe/Berlin") -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=zoneinfo.ZoneInfo(tz))


def demo_image(title: str, make: Callable[[], bytes], **meta: str) -> CityImage:
    image = CityImage.objects.filter(title=title).first()
    if image is None:
        name = f"{slugify(title)[:60] or 'bild'}.jpg"
        image = CityImage(title=title, file=ImageFile(io.BytesIO(make()), name=name), **meta)
        image.save()
    return image


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def child_by_slug(parent: Page, slug: str) -> Page | None:
    return parent.get_children().filter(slug=slug).specific().first()


def add_published(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def ensure_tree_root() -> Page:
    """Wagtail's root page, locale and collection, recreated when a flush removed them.

    Wagtail's migrations make these once; a database emptied by ``flush`` (a restore, a
    transactional test) has none, and its content-type cache may still point at old ids.
    """
    from django.conf import settings as django_settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale

    root = Page.get_first_root_node()
    if root is not None:
        return root
    ContentType.objects.clear_cache()
    Locale.objects.get_or_create(language_code=django_settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.add_root(title="Root", slug="root")


def site_address() -> tuple[str, int]:
    """Host and port of ``BASE_URL``: canonical links, feeds and the sitemap use the site's."""
    url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return url.hostname or "localhost", url.port or (443 if url.scheme == "https" else 80)


def ensure_home() -> HomePage:
    site = Site.objects.filter(is_default_site=True).first()
    if site and isinstance(site.root_page.specific, HomePage):
        if (site.hostname, site.port) != site_address():
            site.hostname, site.port = site_address()
            site.save()
        return site.root_page.specific
    root = ensure_tree_root()
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    if home is None:
        home = HomePage(
            title="Städtepartnerschaften der Stadt Krefeld",
            slug="start",
            intro=(
                "Nachrichten, Termine und Begegnungen aus Krefelds Partnerschaften mit Städten "
                "in Europa, Nordamerika und Asien."
            ),
        )
        root.add_child(instance=home)
        home.save_revision().publish()
    if site is None:
        hostname, port = site_address()
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Krefeld"
        )
    else:
        old_root = site.root_page
        site.root_page = home
        site.hostname, site.port = site_address()
        site.save()
        if old_root.pk != home.pk and old_root.depth == 2 and not old_root.get_children().exists():
            old_root.delete()
    return home


def ensure_settings(site: Site) -> None:
    settings = CitySettings.for_site(site)
    settings.city_name = content.CITY["name"]
    settings.city_genitive = f"{content.CITY['name']}s"
    settings.press_email = content.CITY.get("press_office_email", "")
    settings.international_email = content.CITY.get("international_office_email", "")
    settings.accessibility_email = content.CITY.get(
        "accessibility_email", content.CITY.get("press_office_email", "")
    )
    settings.address = content.CITY.get("address", "")
    settings.phone = content.CITY.get("phone", "")
    settings.latitude = content.CITY.get("latitude")
    settings.longitude = content.CITY.get("longitude")
    settings.save()


def ensure_index(home: HomePage, model, slug: str, title: str, intro: str) -> Page:
    existing = child_by_slug(home, slug)
    if existing:
        return existing
    return add_published(home, model(title=title, slug=slug, intro=intro, show_in_menus=True))


# (slug, title, body, show the city's address and contact, show the feedback contact,
# body after the contact sections)
LEGAL_PAGES = [
    (
        "impressum",
        "Impressum",
        "<h2>Herausgeberin</h2><p>Stadt Krefeld, vertreten durch den Oberbürgermeister.</p>",
        True,
        False,
        "<h2>Verantwortlich für den Inhalt</h2>"
        "<p>Presse und Kommunikation der Stadt Krefeld gemeinsam mit dem Internationalen Büro.</p>"
        "<p>Dies ist eine Demonstration der Software Twinning; alle Kontaktdaten sind Beispiele.</p>",
    ),
    (
        "datenschutz",
        "Datenschutz",
        "<h2>Was wir speichern</h2><p>Diese Website setzt für Leserinnen und Leser keine Cookies, "
        "lädt nichts von fremden Servern und wertet keine Besuche aus. Der Webserver verarbeitet die "
        "technisch nötigen Daten einer Anfrage, um die Seite auszuliefern, und speichert sie nicht "
        "dauerhaft.</p><h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, Berichtigung und "
        "Löschung nach der Datenschutz-Grundverordnung. Wenden Sie sich dazu an die Pressestelle.</p>",
        False,
        False,
        "",
    ),
    (
        "barrierefreiheit",
        "Erklärung zur Barrierefreiheit",
        "<p>Die Stadt Krefeld ist bemüht, diese Website im Einklang mit der "
        "Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu "
        "machen. Diese Erklärung gilt für die Website der Städtepartnerschaften.</p>"
        "<h2>Stand der Vereinbarkeit mit den Anforderungen</h2><p>Diese Website ist wegen der "
        "unten genannten Inhalte teilweise mit der BITV 2.0 vereinbar. Sie wird nach den "
        "Anforderungen der WCAG 2.1 auf Stufe AA gestaltet und bei jeder Änderung automatisiert "
        "mit axe-core geprüft.</p><h2>Nicht barrierefreie Inhalte</h2><p>Ältere, aus dem "
        "früheren Pressearchiv übernommene Meldungen können Bilder ohne aussagekräftige "
        "Alternativtexte enthalten. Wir ergänzen sie nach und nach.</p>"
        "<h2>Erstellung dieser Erklärung</h2><p>Diese Erklärung wurde am 1. Dezember 2026 "
        "erstellt. Grundlage ist eine Selbstbewertung; zuletzt überprüft wurde sie am "
        "1. Dezember 2026.</p>",
        False,
        True,
        "<h2>Durchsetzungsverfahren</h2><p>Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende "
        "Antwort erhalten, können Sie sich an die Ombudsstelle für barrierefreie "
        "Informationstechnik des Landes Nordrhein-Westfalen wenden.</p>",
    ),
]


def ensure_legal(home: HomePage) -> None:
    for slug, title, body, contact, feedback, after in LEGAL_PAGES:
        if not child_by_slug(home, slug):
            add_published(
                home,
                LegalPage(
                    title=title,
                    slug=slug,
                    body=body,
                    show_contact=contact,
                    show_feedback_contact=feedback,
                    body_after_contact=after,
                ),
            )


def ensure_snippets() -> dict:
    from twinning.news.models import Organisation, Person, Topic

    topics = {}
    for t in content.TOPICS:
        topics[t["slug"]], _ = Topic.objects.update_or_create(
            slug=t["slug"], defaults={"name": t["name"], "keywords": ", ".join(t["keywords"])}
        )
    orgs = {}
    for o in content.ORGANISATIONS:
        orgs[o["slug"]], _ = Organisation.objects.update_or_create(
            slug=o["slug"],
            defaults={
                "name": o["name"],
                "kind": o.get("kind", ""),
                "url": o.get("url", ""),
                "description": o.get("description", ""),
            },
        )
    people = {}
    for p in content.PEOPLE:
        people[p["slug"]], _ = Person.objects.update_or_create(
            slug=p["slug"],
            defaults={
                "name": p["name"],
                "role": p.get("role", ""),
                "organisation": orgs.get(p.get("organisation") or ""),
            },
        )
    return {"topics": topics, "organisations": orgs, "people": people}


def ensure_cities(index: Page) -> dict:
    from twinning.partnerships.models import Association, PartnerCityPage

    cities = {}
    for c in content.PARTNER_CITIES:
        page = PartnerCityPage.objects.filter(slug=c["slug"]).first()
        if page is None:
            image = demo_image(
                f"Stadtansicht {c['name']}",
                lambda c=c: generate_portrait(c["slug"]),
                alt_text=f"Stilisierte Stadtansicht von {c['name']}",
                caption=f"{c['name']} als Grafik",
                credit="Stadt Krefeld, Grafik",
                licence="CC0",
            )
            page = PartnerCityPage(
                title=c["name"],
                slug=c["slug"],
                local_name=c.get("local_name", ""),
                exonyms=", ".join(c.get("exonyms", [])),
                country=c["country"],
                country_code=c.get("country_code", ""),
                region=c.get("region", ""),
                latitude=c["latitude"],
                longitude=c["longitude"],
                timezone=c.get("timezone", "Europe/Berlin"),
                languages=", ".join(c.get("languages", [])),
                population=c.get("population"),
                partnership_type=c.get("partnership_type", "staedtepartnerschaft"),
                began_on=dt.date.fromisoformat(c["began_on"]) if c.get("began_on") else None,
                began_year=c.get("began_year"),
                council_decision=c.get("council_decision", ""),
                status=c.get("status", "active"),
                status_reason=c.get("status_reason", ""),
                status_since=dt.date.fromisoformat(c["status_since"])
                if c.get("status_since")
                else None,
                wikidata_id=c.get("wikidata_id", ""),
                intro=c.get("intro", ""),
                description=paragraphs_html(c.get("description", [])),
                image=image,
            )
            for a in (x for x in content.ASSOCIATIONS if x["partner_city"] == c["slug"]):
                page.associations.add(
                    Association(
                        name=a["name"],
                        kind=a.get("kind", "freundeskreis"),
                        contact_name=a.get("contact_name", ""),
                        email=a.get("email", ""),
                        phone=a.get("phone", ""),
                        description=a.get("description", ""),
                    )
                )
            add_published(index, page)
        cities[c["slug"]] = page
    return cities


def body_stream(blocks: list) -> list[dict]:
    stream = []
    for block in blocks:
        kind = block[0]
        if kind == "paragraph":
            stream.append({"type": "paragraph", "value": f"<p>{escape(block[1])}</p>"})
        elif kind == "heading":
            stream.append({"type": "heading", "value": {"text": block[1]}})
        elif kind == "quote":
            stream.append(
                {
                    "type": "quote",
                    "value": {"text": block[1], "speaker": block[2] if len(block) > 2 else ""},
                }
            )
        elif kind == "image":
            caption, credit, alt, motif = block[1], block[2], block[3], block[4]
            image = demo_image(
                caption[:100],
                lambda motif=motif, caption=caption: generate_image(
                    motif, ["#0b1c5c", "#c0392b", "#f4d03f"], caption
                ),
                caption=caption,
                credit=credit,
                alt_text=alt,
                licence="CC0",
            )
            stream.append({"type": "image", "value": image.pk})
    return stream


def ensure_releases(archive: Page, cities: dict, snippets: dict) -> int:
    from twinning.news.models import PressReleasePage

    created = 0
    for r in content.PRESS_RELEASES:
        if PressReleasePage.objects.filter(slug=r["slug"]).exists():
            continue
        img = r["image"]
        image = demo_image(
            img["caption"][:100],
            lambda img=img, r=r: generate_image(img["motif"], img["palette"], r["slug"]),
            caption=img["caption"],
            credit=img["credit"],
            alt_text=img["alt"],
            licence="CC0",
        )
        page = PressReleasePage(
            title=r["title"],
            slug=r["slug"],
            subtitle=r.get("subtitle", ""),
            published_at=local_datetime(r["published"]),
            teaser=r.get("teaser", ""),
            lead_image=image,
            body=body_stream(r["body"]),
        )
        page.partner_cities = [cities[s] for s in r.get("partner_cities", []) if s in cities]
        page.topics = [
            snippets["topics"][s] for s in r.get("topics", []) if s in snippets["topics"]
        ]
        page.people = [
            snippets["people"][s] for s in r.get("people", []) if s in snippets["people"]
        ]
        page.organisations = [
            snippets["organisations"][s]
            for s in r.get("organisations", [])
            if s in snippets["organisations"]
        ]
        add_published(archive, page)
        created += 1
    return created


def ensure_editors(home: HomePage, archive: Page, cities_index: Page, events_index: Page) -> None:
    """The roles, their section permissions and the approval workflow, then one demo user per role.

    The roles come from a data migration (``twinning.core.roles``); this makes sure they
    survived (a flushed database) and that the demo's section pages carry them.
    """
    from twinning.core import roles

    roles.ensure_roles()
    for page in (archive, cities_index, events_index):
        roles.grant_section_permissions(page)
    ensure_demo_users()


def demo_logins_path() -> Path:
    return Path(os.environ.get("DEMO_LOGINS_FILE", settings.BASE_DIR / "var" / "demo-logins.json"))


def _stored_passwords() -> dict[str, str]:
    try:
        return json.loads(demo_logins_path().read_text())
    except (OSError, ValueError):
        return {}


def ensure_demo_users() -> list[DemoLogin]:
    """One user per role, none a superuser, each with a password made for this installation.

    Passwords are random, kept in ``var/demo-logins.json`` (readable by the owner only) so that
    ``make run`` can print them again; nobody can log in with a password from the README.
    """
    from django.contrib.auth.models import Group

    stored = _stored_passwords()
    User = get_user_model()
    logins = []
    for username, role, first_name, last_name in DEMO_USERS:
        password = stored.get(username) or secrets.token_urlsafe(12)
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username,
                email=f"{username}@stadt.example",
                password=password,
                first_name=first_name,
                last_name=last_name,
            )
        elif not user.check_password(password):
            user.set_password(password)
        user.is_staff = True
        user.is_superuser = False
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        stored[username] = password
        logins.append(DemoLogin(username, password, role))
    path = demo_logins_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Created readable by its owner only (not written first and restricted after).
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.fchmod(descriptor, 0o600)
    with os.fdopen(descriptor, "w") as file:
        file.write(json.dumps(stored, indent=1))
    return logins


@transaction.atomic
def load_demo(log: Log = print) -> dict:
    home = ensure_home()
    site = Site.objects.get(is_default_site=True)
    ensure_settings(site)
    from twinning.events.models import EventIndexPage
    from twinning.news.models import PressArchivePage
    from twinning.partnerships.models import PartnerCityIndexPage

    archive = ensure_index(
        home,
        PressArchivePage,
        "presse",
        "Pressearchiv",
        "Alle Pressemitteilungen rund um Krefelds Städtepartnerschaften, die neuesten zuerst.",
    )
    cities_index = ensure_index(
        home,
        PartnerCityIndexPage,
        "partnerstaedte",
        "Partnerstädte",
        "Krefeld pflegt Partnerschaften mit Städten und Kreisen in Europa, Nordamerika und Asien.",
    )
    events_index = ensure_index(
        home,
        EventIndexPage,
        "termine",
        "Termine",
        "Begegnungen, Empfänge und Veranstaltungen mit unseren Partnerstädten.",
    )
    ensure_legal(home)
    log("Seitenstruktur bereit.")
    snippets = ensure_snippets()
    cities = ensure_cities(cities_index)
    log(f"{len(cities)} Partnerstädte bereit.")
    created = ensure_releases(archive, cities, snippets)
    log(f"{created} Pressemitteilungen neu angelegt.")
    extra = {}
    try:
        from twinning.events.demo import load_events_and_exchanges
    except ImportError:
        pass
    else:
        extra = load_events_and_exchanges(events_index, cities, snippets, log)
    ensure_editors(home, archive, cities_index, events_index)
    from twinning.core.demo.translate import ensure_translations

    sections = {
        "press_archive": archive,
        "partner_city_index": cities_index,
        "event_index": events_index,
    }
    translated = ensure_translations(home, sections, log)
    return {
        "releases_created": created,
        "cities": len(cities),
        "translations_created": translated,
        **extra,
    }
