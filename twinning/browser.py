"""Headless Chromium for browser tests: Debian's chromium driven by Playwright, axe-core from npm.

Public pages are visited anonymously (``visit``); the admin is used by a person logged in
through its login form (``log_in``), whose session records every error a screen shows.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from django.conf import settings

if TYPE_CHECKING:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        ConsoleMessage,
        Locator,
        Page,
        Response,
        Route,
    )

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
    overflow: dict = field(default_factory=dict)  # {"pixels": …, "elements": […]}

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


def visit(browser, url: str, screenshot: Path | None = None, width: int = 1280) -> PageVisit:
    """Open ``url`` in a fresh context ``width`` CSS pixels wide, run axe-core and record every
    request the page made and how far the page reaches past the window's right edge."""
    context = browser.new_context(locale="de-DE", viewport={"width": width, "height": 800})
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
    overflow = page.evaluate(OVERFLOW_SCRIPT)
    if screenshot:
        page.screenshot(path=str(screenshot), full_page=True)
    context.close()
    return PageVisit(
        url, response.status if response else 0, requests, errors, result["violations"], overflow
    )


# How many pixels the page scrolls sideways, and the outermost elements that stick out.
OVERFLOW_SCRIPT = """() => {
  const limit = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')].filter(
    (e) => e.getBoundingClientRect().right > limit + 1 && !e.closest('svg > *')
      && !(e.parentElement && e.parentElement.getBoundingClientRect().right > limit + 1));
  return {
    pixels: document.documentElement.scrollWidth - limit,
    elements: wide.slice(0, 5).map((e) => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')),
  };
}"""


# --- The admin, as a person uses it ----------------------------------------------------------

PASSWORD = "geheim-123"  # the password test users of every role log in with


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's chromium under Playwright, for a module's worth of tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


def is_autosave_refusal(response: Response) -> bool:
    """Wagtail 8 autosaves an edit form as one types and answers 400 while it is incomplete.

    That answer is the editor's "Automatisches Speichern ist pausiert", not a fault; Chromium
    still logs every 4xx as a console error, so the session tells it apart from real ones.
    """
    request = response.request
    return (
        response.status == 400
        and request.method == "POST"
        and "text/html" not in (request.headers.get("accept") or "")
    )


def _in_a_subframe(request) -> bool:
    try:
        frame = request.frame
        return frame.is_detached() or frame.parent_frame is not None
    except Exception:  # noqa: BLE001 - a request without a frame (a worker's) is not waited for
        return True


SETTLE_SECONDS = 20


@dataclass
class AdminSession:
    """One person logged into the admin in a browser context of their own.

    Records, for the whole session, what a person would see go wrong: errors in the console,
    uncaught script errors and failed requests to our own site. ``problems`` lists them;
    a screen that is expected to refuse (a permission denial) is opened with ``expect``.
    """

    context: BrowserContext
    page: Page
    base_url: str
    problems: list[str] = field(default_factory=list)
    expected: set[tuple[str, int]] = field(default_factory=set)
    in_flight: set = field(default_factory=set)

    def watch(self, page: Page) -> Page:
        """Record the problems of ``page`` too (a preview opened in a new tab)."""
        page.on("console", lambda msg: self._console(page, msg))
        page.on("pageerror", lambda exc: self.problems.append(f"{page.url}: {exc}"))
        page.on("response", self._response)
        page.on("request", lambda request: self.in_flight.add(request))
        page.on("requestfinished", lambda request: self.in_flight.discard(request))
        page.on("requestfailed", lambda request: self.in_flight.discard(request))
        return page

    def settle(self, quiet_ms: int = 300) -> None:
        """Wait until the server has answered every request of this session.

        A test's own database reads then see what the person's last action wrote, instead of
        racing a request (an autosave, a redirect's target) that is still being answered.
        """
        quiet = 0
        deadline = time.monotonic() + SETTLE_SECONDS
        while quiet < quiet_ms:
            if time.monotonic() > deadline:
                # A request the browser never finishes (a favicon it never sends) must not
                # hold the test: what follows asserts what the person sees anyway.
                self.in_flight.clear()
                return
            self.page.wait_for_timeout(50)
            # Only the screens' own requests count. What the preview panel's iframe loads is
            # read-only, and some of it never finishes: the favicon of a frame, the fonts of an
            # iframe the panel has swapped for a fresh one (cancelled without any event).
            self.in_flight = {r for r in self.in_flight if not _in_a_subframe(r)}
            quiet = 0 if self.in_flight else quiet + 50

    def _console(self, page: Page, msg: ConsoleMessage) -> None:
        # "Failed to load resource" names no URL; the response handler reports those requests.
        if msg.type == "error" and not msg.text.startswith("Failed to load resource"):
            self.problems.append(f"{page.url}: console: {msg.text}")

    def _response(self, response: Response) -> None:
        if response.status < 400 or not response.url.startswith(self.base_url):
            return
        path = unquote(response.url[len(self.base_url) :])
        if (path, response.status) in self.expected or is_autosave_refusal(response):
            return
        self.problems.append(f"{response.request.method} {path}: HTTP {response.status}")

    def open(self, path: str, expect: int = 200) -> Response:
        """Go to ``path`` (relative to the site) and check the status the screen answers with."""
        if expect != 200:
            self.expected.add((path, expect))
        response = self.page.goto(self.base_url + path)
        assert response is not None and response.status == expect, (
            path,
            response and response.status,
        )
        return response

    def close(self, screenshot_name: str = "") -> None:
        """End the session; with BROWSER_SCREENSHOTS set, keep a picture of its last screen."""
        folder = os.environ.get("BROWSER_SCREENSHOTS")
        if folder and screenshot_name and not self.page.is_closed():
            Path(folder).mkdir(parents=True, exist_ok=True)
            self.page.screenshot(path=str(Path(folder) / f"{screenshot_name}.png"), full_page=True)
        self.context.close()


