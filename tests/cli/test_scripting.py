"""The query commands in scripts (issue 13): a closed pipe ends them quietly, dates and countries are
checked (names and ISO2 codes accepted, unknown ones an error with close matches), `export -o` follows
the file's extension, and terminal escape sequences in the data never reach a terminal raw.

Pipes and terminals are real: the commands run as subprocesses, under a pseudo-terminal where it
is about what a terminal shows."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from milwatch.model import Article, Event, Extraction, Origin, Person
from milwatch.store import open_store
from support.cli import invoke as run

EXE = str(Path(sys.executable).parent / "milwatch")
N = 1500  # events: far more output than a pipe buffer holds
EVIL_TITLE = "\x1b]0;pwned\x07Talks \x1b[2J\x9b31m in Hanoi \u202eevil"
EVIL_PATH = "/tmp/feed\x1b[2Jname.jsonl"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("scripting") / "s.db"
    store = open_store(path)
    try:
        store.add_articles([
            Article(id=f"a{i}", text=f"Report {i} on defence talks.", clean_text=f"Report {i}.",
                    title=EVIL_TITLE if i == 0 else f"Report {i}", lang="en",
                    published=f"2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}",
                    origin=Origin(path=EVIL_PATH if i == 0 else "/tmp/feed.jsonl", line=i + 1))
            for i in range(N)])
        for i in range(N):
            pair = ["JPN", "VNM"] if i % 3 else ["EST", "LVA"]
            event = Event(type="meeting", countries=pair, evidence=f"Sentence {i}.", plover="CONSULT",
                          cameo="040", date=f"2024-{i % 12 + 1:02d}",
                          persons=[Person(name=f"Official {i % 7}", country=pair[0])])
            store.save_extraction(f"a{i}", Extraction(article_id=f"a{i}", events=[event], story=f"s{i}"))
    finally:
        store.close()
    return path


pytestmark = pytest.mark.usefixtures("no_user_settings")  # tests/conftest.py


PIPED = [["events", "--json"], ["events", "--csv"], ["events"], ["stories", "--json"],
         ["export", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "plover"],
         ["export", "--format", "json"]]


@pytest.mark.parametrize("args", PIPED, ids=[" ".join(a) for a in PIPED])
def test_closed_pipe_ends_quietly(db: Path, args: list[str]) -> None:
    """`milwatch ... | head`: the reader goes away after a few bytes."""
    proc = subprocess.Popen([EXE, *args, "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(200)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    code = proc.wait(timeout=60)
    assert err == "", err  # no traceback, no "Exception ignored"
    assert code in (0, 141)


def test_closed_pipe_in_a_shell_pipeline(db: Path) -> None:
    shell = f"set -o pipefail; {EXE} events --json --db '{db}' | head -n 3; echo status=$?"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60)
    assert done.stderr == "" and done.stdout.splitlines()[0] == "["
    assert done.stdout.splitlines()[-1] in ("status=0", "status=141")


@pytest.mark.parametrize(("value", "reason"), [("2025-13", "no month 13"), ("2025-02-30", "no such day"),
                                               ("2025-00", "no month 00"), ("24-01", "expected YYYY")])
def test_impossible_dates_rejected(db: Path, value: str, reason: str) -> None:
    for option in ("--since", "--until"):
        code, out, err = run(db, "events", option, value)
        assert code == 2 and out == "" and option in err and reason in err


def test_reversed_date_range_is_an_error_not_an_empty_result(db: Path) -> None:
    code, out, err = run(db, "events", "--since", "2026", "--until", "2025")
    assert code == 2 and "no events match" not in out and "empty date range" in err
    code, _, err = run(db, "export", "--format", "jsonl", "--since", "2024-06-02", "--until", "2024-06-01")
    assert code == 2 and "empty date range" in err
    assert run(db, "events", "--since", "2024-06", "--until", "2024-06", "--json")[0] == 0  # one month: fine


def test_countries_by_name_iso2_and_iso3(db: Path) -> None:
    code, out, _ = run(db, "events", "--reports", "--country", "VNM", "--json")
    expected = [e["id"] for e in json.loads(out)]
    assert code == 0 and len(expected) == N - N // 3
    for given in ("Vietnam", "vn", "viet nam", "Việt Nam", "VIET-NAM", "Вьетнам"):
        code, out, err = run(db, "events", "--reports", "--country", given, "--json")
        assert code == 0, err
        assert [e["id"] for e in json.loads(out)] == expected, given
    code, out, _ = run(db, "events", "--reports", "--pair", "ee", "Latvia", "--json")
    assert code == 0 and len(json.loads(out)) == N // 3


@pytest.mark.parametrize(("given", "suggested"), [("Vietnum", "Vietnam (VNM)"), ("Estonja", "Estonia (EST)"),
                                                  ("XXX", None), ("zz", None)])
def test_unknown_country_is_an_error_with_close_matches(db: Path, given: str, suggested: str | None) -> None:
    code, out, err = run(db, "events", "--country", given)
    assert code == 2 and "no events match" not in out and f"unknown country {given!r}" in err
    if suggested:
        assert suggested in err
    code, _, err = run(db, "export", "--format", "csv", "--pair", "JPN", given)
    assert code == 2 and "unknown country" in err


def test_export_format_follows_the_extension(db: Path, tmp_path: Path) -> None:
    code, _, err = run(db, "export", "--level", "report", "-o", str(tmp_path / "events.json"))
    assert code == 0, err
    events = json.loads((tmp_path / "events.json").read_text(encoding="utf-8"))
    assert isinstance(events, list) and len(events) == N and "as json" in err

    assert run(db, "export", "--level", "report", "-o", str(tmp_path / "events.jsonl"))[0] == 0
    lines = (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [e["id"] for e in events]

    forced = run(db, "export", "--level", "report", "-o", str(tmp_path / "forced.json"), "--format", "jsonl")
    assert forced[0] == 0  # --format wins over the extension
    assert len((tmp_path / "forced.json").read_text(encoding="utf-8").splitlines()) == N

    code, _, err = run(db, "export", "-o", str(tmp_path / "events.txt"))
    assert code == 2 and "--format" in err and not (tmp_path / "events.txt").exists()


def _on_a_terminal(*args: str) -> str:
    """What the command writes to a (pseudo-)terminal."""
    leader, follower = pty.openpty()
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="200")
    proc = subprocess.Popen([EXE, *args], stdout=follower, stderr=follower, env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the command closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=60) == 0
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("args", [["show", "a0"], ["stories", "--limit", "3"],
                                  ["events", "--reports", "--csv", "--limit", "2"], ["show", "a0", "--json"]],
                         ids=["show", "stories", "csv", "json"])
def test_escape_sequences_never_reach_the_terminal(db: Path, args: list[str]) -> None:
    if args[0] == "events":  # the event rows hold no title: order so that the first article is shown
        args = [*args, "--country", "EST"]
    screen = _on_a_terminal(*args, "--db", str(db))
    assert "Talks" in screen and "in Hanoi" in screen
    for raw in ("\x1b]0;pwned", "\x1b[2J", "\x9b", "\u202e"):
        assert raw not in screen, repr(raw)
    if args[0] == "show" and "--json" not in args:
        assert "\\x1b]0;pwned" in screen and "feed\\x1b[2Jname.jsonl" in screen  # shown, harmless


def test_json_output_escapes_controls_but_keeps_the_data(db: Path) -> None:
    code, out, _ = run(db, "show", "a0", "--json")
    assert code == 0 and "\x9b" not in out and "\u202e" not in out and "\x1b" not in out
    assert json.loads(out)["title"] == EVIL_TITLE
