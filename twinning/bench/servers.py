"""Servers the bench starts and stops: Twinning as `make run` serves it, a trivial WSGI app
under the same server, Debian's nginx with a static file, and any other command (the anchor).

Each server runs in its own process group, so stopping it ends the workers it forked and
nothing else; `Server` is a context manager and stops in ``__exit__`` whatever happened.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from twinning.bench.load import fetch

ROOT = Path(__file__).resolve().parent.parent.parent
VAR = ROOT / "var" / "bench"
WORKERS = 2
TWINNING_WSGI = re.compile(r"\btwinning\.wsgi(?::application)?(?=\s|$)")
TRIVIAL_WSGI = "twinning.bench.trivial_wsgi:application"
# The settings `make run` serves with (see the Makefile), on the bench's own folders.
SERVING_SECRET = "bench-only-not-secret-" + "x" * 20
DROPPED_ENV = ("CACHE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE", "DATABASE_URL")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serving_env(db_url: str, page_cache_seconds: int, cache_dir: Path) -> dict[str, str]:
    """Production settings with the plain-HTTP switches of `make run`; the bench's own cache,
    static and media folders, so that nothing is shared with a running site or another run."""
    env = base_env()
    env.update(
        DJANGO_SETTINGS_MODULE="twinning.settings.production",
        SECRET_KEY=SERVING_SECRET,
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        SERVE_MEDIA="1",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        BASE_URL="http://127.0.0.1",
        DATABASE_URL=db_url,
        PAGE_CACHE_SECONDS=str(page_cache_seconds),
        CACHE_DIR=str(cache_dir),
        STATIC_ROOT=str(VAR / "static"),
        MEDIA_ROOT=str(ROOT / "var" / "bench-media"),
    )
    return env


def base_env() -> dict[str, str]:
    """What the Procfile's web line reads (HOST, WORKERS; PORT per server), ``python`` from
    this virtual environment, and no Django or cache settings from the caller's shell."""
    env = {k: v for k, v in os.environ.items() if k not in DROPPED_ENV}
    env.update(
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        WORKERS=str(WORKERS),
        HOST="127.0.0.1",
    )
    return env


class Server:
    """One server process (group) on 127.0.0.1:port, its output in var/bench/logs/<name>.log."""

    def __init__(
        self,
        name: str,
        argv: list[str],
        port: int,
        env: dict[str, str] | None = None,
        cwd: Path = ROOT,
        ready_path: str = "/",
        start_seconds: float = 120,
    ):
        self.name = name
        self.argv = argv
        self.port = port
        self.env = env
        self.cwd = cwd
        self.ready_path = ready_path
        self.start_seconds = start_seconds
        self.log_path = VAR / "logs" / f"{name}.log"
        self.process: subprocess.Popen | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop()

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                self.argv,
                cwd=self.cwd,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stop() ends exactly it
            )
        deadline = time.monotonic() + self.start_seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} ist beim Start beendet:\n{self.log_tail()}")
            try:
                if fetch(self.base + self.ready_path, timeout=30).status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{self.name} antwortet nicht auf {self.ready_path}:\n{self.log_tail()}")

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        self._signal(process, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._signal(process, signal.SIGKILL)
            process.wait(timeout=10)

    @staticmethod
    def _signal(process: subprocess.Popen, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)  # the group start_new_session made, led by our child

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def procfile_web() -> str:
    """The ``web:`` command of the Procfile, which `make run` starts under honcho."""
    for line in (ROOT / "Procfile").read_text().splitlines():
        if line.startswith("web:"):
            return line.split(":", 1)[1].strip()
    raise RuntimeError("Procfile hat keine web:-Zeile")


def web_argv(app: str | None = None) -> list[str]:
    """`make run`'s web server command; with ``app``, the same server running another WSGI app."""
    command = procfile_web()
    if app is not None:
        if not TWINNING_WSGI.search(command):
            raise RuntimeError(f"Procfile-Befehl nennt twinning.wsgi nicht: {command}")
        command = TWINNING_WSGI.sub(app, command)
    return ["bash", "-c", f"exec {command}"]


def twinning_server(
    name: str, db_url: str, page_cache_seconds: int, cache_dir: Path, ready_path: str = "/"
) -> Server:
    port = free_port()
    env = serving_env(db_url, page_cache_seconds, cache_dir) | {"PORT": str(port)}
    return Server(name, web_argv(), port, env=env, ready_path=ready_path)


def trivial_server(body_file: Path) -> Server:
    """The same server command as Twinning's, running `trivial_wsgi` on the same bytes."""
    port = free_port()
    env = base_env() | {"PORT": str(port), "BENCH_BODY_FILE": str(body_file)}
    return Server("trivial-wsgi", web_argv(TRIVIAL_WSGI), port, env=env)


def nginx_binary() -> str | None:
    return shutil.which("nginx") or next(
        (p for p in ("/usr/sbin/nginx",) if Path(p).exists()), None
    )


def nginx_server(body_file: Path) -> Server:
    """Debian's nginx, 2 worker processes, serving ``body_file`` as /<name> from its own folder."""
    nginx = nginx_binary()
    if nginx is None:
        raise RuntimeError("nginx fehlt: apt-get install -y nginx-light")
    folder = VAR / "nginx"
    for sub in ("tmp", "www"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    shutil.copyfile(body_file, folder / "www" / body_file.name)
    port = free_port()
    temp = "\n".join(
        f"  {kind}_temp_path {folder}/tmp/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # As root, nginx's workers would switch to "nobody", who may not read the project's folder.
    user = "user root;\n" if os.geteuid() == 0 else ""
    (folder / "nginx.conf").write_text(
        f"{user}worker_processes {WORKERS};\npid {folder}/nginx.pid;\n"
        f"error_log {folder}/error.log;\nevents {{ worker_connections 1024; }}\n"
        f"http {{\n  access_log off;\n{temp}\n"
        f"  server {{\n    listen 127.0.0.1:{port};\n    root {folder}/www;\n"
        "    default_type text/html;\n    charset utf-8;\n  }\n}\n"
    )
    argv = [nginx, "-p", str(folder), "-c", str(folder / "nginx.conf")]
    argv += ["-e", str(folder / "error.log"), "-g", "daemon off;"]
    return Server("nginx", argv, port, ready_path="/" + body_file.name)
