"""Accuracy floors of the self-written held-out sets: one table per set in tests/data/heldout/floors.toml.

Each set (tests/data/heldout/<set>.jsonl, written by a session's set-writer, gold after
../shared/eval/GUIDELINES.md) runs through the whole pipeline in-process, as `milwatch eval` runs it, and is
scored with the score.py port (tests/support/heldout.py). Two tests per set: the set is what its table says
(articles, events, historical and non-relevant ones, articles per language; every evidence a sentence of its
article), and one floor test per figure and per language. How each set was made and measured is in its
section of tests/data/heldout/README.md; asia-africa, scored by region, keeps its own module
(test_heldout_selfmade_asia_africa.py).
"""

from __future__ import annotations

import tomllib
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from support.heldout import HELDOUT, check_floor, check_set, floor_cases, run_set

SETS: dict[str, dict[str, Any]] = tomllib.loads((HELDOUT / "floors.toml").read_text(encoding="utf-8"))
Result = Callable[[str], dict[str, Any]]


@pytest.fixture(scope="module")
def heldout_result(tmp_path_factory: pytest.TempPathFactory) -> Result:
    """A set's `run_set`, computed once per set however the tests are ordered."""
    results: dict[str, dict[str, Any]] = {}

    def result(name: str) -> dict[str, Any]:
        if name not in results:
            results[name] = run_set(HELDOUT / f"{name}.jsonl", tmp=tmp_path_factory.mktemp(f"heldout-{name}"))
        return results[name]

    return result


def floor_params() -> list[Any]:
    """(set, figure name, figure path, floor) for every floor of every set, with ids "set-figure"."""
    return [pytest.param(name, *case.values, id=f"{name}-{case.id}")
            for name, table in SETS.items()
            for case in floor_cases(table["floors"], table.get("language_floors"))]


def test_every_set_has_a_table_and_every_table_a_set() -> None:
    gold_files = {path.stem for path in HELDOUT.glob("*.jsonl")} - {"asia-africa"}
    assert gold_files == set(SETS)


@pytest.mark.parametrize("name", list(SETS))
def test_the_set_is_what_its_table_says(heldout_result: Result, name: str) -> None:
    table = SETS[name]
    result = heldout_result(name)
    check_set(result, articles=table["articles"], events=table["events"], irrelevant=table.get("irrelevant"),
              historical=table.get("historical"))
    assert Counter(row["lang"] for row in result["gold"]) == table["languages"]


@pytest.mark.parametrize(("name", "figure", "path", "floor"), floor_params())
def test_floor(heldout_result: Result, name: str, figure: str, path: tuple[str, ...], floor: float) -> None:
    check_floor(heldout_result(name)["metrics"], figure, path, floor, f"{name} held-out")
