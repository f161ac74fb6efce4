"""Spark executors build the pipeline from the same settings as the CLI (`Pipeline.from_settings`): the user's
officials file, named once in the settings file, renames an official in `milwatch spark --predictions` and in
the officials registry `--load` builds, exactly as `milwatch predict` does (tests/test_pipeline_config.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from support.cli import ARTICLE, clean_env, officials_settings


def test_spark_partitions_read_the_officials_file_of_the_settings(
        spark_ready: str, tmp_path: Path, milwatch: Callable[..., Any],
        read_jsonl: Callable[[Path], list[dict[str, Any]]]) -> None:
    env = clean_env(officials_settings(tmp_path))
    rows = [ARTICLE]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                               for r in rows), "utf-8")
    embedded = milwatch(tmp_path, "predict", "in.jsonl", "-o", "embedded.jsonl", env=env)
    assert embedded.returncode == 0, embedded.stderr[-2000:]
    run = milwatch(tmp_path, "spark", "in.jsonl", "--out", "out", "--master", "local[2]", "--predictions",
                   "spark.jsonl", "--load", "spark.db", env=env)
    assert run.returncode == 0, run.stderr[-4000:]
    got, expected = read_jsonl(tmp_path / "spark.jsonl"), read_jsonl(tmp_path / "embedded.jsonl")
    assert got == expected
    assert ({p["name"] for e in got[0]["events"] for p in e["persons"]}
            == {"Zoran Examplovich", "Phan Van Giang"})
    person = milwatch(tmp_path, "person", "Zoran Examplovich", "--db", "spark.db", "--json", env=env)
    assert person.returncode == 0, person.stderr
    found = json.loads(person.stdout)
    assert found["id"] == "blr-zoran-examplovich" and found["roles"][0]["first_seen"] == "2020-01"

