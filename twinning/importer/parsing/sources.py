"""Walking the paths given to the importer: files, folders and zip archives.

Each file to parse becomes a Source that can be opened as a stream (so a
100 MB JSON Lines file inside a zip never sits in memory whole) and that can
check for the image files a release refers to next to it.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

# Files that belong to a release (its photos) or to a saved page (styles,
# scripts, fonts) but are not releases themselves.
ASSET_SUFFIXES = frozenset(
    [
        ".jpg",
        ".jpeg",
        ".png",
        ".gif",
        ".webp",
        ".avif",
        ".bmp",
        ".tif",
        ".tiff",
        ".svg",
        ".ico",
        ".heic",
        ".css",
        ".js",
        ".mjs",
        ".map",
        ".woff",
        ".woff2",
        ".ttf",
        ".otf",
        ".eot",
        ".mp3",
        ".mp4",
        ".m4a",
        ".wav",
        ".ogg",
        ".webm",
        ".mov",
        ".avi",
        ".swf",
        ".ds_store",
        ".db",
        ".ini",
        ".lock",
    ]
)
MAX_MEMBER_BYTES = 512 * 1024 * 1024


@dataclass
class Source:
    """One file to import, on disk or inside a zip archive."""

    name: str
    rel_name: str
    opener: Callable[[], BinaryIO]
    path: Path | None = None
    exists_relative: Callable[[str], bool] | None = field(default=None, repr=False)
    size: int | None = None

    def open(self) -> BinaryIO:
        return self.opener()

    def read_bytes(self) -> bytes:
        with self.opener() as stream:
            return stream.read()

    @property
    def base_dir(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def image_exists(self, relative: str) -> bool | None:
        """Whether a path relative to this file exists; None when it cannot be told."""
        if self.exists_relative is None:
            return None
        return self.exists_relative(relative)


def _is_hidden(name: str) -> bool:
    return any(
        part.startswith(".") or part == "__MACOSX"
        for part in Path(name).parts
        if part not in (".", "..")
    )


def _is_asset(name: str) -> bool:
    return Path(name).suffix.lower() in ASSET_SUFFIXES


def _is_saved_page_folder(folder: Path) -> bool:
    """ "Page_files"/"Page-Dateien" folders hold what a browser saved along with Page.html."""
    name = folder.name
    for suffix in ("_files", "-Dateien", "_Dateien", "-files", "-bestanden", "_fichiers"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            for extension in (".html", ".htm", ".xhtml", ".shtml", ".php", ".aspx"):
                if (folder.parent / f"{stem}{extension}").exists():
                    return True
    return False


def _file_source(path: Path, root: Path) -> Source:
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    folder = path.parent

    def exists(relative: str) -> bool:
        target = (folder / relative).resolve()
        try:
            target.relative_to(root.resolve())
        except ValueError:
            return False
        return target.is_file()

    return Source(
        name=str(path),
        rel_name=rel,
        opener=lambda: open(path, "rb"),  # noqa: SIM115 - the caller closes the stream
        path=path,
        exists_relative=exists,
        size=path.stat().st_size if path.exists() else None,
    )


def _zip_sources(archive_path: Path, root: Path) -> Iterator[Source]:
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError) as error:
        message = f"not a readable zip archive: {error}"
        yield Source(
            name=str(archive_path),
            rel_name=archive_path.name,
            opener=lambda: _raise(message),
            path=archive_path,
        )
        return
    names = {info.filename for info in archive.infolist()}
    for info in sorted(archive.infolist(), key=lambda item: item.filename):
        member = info.filename
        if info.is_dir() or _is_hidden(member) or _is_asset(member):
            continue
        folder = posixpath.dirname(member)
        if any(
            posixpath.basename(part).endswith(("_files", "-Dateien", "_Dateien"))
            for part in _parents(folder)
        ):
            continue

        def opener(info: zipfile.ZipInfo = info) -> BinaryIO:
            if info.file_size > MAX_MEMBER_BYTES:
                raise ValueError(f"archive member is larger than {MAX_MEMBER_BYTES} bytes")
            return archive.open(info)

        def exists(relative: str, folder: str = folder) -> bool:
            target = posixpath.normpath(posixpath.join(folder, relative))
            return not target.startswith("../") and target in names

        if member.lower().endswith(".zip"):
            message = "nested zip archives are not supported; unpack the inner archive first"
            yield Source(
                name=f"{archive_path}!{member}",
                rel_name=member,
                opener=lambda message=message: _raise(message),
            )
            continue
        yield Source(
            name=f"{archive_path}!{member}",
            rel_name=member,
            opener=opener,
            exists_relative=exists,
            size=info.file_size,
        )


def _parents(folder: str) -> list[str]:
    parts: list[str] = []
    while folder:
        parts.append(folder)
        folder = posixpath.dirname(folder)
    return parts


def _raise(message: str) -> BinaryIO:
    raise ValueError(message)


def iter_sources(paths: list[Path]) -> Iterator[tuple[str, Source]]:
    """(display name, Source) for every importable file under the given paths.

    Folders are read recursively in sorted order, zip archives member by
    member; photos, style sheets, hidden files and the "_files" folders of
    saved pages are left out. A path that does not exist raises
    FileNotFoundError, so the command can answer with exit status 2.
    """
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise FileNotFoundError(f"no such file or folder: {path}")
        if path.is_dir():
            root = path
            for candidate in sorted(path.rglob("*")):
                relative = candidate.relative_to(root)
                if _is_hidden(str(relative)):
                    continue
                if any(
                    _is_saved_page_folder(parent)
                    for parent in candidate.parents
                    if parent != root and root in parent.parents
                ):
                    continue
                if not candidate.is_file() or _is_asset(candidate.name):
                    continue
                if candidate.suffix.lower() == ".zip":
                    for source in _zip_sources(candidate, root):
                        yield source.name, source
                    continue
                source = _file_source(candidate, root)
                yield source.name, source
        elif path.suffix.lower() == ".zip":
            for source in _zip_sources(path, path.parent):
                yield source.name, source
        else:
            source = _file_source(path, path.parent)
            yield source.name, source


def bytes_source(data: bytes, name: str, base_dir: Path | None = None) -> Source:
    """A Source over bytes already in memory (tests, uploads)."""
    exists = None
    if base_dir is not None:
        folder = base_dir

        def exists(relative: str) -> bool:
            target = (folder / relative).resolve()
            try:
                target.relative_to(folder.resolve())
            except ValueError:
                return False
            return target.is_file()

    return Source(
        name=name,
        rel_name=name.replace("\\", "/").lstrip("/"),
        opener=lambda: io.BytesIO(data),
        path=(base_dir / Path(name).name) if base_dir is not None else None,
        exists_relative=exists,
        size=len(data),
    )
