"""Small text helpers shared by the parsers: whitespace, credits, ids, noise words."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


def squash(text: str | None) -> str:
    """One line, single spaces: how a title or caption should be stored."""
    if not text:
        return ""
    return " ".join(text.split())


def squash_lines(text: str) -> str:
    """Single spaces inside lines, no blank runs; keeps line breaks (for <br>)."""
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


_NOT_WORD_RUN = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive key, so "Dünkirchen" and "DUENKIRCHEN" can meet."""
    text = text.casefold().replace("ß", "ss")
    text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    if text.isascii():
        stripped = text  # already decomposed, and without combining marks
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_NOT_WORD_RUN.sub(" ", stripped).split())


def _accent_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        base = "".join(
            part for part in unicodedata.normalize("NFKD", char) if not unicodedata.combining(part)
        )
        if base and base != char:
            table[code] = base
    return table


_ACCENTS = _accent_table()
# str.translate looks every character up in the table, a few dozen nanoseconds
# each; replacing the few accented letters where they stand is several times
# faster and gives the same text (a base letter is never itself in the table).
_ACCENT_BASES = {chr(code): base for code, base in _ACCENTS.items()}
_COMMON_ACCENTED = tuple((char, _ACCENT_BASES[char]) for char in "äöüéèÄÖÜ")
_OTHER_ACCENTED = re.compile(
    "[" + "".join(sorted(_ACCENT_BASES.keys() - {char for char, _ in _COMMON_ACCENTED})) + "]"
)


def _base_letter(match: re.Match[str]) -> str:
    return _ACCENT_BASES[match.group()]


def strip_accents(text: str) -> str:
    """Latin letters without diacritics ("Dünkirchen" → "Dunkirchen"), other scripts untouched."""
    if text.isascii():
        return text
    for char, base in _COMMON_ACCENTED:
        if char in text:
            text = text.replace(char, base)
    if _OTHER_ACCENTED.search(text):
        text = _OTHER_ACCENTED.sub(_base_letter, text)
    return text


def trie_pattern(words: object) -> str:
    """One regular expression for many literals, shared prefixes factored out.

    Python's re tries alternatives one by one; a trie turns a hundred names
    into a handful of branches per position, which keeps scanning fast.
    """
    trie: dict[str, dict] = {}
    for word in words:  # type: ignore[attr-defined]
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        if list(node) == [""]:
            return ""
        ending = "" in node
        branches = [re.escape(char) + render(child) for char, child in sorted(node.items()) if char]
        if len(branches) == 1 and not ending:
            return branches[0]
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ending else body

    return render(trie) or "(?!)"


def slugify(text: str) -> str:
    """A slug as Django makes it, with German umlauts spelled out."""
    return fold(text).replace(" ", "-")


def title_hash(title: str) -> str:
    return hashlib.sha1(fold(title).encode("utf-8")).hexdigest()[:12]


def derived_source_id(
    rel_name: str, title: str, canonical_url: str | None = None, extra: str = ""
) -> str:
    """A source id for items whose data has none, stable across re-imports.

    The canonical URL names the article wherever the file lies; without it the
    path relative to the import root plus the title hash does, so that the
    same file imported again maps to the same release.
    """
    if canonical_url:
        url = canonical_url.strip().split("#", 1)[0]
        if 0 < len(url) <= 250:
            return url
        return "url:" + hashlib.sha1(url.encode("utf-8")).hexdigest()
    path = rel_name.replace("\\", "/").lstrip("./") or "item"
    if len(path) > 200:
        path = path[-200:]
    key = title_hash(title + ("\n" + extra if extra else ""))
    return f"{path}#{key}"


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…", ".“", ".”", '."', "!“", "?“", ".)", "…“"))


def word_count(text: str) -> int:
    return len(text.split())


# Photo credits: "Foto: …", "Fotos: …", "Bild: …", "Quelle: …", "© …", "(c) …".
_CREDIT_LABEL = (
    r"(?:(?:Archiv|Symbol|Presse|Titel|Beitrags)?(?:Fotos?|Bild(?:er)?)|Photos?|Bildquellen?|Bildnachweis|Bildrechte|Fotonachweis|Fotografie|Fotograf(?:in)?|"
    r"Credits?|Copyright|Abbildung|(?:Info)?Grafik(?:en)?|Illustration(?:en)?|Zeichnung|Karten?|"
    r"Kartografie|Kartengrundlage|Repro|Quellen?|Source|Crédit(?:s)? photo|Beeld)"
)
# The label names what kind of picture it is; CityImage.kind starts the credit line with it.
_KIND_LABELS = (
    (re.compile(r"^\W*(?:info)?grafik", re.IGNORECASE), "grafik"),
    (re.compile(r"^\W*(?:illustration|zeichnung)", re.IGNORECASE), "illustration"),
    (re.compile(r"^\W*kart(?:e|en|ografie|engrundlage)\b", re.IGNORECASE), "karte"),
)


