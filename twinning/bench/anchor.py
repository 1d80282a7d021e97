"""Wagtail's demo site (bakerydemo) as the speed anchor, stood up beside Twinning.

Cloned from the fetched mirror into a scratch folder outside the project, with its own virtual
environment holding Twinning's Django, Wagtail and gunicorn versions plus what a blog post needs
(/work/shared/ANCHORS.md), and a settings module the bench writes into that clone. Set up once;
the folder records for which versions, and is set up again when they change.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from twinning.bench.servers import ROOT, WORKERS, Server, free_port

MIRROR = Path(os.environ.get("BENCH_ANCHOR_MIRROR", "/work/.mirror/wagtail+bakerydemo/repo"))
FOLDER = Path(os.environ.get("BENCH_ANCHOR_DIR", "/work/bench-anchors/bakerydemo"))
SETTINGS = "bakerydemo.settings.twinning_bench"
BLOG_POST_MODEL = "blog.BlogPage"
# Besides Django, Wagtail and gunicorn (Twinning's versions): what the blog post page needs.
EXTRA_PACKAGES = (
    "python-dotenv",
    "wagtail-font-awesome-svg",
    "django-extensions==4.1",
    "django-csp==3.8",
    "dj-database-url",
    "django-debug-toolbar==4.4.6",  # its urls.py imports it; 8.x fails with these versions
)
SETTINGS_TEXT = '''"""Written by Twinning's `make bench`: bakerydemo served like production, for comparison."""

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "anchor-bench-only-not-secret"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
'''


class AnchorUnavailable(RuntimeError):
    """The anchor cannot be stood up here; the table says so instead of failing."""


@dataclass
class Anchor:
    folder: Path

    @property
    def src(self) -> Path:
        return self.folder / "src"

    @property
    def python(self) -> Path:
        return self.folder / "venv" / "bin" / "python"

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "REDIS_URL", "CACHE_URL")
        }
        env["DJANGO_SETTINGS_MODULE"] = SETTINGS
        env["PATH"] = f"{self.python.parent}{os.pathsep}{env.get('PATH', '')}"
        return env

    def run(self, *argv: str, timeout: float = 1800) -> str:
        done = subprocess.run(
            list(argv),
            cwd=self.src,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise AnchorUnavailable(
                f"{' '.join(argv[:4])} ist gescheitert:\n{(done.stdout + done.stderr)[-2000:]}"
            )
        return done.stdout

    def manage(self, *args: str) -> str:
        return self.run(str(self.python), "manage.py", *args)

    def probe(self, requests: int) -> dict:
        """In-process figures of the first blog post (same probe as for Twinning)."""
        probe = ROOT / "twinning" / "bench" / "probe.py"
        out = self.run(
            str(self.python),
            str(probe),
            "--page-model",
            BLOG_POST_MODEL,
            "--requests",
            str(requests),
            timeout=900,
        )
        return json.loads(out.strip().splitlines()[-1])

    def server(self) -> Server:
        port = free_port()
        argv = [str(self.python), "-m", "gunicorn", "bakerydemo.wsgi:application"]
        # Two sync workers, as in the issue's own measurement; no access log (Twinning's
        # server writes none either).
        argv += ["--bind", f"127.0.0.1:{port}", "--workers", str(WORKERS)]
        return Server("bakerydemo", argv, port, env=self.env(), cwd=self.src)


def wanted_versions() -> dict[str, str]:
    return {name: version(name) for name in ("Django", "wagtail", "gunicorn")}


def prepare(log=print) -> Anchor:
    """The anchor ready to serve, set up on first use; `AnchorUnavailable` says why not."""
    folder = FOLDER.resolve()
    if folder == ROOT or ROOT in folder.parents:
        raise AnchorUnavailable(f"{folder} liegt im Projekt; BENCH_ANCHOR_DIR außerhalb wählen")
    anchor = Anchor(folder)
    marker = folder / "twinning-bench.json"
    wanted = wanted_versions() | {"extra": list(EXTRA_PACKAGES), "settings": SETTINGS_TEXT}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return anchor
    if not MIRROR.exists():
        raise AnchorUnavailable(f"Spiegel von wagtail/bakerydemo fehlt ({MIRROR})")
    log(f"bakerydemo wird in {folder} eingerichtet …")
    folder.mkdir(parents=True, exist_ok=True)
    marker.unlink(missing_ok=True)
    try:
        if not (anchor.src / ".git").exists():
            _run(["git", "clone", "--quiet", str(MIRROR), str(anchor.src)])
        if not anchor.python.exists():
            _run([sys.executable, "-m", "venv", str(folder / "venv")])
        pins = [f"{name}=={v}" for name, v in wanted_versions().items()]
        _run([str(anchor.python), "-m", "pip", "install", "--quiet", *pins, *EXTRA_PACKAGES])
        (anchor.src / "bakerydemo" / "settings" / "twinning_bench.py").write_text(SETTINGS_TEXT)
        (anchor.src / "bakerydemodb").unlink(missing_ok=True)  # a half-done earlier setup
        anchor.manage("migrate", "--noinput", "-v0")
        anchor.manage("load_initial_data")
        anchor.manage("collectstatic", "--noinput", "-v0")
    except (OSError, subprocess.SubprocessError) as exc:
        raise AnchorUnavailable(f"Einrichtung von bakerydemo gescheitert: {exc}") from exc
    marker.write_text(json.dumps(wanted))
    return anchor


def _run(argv: list[str]) -> None:
    done = subprocess.run(argv, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise AnchorUnavailable(
            f"{' '.join(argv[:4])} ist gescheitert:\n{(done.stdout + done.stderr)[-2000:]}"
        )
