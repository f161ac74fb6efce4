"""`milwatch extract` files only the new articles into the story index kept in the database, with the
stories of one run over everything (real CLI processes on the dev corpus, real SQLite)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
needs_dev = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus/dev is not available")
EXE = str(Path(sys.executable).parent / "milwatch")  # the console script, as a user runs it


def _milwatch(*args: str | Path) -> str:
    done = subprocess.run([EXE, *map(str, args)], capture_output=True, text=True,
                          timeout=600, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _stories(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT article_id, story_id FROM stories").fetchall())


def _set_story(db: Path, article_id: str, story: str) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE stories SET story_id = ? WHERE article_id = ?", (story, article_id))


@needs_dev
def test_dev_corpus_in_two_batches_gives_the_stories_of_one_batch_without_rebuilding(tmp_path: Path) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    _milwatch("ingest", DEV, "--db", one, "-q")
    _milwatch("extract", "--db", one, "-q", "--workers", "0")
    expected = _stories(one)
    assert len(expected) == 97 and len(set(expected.values())) < 97

    _milwatch("ingest", DEV / "dev-a.jsonl", DEV / "seeds.jsonl", "--db", two, "-q")
    _milwatch("extract", "--db", two, "-q", "--workers", "0")
    first = _stories(two)
    # a story of the first batch that no article of the second one can reach: marked, to see whether the
    # second run reads it (a rebuild would give it back its id)
    alone = next(a for a, s in sorted(first.items()) if a == s and list(first.values()).count(s) == 1
                 and expected[a] == a and list(expected.values()).count(a) == 1)
    _set_story(two, alone, "sentinel")
    _milwatch("ingest", DEV, "--db", two, "-q")
    out = _milwatch("extract", "--db", two, "-q", "--workers", "0", "--json")
    assert '"articles": 70' in out and '"skipped": 27' in out
    got = _stories(two)
    assert got.pop(alone) == "sentinel"  # untouched: only the new articles' neighbourhood was read
    assert got == {a: s for a, s in expected.items() if a != alone}

    _milwatch("extract", "--db", two, "-q", "--workers", "0", "--rebuild-stories")
    assert _stories(two) == expected
