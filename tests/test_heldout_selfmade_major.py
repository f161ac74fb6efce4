"""Accuracy floors on the self-written major-language held-out set (tests/data/heldout/major.jsonl).

61 articles in the major languages of defense news (en, de, vi, zh incl. Taiwan press, ru, fr, es, ar,
pt, ja, ko, tr, it, pl, uk, id, hi), written by a helper in the style of ministries, wires, army papers,
analyses and regional papers, with gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md
says how it was made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the
score.py port.

First measurement, before any change (2026-12-03, session 6): events P 0.896 R 0.805 F1 0.848,
current 0.864, relevance 0.979, date 0.979, location 0.818, mode 1.000, doc type 0.964, persons 0.946;
per language 0.61 (zh) to 1.00.  Floors sit about 0.03 below (raised at the end of session 6: events F1 0.921,
date 1.0, location 0.905): raise them when the system gets better,
never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.evaluate.scoring import score
from support.heldout import HELDOUT, predict, read_gold
from support.heldout import figure as read_figure

GOLD = HELDOUT / "major.jsonl"
LANGS = ("en", "de", "vi", "zh", "ru", "fr", "es", "ar", "pt", "ja", "ko", "tr", "it", "pl", "uk", "id", "hi")

FLOORS: dict[str, tuple[tuple[str, ...], float]] = {
    "relevance F1": (("relevance", "f1"), 0.95),
    "events precision": (("events", "precision"), 0.92),
    "events recall": (("events", "recall"), 0.86),
    "events F1": (("events", "f1"), 0.89),
    "current events F1": (("events_current", "f1"), 0.91),
    "date accuracy": (("fields", "date", "accuracy"), 0.97),
    "location accuracy": (("fields", "location", "accuracy"), 0.87),
    "mode accuracy": (("fields", "mode", "accuracy"), 0.95),
    "doc_type accuracy": (("fields", "doc_type", "accuracy"), 0.93),
    "person recall": (("fields", "persons", "accuracy"), 0.92),
}
LANGUAGE_FLOOR = 0.55  # every language, a few events each: a pack that breaks shows here


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    gold = read_gold(GOLD)
    tmp = tmp_path_factory.mktemp("heldout-major")
    preds = predict(gold, tmp)
    return {"gold": gold, "metrics": score(gold, preds)}



def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    gold = result["gold"]
    assert len(gold) == 61
    assert {row["lang"] for row in gold} == set(LANGS)
    assert sum(len(row["events"]) for row in gold) == 118
    assert sum(not row["relevant"] for row in gold) == 12
    for row in gold:
        for event in row["events"]:
            assert event["evidence"] in row["text"], f"{row['id']}: evidence is not a sentence of the text"
    assert result["metrics"]["predicted"] == result["metrics"]["articles"] == 61


@pytest.mark.parametrize("name", list(FLOORS))
def test_floor(result: dict[str, Any], name: str) -> None:
    path, floor = FLOORS[name]
    figure = read_figure(result["metrics"], path)
    assert figure >= floor, f"{name} {figure:.4f} fell below its floor {floor:.2f}"


@pytest.mark.parametrize("lang", LANGS)
def test_language_floor(result: dict[str, Any], lang: str) -> None:
    figure = read_figure(result["metrics"], ("by_lang", lang, "f1"))
    assert figure >= LANGUAGE_FLOOR, f"events F1 {lang} {figure:.4f} fell below {LANGUAGE_FLOOR:.2f}"