class Credit(str):
    """A photo credit without its label, remembering what the label said it credits."""

    kind: str | None = None

    @classmethod
    def labelled(cls, text: str, label: str) -> Credit:
        credit = cls(text)
        credit.kind = next((kind for pattern, kind in _KIND_LABELS if pattern.match(label)), None)
        return credit

    @classmethod
    def of_kind(cls, text: str, kind: str | None) -> Credit:
        credit = cls(text)
        credit.kind = kind
        return credit


CREDIT_START = re.compile(
    rf"^\s*\(?\s*(?:{_CREDIT_LABEL}\s*(?:\([^()]{{1,40}}\)\s*)?(?:©\s*)?[:|]|(?:Fotos?|Photo|Bild)\s*©|©|\(c\)\s|Copyright\s)\s*",
    re.IGNORECASE,
)
# A credit after a caption: "… im Rathaus. Foto: Stadt Krefeld", glued "Rathaus.Foto:",
# "(Foto: Stadt Krefeld)" or "© Stadt Krefeld" at the end.
_CREDIT_TAIL = re.compile(
    rf"(?<=[\s.!?)“”\"'…(])(?P<label>{_CREDIT_LABEL}\s*(?:©\s*)?[:|]|(?:Fotos?|Photo|Bild)\s*©|©|\(c\)\s)"
    r"\s*(?P<credit>[^\n]{2,160})$",
    re.IGNORECASE,
)
_WEAK_LABEL = re.compile(r"^\(?\s*(?:quellen?|source)\b", re.IGNORECASE)
_FOOTER_COPYRIGHT = re.compile(
    r"^\s*(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\b|.*alle rechte vorbehalten|.*all rights reserved)",
    re.IGNORECASE,
)


def is_credit_line(text: str) -> bool:
    return bool(CREDIT_START.match(text)) and not is_footer_copyright(text) and len(text) <= 200


def is_footer_copyright(text: str) -> bool:
    return bool(_FOOTER_COPYRIGHT.match(text))


def is_weak_credit(text: str) -> bool:
    """ "Quelle:" is a photo credit on a caption but a citation in body text."""
    return bool(_WEAK_LABEL.match(text))


# "Stadt Münster/Heiner Witte. Veröffentlichung mit dieser Pressemitteilung honorarfrei."
_CREDIT_TRAILER = re.compile(
    r"[.;,]?\s*\(?(?:veröffentlichung|abdruck|nutzung|verwendung|bei nennung|honorarfrei|"
    r"nur im zusammenhang|frei zur)\b.*$",
    re.IGNORECASE,
)


def clean_credit(text: str) -> str:
    label = text
    text = CREDIT_START.sub("", text, count=1)
    text = text.strip().rstrip(")").strip()
    text = _CREDIT_TRAILER.sub("", text) or text
    return Credit.labelled(squash(text).strip(" ,;"), label)


def split_caption_credit(text: str) -> tuple[str | None, str | None]:
    """Split "caption + credit" into its parts; either may be missing.

    Handles the credit on its own, after the caption with or without a space
    ("Rathaus.Foto: Stadt Krefeld") and in parentheses at the end.
    """
    text = squash(text)
    if not text:
        return None, None
    if CREDIT_START.match(text):
        if is_footer_copyright(text):
            return None, None
        credit = clean_credit(text)
        return None, credit or None
    match = _CREDIT_TAIL.search(text)
    if match and match.start() > 0:
        caption = text[: match.start()].rstrip(" (-–|/")
        credit = squash(match.group("credit")).strip(" ,;)")
        credit = _CREDIT_TRAILER.sub("", credit).strip(" ,;.") or credit
        if caption and credit:
            return caption, Credit.labelled(credit, match.group("label"))
    return text, None


