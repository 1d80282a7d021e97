"""Walking the paths given to the importer: files, folders and zip archives.

Each file to parse becomes a Source that can be opened as a stream (so a
100 MB JSON Lines file inside a zip never sits in memory whole) and that can
check for the image files a release refers to next to it.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .limits import BoundedReader, Budget, LimitExceeded, current
from .paths import PathRefused, folder_of, inside, resolve

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


@dataclass
class Source:
    """One file to import, on disk or inside a zip archive.

    ``root`` is the import folder on disk and ``folder`` this file's folder inside it (or
    inside the archive): every file a release names is looked up through
    :meth:`image_exists` and :meth:`locate`, which apply the one containment rule of
    :mod:`.paths`.
    """

    name: str
    rel_name: str
    opener: Callable[[], BinaryIO]
    path: Path | None = None
    root: Path | None = None
    folder: str = ""
    members: frozenset[str] | None = field(default=None, repr=False)
    size: int | None = None

    def open(self) -> BinaryIO:
        return self.opener()

    def read_bytes(self) -> bytes:
        with self.opener() as stream:
            return stream.read()

    @property
    def base_dir(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def locate(self, reference: str) -> Path | None:
        """The file on disk a reference names; None when this source has no folder on disk.

        Raises PathRefused for a reference outside the import folder, on disk or not.
        """
        if self.root is None:
            inside(self.folder, reference)
            return None
        return resolve(self.root, self.folder, reference)

    def image_exists(self, reference: str) -> bool | None:
        """Whether a file named relative to this one exists; None when it cannot be told.

        Raises PathRefused for a reference outside the import folder, without looking.
        """
        relative = inside(self.folder, reference)
        if self.root is not None:
            return resolve(self.root, self.folder, reference).is_file()
        if self.members is not None:
            return relative in self.members
        return None


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


def _refused(name: str, rel_name: str, error: Exception) -> Source:
    """A source that is reported, never read: opening it raises the reason."""

    def opener() -> BinaryIO:
        raise error

    return Source(name=name, rel_name=rel_name, opener=opener)


def _file_source(path: Path, root: Path) -> Source:
    try:
        rel = path.relative_to(root).as_posix()
    except ValueError:
        rel = path.name
    return Source(
        name=str(path),
        rel_name=rel,
        opener=lambda: open(path, "rb"),  # noqa: SIM115 - the caller closes the stream
        path=path,
        root=root,
        folder=folder_of(path, root),
        size=path.stat().st_size if path.exists() else None,
    )


def _too_many_entries(archive_path: Path, limit: int) -> bool:
    """Whether the archive's central directory holds more than ``limit`` entries.

    Counted from the directory itself before ``zipfile`` builds an object per entry (a 200 MB
    archive of empty entries would take gigabytes); the count in the end record is not
    trusted, since ``zipfile`` does not read it either.
    """
    try:
        with open(archive_path, "rb") as handle:
            end = zipfile._EndRecData(handle)  # type: ignore[attr-defined]
            if not end:
                return False  # not a zip archive: zipfile says so next
            if end[zipfile._ECD_ENTRIES_TOTAL] > limit:  # type: ignore[attr-defined]
                return True
            size = end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
            header = zipfile.sizeCentralDir  # type: ignore[attr-defined]
            if size <= header * limit:
                return False  # too small to hold more
            start = end[zipfile._ECD_LOCATION] - size  # type: ignore[attr-defined]
            if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:  # type: ignore[attr-defined]
                start -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator  # type: ignore[attr-defined]
            handle.seek(max(start, 0))
            for _count in range(limit + 1):
                fixed = handle.read(header)
                if len(fixed) < header or fixed[:4] != zipfile.stringCentralDir:  # type: ignore[attr-defined]
                    return False
                name_len, extra_len, comment_len = struct.unpack("<HHH", fixed[28:34])
                handle.seek(name_len + extra_len + comment_len, io.SEEK_CUR)
            return True
    except (OSError, AttributeError, IndexError, struct.error):
        return False


def _zip_sources(archive_path: Path, root: Path) -> Iterator[Source]:
    limits = current()
    try:
        if _too_many_entries(archive_path, limits.archive_members):
            raise LimitExceeded("archive_members", "too many files in the archive")
        archive = zipfile.ZipFile(archive_path)
        if len(archive.infolist()) > limits.archive_members:
            raise LimitExceeded("archive_members", "too many files in the archive")
    except LimitExceeded as error:
        yield _refused(str(archive_path), archive_path.name, error)
        return
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        message = f"not a readable zip archive: {error}"
        yield _refused(str(archive_path), archive_path.name, ValueError(message))
        return
    wanted: list[tuple[zipfile.ZipInfo, str | None]] = []
    for info in sorted(archive.infolist(), key=lambda item: item.filename):
        if info.is_dir():
            continue
        try:
            member = inside("", info.filename)
        except PathRefused:
            wanted.append((info, None))
            continue
        if _is_hidden(member) or _is_asset(member):
            continue
        folder = posixpath.dirname(member)
        if any(
            posixpath.basename(part).endswith(("_files", "-Dateien", "_Dateien"))
            for part in _parents(folder)
        ):
            continue
        wanted.append((info, member))
    # The sizes in the archive's directory are what zipfile will unpack at most, so an
    # archive too large when unpacked is refused whole, before any member is read.
    declared = sum(
        info.file_size
        for info, member in wanted
        if member is not None and not member.lower().endswith(".zip")
    )
    if declared > limits.archive_bytes:
        error = LimitExceeded("archive_bytes", "archive too large when unpacked")
        yield _refused(str(archive_path), archive_path.name, error)
        return
    names = frozenset(
        posixpath.normpath(info.filename.replace("\\", "/")) for info in archive.infolist()
    )
    budget = Budget(limits.archive_bytes)
    for info, member in wanted:
        if member is None:
            # Named outside the archive (absolute, "..", a drive): reported, never read, and
            # shown without its folders, which may look like the server's.
            shown = posixpath.basename(info.filename.replace("\\", "/")) or "?"
            yield _refused(f"{archive_path}!…/{shown}", shown, PathRefused())
            continue
        if member.lower().endswith(".zip"):
            message = "nested zip archives are not supported; unpack the inner archive first"
            yield _refused(f"{archive_path}!{member}", member, ValueError(message))
            continue

        def opener(info: zipfile.ZipInfo = info) -> BinaryIO:
            if info.file_size > limits.member_bytes:
                raise LimitExceeded("member_bytes", "file in the archive too large")
            stream = archive.open(info)
            return BoundedReader(stream, limits.member_bytes, "member_bytes", budget)  # type: ignore[return-value]

        yield Source(
            name=f"{archive_path}!{member}",
            rel_name=member,
            opener=opener,
            folder=posixpath.dirname(member),
            members=names,
            size=info.file_size,
        )


def _parents(folder: str) -> list[str]:
    """The folder and each folder above it ("a/b" gives "a/b", "a"), for a relative name."""
    parts: list[str] = []
    while folder and folder not in parts:
        parts.append(folder)
        folder = posixpath.dirname(folder).strip("/")
    return parts


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
                if _is_asset(candidate.name) or candidate.is_dir():
                    continue
                try:
                    # A link inside the folder must not lead the importer out of it.
                    resolve(root, "", relative.as_posix())
                except PathRefused as error:
                    yield str(candidate), _refused(str(candidate), relative.as_posix(), error)
                    continue
                if not candidate.is_file():
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
    """A Source over bytes already in memory (tests, uploads), as if it lay in ``base_dir``."""
    return Source(
        name=name,
        rel_name=name.replace("\\", "/").lstrip("/"),
        opener=lambda: io.BytesIO(data),
        path=(base_dir / Path(name).name) if base_dir is not None else None,
        root=base_dir,
        size=len(data),
    )
