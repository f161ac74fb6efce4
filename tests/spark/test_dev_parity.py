"""Issue 15, done when: `milwatch spark` on local[2] matches the embedded run on the dev set exactly.

Both runs are the real console script in subprocesses on the dev set in the GUIDELINES input
format (read from ../shared at test time): `milwatch predict` (the embedded pipeline, its
database kept) and `milwatch spark --master local[2] --predictions --load`.  The prediction
lines (events, relevance, story ids) must be equal, and so must the database loaded from
the Parquet output and the embedded one (stories, extractions, real events, officials)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pyarrow.parquet as pq

from milwatch.spark import load_into
from milwatch.spark._tables import MENTION_COLUMNS, REAL_EVENT_COLUMNS
from milwatch.store import open_store

STORE_FIELDS = ("articles", "quarantined", "duplicates", "near_duplicates", "extracted", "events", "reports",
                "stories", "by_lang", "by_source", "by_month")


def _groups(rows: list[dict]) -> set[frozenset[str]]:
    stories: dict[str, set[str]] = {}
    for row in rows:
        stories.setdefault(row["story"], set()).add(row["id"])
    return {frozenset(members) for members in stories.values()}


def test_spark_local2_matches_the_embedded_run_on_dev(spark_ready, dev_input, milwatch, read_jsonl,
                                                      tmp_path: Path) -> None:
    embedded = milwatch(tmp_path, "predict", str(dev_input), "-o", "embedded.jsonl", "--db", "embedded.db",
                        "--workers", "0", "-q")
    assert embedded.returncode == 0, embedded.stderr[-2000:]
    run = milwatch(tmp_path, "spark", str(dev_input), "--out", "out", "--master", "local[2]",
                   "--partitions", "3", "--predictions", "spark.jsonl", "--load", "spark.db")
    assert run.returncode == 0, run.stderr[-4000:]
    assert "97 articles" in run.stderr and "on local[2]" in run.stderr
    assert "loaded 97 new articles, 97 extractions" in run.stderr and "warning" not in run.stderr

    expected, got = read_jsonl(tmp_path / "embedded.jsonl"), read_jsonl(tmp_path / "spark.jsonl")
    assert [r["id"] for r in got] == [r["id"] for r in expected]
    assert len(got) == 97
    for mine, theirs in zip(got, expected, strict=True):
        assert mine == theirs, mine["id"]
    groups = _groups(got)
    assert groups == _groups(expected)
    assert any(len(g) > 1 for g in groups)  # stories really group reports (the Spark components ran)
    assert sum(len(r["events"]) for r in got) > 100

    # the Parquet tables hold every article, event and official of the run
    out = tmp_path / "out"
    assert pq.read_table(out / "articles").num_rows == 97
    assert pq.read_table(out / "events").num_rows == sum(len(r["events"]) for r in got)
    assert pq.read_table(out / "persons").num_rows == sum(len(e["persons"]) for r in got for e in r["events"])

    # real events resolved in Spark (blocking keys, components) are the embedded store's, row for row
    conn = sqlite3.connect(tmp_path / "embedded.db")
    try:
        theirs_real = conn.execute(f"SELECT {', '.join(REAL_EVENT_COLUMNS)} FROM real_events ORDER "
                                   f"BY event_id").fetchall()
        theirs_reports = conn.execute(f"SELECT {', '.join(MENTION_COLUMNS)} FROM real_event_mentions "
                                      "ORDER BY article_id, idx").fetchall()
    finally:
        conn.close()
    mine_real = [tuple(r[c] for c in REAL_EVENT_COLUMNS)
                 for r in pq.read_table(out / "real_events").to_pylist()]
    mine_reports = [tuple(r[c] for c in MENTION_COLUMNS)
                    for r in pq.read_table(out / "real_event_mentions").to_pylist()]
    assert sorted(mine_real) == theirs_real and sorted(mine_reports) == theirs_reports
    assert len(theirs_real) < len(theirs_reports)  # reports of one event were merged
    assert f"{len(theirs_real)} real events" in run.stderr

    # --load: the database equals the one the embedded run built, and loading again changes nothing
    for _ in range(2):
        mine_db = open_store(tmp_path / "spark.db")
        theirs_db = open_store(tmp_path / "embedded.db")
        try:
            mine_stats, theirs_stats = mine_db.stats(), theirs_db.stats()
            assert {k: mine_stats[k] for k in STORE_FIELDS} == {k: theirs_stats[k] for k in STORE_FIELDS}
            assert mine_db.get_stories() == theirs_db.get_stories()
            assert ({x.article_id: x.to_prediction() for x in mine_db.iter_extractions()}
                    == {x.article_id: x.to_prediction() for x in theirs_db.iter_extractions()})
            assert ({p.id: p.to_dict() for p in mine_db.iter_persons()}
                    == {p.id: p.to_dict() for p in theirs_db.iter_persons()})
            again = load_into(mine_db, out)
            assert again.stored == 0
        finally:
            mine_db.close()
            theirs_db.close()