def log_in(
    browser: Browser, base_url: str, username: str, password: str = PASSWORD
) -> AdminSession:
    """A fresh browser context, logged in through the admin's own login form."""
    context = browser.new_context(locale="de-DE", accept_downloads=True)
    context.set_default_timeout(15_000)
    serve_media(context, base_url)
    session = AdminSession(context, context.new_page(), base_url)
    session.watch(session.page)
    page = session.page
    session.open("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    page.wait_for_url(f"{base_url}/admin/")
    return session


def serve_media(context: BrowserContext, base_url: str) -> None:
    """Answer ``/media/…`` from MEDIA_ROOT, as the front web server does in production.

    Django serves media only with DEBUG or SERVE_MEDIA, which a test's live server has not;
    without this every thumbnail in the admin would be a failed request.
    """
    root = Path(settings.MEDIA_ROOT).resolve()

    def fulfil(route: Route) -> None:
        relative = unquote(urlparse(route.request.url).path).removeprefix(settings.MEDIA_URL)
        path = (root / relative).resolve()
        if root in path.parents and path.is_file():
            route.fulfill(path=str(path))
        else:
            route.fulfill(status=404, body="")

    context.route(f"{base_url}{settings.MEDIA_URL}**", fulfil)


def user_in_role(role: str, username: str):
    """A person in one role's group only (``twinning.core.roles``), never a superuser."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", PASSWORD, first_name=username.title()
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def serve_site_at(base_url: str) -> None:
    """Point the default Wagtail site at the live server, so page URLs lead to it."""
    from wagtail.models import Site

    url = urlparse(base_url)
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port, site.site_name = url.hostname, url.port, "Krefeld"
    site.save()


def wait_for_autosave(page: Page) -> None:
    """Let Wagtail's autosave of the last change finish before a person presses a button.

    Autosave starts half a second after a change; a save or workflow action sent meanwhile
    would be refused as stale, where a person, slower than that, never meets it.
    """
    page.wait_for_timeout(700)
    page.locator('#w-autosave-indicator:not([data-w-autosave-state-value="saving"])').wait_for(
        state="attached"
    )


def fill_date(field: Locator, value: str, click_away: Locator) -> None:
    """Type a date into one of Wagtail's date fields and close its picker, as a person does.

    The picker opens a moment after the field gets focus and covers what lies below it
    (another field, a dialog's button) until one clicks elsewhere.
    """
    field.fill(value)
    picker = field.page.locator(".xdsoft_datetimepicker").filter(visible=True)
    picker.first.wait_for(state="visible")
    click_away.click()
    picker.first.wait_for(state="hidden")


def choose_autocomplete(page: Page, field: str, label: str) -> None:
    """Pick ``label`` in an autocomplete chooser by typing its start, as a person does."""
    search = page.locator(f'[data-autocomplete-input-name="{field}"] input[role=combobox]')
    search.fill("")
    search.press_sequentially(label[:4], delay=50)
    page.locator(f'[data-autocomplete-input-name="{field}"]').get_by_role(
        "option", name=label, exact=True
    ).click()


@contextmanager
def people_logging_in(browser: Browser, base_url: str, test_name: str) -> Iterator:
    """``log_in(username)`` for one test; every session it opened is closed at the end."""
    sessions: list[AdminSession] = []

    def log_in_as(username: str) -> AdminSession:
        sessions.append(log_in(browser, base_url, username))
        return sessions[-1]

    try:
        yield log_in_as
    finally:
        for n, session in enumerate(sessions):
            session.close(screenshot_name=f"{test_name}-{n}")