_NOISE_LINES = {
    fold(line)
    for line in """
    Zum Inhalt springen|Zum Inhalt|Zum Hauptinhalt|Zum Hauptinhalt springen|Direkt zum Inhalt|
    Springe zum Inhalt|Springe zur Hauptnavigation|Zur Navigation|Zur Hauptnavigation|
    Zur Navigation springen|Zur Suche|Zur Suche springen|Zum Footer|Zur Fußzeile|Inhalt überspringen|
    Navigation überspringen|Skip to content|Skip to main content|Skip navigation|Menü|Menu|Hauptmenü|
    Menü öffnen|Menü schließen|Navigation öffnen|Navigation schließen|Navigation|Hauptnavigation|
    Suche|Suchen|Suche öffnen|Suche schließen|Suchbegriff eingeben|Suchbegriff|Search|Drucken|
    Seite drucken|Artikel drucken|Druckansicht|Druckversion|Print|Teilen|Seite teilen|
    Diese Seite teilen|Artikel teilen|Beitrag teilen|Share|Teilen auf Facebook|Auf Facebook teilen|
    Auf X teilen|Auf Twitter teilen|Per E-Mail teilen|Per Mail versenden|Link kopieren|Facebook|
    Twitter|X|WhatsApp|Threads|Mastodon|Instagram|LinkedIn|Xing|YouTube|Pinterest|Telegram|
    E-Mail|Email|Mail|Zurück|zurück|Zurück zur Übersicht|Zur Übersicht|Zurück zur Liste|
    Zurück zur Newsübersicht|Zurück zu den Pressemitteilungen|Zurück zum Pressearchiv|Alle Meldungen|
    Alle Nachrichten|Alle Pressemitteilungen|Zum Pressearchiv|Nach oben|Nach oben scrollen|
    Seitenanfang|Zum Seitenanfang|Top|Back to top|Startseite|Home|Sie sind hier|Sie sind hier:|
    Sie befinden sich hier|Sie befinden sich hier:|Sie befinden sich:|Schließen|Close|
    Weiterlesen|Mehr lesen|Mehr erfahren|mehr|Mehr|Mehr …|mehr …|Mehr...|mehr...|Details|
    Leichte Sprache|Gebärdensprache|Kontrast|Kontrast ändern|Schriftgröße|Schrift vergrößern|
    Schrift verkleinern|A A A|A+ A-|Vorlesen|Seite vorlesen|Artikel vorlesen|Text vorlesen|
    Cookie-Einstellungen|Cookie Einstellungen|Cookies akzeptieren|Akzeptieren|Alle akzeptieren|
    Ablehnen|Alle ablehnen|Einstellungen|Speichern|Bild vergrößern|Vergrößern|Bild öffnen|
    Bildergalerie|Galerie öffnen|Zur Galerie|Video abspielen|Abspielen|Vorheriges Bild|Nächstes Bild|
    Vorheriges|Nächstes|Vorherige|Nächste|Zurück blättern|Weiter blättern|Weiter|Pressemitteilung|
    Pressemitteilungen|Pressemeldung|Pressemeldungen|Presseinformation|Aktuelles|Aktuelle Meldungen|
    News|Neuigkeiten|Artikel|Meldung|Newsroom|Presse|Pressearchiv|Pressestelle|Kommentare|
    Kommentar schreiben|Kommentieren|Tags|Schlagworte|Kategorien|Kategorie|Themen|Anzeige|
    Lesezeit|Merken|Gefällt mir|Like|Tweet|Feedback|Hilfe|Login|Anmelden|Abmelden|Registrieren|
    Sprache|Sprache wählen|Deutsch|English|Français|Nederlands|DE|EN|FR|NL|Inhalt|Inhaltsverzeichnis
    """.replace("\n", "").split("|")
    if line.strip()
}
_NOISE_PATTERNS = re.compile(
    r"^(?:bild \d+ von \d+|\d+ ?/ ?\d+|lesezeit \d+ min\w*|\d+ min(?:uten)? lesezeit|"
    r"teilen auf \w+|auf \w+ teilen|share on \w+|\d+ kommentare?|seite \d+ von \d+|"
    r"zurueck zu[rm]?\b.*|zur uebersicht\b.*|weiter zu\b.*|link zu\b.*|"
    r"(?:facebook|twitter|x|whatsapp|instagram|linkedin|xing|e mail|email|mail|drucken|teilen|"
    r"link kopieren|threads|mastodon|pinterest|telegram)(?: (?:facebook|twitter|x|whatsapp|instagram|"
    r"linkedin|xing|e mail|email|mail|drucken|teilen|link kopieren|threads|mastodon|pinterest|telegram))+)$"
)
_BREADCRUMB_SEPARATORS = re.compile(r"\s(?:>|›|»|/|\||→|»|::|·|•|\\)\s|\s?>\s?")


