"""Headless Chromium for browser tests: Debian's chromium driven by Playwright, axe-core from npm."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-quic",
    "--no-first-run",
    "--disable-sync",
]
AXE_PATH = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"


def chromium_path() -> str:
    path = (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )
    if not path:
        raise RuntimeError(
            "Debian's chromium is needed for browser tests: apt-get install chromium"
        )
    return path


@dataclass
class PageVisit:
    url: str
    status: int
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    violations: list[dict] = field(default_factory=list)

    def foreign_requests(self, own_origin: str) -> list[str]:
        own = urlparse(own_origin).netloc
        return [
            r
            for r in self.requests
            if urlparse(r).scheme in ("http", "https", "ws", "wss") and urlparse(r).netloc != own
        ]

    def serious_violations(self) -> list[str]:
        return [
            f"{v['id']} ({v['impact']}): {v['help']} – {[n['target'] for n in v['nodes']][:3]}"
            for v in self.violations
            if v.get("impact") in ("serious", "critical")
        ]


def visit(browser, url: str, screenshot: Path | None = None) -> PageVisit:
    """Open ``url`` in a fresh context, run axe-core and record every request the page made."""
    context = browser.new_context(locale="de-DE")
    page = context.new_page()
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda req: requests.append(req.url))
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    response = page.goto(url, wait_until="networkidle")
    page.evaluate(AXE_PATH.read_text())
    result = page.evaluate(
        "async () => await axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']})"
    )
    if screenshot:
        page.screenshot(path=str(screenshot), full_page=True)
    context.close()
    return PageVisit(
        url, response.status if response else 0, requests, errors, result["violations"]
    )
