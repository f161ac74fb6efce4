"""A language pack broken after `milwatch ingest` checked the packs, before it first reads that pack,
stops the run with exit code 2 and one error naming the file, line and key: the article that needed the
pack is not quarantined (before, it was, and the run went on with exit code 0).  A real `milwatch ingest -`
reading stdin: the pack is broken once the database exists (the check is done by then), then the
articles are written."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from milwatch.packs.loader import BASE, PACKS_DIR
from support.cli import clean_env, milwatch_command

pytestmark = pytest.mark.sqlite_only("reads the SQLite file the command wrote")

ARTICLES = [
    {"id": "mr-en-1", "lang": "en", "text": "The defence minister of Alphaland met his counterpart in "
                                            "the capital on Friday and signed an agreement on training."},
    {"id": "mr-de-1", "lang": "de", "text": "Der Verteidigungsminister von Alphaland besuchte am Dienstag "
                                            "Betaland und unterzeichnete ein Abkommen."},
]


def test_ingest_stops_at_a_pack_broken_mid_run(tmp_path: Path) -> None:
    root = tmp_path / "packs"
    for name in (BASE, "de", "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    env = clean_env(tmp_path / "none.toml") | {"MILWATCH_PACKS_DIR": str(root),
                                              "MILWATCH_CACHE_DIR": str(tmp_path / "cache")}
    db = tmp_path / "m.db"
    proc = subprocess.Popen([*milwatch_command(), "ingest", "-", "--db", str(db), "--batch-size", "1",
                             "--workers", "0"], cwd=tmp_path, env=env, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not db.exists():  # opened after the packs were checked
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.05)
        path = root / "de" / "triggers.toml"
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join([lines[0], 'meetings = ["treffen"]\n', *lines[1:]]), encoding="utf-8")
        out, err = proc.communicate("".join(json.dumps(a) + "\n" for a in ARTICLES), timeout=300)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 2, out + err
    assert "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {path}:2 [meetings]"), err
    assert "nothing was read" not in errors[0]  # met by the run, not by the check before it
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
        assert connection.execute("SELECT id FROM articles").fetchall() == [("mr-en-1",)]
