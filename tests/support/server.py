"""A server process started as a user starts it, waited for until it answers, and stopped with Ctrl-C after:
`milwatch serve` (`serve`, also tests/api/kb.py `serve`), datasette (tests/export) and the load benchmark's
server (benchmarks/_load.py) all start this way (`from support.server import ...`)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def milwatch_exe() -> str:
    exe = Path(sys.executable).parent / "milwatch"
    return str(exe) if exe.exists() else (shutil.which("milwatch") or "milwatch")


def answers(url: str) -> bool:
    """True when a GET of `url` answers 200."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return bool(response.status == 200)
    except OSError:
        return False


@contextmanager
def running(argv: list[str], ready: str, log: Path, env: dict[str, str] | None = None,
            wait: float = 60) -> Iterator[subprocess.Popen[bytes]]:
    """`argv` started with its output in `log`; yields the process once a GET of the URL `ready` answers 200
    (RuntimeError with the log when it exits or `wait` seconds pass first); SIGINT after, then kill."""
    with log.open("wb") as out:
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + wait
            while not answers(ready):
                if proc.poll() is not None:
                    raise RuntimeError(f"{Path(argv[0]).name} exited with {proc.returncode}: "
                                       f"{log.read_text(errors='replace')[-4000:]}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{Path(argv[0]).name} did not answer within {wait:g} s: "
                                       f"{log.read_text(errors='replace')[-4000:]}")
                time.sleep(0.2)
            yield proc
        finally:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def serve_env(folder: Path, token: str | None = None) -> dict[str, str]:
    """This environment without a user settings file, token or allowed hosts, and with `token` when given."""
    env = {k: v for k, v in os.environ.items() if k not in ("MILWATCH_TOKEN", "MILWATCH_ALLOWED_HOSTS")}
    env["MILWATCH_CONFIG"] = str(folder / "no-config.toml")
    return env | ({"MILWATCH_TOKEN": token} if token else {})


@contextmanager
def serve(db: Path | str, *args: str, token: str | None = None, log: Path | None = None,
          folder: Path | None = None, env: dict[str, str] | None = None, ready: str = "/api/stats",
          wait: float = 60) -> Iterator[str]:
    """`milwatch serve --db DB --port <free> ARGS` as a user runs it; yields the base URL, stops it after.

    DB is a file or a PostgreSQL URL; the log goes to `log`, else to `folder` (by default the file's folder);
    `env` is the environment (by default `serve_env`), to which `token` is added."""
    folder = folder or Path(db).parent
    port = free_port()
    environment = (serve_env(folder, token) if env is None
                   else env | ({"MILWATCH_TOKEN": token} if token else {}))
    base = f"http://127.0.0.1:{port}"
    with running([milwatch_exe(), "serve", "--db", str(db), "--port", str(port), *args], base + ready,
                 log or folder / f"serve-{port}.log", environment, wait):
        yield base
