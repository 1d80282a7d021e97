"""Linking the next batch in a second process while this one stores the current batch.

An import spends about two fifths of its time linking items to the records (names, quotes,
dates: pure Python on the item's text) and the rest writing pages, revisions and indexes. On
a machine with two cores or more, a helper process forked at the start of a large import
links batch *n + 1* while the importer stores batch *n*, so the two halves overlap.

The helper only computes: it never touches the database (the forked copy of the connection
stays unused, and the helper ends with ``os._exit``, so nothing is sent on it). It gets the
linker and the records' titles by inheritance (fork), receives the parsed items, and sends
them back with their links; what the items remember while linking (their quotes) comes back
with them. An item it cannot link is linked again in the importer, which then reports the
error exactly as without a helper. Where forking is not possible (one core, a platform
without fork, a daemonic process), everything stays in the importer's process.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from twinning.importer.parsing.linking import Linker, Links
from twinning.importer.parsing.model import ParsedItem

_linker: Linker | None = None  # the helper's, inherited when it is forked


def _link_batch(items: list[ParsedItem]) -> tuple[list[tuple[ParsedItem, Links] | None], float]:
    """In the helper: each item with its links (None where linking failed), and the helper's
    peak memory in MB."""
    linked: list[tuple[ParsedItem, Links] | None] = []
    for item in items:
        try:
            linked.append((item, _linker.link(item)))
        except Exception:  # linked again by the importer, which reports the error
            linked.append(None)
    return linked, peak_rss_mb()


def peak_rss_mb() -> float:
    """This process's own peak resident memory, read by the process itself.

    ``VmHWM`` belongs to the memory image made at exec. ``ru_maxrss`` of RUSAGE_SELF is not
    enough on Linux: exec carries the parent's high-water mark over into the child, so a child
    of a big parent reports at least the parent's peak. ``ru_maxrss`` is the fallback elsewhere.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def available() -> bool:
    """Whether a helper would run in parallel: two cores or more and fork is possible."""
    if os.environ.get("IMPORT_LINK_AHEAD", "1") == "0":
        return False
    if (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return False
    return not multiprocessing.current_process().daemon


class LinkAhead:
    """One helper process for one import run; use as a context manager."""

    def __init__(self, linker: Linker) -> None:
        self.linker = linker
        self.pool: ProcessPoolExecutor | None = None
        self.helper_peak_mb = 0.0

    def submit(self, items: list[ParsedItem]) -> Future | None:
        """Start linking ``items`` in the helper; None where there is no helper."""
        global _linker
        if self.pool is None:
            _linker = self.linker
            try:
                self.pool = ProcessPoolExecutor(
                    max_workers=1, mp_context=multiprocessing.get_context("fork")
                )
            except (OSError, ValueError, AssertionError):
                return None
        try:
            return self.pool.submit(_link_batch, items)
        except RuntimeError:  # the helper died: link here
            return None

    def result(self, future: Future | None) -> dict[int, tuple[ParsedItem, Links]]:
        """The batch's linked items by their position in the batch (empty on failure)."""
        if future is None:
            return {}
        try:
            linked, peak = future.result()
        except Exception:  # a broken helper: the importer links the batch itself
            return {}
        self.helper_peak_mb = max(self.helper_peak_mb, peak)
        return {i: pair for i, pair in enumerate(linked) if pair is not None}

    def __enter__(self) -> LinkAhead:
        return self

    def __exit__(self, *exc) -> None:
        global _linker
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        _linker = None
