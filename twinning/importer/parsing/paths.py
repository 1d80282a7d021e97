"""The one rule for every file the importer opens: it lies inside the import folder.

A press page names its photo (``<img src>``, ``og:image``, a feed's enclosure, a JSON Lines
``image.path``), an archive names its members, a folder holds links. Whoever wrote them
chose the names, so none is trusted: a name is refused when it is absolute, carries a drive
letter or a ``file:`` URL, or climbs out of the import folder with ``..``; on disk the target
is resolved with its symbolic links and refused when it ends up outside. Whether a refused
file exists is never looked at, so a refusal tells nothing about the server.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path

REFUSED = "path leaves the import folder"

_DRIVE = re.compile(r"^[A-Za-z]:")
# A URL scheme of two letters or more ("C:" is a drive, not a scheme).
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")


class PathRefused(ValueError):
    """A name that points outside the import folder; the message names no path."""

    def __init__(self) -> None:
        super().__init__(REFUSED)


def is_remote(reference: str) -> bool:
    """A web address (http, https, data, protocol-relative): not a file, never opened."""
    reference = reference.strip()
    if reference.startswith("//"):
        return True
    match = _SCHEME.match(reference)
    return bool(match) and not reference.lower().startswith("file:")


def inside(folder: str, reference: str) -> str:
    """``reference`` seen from ``folder`` as a clean relative POSIX path under the import root.

    ``folder`` is the referring file's folder relative to the root ("" at the top).
    Backslashes count as separators (archives made on Windows). Raises PathRefused for an
    absolute path, a drive letter, a ``file:`` URL, a NUL, or a ``..`` that leaves the root.
    """
    name = reference.strip().replace("\\", "/")
    if (
        not name
        or "\x00" in name
        or name.startswith("/")
        or _DRIVE.match(name)
        or name.lower().startswith("file:")
    ):
        raise PathRefused
    joined = posixpath.normpath(posixpath.join(folder, name))
    if joined == ".." or joined.startswith(("../", "/")):
        raise PathRefused
    return joined


def resolve(root: Path, folder: str, reference: str) -> Path:
    """The file on disk that ``reference`` names, after :func:`inside` and symbolic links.

    Raises PathRefused when the name or the link's target lies outside ``root``. The target
    need not exist; the caller decides what a missing file means.
    """
    relative = inside(folder, reference)
    try:
        base = root.resolve()
        target = (base / relative).resolve()
    except (OSError, RuntimeError):  # a link loop, a name too long
        raise PathRefused from None
    if target != base and base not in target.parents:
        raise PathRefused
    return target


def folder_of(path: Path, root: Path) -> str:
    """The folder of ``path`` relative to ``root`` as :func:`inside` expects it."""
    try:
        relative = path.parent.relative_to(root).as_posix()
    except ValueError:
        return ""
    return "" if relative == "." else relative
