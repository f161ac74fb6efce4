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

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "major.jsonl"
LANGS = ("en", "de", "vi", "zh", "ru", "fr", "es", "ar", "pt", "ja", "ko", "tr", "it", "pl", "uk", "id", "hi")

FLOORS = {
    "relevance F1": 0.95,
    "events precision": 0.92,
    "events recall": 0.86,
    "events F1": 0.89,
    "current events F1": 0.91,
    "date accuracy": 0.97,
    "location accuracy": 0.87,
    "mode accuracy": 0.95,
    "doc_type accuracy": 0.93,
    "person recall": 0.92,
}
LANGUAGE_FLOOR = 0.55  # every language, a few events each: a pack that breaks shows here


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-major"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=61, events=118, irrelevant=12)
    assert {row["lang"] for row in result["gold"]} == set(LANGS)


test_floor = floor_test("major held-out", FLOORS, languages=dict.fromkeys(LANGS, LANGUAGE_FLOOR))
