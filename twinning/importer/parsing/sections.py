"""Headings that open page sections which are not the article itself.

Shared by the text and HTML parsers: a teaser section ("Nachrichten aus dem
Pressearchiv rund um …") turns into related items, a closing section (the
list of partner cities, contact and legal links) ends the article.
"""

from __future__ import annotations

import re

from .textutil import fold

TEASER_SECTION = re.compile(
    r"^(?:(?:weitere|ähnliche|aehnliche|verwandte|passende|andere|mehr)\s+"
    r"(?:nachrichten|meldungen|artikel|beiträge|beitraege|pressemitteilungen|pressemeldungen|news|themen|berichte)\b.*"
    r"|(?:nachrichten|meldungen|artikel|beiträge|pressemitteilungen|news|neuigkeiten|berichte)\s+"
    r"(?:aus\s+dem\s+pressearchiv|aus\s+der\s+partnerstadt|rund\s+um|zum\s+thema|zu\s+(?:diesem|dem)\s+thema|aus\b|über\b).*"
    r"|aus\s+dem\s+pressearchiv.*|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren.*|auch\s+interessant.*"
    r"|mehr\s+zum\s+thema.*|lesen\s+sie\s+auch.*|siehe\s+auch|related\s+(?:news|articles|posts|stories).*"
    r"|more\s+news.*|you\s+may\s+also\s+like.*|à\s+lire\s+aussi.*|lees\s+ook.*|meer\s+nieuws.*|"
    r"(?:das\s+)?könnte\s+sie\s+auch\s+interessieren.*)$",
    re.IGNORECASE,
)
CLOSING_SECTION = re.compile(
    r"^(?:(?:aktuelle|neueste|letzte|neue)\s+(?:nachrichten|meldungen|artikel|beiträge|pressemitteilungen|news)|"
    r"recent\s+posts|latest\s+news|das\s+sind\s+\S+\s+partnerstädte|"
    r"(?:unsere\s+|die\s+|alle\s+|\S+s\s+)?(?:partnerstädte|städtepartnerschaften)(?:\s+im\s+überblick)?|"
    r"alle\s+partnerstädte|partnerstädte\s+(?:von|der\s+stadt)\s+\S+|impressum|datenschutz(?:erklärung)?|"
    r"erklärung\s+zur\s+barrierefreiheit|barrierefreiheit|kontakt(?:\s+und\s+service)?|"
    r"ihr\s+kontakt|ansprechpartner(?:in|innen)?|pressekontakt\s*:?$|social\s+media|folgen\s+sie\s+uns.*|"
    r"newsletter(?:\s+abonnieren)?|seitenanfang|nach\s+oben|cookie-?einstellungen|"
    r"diese\s+seite\s+(?:teilen|drucken|empfehlen)|footer|fußzeile|rechtliches|service(?:links)?|"
    r"schnellzugriff|quicklinks|links\s+zum\s+thema|sitemap|stadt\s+\S+\s+auf\s+\S+|"
    r"kommentare?|kommentar\s+schreiben|hinterlasse\s+einen\s+kommentar|schreibe\s+einen\s+kommentar|leave\s+a\s+reply)$",
    re.IGNORECASE,
)


def is_teaser_heading(text: str) -> bool:
    text = text.strip().rstrip(":")
    return 8 <= len(text) <= 160 and bool(TEASER_SECTION.match(text))


def is_closing_heading(text: str) -> bool:
    text = text.strip().rstrip(":")
    return 0 < len(text) <= 80 and bool(CLOSING_SECTION.match(text))


def same_title(a: str, b: str) -> bool:
    return fold(a) == fold(b)
