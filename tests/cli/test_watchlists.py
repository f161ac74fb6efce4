"""`milwatch watchlist add|list|show|rm`, `milwatch alerts` and `milwatch brief`, run as a user runs them."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from support.watch_kit import reports


def milwatch(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "milwatch"
    env = dict(os.environ, MILWATCH_CONFIG=str(cwd / "no-config.toml"), COLUMNS="200")
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def ok(cwd: Path, *args: str) -> str:
    done = milwatch(cwd, *args)
    assert done.returncode == 0, done.stderr + done.stdout
    return done.stdout


@pytest.fixture()
def db(kb: ModuleType, tmp_path: Path) -> Path:
    return kb.build_db(tmp_path, reports("other"))


def test_help_teaches() -> None:
    out = ok(Path.cwd(), "watchlist", "--help")
    for word in ("add", "list", "show", "rm", "feed.atom", "Examples", "--pair Estonia Latvia"):
        assert word in out
    add = ok(Path.cwd(), "watchlist", "add", "--help")
    for option in ("--country", "--pair", "--official", "--type", "--doc-type", "--area", "--mode", "--lang",
                   "--text", "--webhook", "--secret"):
        assert option in add
    assert ("--since" in ok(Path.cwd(), "brief", "--help")
            and "--deliver" in ok(Path.cwd(), "alerts", "--help"))


def test_watchlist_lifecycle_alerts_and_brief(db: Path, tmp_path: Path) -> None:
    d = str(db)
    made = json.loads(ok(tmp_path, "watchlist", "add", "nordic", "--pair", "Norway", "dk",
                         "--type", "meeting", "--db", d, "--json"))
    assert made["query"] == {"pair": ["NOR", "DNK"], "types": ["meeting"]}
    out = ok(tmp_path, "watchlist", "add", "hooked", "--country", "Norwegen", "--webhook",
             "http://127.0.0.1:9/h", "--db", d)
    assert re.search(r"signing secret \(shown only now\): [0-9a-f]{64}", out)
    listed = ok(tmp_path, "watchlist", "list", "--db", d)
    assert "nordic" in listed and "pair NOR–DNK" in listed and "hooked" in listed

    corpus = tmp_path / "new.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in reports("nd-en", "nd-de")), encoding="utf-8")
    ok(tmp_path, "ingest", str(corpus), "--db", d, "-q")
    extracted = ok(tmp_path, "extract", "--db", d, "-q")
    assert "alerts 2" in extracted  # one real event, two watchlists

    alerts = json.loads(ok(tmp_path, "alerts", "--watchlist", "nordic", "--db", d, "--json"))
    assert (len(alerts) == 1 and alerts[0]["news"]["first_report"]
            and alerts[0]["news"]["new_langs"] == ["de", "en"])
    table = ok(tmp_path, "alerts", "--db", d)
    assert "first report" in table and "meeting DNK–NOR 2024-11-12" in table
    shown = ok(tmp_path, "watchlist", "show", "nordic", "--db", d)
    assert "Ola Berg" in shown and "first report" in shown
    hooked = ok(tmp_path, "watchlist", "show", "hooked", "--db", d)
    assert "failed" in hooked  # nothing listens on port 9: the delivery is logged as failed

    html = tmp_path / "out" / "brief.html"
    said = ok(tmp_path, "brief", "--since", "30d", "--until", "2024-11-30", "--watchlist", "nordic",
              "-o", str(html), "--db", d)
    assert "→" in said
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page and 'lang="de"' in page
    assert not re.search(r'(src|href)="(?!https://(news|zeitung)\.example)', page)  # nothing to fetch
    md = ok(tmp_path, "brief", "--since", "2024-11", "--until", "2024-11", "--db", d)
    assert "# milwatch brief 2024-11-01 – 2024-11-30" in md and "Norway – Denmark" not in md
    assert "Denmark – Norway" in md and "Kenya – Tanzania" in md

    assert "removed watchlist" in ok(tmp_path, "watchlist", "rm", "nordic", "--db", d)
    assert "nordic" not in ok(tmp_path, "watchlist", "list", "--db", d)


def test_bad_input_is_a_clear_error(db: Path, tmp_path: Path) -> None:
    d = str(db)
    done = milwatch(tmp_path, "watchlist", "add", "x", "--country", "Atlantis", "--db", d)
    assert done.returncode == 2 and "unknown country 'Atlantis'" in done.stderr
    done = milwatch(tmp_path, "watchlist", "add", "x", "--db", d)
    assert done.returncode == 2 and "at least one criterion" in done.stderr
    done = milwatch(tmp_path, "watchlist", "add", "x", "--type", "aid", "--webhook", "ftp://h/x", "--db", d)
    assert done.returncode == 2 and "no http:// or https:// URL" in done.stderr
    ok(tmp_path, "watchlist", "add", "x", "--type", "aid", "--db", d)
    done = milwatch(tmp_path, "watchlist", "add", "x", "--type", "aid", "--db", d)
    assert done.returncode == 2 and "exists" in done.stderr
    done = milwatch(tmp_path, "watchlist", "show", "nope", "--db", d)
    assert done.returncode == 2 and "no watchlist 'nope'; known: 1 x" in done.stderr
    done = milwatch(tmp_path, "brief", "--since", "yesterday", "--db", d)
    assert done.returncode == 2 and "bad period" in done.stderr
    done = milwatch(tmp_path, "brief", "-o", str(tmp_path / "brief.pdf"), "--db", d)
    assert done.returncode == 2 and "cannot tell the format" in done.stderr
