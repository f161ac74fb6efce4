"""`milwatch serve` checks the language packs before it listens (its POST /api/articles cleans and
extracts): a broken pack stops it at once with exit code 2 and one error naming the file, line and key,
as the other commands do (tests/cli/test_broken_packs.py).  A real `milwatch serve` process, its packs
root a broken copy named by MILWATCH_PACKS_DIR."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from milwatch.packs.loader import BASE, PACKS_DIR
from support.cli import clean_env, milwatch_command


def test_serve_stops_on_a_broken_pack(tmp_path: Path) -> None:
    root = tmp_path / "packs"
    for name in (BASE, "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    env = clean_env(tmp_path / "none.toml") | {"MILWATCH_CACHE_DIR": str(tmp_path / "cache")}
    article = {"id": "sv-1", "lang": "en", "text": "The defence minister met his counterpart on Friday."}
    (tmp_path / "a.jsonl").write_text(json.dumps(article) + "\n", encoding="utf-8")
    made = subprocess.run([*milwatch_command(), "ingest", "a.jsonl", "-q", "--db", "m.db"], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    path = root / "en" / "triggers.toml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join([lines[0], 'meetings = ["meet"]\n', *lines[1:]]), encoding="utf-8")
    done = subprocess.run([*milwatch_command(), "serve", "--db", "m.db", "--port", "0"], cwd=tmp_path,
                          env=env | {"MILWATCH_PACKS_DIR": str(root)}, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "http://" not in done.stderr  # stopped before listening
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith(f"error: {path}:2 [meetings]"), errors[0]
    assert "a language pack does not load" in errors[0]
