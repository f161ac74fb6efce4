"""Accuracy floors on the self-written native-press held-out set (tests/data/heldout/native.jsonl).

36 articles, 12 each in de, vi and en (the main languages of the hidden held-out set), written by a helper in
the style of native ministries, army papers, wires and newspapers (BMVg, dpa, Tagesschau, FAZ, Bundesheer,
VBS; QĐND, Bộ Quốc phòng, Tuổi Trẻ, VietnamPlus, Nhân Dân, VnExpress; DoD readouts, gov.uk, PIB, Australian
Defence, PNA, Reuters, AP, Naval News, Defense News), gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made.  The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 6, HEAD 17f8496, with the one gold correction the
README records): events P 0.833 R 0.833 F1 0.833, current 0.837, relevance 1.000, date 0.814, location
0.896, mode 0.962, doc type 1.000, persons 0.962; de 0.71, en 0.88, vi 0.90.  Floors sit about 0.03 below
(raised at the end of session 6: events F1 0.889, date 0.952, location 0.980): raise them when the system gets
better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.evaluate.scoring import score
from support.heldout import HELDOUT, predict, read_gold
from support.heldout import figure as read_figure

GOLD = HELDOUT / "native.jsonl"

FLOORS: dict[str, tuple[tuple[str, ...], float]] = {
    "relevance F1": (("relevance", "f1"), 0.97),
    "events precision": (("events", "precision"), 0.86),
    "events recall": (("events", "recall"), 0.86),
    "events F1": (("events", "f1"), 0.86),
    "current events F1": (("events_current", "f1"), 0.86),
    "date accuracy": (("fields", "date", "accuracy"), 0.92),
    "location accuracy": (("fields", "location", "accuracy"), 0.95),
    "mode accuracy": (("fields", "mode", "accuracy"), 0.93),
    "doc_type accuracy": (("fields", "doc_type", "accuracy"), 0.97),
    "person recall": (("fields", "persons", "accuracy"), 0.93),
}
LANGUAGE_FLOORS = {"de": 0.75, "en": 0.90, "vi": 0.90}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    gold = read_gold(GOLD)
    tmp = tmp_path_factory.mktemp("heldout-native")
    preds = predict(gold, tmp)
    return {"gold": gold, "metrics": score(gold, preds)}


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    gold = result["gold"]
    assert len(gold) == 36
    assert ({lang: sum(row["lang"] == lang for row in gold) for lang in LANGUAGE_FLOORS}
            == {"de": 12, "en": 12, "vi": 12})
    assert sum(len(row["events"]) for row in gold) == 72
    assert sum(not row["relevant"] for row in gold) == 6
    for row in gold:
        for event in row["events"]:
            assert event["evidence"] in row["text"], f"{row['id']}: evidence is not a sentence of the text"
    assert result["metrics"]["predicted"] == result["metrics"]["articles"] == 36


@pytest.mark.parametrize("name", list(FLOORS))
def test_floor(result: dict[str, Any], name: str) -> None:
    path, floor = FLOORS[name]
    figure = read_figure(result["metrics"], path)
    assert figure >= floor, f"native held-out: {name} {figure:.4f} fell below its floor {floor:.2f}"


@pytest.mark.parametrize("lang", list(LANGUAGE_FLOORS))
def test_language_floor(result: dict[str, Any], lang: str) -> None:
    figure = read_figure(result["metrics"], ("by_lang", lang, "f1"))
    assert figure >= LANGUAGE_FLOORS[lang], (f"native held-out: events F1 {lang} {figure:.4f} fell below its "
                                             "floor")