def is_noise_line(text: str) -> bool:
    """Navigation leftovers copied along with a page: skip links, share bars, "Zurück"."""
    key = fold(text)
    if not key:
        return not text.strip() or not any(char.isalnum() for char in text)
    if key in _NOISE_LINES or _NOISE_PATTERNS.match(key):
        return True
    # "zurück | Drucken", "Impressum · Datenschutz": a row of link words.
    if " " in key and len(key) <= 80 and all(word in _LEGAL_WORDS for word in key.split()):
        return True
    if len(text) <= 120 and _LINK_ROW_SEPARATORS.search(text):
        parts = [fold(part) for part in _LINK_ROW_SEPARATORS.split(text)]
        parts = [part for part in parts if part]
        return len(parts) > 1 and all(
            part in _NOISE_LINES or part in _LEGAL_LINKS or _NOISE_PATTERNS.match(part)
            for part in parts
        )
    return False


_LEGAL_WORDS = {
    "impressum",
    "datenschutz",
    "datenschutzerklaerung",
    "barrierefreiheit",
    "kontakt",
    "sitemap",
    "agb",
    "drucken",
    "teilen",
    "nutzungsbedingungen",
    "cookies",
    "cookie",
    "einstellungen",
}
_LINK_ROW_SEPARATORS = re.compile(r"\s[|·•]\s|\s?\|\s?")
_LEGAL_LINKS = {
    "impressum",
    "datenschutz",
    "datenschutzerklaerung",
    "barrierefreiheit",
    "erklaerung zur barrierefreiheit",
    "kontakt",
    "sitemap",
    "agb",
    "cookie einstellungen",
}


_COOKIE = re.compile(r"cookie", re.IGNORECASE)
_CONSENT = re.compile(
    r"verwende|nutze|setze|speicher|akzeptier|einwillig|zustimm|datenschutz|consent|we use|"
    r"tracking|analyse|statistik|notwendig|essenziell|essentiell",
    re.IGNORECASE,
)


def is_cookie_banner(text: str) -> bool:
    """ "Wir verwenden Cookies, um …": the consent banner a copy picks up with the page."""
    return len(text) <= 800 and bool(_COOKIE.search(text)) and bool(_CONSENT.search(text))


def is_breadcrumb(text: str) -> bool:
    """ "Startseite > Rathaus > Presse" and its many separators."""
    stripped = text.strip()
    lowered = stripped.lower()
    if lowered.startswith(("sie sind hier", "sie befinden sich", "you are here", "breadcrumb")):
        return True
    parts = [part for part in _BREADCRUMB_SEPARATORS.split(stripped) if part.strip()]
    if len(parts) < 2:
        return False
    first = fold(parts[0])
    if first in {"startseite", "home", "start", "krefeld de", "stadt", "rathaus", "presse"}:
        return True
    return (
        len(parts) >= 3
        and all(len(part.split()) <= 6 for part in parts)
        and not ends_sentence(stripped)
    )


_CONTACT_LABEL = re.compile(
    r"^(?:ansprechpartner(?:in|innen)?|ansprechperson|kontakt|pressekontakt|rückfragen|"
    r"für\s+rückfragen|weitere\s+auskünfte|auskunft|info(?:rmationen)?|telefon|tel\.?|e-mail|fax|"
    r"anschrift|adresse)\b[^:]{0,40}:",
    re.IGNORECASE,
)
_CONTACT_DETAIL = re.compile(
    r"\b(?:telefon|tel\.|fon|fax|e-mail|mail)\b|@|\b0\d{2,5}[ /-]?\d", re.IGNORECASE
)


# The page's imprint and address after the article: "Herausgeber: Bundesstadt Bonn, …",
# "V.i.S.d.P.: …", "Landratsamt Kyffhäuserkreis Markt 8 99706 Sondershausen Telefon: …".
_IMPRINT_LINE = re.compile(
    r"^(?:herausgeber(?:in)?|verantwortlich|v\.\s?i\.\s?s\.\s?d\.\s?p\.|redaktion|impressum)\b",
    re.IGNORECASE,
)
_POSTAL_ADDRESS = re.compile(r"\b\d{5}\s+[A-ZÄÖÜ][\w-]+")


def is_tail_furniture(text: str) -> bool:
    """An imprint line or a postal address with phone number: no sentence of the release."""
    if len(text) > 400:
        return False
    if _IMPRINT_LINE.match(text):
        return True
    return (
        bool(_POSTAL_ADDRESS.search(text))
        and bool(_CONTACT_DETAIL.search(text))
        and not (ends_sentence(text) and len(text.split()) > 25)
    )


def is_contact_line(text: str) -> bool:
    """ "Ansprechpartner: …, Telefon 02151 86-…, E-Mail …": the press office's contact box."""
    return (
        len(text) <= 400 and bool(_CONTACT_LABEL.match(text)) and bool(_CONTACT_DETAIL.search(text))
    )
