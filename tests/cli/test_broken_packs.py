"""A language pack that fails to load stops `ingest`, `extract` and `predict` at once (issue 13).

Before, a broken pack (seen while editing packs) was met at the first article of its language and taken
for that article's fault: a re-run of `ingest` quarantined articles already stored, `extract --force`
counted them as failed, and every run exited 0.  Now the command checks every pack before it reads its
input or opens its database: one error naming the pack file (with line and key when known), exit code 2,
nothing stored, nothing quarantined, no predictions written.

Real `milwatch` processes (MILWATCH_PACKS_DIR names a copy of the packs in tmp_path, broken in each test),
real SQLite files compared whole (`iterdump`) before and after.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from milwatch.packs.loader import BASE, PACKS_DIR
from support.cli import milwatch_command

pytestmark = pytest.mark.sqlite_only("compares the SQLite file's dump before and after")

# invented articles in general vocabulary (German and English), one of which the stages find an event in
ARTICLES = [
    {"id": "bp-de-1", "lang": "de", "published": "2025-04-02",
     "text": "Der Verteidigungsminister von Alphaland besuchte am Dienstag Betaland. Die beiden Minister "
             "erörterten die Zusammenarbeit bei der Ausbildung von Offizieren."},
    {"id": "bp-de-2", "lang": "de", "published": "2025-04-03",
     "text": "Die Marine von Gammaland nahm an einer gemeinsamen Übung mit Deltaland teil."},
    {"id": "bp-en-1", "lang": "en", "published": "2025-04-04",
     "text": "The defence minister of Alphaland met his counterpart in the capital on Friday and signed "
             "an agreement on military training."},
]


def _insert_line(path: Path, number: int, line: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines.insert(number - 1, line + "\n")
    path.write_text("".join(lines), encoding="utf-8")


def _toml_syntax(root: Path) -> tuple[Path, int | None, str | None]:
    path = root / "de" / "triggers.toml"
    _insert_line(path, 3, "this is not toml")
    return path, 3, None


def _unknown_key(root: Path) -> tuple[Path, int | None, str | None]:
    path = root / "de" / "triggers.toml"
    _insert_line(path, 2, 'meetings = ["treffen"]')
    return path, 2, "meetings"


def _bad_regex(root: Path) -> tuple[Path, int | None, str | None]:
    path = root / "de" / "boilerplate.toml"
    path.write_text("# one rule\ndrop_line = ['(unclosed']\n", encoding="utf-8")
    return path, 2, "drop_line"


def _broken_base(root: Path) -> tuple[Path, int | None, str | None]:
    path = root / BASE / "titles.toml"  # every language reads _base, English included
    _insert_line(path, 1, "bogus = true")
    return path, 1, "bogus"


BREAKS: dict[str, Callable[[Path], tuple[Path, int | None, str | None]]] = {
    "toml-syntax": _toml_syntax, "unknown-key": _unknown_key, "bad-regex": _bad_regex,
    "broken-base": _broken_base}


def run(env: dict[str, str], cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*milwatch_command(), *args], capture_output=True, text=True, env=env, cwd=cwd,
                          timeout=600)


def dump(db: Path) -> list[str]:
    """The whole database as SQL statements."""
    with sqlite3.connect(db) as connection:
        return list(connection.iterdump())


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(a packs root copied from the real packs with _base, de and en; a database the CLI filled with them:
    ARTICLES ingested and extracted)."""
    folder = tmp_path_factory.mktemp("stored")
    root = folder / "packs"
    for name in (BASE, "de", "en"):
        shutil.copytree(PACKS_DIR / name, root / name)
    (folder / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    env = environment(folder, root)
    for args in (("ingest", "articles.jsonl", "-q"), ("extract", "-q", "--workers", "0")):
        done = run(env, folder, *args, "--db", "stored.db")
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(folder / "stored.db") as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone() == (3,)
        assert connection.execute("SELECT count(*) FROM extractions").fetchone() == (3,)
        assert connection.execute("SELECT count(*) FROM quarantine").fetchone() == (0,)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return root, folder / "stored.db"


def environment(folder: Path, root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")}
    # a cache of its own: a set of pack files found valid there must not hide a file broken since
    return env | {"MILWATCH_CONFIG": str(folder / "none.toml"), "MILWATCH_PACKS_DIR": str(root),
                  "MILWATCH_CACHE_DIR": str(folder.parent / "cache")}


@dataclass
class Broken:
    """A copy of the stored database with a broken copy of the packs: the environment naming them, the
    database, and the broken file with its line and key (None when the error cannot know them)."""

    env: dict[str, str]
    db: Path
    path: Path
    line: int | None
    key: str | None

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run(self.env, self.db.parent, *args, "--db", str(self.db))


@pytest.fixture
def broken(tmp_path: Path, stored: tuple[Path, Path]) -> Callable[[str], Broken]:
    """Copies the stored database and packs root into tmp_path and breaks the copy with BREAKS[name]."""
    def make(name: str) -> Broken:
        root, db = stored
        shutil.copytree(root, tmp_path / "packs")
        shutil.copy(db, tmp_path / "m.db")
        (tmp_path / "articles.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES),
                                                 encoding="utf-8")
        path, line, key = BREAKS[name](tmp_path / "packs")
        return Broken(environment(tmp_path, tmp_path / "packs"), tmp_path / "m.db", path, line, key)
    return make


def assert_stopped(done: subprocess.CompletedProcess[str], broken: Broken) -> None:
    """Exit code 2, one error line naming the file (line and key when known), no traceback."""
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
    errors = [entry for entry in done.stderr.splitlines() if entry.startswith("error: ")]
    assert len(errors) == 1, done.stderr
    where = f"{broken.path}:{broken.line}" if broken.line else str(broken.path)
    assert errors[0].startswith(f"error: {where}"), errors[0]
    if broken.key:
        assert f"[{broken.key}]" in errors[0]
    assert "nothing was read or stored" in errors[0]


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_ingest_again_stops_and_quarantines_nothing(name: str, broken: Callable[[str], Broken]) -> None:
    copy = broken(name)
    before = dump(copy.db)
    done = copy.run("ingest", "articles.jsonl")
    assert_stopped(done, copy)
    assert "quarantined" not in done.stderr and done.stdout == ""
    assert dump(copy.db) == before  # the articles already stored were not quarantined: nothing changed


@pytest.mark.parametrize("workers", ["0", "2"])
def test_extract_force_stops_and_changes_nothing(workers: str, broken: Callable[[str], Broken]) -> None:
    copy = broken("unknown-key")
    before = dump(copy.db)
    done = copy.run("extract", "--force", "--workers", workers)
    assert_stopped(done, copy)
    assert dump(copy.db) == before


def test_predict_stops_and_writes_nothing(broken: Callable[[str], Broken]) -> None:
    copy = broken("bad-regex")
    before = dump(copy.db)
    out = copy.db.parent / "predictions.jsonl"
    done = copy.run("predict", "articles.jsonl", "-o", str(out))
    assert_stopped(done, copy)
    assert not out.exists() and dump(copy.db) == before


def test_a_valid_check_remembered_does_not_hide_a_later_break(broken: Callable[[str], Broken]) -> None:
    """A run finds the packs valid (and remembers it in the cache folder); once a file is broken, the next
    run checks again and stops."""
    copy = broken("toml-syntax")
    text = copy.path.read_text(encoding="utf-8")
    copy.path.write_text(text.replace("this is not toml\n", ""), encoding="utf-8")  # repaired
    good = copy.run("ingest", "articles.jsonl", "-q")
    assert good.returncode == 0 and "stored 0" in good.stdout and "quarantined 0" in good.stdout, good.stderr
    before = dump(copy.db)
    copy.path.write_text(text, encoding="utf-8")  # broken again
    assert_stopped(copy.run("ingest", "articles.jsonl"), copy)
    assert dump(copy.db) == before


def test_packs_dir_without_base_is_a_configuration_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "a.jsonl").write_text(json.dumps(ARTICLES[0]) + "\n", encoding="utf-8")
    done = run(environment(tmp_path, tmp_path / "empty"), tmp_path, "ingest", "a.jsonl", "--db", "m.db")
    assert done.returncode == 2 and "MILWATCH_PACKS_DIR" in done.stderr, done.stderr
    assert not (tmp_path / "m.db").exists()


def test_spark_stops_before_spark_starts(broken: Callable[[str], Broken]) -> None:
    """`milwatch spark` checks the packs in the driver: exit 2 naming the file, no output folder, and no
    Spark (nor Java) needed to find out."""
    copy = broken("unknown-key")
    out = copy.db.parent / "spark-out"
    done = run(copy.env, copy.db.parent, "spark", "articles.jsonl", "--out", str(out))
    assert_stopped(done, copy)
    assert not out.exists()
