"""`milwatch ingest`, `stats` and `show` end to end, on files and databases the tests write."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from milwatch.cli import main
from milwatch.store import open_store

TEXT = ("The defense ministers of Alphaland and Betaland held talks in the capital on Monday.\n\n"
        "They signed a memorandum of understanding on officer training and logistics.\n")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def write_inputs(folder: Path) -> None:
    (folder / "feeds").mkdir(parents=True)
    lines = [json.dumps({"id": "a1", "lang": "en", "published": "2024-03-12",
                         "source_url": "https://one.test/a",
                         "title": "Ministers meet", "text": TEXT, "story": "s1"}),
             '{"id": "cut", "text": "trunc',
             json.dumps({"id": "nt", "title": "no text"}),
             json.dumps({"id": "d1", "published": "2024-13-01", "text": "Bad date but text. " * 5}),
             json.dumps({"id": "a2",
                         "text": "Die Minister beider Länder trafen sich am Montag zu Gesprächen über "
                                           "die Zusammenarbeit bei der Ausbildung von Offizieren."})]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "copy.jsonl.gz").write_bytes(
        gzip.compress((json.dumps({"id": "other", "text": TEXT}) + "\n").encode()))
    (folder / "note.txt").write_text("Alphaland buys patrol boats\n\n" + TEXT.replace("Monday", "Friday"),
                                     encoding="utf-8")
    (folder / "feeds" / "empty.xml").write_bytes(b"")
    (folder / "broken.txt").write_bytes(b"Title\n\nBody \xff\xfe text.\n")


def test_ingest_summary_warnings_and_store(tmp_path: Path) -> None:
    write_inputs(tmp_path / "in")
    db = tmp_path / "out" / "m.db"
    code, out, err = run("ingest", str(tmp_path / "in"), "--db", str(db))
    assert code == 0, err
    assert "Traceback" not in err
    warnings = [line for line in err.splitlines() if line.startswith("quarantined ")]
    assert len(warnings) == 5
    assert any(w.endswith("batch.jsonl:2: truncated JSON (the record ends inside a value)") for w in warnings)
    assert any("batch.jsonl:3: missing required field 'text'" in w for w in warnings)
    assert any("batch.jsonl:4: invalid date '2024-13-01'" in w for w in warnings)
    assert any("empty.xml" in w and "empty file" in w for w in warnings)
    assert any("broken.txt:3: invalid UTF-8" in w for w in warnings)
    assert "read 9 · stored 3 · already stored 0 · duplicates 1 · near-duplicates 1 · quarantined 5" in out

    with open_store(db, create=False) as store:
        a1 = store.get_article("a1")
        assert a1 is not None and a1.lang == "en" and a1.extra == {"story": "s1"}
        assert store.get_article("a2").lang == "de"  # type: ignore[union-attr]
        quarantine = list(store.iter_quarantine())
        assert len(quarantine) == 5 and all(q.origin.path.startswith(str(tmp_path)) for q, _ in quarantine)
        assert {d["article_id"] for d in store.duplicates_of("a1")} >= {"other"}


def test_reingest_is_a_no_op_and_json_summary(tmp_path: Path) -> None:
    write_inputs(tmp_path / "in")
    db = tmp_path / "m.db"
    run("ingest", str(tmp_path / "in"), "--db", str(db), "--quiet")
    code, out, err = run("ingest", str(tmp_path / "in"), "--db", str(db), "--quiet", "--json")
    assert code == 0 and err == ""
    summary = json.loads(out)
    assert (summary["read"], summary["stored"], summary["already_stored"], summary["duplicates"],
            summary["quarantined"]) == (9, 0, 4, 0, 5)
    with open_store(db, create=False) as store:
        stats = store.stats()
    assert (stats["articles"], stats["quarantined"], stats["duplicates"],
            stats["near_duplicates"]) == (3, 5, 1, 1)


def test_lang_override_and_validation(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Titel\n\n" + TEXT, encoding="utf-8")
    db = tmp_path / "m.db"
    assert run("ingest", str(path), "--db", str(db), "--lang", "DE", "-q")[0] == 0
    with open_store(db, create=False) as store:
        (article,) = list(store.iter_articles())
        assert article.lang == "de" and article.lang_hint == "de"
    code, _out, err = run("ingest", str(path), "--db", str(db), "--lang", "German")
    assert code == 2 and "ISO 639-1" in err
    code, _out, err = run("ingest", str(tmp_path / "missing.jsonl"), "--db", str(db))
    assert code == 2 and "does not exist" in err


def test_stats_and_show(tmp_path: Path) -> None:
    write_inputs(tmp_path / "in")
    db = tmp_path / "m.db"
    run("ingest", str(tmp_path / "in"), "--db", str(db), "-q")
    code, out, _err = run("stats", "--db", str(db))
    assert code == 0
    assert "articles 3" in out and "by language" in out and "by source" in out and "by month" in out
    assert "one.test" in out and "2024-03" in out
    code, out, _err = run("stats", "--db", str(db), "--json")
    data = json.loads(out)
    assert data["by_lang"] == {"en": 2, "de": 1} and data["by_month"] == {"2024-03": 1, "unknown": 2}

    code, out, _err = run("show", "a1", "--db", str(db))
    assert code == 0
    assert "Ministers meet" in out and "lang en" in out and "batch.jsonl:1" in out
    assert "memorandum of understanding" in out and "exact duplicate: other" in out
    code, out, _err = run("show", "a1", "--db", str(db), "--json")
    shown = json.loads(out)
    assert (shown["id"] == "a1" and shown["clean_text"].startswith("The defense ministers")
            and shown["events"] == [])
    code, _out, err = run("show", "zzz", "--db", str(db))
    assert code == 4 and "no article with id 'zzz'" in err


def test_commands_on_a_missing_database(tmp_path: Path) -> None:
    for args in (("stats",), ("show", "x")):
        code, _out, err = run(*args, "--db", str(tmp_path / "none.db"))
        assert code == 3 and "no database at" in err and not (tmp_path / "none.db").exists()


@pytest.mark.sqlite_only("checks that the SQLite file named by MILWATCH_DB_PATH is created (MILWATCH_DB_URL: "
                         "tests/test_settings_db_url.py)")
def test_db_path_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("MILWATCH_DB_PATH", str(tmp_path / "env.db"))
    assert run("ingest", str(path), "-q")[0] == 0
    assert (tmp_path / "env.db").exists()
    monkeypatch.setenv("MILWATCH_BATCH_SIZE", "zero")
    code, _out, err = run("ingest", str(path), "-q")
    assert code == 2 and "batch_size" in err


def test_real_process_no_traceback_on_bad_files(tmp_path: Path) -> None:
    (tmp_path / "bin.jsonl").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "ok.jsonl").write_text(json.dumps({"text": TEXT}) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", "from milwatch.cli import main; main()", "ingest",
                           str(tmp_path / "bin.jsonl"), str(tmp_path / "ok.jsonl"), "--db",
                           str(tmp_path / "m.db")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr
    assert "bin.jsonl: binary file" in proc.stderr
    assert "stored 1" in proc.stdout
