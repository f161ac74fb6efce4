"""Spark executors build the pipeline from the same settings as the CLI (`Pipeline.from_settings`): the user's
officials file, named once in the settings file, renames an official in `milwatch spark --predictions` and in
the officials registry `--load` builds, exactly as `milwatch predict` does (tests/test_pipeline_config.py)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

OFFICIALS = """[[official]]
name = "Zoran Examplovich"
country = "BLR"
aliases = ["Иван Тестов"]
roles = [{ value = "minister of defense", from = "2020-01" }]
"""
TEXT = ("Министр обороны Беларуси Иван Тестов встретился 12 марта 2024 года в Минске с министром обороны Вьетнама "
        "Фан Ван Зянгом. Стороны подписали меморандум о военном сотрудничестве.")


def test_spark_partitions_read_the_officials_file_of_the_settings(spark_ready: str, tmp_path: Path,
                                                                 milwatch: Callable[..., Any],
                                                                 read_jsonl: Callable[[Path], list[dict[str, Any]]]
                                                                 ) -> None:
    (tmp_path / "officials.toml").write_text(OFFICIALS, encoding="utf-8")
    (tmp_path / "config.toml").write_text(f'officials_files = "{tmp_path / "officials.toml"}"\n', encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MILWATCH_")}
    env["MILWATCH_CONFIG"] = str(tmp_path / "config.toml")
    rows = [{"id": "ru-cfg-1", "text": TEXT, "published": "2024-03-12", "lang": "ru"}]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    embedded = milwatch(tmp_path, "predict", "in.jsonl", "-o", "embedded.jsonl", env=env)
    assert embedded.returncode == 0, embedded.stderr[-2000:]
    run = milwatch(tmp_path, "spark", "in.jsonl", "--out", "out", "--master", "local[2]", "--predictions",
                   "spark.jsonl", "--load", "spark.db", env=env)
    assert run.returncode == 0, run.stderr[-4000:]
    got, expected = read_jsonl(tmp_path / "spark.jsonl"), read_jsonl(tmp_path / "embedded.jsonl")
    assert got == expected
    assert {p["name"] for e in got[0]["events"] for p in e["persons"]} == {"Zoran Examplovich", "Phan Van Giang"}
    person = milwatch(tmp_path, "person", "Zoran Examplovich", "--db", "spark.db", "--json", env=env)
    assert person.returncode == 0, person.stderr
    found = json.loads(person.stdout)
    assert found["id"] == "blr-zoran-examplovich" and found["roles"][0]["first_seen"] == "2020-01"

