"""The whole pipeline run in-process over a gold file, as `milwatch eval` runs it, scored with the
score.py port: what the accuracy floor tests of the shared and self-written sets measure.

A set's floors are declared once, as figure name -> floor (`FIGURES` names the figures; "events F1 xx"
is language xx's events F1), and become one parametrized test:

    FLOORS = {"events F1": 0.89, "date accuracy": 0.97}
    test_floor = floor_test("major held-out", FLOORS, languages={"de": 0.55})

The test reads the module's `result` fixture (`run_set`). The self-written sets keep their floors as
data (tests/data/heldout/floors.toml, read by tests/test_heldout_floors.py) and use `floor_cases` and
`check_floor` directly."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest

from milwatch.cli._common import settings_from
from milwatch.cli._run import run_pipeline
from milwatch.evaluate.scoring import score

GOLD_ONLY = ("relevant", "story", "events")  # what the system must not see
HELDOUT = Path(__file__).resolve().parents[1] / "data" / "heldout"
FIGURES: dict[str, tuple[str, ...]] = {  # a floor's name -> where score() puts its figure
    "relevance F1": ("relevance", "f1"),
    "events precision": ("events", "precision"),
    "events recall": ("events", "recall"),
    "events F1": ("events", "f1"),
    "current events F1": ("events_current", "f1"),
    "stories B3 F1": ("stories", "f1"),
    "story links F1": ("story_links", "f1"),
    "date accuracy": ("fields", "date", "accuracy"),
    "doc_type accuracy": ("fields", "doc_type", "accuracy"),
    "location accuracy": ("fields", "location", "accuracy"),
    "mode accuracy": ("fields", "mode", "accuracy"),
    "person recall": ("fields", "persons", "accuracy"),
}
LANGUAGE_F1 = "events F1 "  # + a language code: that language's events F1


def read_gold(*paths: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for path in paths for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def predict(gold: list[dict[str, Any]], tmp: Path) -> list[dict[str, Any]]:
    """Predictions for the gold articles, their gold fields removed, through a store in `tmp`."""
    path = tmp / "input.jsonl"
    path.write_text("".join(json.dumps({k: v for k, v in row.items() if k not in GOLD_ONLY},
                                       ensure_ascii=False) + "\n" for row in gold), encoding="utf-8")
    return run_pipeline([path], settings_from(db=tmp / "eval.db"), [str(row["id"]) for row in gold],
                        quiet=True)


def evaluate(gold: list[dict[str, Any]], tmp: Path) -> dict[str, Any]:
    """The score.py figures of the pipeline on the gold articles."""
    return score(gold, predict(gold, tmp))


def run_set(*paths: Path, tmp: Path) -> dict[str, Any]:
    """A gold set run and scored: {"gold": rows, "preds": {id: prediction}, "metrics": score.py figures}."""
    gold = read_gold(*paths)
    preds = predict(gold, tmp)
    return {"gold": gold, "preds": {p["id"]: p for p in preds}, "metrics": score(gold, preds)}


def check_set(result: dict[str, Any], *, articles: int, events: int, irrelevant: int | None = None,
              historical: int | None = None) -> None:
    """A self-written set is what its README says: so many articles, events (historical ones, irrelevant
    articles), every event's evidence a sentence of its article, and every article predicted."""
    gold = result["gold"]
    assert len(gold) == articles
    assert sum(len(row["events"]) for row in gold) == events
    if historical is not None:
        assert sum(event["historical"] for row in gold for event in row["events"]) == historical
    if irrelevant is not None:
        assert sum(not row["relevant"] for row in gold) == irrelevant
    for row in gold:
        for event in row["events"]:
            assert event["evidence"] in row["text"], f"{row['id']}: evidence is not a sentence of the text"
    assert result["metrics"]["predicted"] == result["metrics"]["articles"] == articles


def figure(metrics: dict[str, Any], path: tuple[str, ...]) -> float:
    """One figure of a score, 0.0 when it is missing ("by_lang", "de", "f1")."""
    value: Any = metrics
    for key in path:
        value = value.get(key, {}) if isinstance(value, dict) else {}
    return float(value or 0.0)


def figure_path(name: str) -> tuple[str, ...]:
    """Where score() puts the figure a floor is named after (`FIGURES`, or "events F1 xx")."""
    if name in FIGURES:
        return FIGURES[name]
    if name.startswith(LANGUAGE_F1):
        return ("by_lang", name.removeprefix(LANGUAGE_F1), "f1")
    raise KeyError(f"no figure is named {name!r} (tests/support/heldout.py FIGURES)")


def floor_cases(floors: Mapping[str, float], languages: Mapping[str, float] | None = None) -> list[Any]:
    """pytest params (name, figure path, floor), each with its name as id: `floors` by figure name, then
    the events F1 floor of each language of `languages`."""
    named = {**floors, **{LANGUAGE_F1 + lang: floor for lang, floor in (languages or {}).items()}}
    return [pytest.param(name, figure_path(name), floor, id=name) for name, floor in named.items()]


def check_floor(metrics: dict[str, Any], name: str, path: tuple[str, ...], floor: float, where: str) -> None:
    value = figure(metrics, path)
    assert value >= floor, f"{where}: {name} {value:.4f} fell below its floor {floor:.2f}"


def floor_test(where: str, floors: Mapping[str, float], languages: Mapping[str, float] | None = None
               ) -> Callable[..., None]:
    """The floor test of a set (assign it to `test_floor`): one case per floor, on the module's `result`
    fixture (a `run_set`); `where` names the set in a failure."""

    @pytest.mark.parametrize(("name", "path", "floor"), floor_cases(floors, languages))
    def test_floor(result: dict[str, Any], name: str, path: tuple[str, ...], floor: float) -> None:
        check_floor(result["metrics"], name, path, floor, where)

    return test_floor
