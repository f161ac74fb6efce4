"""A store written by a real `milwatch watch --once` (twice) against the local news site of
tests/monitor/feedserver.py: `ministry` (3 items, always answers), `flaky` (HTTP 503 on the first run,
recovered on the second) and `down` (HTTP 500 on both runs).  Loaded by file path (tests/ is no package),
like kb.py."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from types import ModuleType

from support.modules import load_file

HERE = Path(__file__).resolve().parent
SOURCES = ("ministry", "flaky", "down")


def feedserver() -> ModuleType:
    return load_file("milwatch_tests_feedserver", HERE.parent / "monitor" / "feedserver.py", once=True)


def _toml(server: object) -> str:
    lines = ["[watch]", "interval = 900", "timeout = 5", "host_delay = 0", ""]
    for name in SOURCES:
        url = server.url(f"/feed/{name}.xml")  # type: ignore[attr-defined]
        lines += ["[[source]]", f'name = "{name}"', f'url = "{url}"', ""]
    return "\n".join(lines)


def watch_once(exe: str, sources: Path, db: Path, *extra: str) -> dict[str, object]:
    """`milwatch watch SOURCES --db DB --once --no-extract --json` as a user runs it; its summary."""
    done = subprocess.run([exe, "watch", str(sources), "--db", str(db), "--once",
                           "--no-extract", "-q", "--json",
                           *extra], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def build(folder: Path, exe: str) -> tuple[Path, dict[str, str]]:
    """The database and each source's feed URL, after two rounds of `watch --once`."""
    fs = feedserver()
    server = fs.FeedServer({"ministry": fs.FeedSpec(items=3), "flaky": fs.FeedSpec(items=2, status=503),
                            "down": fs.FeedSpec(status=500)}).start()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        sources = folder / "sources.toml"
        sources.write_text(_toml(server), encoding="utf-8")
        db = folder / "watched.db"
        first = watch_once(exe, sources, db)
        assert first["polls"] == 3 and first["errors"] == 2 and first["stored"] == 3, first
        server.specs["flaky"].status = 200  # the flaky site comes back; `down` stays down
        second = watch_once(exe, sources, db, "--all")
        assert second["polls"] == 3 and second["errors"] == 1 and second["stored"] == 2, second
        return db, {name: server.url(f"/feed/{name}.xml") for name in SOURCES}
    finally:
        server.stop()
