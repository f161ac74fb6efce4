"""`milwatch spark` on awkward input, against `milwatch predict` on the same file: exact duplicates,
an id clash, broken lines (kept in the quarantine table with file and line), an article without
events; and the errors a user meets (no Java, no finished run to read)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from milwatch.errors import InputError
from milwatch.spark import prediction_rows
from milwatch.store import open_store

MEETING = ("The defense ministers of Vietnam and Azerbaijan met in Hanoi on 4 September 2025. "
           "Minister Phan Van Giang and Minister Zakir Hasanov signed a memorandum on military training "
           "and agreed to hold joint exercises next year.")
VISIT = ("Germany's defence minister Boris Pistorius visited Lithuania on 12 March 2025 and met his "
         "counterpart to discuss the deployment of a German brigade and joint air defence exercises.")
WEATHER = "Heavy rain is expected across the region on Friday, with temperatures falling to ten degrees."


def _awkward(path: Path) -> None:
    rows = [
        {"id": "m1", "text": MEETING, "published": "2025-09-04", "lang": "en"},
        {"id": "m2", "text": MEETING, "published": "2025-09-04", "lang": "en"},  # exact duplicate of m1
        {"id": "m1", "text": VISIT, "published": "2025-03-12"},  # id clash with m1
        {"id": "w1", "text": WEATHER, "published": "2025-05-01"},
        {"id": "v1", "text": VISIT, "published": "2025-03-12"},
        {"id": "t0"},  # no text
    ]
    lines = [json.dumps(r) for r in rows]
    lines.insert(3, '{"id": "broken", "text": "cut off')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_awkward_input_matches_predict_and_keeps_bad_lines(spark_ready, milwatch, read_jsonl,
                                                           tmp_path: Path) -> None:
    _awkward(tmp_path / "in.jsonl")
    embedded = milwatch(tmp_path, "predict", "in.jsonl", "-o", "embedded.jsonl", "--db", "embedded.db", "-q")
    assert embedded.returncode == 0, embedded.stderr[-2000:]
    run = milwatch(tmp_path, "spark", "in.jsonl", "--out", "out", "--master", "local[2]",
                   "--predictions", "spark.jsonl", "--load", "spark.db")
    assert run.returncode == 0, run.stderr[-4000:]
    assert "1 duplicates, 1 id clashes" in run.stderr
    got = read_jsonl(tmp_path / "spark.jsonl")
    assert got == read_jsonl(tmp_path / "embedded.jsonl")
    assert [r["id"] for r in got] == ["m1", "m2", "w1", "v1"]
    assert got[1]["events"] == got[0]["events"] and got[0]["events"]  # the duplicate gets its original's
    assert not got[2]["relevant"]

    bad = pq.read_table(tmp_path / "out" / "quarantine").to_pylist()
    where = sorted((Path(r["origin_path"]).name, r["origin_line"]) for r in bad)
    assert where == [("in.jsonl", 4), ("in.jsonl", 7)]
    mine, theirs = open_store(tmp_path / "spark.db"), open_store(tmp_path / "embedded.db")
    try:
        for key in ("articles", "quarantined", "duplicates", "extracted", "reports", "stories"):
            assert mine.stats()[key] == theirs.stats()[key], key
        assert [q.describe() for q, _at in mine.iter_quarantine()] == [q.describe() for q, _at in
                                                                       theirs.iter_quarantine()]
    finally:
        mine.close()
        theirs.close()


def test_without_java_the_error_says_how_to_get_it(spark_ready, milwatch, tmp_path: Path) -> None:
    _awkward(tmp_path / "in.jsonl")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MILWATCH_", "JAVA_HOME"))}
    env["PATH"] = str(Path(sys.executable).parent)  # the venv's scripts, no java
    env["MILWATCH_CONFIG"] = str(tmp_path / "no-config.toml")
    run = milwatch(tmp_path, "spark", "in.jsonl", "--out", "out", env=env, timeout=120)
    assert run.returncode == 1
    assert "Spark needs Java" in run.stderr and "openjdk" in run.stderr
    assert "Traceback" not in run.stderr


def test_reading_an_unfinished_run_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    with pytest.raises(InputError, match="not the output of a finished `milwatch spark` run"):
        list(prediction_rows(tmp_path))


def test_a_master_spark_does_not_know_is_a_clear_error(spark_ready, milwatch, tmp_path: Path) -> None:
    _awkward(tmp_path / "in.jsonl")
    run = milwatch(tmp_path, "spark", "in.jsonl", "--out", "out", "--master", "nowhere", timeout=300)
    assert run.returncode == 1
    assert "error: cannot start Spark on master 'nowhere'" in run.stderr
    assert "Traceback" not in run.stderr
    assert not (tmp_path / "out" / "_milwatch.json").exists()
