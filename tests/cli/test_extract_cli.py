"""`milwatch ingest` → `milwatch extract` (idempotent, `--force`) → `milwatch show`, on a real
SQLite file in tmp_path and three invented articles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from milwatch.cli import main
from milwatch.store import open_store

ARTICLES = [
    {"id": "en-1", "lang": "en", "published": "2024-06-12",
     "title": "Estonian and Latvian defence ministers meet",
     "text": "Estonian Defence Minister Jaan Tamm received Latvian Defence Minister "
             "Andris Ozols in Tallinn on "
             "Tuesday. The two ministers discussed air defence cooperation."},
    {"id": "de-1", "lang": "de", "published": "2024-06-12", "title": "Estland empfängt Lettland",
     "text": "Der estnische Verteidigungsminister Jaan Tamm hat am Dienstag in Tallinn seinen lettischen "
             "Amtskollegen Andris Ozols empfangen. Die Minister sprachen über die Luftverteidigung."},
    {"id": "vi-1", "lang": "vi", "published": "2024-09-20",
     "text": "Chiều 18/9, tại Phnôm Pênh, Bộ Quốc phòng Việt Nam đã bàn giao trang "
             "thiết bị y tế cho Quân đội "
             "Hoàng gia Campuchia."},
]
LATE = {"id": "en-2", "lang": "en", "published": "2024-11-15",
        "text": "Japan handed over two patrol boats to the Philippine Coast Guard at a ceremony "
                "in Manila on Thursday."}


pytestmark = pytest.mark.usefixtures("no_user_settings")  # tests/conftest.py


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> dict[str, Any]:
    code, out, err = run(*args, "--json")
    assert code == 0, err
    return json.loads(out)


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def counts(summary: dict[str, Any]) -> tuple[int, int, int, int, int]:
    return summary["articles"], summary["skipped"], summary["relevant"], summary["events"], summary["failed"]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "store" / "m.db"
    summary = run_json("ingest", str(write_jsonl(tmp_path / "three.jsonl", ARTICLES)), "--db", str(db), "-q")
    assert (summary["read"], summary["stored"], summary["quarantined"]) == (3, 3, 0)
    return db


def test_extract_then_skip_then_force(db: Path) -> None:
    first = run_json("extract", "--db", str(db), "-q")
    assert counts(first) == (3, 0, 3, 3, 0)
    assert first["stories"] == 2  # the English and German reports of one meeting share a story
    assert first["database"] == str(db)

    again = run_json("extract", "--db", str(db), "-q")
    assert counts(again) == (0, 3, 0, 0, 0)
    assert again["stories"] == 2

    with open_store(db, create=False) as store:
        before = {a: [e.to_prediction() for e in store.get_extraction(a).events]
                  for a in ("en-1", "de-1", "vi-1")}
    forced = run_json("extract", "--db", str(db), "--force", "-q")
    assert counts(forced) == (3, 0, 3, 3, 0)
    with open_store(db, create=False) as store:
        after = {a: [e.to_prediction() for e in store.get_extraction(a).events]
                 for a in ("en-1", "de-1", "vi-1")}
        assert store.get_stories()["en-1"] == store.get_stories()["de-1"] != store.get_stories()["vi-1"]
    assert after == before  # re-extracting replaces, never duplicates


def test_extract_text_summary(db: Path) -> None:
    code, out, err = run("extract", "--db", str(db), "-q")
    assert code == 0, err
    assert out.startswith("extracted 3 · skipped 0 (already extracted) · relevant 3 · events 3 "
                          "· failed 0 · stories 2")
    code, out, _err = run("extract", "--db", str(db), "-q")
    assert out.startswith("extracted 0 · skipped 3 (already extracted)")


def test_only_new_articles_are_extracted(tmp_path: Path, db: Path) -> None:
    run_json("extract", "--db", str(db), "-q")
    run_json("ingest", str(write_jsonl(tmp_path / "late.jsonl", [LATE])), "--db", str(db), "-q")
    summary = run_json("extract", "--db", str(db), "-q")
    assert counts(summary) == (1, 3, 1, 1, 0)
    assert summary["stories"] == 3


def test_show_lists_the_events(db: Path) -> None:
    run_json("extract", "--db", str(db), "-q")
    code, out, err = run("show", "en-1", "--db", str(db))
    assert code == 0, err
    assert "events (1)" in out
    assert ("- meeting · EST–LVA · date=2024-06-11 · mode=visit · location=EST · "
            "Jaan Tamm, Andris Ozols") in out
    assert "received Latvian Defence Minister Andris Ozols in Tallinn on Tuesday." in out  # the evidence
    shown = run_json("show", "vi-1", "--db", str(db))
    assert shown["extracted"] is True and shown["story"]
    (event,) = shown["events"]
    assert (event["type"], event["countries"], event["date"], event["location"]) == (
        "aid", ["KHM", "VNM"], "2024-09-18", "KHM")
    assert event["plover"] == "AID" and event["cameo"] == "072"


def test_show_before_extract_has_no_events(db: Path) -> None:
    shown = run_json("show", "de-1", "--db", str(db))
    assert shown["extracted"] is False and shown["events"] == []


def test_extract_on_a_missing_database(tmp_path: Path) -> None:
    code, _out, err = run("extract", "--db", str(tmp_path / "none.db"))
    assert code == 3 and "no database at" in err
    assert not (tmp_path / "none.db").exists()
