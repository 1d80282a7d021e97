"""Turning the bytes of old CMS exports into clean text.

Archives from German municipal sites come as UTF-8 (often with a BOM from
Windows editors), as Windows-1252/Latin-1 from older systems, sometimes as
UTF-8 that was decoded as Windows-1252 once already ("Ã¼" for "ü"). All of
them must come out as the same text so that titles, hashes and links match.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Bytes that Windows-1252 leaves undefined; Latin-1 maps them to C1 controls.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")

# Typical traces of UTF-8 read as Windows-1252: "Ã¼" (ü), "â€ž" („), "Â " (nbsp).
_MOJIBAKE = re.compile(
    "[ÃÂâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013-\u203a\u20ac\u2122]"
)

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff\ufffe\uffff]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")


def _decode_cp1252(data: bytes) -> str:
    """Windows-1252 with Latin-1 for its five holes, so no byte is ever lost."""
    if not _CP1252_HOLES.intersection(data):
        return data.decode("cp1252")
    return "".join(
        chr(byte) if byte in _CP1252_HOLES else bytes((byte,)).decode("cp1252") for byte in data
    )


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM shows up as every other byte being zero."""
    sample = data[:400]
    if len(sample) < 8:
        return None
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = len(sample) / 2
    if odd_zero > 0.4 * half and even_zero < 0.05 * half:
        return "utf-16-le"
    if even_zero > 0.4 * half and odd_zero < 0.05 * half:
        return "utf-16-be"
    return None


def repair_mojibake(text: str) -> str:
    """Undo one round of UTF-8-read-as-cp1252 when that clearly helps.

    Only applied when the repaired text decodes cleanly and has fewer traces,
    so genuine "Â" or "Ã" in foreign names survive.
    """
    hits = len(_MOJIBAKE.findall(text))
    if hits < 1:
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return _repair_mojibake_piecewise(text)
    if len(_MOJIBAKE.findall(repaired)) < hits:
        return repaired
    return text


def _repair_mojibake_piecewise(text: str) -> str:
    """Repair mojibake runs one by one when the text also holds real non-cp1252 text."""

    def fix(match: re.Match[str]) -> str:
        chunk = match.group(0)
        try:
            return chunk.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            return chunk

    return re.sub(
        "(?:[ÃÂâÅÄ][\u0080-\u00bf\u0152-\u017e\u2013-\u203a\u20ac\u2122]{1,2})+", fix, text
    )


def declared_encoding(head: bytes) -> str | None:
    """The encoding an HTML or XML document names for itself, if it is a known one."""
    match = _XML_ENCODING.search(head[:200]) or _META_CHARSET.search(head[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").strip().lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode bytes of unknown encoding to normalised text; never raises.

    Order matters: a BOM is certain, strict UTF-8 almost never succeeds on
    text that is not UTF-8, and what is left in German archives is nearly
    always Windows-1252 (a superset of Latin-1 in practice). A declared
    encoding other than those is honoured before the cp1252 fallback, and
    charset-normalizer only decides when the bytes do not look like text at
    all, where its guess is cheaper to trust than to second-guess.
    """
    if not data:
        return ""
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None:
        utf16 = _looks_utf16(data)
        if utf16:
            text = data.decode(utf16, errors="replace")
    if text is None and declared:
        normalised = _normalise_encoding_name(declared)
        if normalised and normalised not in {"utf-8", "iso8859-1", "cp1252", "ascii"}:
            try:
                text = data.decode(normalised)
            except (UnicodeDecodeError, LookupError):
                text = None
    if text is None:
        if data.count(0) > len(data) // 20:
            text = _guess_with_charset_normalizer(data)
        else:
            text = _decode_cp1252(data)
    return normalise_text(repair_mojibake(text))


def _normalise_encoding_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _guess_with_charset_normalizer(data: bytes) -> str:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 - a guesser must never break decoding
        pass
    return _decode_cp1252(data)


def normalise_text(text: str) -> str:
    """Unify line ends, spaces and invisible characters; keep paragraphs.

    Copied web pages bring non-breaking and zero-width spaces, soft hyphens
    and Windows line ends; all of them would break matching later.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00ad", "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _CONTROL.sub("", text)
    text = (
        text.replace("\u00a0", " ")
        .replace("\u202f", " ")
        .replace("\u2007", " ")
        .replace("\u2009", " ")
        .replace("\t", " ")
    )
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text
