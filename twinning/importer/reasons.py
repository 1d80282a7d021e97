"""German wording for the import report: statuses and the parsers' reasons.

The parsers (``twinning.importer.parsing``) stay free of Django and phrase their reasons in
English for the command line; the admin shows the press office German. The patterns below
cover every reason the parsers give; anything not matched (already German, such as the
services' "nicht gespeichert: …") is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

STATUS_LABELS = {
    "created": gettext_lazy("neu"),
    "updated": gettext_lazy("aktualisiert"),
    "unchanged": gettext_lazy("unverändert"),
    "rejected": gettext_lazy("abgelehnt"),
}


def status_label(status: str) -> str:
    return str(STATUS_LABELS.get(status, status))


def _field(match: re.Match) -> dict[str, str]:
    return {key: value for key, value in match.groupdict().items() if value is not None}


def limit_reason(g: dict[str, str]) -> str:
    """What an import limit refused, with the limit and the setting that raises it."""
    name, value = g["name"], int(g["value"])
    shown = {"value": filesizeformat(value) if name.endswith("_BYTES") else value, "name": name}
    texts = {
        "IMPORT_MAX_ARCHIVE_BYTES": _(
            "Das Archiv wäre entpackt größer als die Obergrenze von %(value)s (%(name)s); "
            "es wurde nichts daraus importiert."
        ),
        "IMPORT_MAX_ARCHIVE_MEMBERS": _(
            "Das Archiv enthält mehr Dateien als die Obergrenze von %(value)s (%(name)s); "
            "es wurde nichts daraus importiert."
        ),
        "IMPORT_MAX_MEMBER_BYTES": _(
            "Die Datei im Archiv ist entpackt größer als die Obergrenze von %(value)s "
            "(%(name)s) und wurde nicht gelesen."
        ),
        "IMPORT_MAX_DOCUMENT_BYTES": _(
            "Die Datei ist größer als die Obergrenze von %(value)s für Seiten, Texte und "
            "Feeds (%(name)s) und wurde nicht gelesen."
        ),
        "IMPORT_MAX_LINE_BYTES": _(
            "Die Zeile ist länger als die Obergrenze von %(value)s (%(name)s) und wurde "
            "nicht gelesen."
        ),
        "IMPORT_MAX_HTML_DEPTH": _(
            "Das HTML ist tiefer verschachtelt als die Obergrenze von %(value)s Ebenen "
            "(%(name)s) und wurde nicht importiert."
        ),
    }
    text = texts.get(name) or _("Eine Obergrenze des Imports ist überschritten (%(name)s).")
    return text % shown


# (pattern, German text builder); the first match wins, so specific patterns come first.
_PATTERNS: list[tuple[re.Pattern, Callable[[dict[str, str]], str]]] = [
    (
        re.compile(r"^line (?P<n>\d+): (?P<rest>.*)$", re.S),
        lambda g: _("Zeile %(n)s: %(rest)s") % {"n": g["n"], "rest": german_reason(g["rest"])},
    ),
    # Python's own JSON message is English and names a column the editor cannot see.
    (re.compile(r"^invalid JSON \(.*\)$", re.S), lambda g: _("kein gültiges JSON")),
    (
        re.compile(r"^missing required field '(?P<f>[^']+)'$"),
        lambda g: _("Pflichtfeld „%(f)s“ fehlt") % g,
    ),
    (
        re.compile(r"^field '(?P<f>[^']+)' must be a string, not \w+$"),
        lambda g: _("Feld „%(f)s“ muss Text enthalten") % g,
    ),
    (re.compile(r"^field '(?P<f>[^']+)' is empty$"), lambda g: _("Feld „%(f)s“ ist leer") % g),
    (
        re.compile(r"^field 'published' must be a string .*$"),
        lambda g: _("Feld „published“ muss ein Datum „JJJJ-MM-TT“ oder ein ISO-Zeitpunkt sein"),
    ),
    (
        re.compile(r"^field 'published' is not a valid date [^:]*: (?P<v>.*)$", re.S),
        lambda g: _("Feld „published“ ist kein gültiges Datum: %(v)s") % g,
    ),
    (
        re.compile(r"^field '(?P<f>[^']+)' must be a list of strings$"),
        lambda g: _("Feld „%(f)s“ muss eine Liste von Texten sein") % g,
    ),
    (
        re.compile(r"^field 'image' must be an object .*$"),
        lambda g: _("Feld „image“ muss ein Objekt mit „path“ und „credit“ sein"),
    ),
    (
        re.compile(r"^image is missing required field '(?P<f>[^']+)'$"),
        lambda g: _("beim Bild fehlt das Pflichtfeld „%(f)s“") % g,
    ),
    (
        re.compile(r"^image field '(?P<f>[^']+)' must be a string$"),
        lambda g: _("Bildfeld „%(f)s“ muss Text enthalten") % g,
    ),
    (
        re.compile(r"^image path leaves the import folder$"),
        lambda g: _(
            "Bildpfad führt aus dem Import-Ordner hinaus (absolut oder mit „..“); gelesen "
            "werden nur Dateien im Import-Ordner."
        ),
    ),
    (
        re.compile(r"^path leaves the import folder$"),
        lambda g: _(
            "Die Datei liegt außerhalb des Import-Ordners (absoluter Pfad, „..“ oder ein Link "
            "nach außen) und wird nicht gelesen."
        ),
    ),
    (
        re.compile(r"^import limit (?P<name>IMPORT_\w+) \((?P<value>\d+)\) exceeded: .*$", re.S),
        limit_reason,
    ),
    (
        re.compile(r"^image file not found: (?P<p>.*)$", re.S),
        lambda g: _("Bilddatei nicht gefunden: %(p)s") % g,
    ),
    (
        re.compile(r"^field '(?P<f>[^']+)' must be a string$"),
        lambda g: _("Feld „%(f)s“ muss Text enthalten") % g,
    ),
    (
        re.compile(r"^field 'language' is not a language code: (?P<v>.*)$", re.S),
        lambda g: _("Feld „language“ ist kein Sprachcode: %(v)s") % g,
    ),
    (
        re.compile(r"^expected a JSON object, got \w+$"),
        lambda g: _("Zeile ist kein JSON-Objekt"),
    ),
    (re.compile(r"^unknown format (?P<f>.*)$"), lambda g: _("unbekanntes Format %(f)s") % g),
    (
        re.compile(r"^(?:cannot read file: )?not a readable zip archive.*$", re.S),
        lambda g: _("Das Zip-Archiv ist beschädigt und kann nicht gelesen werden."),
    ),
    (
        re.compile(r"^(?:cannot read file: )?nested zip archives are not supported.*$", re.S),
        lambda g: _(
            "Zip-Archive in einem Zip-Archiv werden nicht gelesen; bitte das innere Archiv zuerst entpacken."
        ),
    ),
    (
        re.compile(r"^(?:cannot read file|reading stopped): Bad CRC-32.*$", re.S),
        lambda g: _("Die Datei im Zip-Archiv ist beschädigt (Prüfsumme falsch)."),
    ),
    (
        re.compile(r"^cannot read file: (?P<e>.*)$", re.S),
        lambda g: _("Datei nicht lesbar: %(e)s") % g,
    ),
    (
        re.compile(r"^reading stopped: (?P<e>.*)$", re.S),
        lambda g: _("Lesen abgebrochen: %(e)s") % g,
    ),
    (re.compile(r"^empty file$"), lambda g: _("leere Datei")),
    (
        re.compile(r"^could not be parsed \((?:\w+: )?(?P<e>.*)\)$", re.S),
        lambda g: _("konnte nicht gelesen werden (%(e)s)") % g,
    ),
    (re.compile(r"^not a readable file$"), lambda g: _("keine lesbare Datei")),
    (
        re.compile(r"^not a readable RSS/Atom feed: (?P<e>.*)$", re.S),
        lambda g: _("kein lesbarer RSS- oder Atom-Feed: %(e)s") % g,
    ),
    (
        re.compile(r"^entry could not be read: (?P<e>.*)$", re.S),
        lambda g: _("Eintrag nicht lesbar: %(e)s") % g,
    ),
    (re.compile(r"^entry has no title$"), lambda g: _("Eintrag ohne Titel")),
    (
        re.compile(r"^entry has no publication date$"),
        lambda g: _("Eintrag ohne Veröffentlichungsdatum"),
    ),
    (
        re.compile(r"^not an HTML document: .*$", re.S),
        lambda g: _("kein HTML-Dokument"),
    ),
    (
        re.compile(r"^no headline found.*$"),
        lambda g: _("keine Überschrift gefunden (kein h1, og:title oder <title>)"),
    ),
    (
        re.compile(r"^no publication date found.*$"),
        lambda g: _(
            "kein Veröffentlichungsdatum gefunden (erwartet wird etwa „Veröffentlicht am: 14.10.2022“)"
        ),
    ),
    (
        re.compile(r"^PDF files are not supported.*$"),
        lambda g: _(
            "PDF-Dateien werden nicht gelesen; bitte die Seite als HTML speichern oder ihren Text kopieren."
        ),
    ),
    (
        re.compile(r"^(?:Word documents|OpenDocument files|RTF files) are not supported.*$"),
        lambda g: _(
            "Textdokumente (Word, OpenDocument, RTF) werden nicht gelesen; bitte als Text oder HTML speichern."
        ),
    ),
    (
        re.compile(r"^(?:spreadsheets|CSV) (?:are|is) not supported.*$"),
        lambda g: _(
            "Tabellen (Excel, CSV) werden nicht gelesen; bitte als JSON Lines exportieren."
        ),
    ),
    (
        re.compile(r"^binary file: .*$"),
        lambda g: _(
            "Binärdatei: kein Format für Pressemitteilungen (JSON Lines, HTML, Text, RSS/Atom)"
        ),
    ),
]


def german_reason(reason: str | None) -> str:
    """The reason as the press office reads it; unknown (already German) reasons pass through."""
    if not reason:
        return ""
    for pattern, build in _PATTERNS:
        match = pattern.match(reason)
        if match:
            return build(_field(match))
    return reason
