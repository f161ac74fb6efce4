"""`milwatch predict` and `milwatch eval` as real subprocesses.

On the dev set (read from ../shared at test time, never copied): `score.py input` makes the
system's input, `milwatch predict` writes predictions, `score.py score --json` scores them,
and `milwatch eval --json` on the same gold must report identical metrics.  Small tests on
invented articles cover the prediction format, duplicates and the kept database.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from milwatch.model import EVENT_TYPES
from support.cli import clean_env, milwatch_command

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORE_PY = SHARED / "eval" / "score.py"
DEV = SHARED / "corpus" / "dev"
needs_shared = pytest.mark.skipif(not (SCORE_PY.is_file() and DEV.is_dir()),
                                  reason="../shared (eval/score.py and corpus/dev) is not "
                                         "available next to the repo")


def run(args: list[str], tmp: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=tmp, env=clean_env(tmp / "no-config.toml"), capture_output=True,
                          text=True, timeout=timeout)


def milwatch(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run([*milwatch_command(), *args], tmp)


def score_py(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, str(SCORE_PY), *args], tmp)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- the dev set: milwatch eval == score.py --------------------------------------------------


@pytest.fixture(scope="module")
def dev_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    if not (SCORE_PY.is_file() and DEV.is_dir()):
        pytest.skip("../shared (eval/score.py and corpus/dev) is not available next to the repo")
    tmp = tmp_path_factory.mktemp("dev")
    files = sorted(DEV.glob("*.jsonl"))
    gold = tmp / "dev-gold.jsonl"
    gold.write_text("".join(f.read_text(encoding="utf-8") for f in files), encoding="utf-8")
    made = score_py(tmp, "input", str(gold))
    assert made.returncode == 0, made.stderr
    (tmp / "dev-input.jsonl").write_text(made.stdout, encoding="utf-8")
    predicted = milwatch(tmp, "predict", "dev-input.jsonl", "-o", "pred.jsonl", "-q")
    assert predicted.returncode == 0, predicted.stderr
    scored = score_py(tmp, "score", str(gold), "pred.jsonl", "--json")
    assert scored.returncode == 0, scored.stderr
    scored_text = score_py(tmp, "score", str(gold), "pred.jsonl")
    evaluated = milwatch(tmp, "eval", *map(str, files), "--json", "-q", "-o", "eval-pred.jsonl")
    assert evaluated.returncode == 0, evaluated.stderr
    evaluated_text = milwatch(tmp, "eval", str(gold), "-q")
    assert evaluated_text.returncode == 0, evaluated_text.stderr
    return {"tmp": tmp, "gold": read_jsonl(gold), "input": read_jsonl(tmp / "dev-input.jsonl"),
            "pred": read_jsonl(tmp / "pred.jsonl"), "eval_pred": read_jsonl(tmp / "eval-pred.jsonl"),
            "score_py": json.loads(scored.stdout), "eval": json.loads(evaluated.stdout),
            "score_py_text": scored_text.stdout, "eval_text": evaluated_text.stdout,
            "predict_stderr": predicted.stderr}


@needs_shared
def test_eval_metrics_equal_score_py(dev_run: dict[str, Any]) -> None:
    assert dev_run["eval"] == dev_run["score_py"]
    assert dev_run["eval"]["articles"] == dev_run["eval"]["predicted"] == len(dev_run["gold"])


@needs_shared
def test_eval_report_equals_score_py_report(dev_run: dict[str, Any]) -> None:
    assert dev_run["eval_text"].strip() == dev_run["score_py_text"].strip()


@needs_shared
def test_predict_writes_one_row_per_input_article_in_order(dev_run: dict[str, Any]) -> None:
    assert [r["id"] for r in dev_run["pred"]] == [r["id"] for r in dev_run["input"]]
    assert not any(k in row for row in dev_run["input"] for k in ("relevant", "story", "events"))
    for row in dev_run["pred"]:
        assert set(row) >= {"id", "relevant", "story", "events"}
        assert row["relevant"] == bool(row["events"])
        for event in row["events"]:
            assert event["type"] in EVENT_TYPES
            assert event["countries"] == sorted(event["countries"]) and len(event["countries"]) >= 2
            assert all((len(c) == 3 and c.isupper()) or c.islower() for c in event["countries"])
    assert "wrote" in dev_run["predict_stderr"] and "Traceback" not in dev_run["predict_stderr"]


@needs_shared
def test_eval_output_equals_predict_output(dev_run: dict[str, Any]) -> None:
    """The same pipeline: `eval -o` writes what `predict` writes (deterministic, stories included)."""
    assert dev_run["eval_pred"] == dev_run["pred"]


@needs_shared
def test_dev_figures_are_not_trivial(dev_run: dict[str, Any]) -> None:
    metrics = dev_run["eval"]
    assert metrics["events"]["tp"] > 0 and metrics["relevance"]["f1"] > 0.5
    assert metrics["story_links"]["tp"] > 0


# --- small invented inputs -------------------------------------------------------------------

MEETING = ("Estonian Defence Minister Jaan Tamm received Latvian Defence Minister Andris Ozols in Tallinn on "
           "Tuesday. The two ministers discussed air defence cooperation.")
AID = "Japan handed over two patrol boats to the Philippine Coast Guard at a ceremony in Manila on Thursday."
WEATHER = "The weather in Tallinn was sunny on Tuesday and many people went to the beach."


def write_input(path: Path, rows: list[dict[str, Any]]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def test_predict_small_input_and_kept_db(tmp_path: Path) -> None:
    write_input(tmp_path / "in.jsonl", [
        {"id": "m1", "lang": "en", "published": "2024-06-12", "text": MEETING},
        {"id": "m2", "lang": "en", "published": "2024-06-12", "text": MEETING},  # exact duplicate text
        {"id": "w1", "lang": "en", "published": "2024-06-12", "text": WEATHER},
    ])
    proc = milwatch(tmp_path, "predict", "in.jsonl", "-o", "out/pred.jsonl", "--db", "keep.db", "-q")
    assert proc.returncode == 0, proc.stderr
    assert "wrote 3 predictions" in proc.stderr
    rows = read_jsonl(tmp_path / "out" / "pred.jsonl")
    assert [r["id"] for r in rows] == ["m1", "m2", "w1"]
    m1, m2, w1 = rows
    assert m1["relevant"] and [(e["type"], e["countries"], e["date"]) for e in m1["events"]] == [
        ("meeting", ["EST", "LVA"], "2024-06-11")]
    assert m2["events"] == m1["events"] and m2["story"] == m1["story"]  # the duplicate gets the original's
    assert w1 == {"id": "w1", "relevant": False, "story": "w1", "events": []}
    shown = milwatch(tmp_path, "show", "m1", "--db", "keep.db", "--json")
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["events"][0]["type"] == "meeting"


def test_predict_without_db_leaves_nothing_behind(tmp_path: Path) -> None:
    write_input(tmp_path / "in.jsonl", [{"id": "a1", "lang": "en", "published": "2024-11-15", "text": AID}])
    proc = milwatch(tmp_path, "predict", "in.jsonl", "-o", "pred.jsonl", "-q")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "pred.jsonl"]
    assert read_jsonl(tmp_path / "pred.jsonl")[0]["events"][0]["type"] == "aid"


def test_predict_article_without_id_gets_a_row(tmp_path: Path) -> None:
    write_input(tmp_path / "in.jsonl",
                [{"id": "a1", "lang": "en", "text": AID}, {"lang": "en", "text": MEETING}])
    proc = milwatch(tmp_path, "predict", "in.jsonl", "-o", "pred.jsonl", "-q")
    assert proc.returncode == 0, proc.stderr
    assert len(read_jsonl(tmp_path / "pred.jsonl")) == 2


def test_eval_small_gold(tmp_path: Path) -> None:
    gold = [
        {"id": "g1", "lang": "en", "published": "2024-11-15", "text": AID, "relevant": True, "story": "s1",
         "events": [{"type": "aid", "countries": ["JPN", "PHL"], "date": "2024-11-14", "location": "PHL",
                     "historical": False, "persons": []}]},
        {"id": "g2", "lang": "en", "published": "2024-06-12", "text": WEATHER,
         "relevant": False, "story": "s2", "events": []},
    ]
    write_input(tmp_path / "gold.jsonl", gold)
    proc = milwatch(tmp_path, "eval", "gold.jsonl", "--json", "-q")
    assert proc.returncode == 0, proc.stderr
    metrics = json.loads(proc.stdout)
    assert metrics["events"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "tp": 1, "fp": 0, "fn": 0}
    assert metrics["relevance"]["f1"] == 1.0 and metrics["fields"]["date"]["accuracy"] == 1.0
    assert metrics["stories"]["f1"] == 1.0


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    proc = milwatch(tmp_path, "predict", "nope.jsonl", "-o", "pred.jsonl")
    assert proc.returncode == 2 and "nope.jsonl" in proc.stderr
    proc = milwatch(tmp_path, "predict", "nope.jsonl")
    assert proc.returncode == 2
    proc = milwatch(tmp_path, "eval")
    assert proc.returncode == 2


def test_eval_on_malformed_gold_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text(json.dumps({"id": "g1", "text": AID}) + "\nnot json\n",
                                         encoding="utf-8")
    proc = milwatch(tmp_path, "eval", "gold.jsonl", "-q")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "gold.jsonl:2" in proc.stderr
