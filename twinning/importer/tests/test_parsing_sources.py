"""Walking folders and zip archives, and handing every file to the right parser."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from twinning.importer.parsing import ParsedItem, Rejected, iter_sources, parse_source_items

from .vocabulary import FIXTURES


def test_folder_is_walked_recursively_without_photos() -> None:
    names = [Path(name).relative_to(FIXTURES).as_posix() for name, _ in iter_sources([FIXTURES])]
    assert "jsonl/bilder/venlo.jpg" not in names
    assert "text/charlotte_delegation.txt" in names and "html/typo3_news.html" in names
    assert names == sorted(names)


def test_every_fixture_item_comes_back_exactly_once() -> None:
    results = [
        result for _, source in iter_sources([FIXTURES]) for result in parse_source_items(source)
    ]
    assert all(isinstance(result, (ParsedItem, Rejected)) for result in results)
    sources = [result.source for result in results]
    assert len(sources) == len(set(sources))
    parsed = [result for result in results if isinstance(result, ParsedItem)]
    assert len(parsed) >= 17


def test_zip_archive_and_saved_page_folders(tmp_path: Path) -> None:
    archive = tmp_path / "archiv.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(FIXTURES / "html" / "typo3_news.html", "2024/seite.html")
        handle.writestr("2024/seite_files/frame.html", "<html><body><p>Werbung</p></body></html>")
        handle.writestr("2024/seite_files/style.css", "p{}")
        handle.writestr("__MACOSX/._seite.html", "x")
        handle.write(FIXTURES / "text" / "leiden_plain.txt", "2023/leiden.txt")
        handle.writestr("bericht.pdf", b"%PDF-1.4")
    sources = list(iter_sources([archive]))
    assert [source.rel_name for _, source in sources] == [
        "2023/leiden.txt",
        "2024/seite.html",
        "bericht.pdf",
    ]
    results = [result for _, source in sources for result in parse_source_items(source)]
    assert [type(result).__name__ for result in results] == ["ParsedItem", "ParsedItem", "Rejected"]
    assert "PDF" in results[2].reason
    # Same path and title inside the zip and in a folder give the same source id.
    assert results[0].source_id.startswith("2023/leiden.txt#")


def test_saved_page_folder_next_to_its_page_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "seite.html").write_bytes((FIXTURES / "html" / "typo3_news.html").read_bytes())
    (tmp_path / "seite_files").mkdir()
    (tmp_path / "seite_files" / "werbung.html").write_text("<p>Werbung</p>")
    (tmp_path / ".versteckt.txt").write_text("x")
    assert [Path(name).name for name, _ in iter_sources([tmp_path])] == ["seite.html"]


def test_missing_path_raises_for_the_command_to_report() -> None:
    with pytest.raises(FileNotFoundError):
        list(iter_sources([FIXTURES / "gibt-es-nicht"]))


def test_broken_zip_is_reported_not_raised(tmp_path: Path) -> None:
    archive = tmp_path / "kaputt.zip"
    archive.write_bytes(b"PK\x03\x04 not really a zip")
    results = [
        result for _, source in iter_sources([archive]) for result in parse_source_items(source)
    ]
    assert len(results) == 1 and isinstance(results[0], Rejected)
