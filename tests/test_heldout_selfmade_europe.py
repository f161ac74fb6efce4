"""Accuracy floors on the self-written European held-out set (tests/data/heldout/europe.jsonl).

51 short articles in 17 European languages the shared sets cover thinly or not at all (nl, sv,
no, da, fi, sk, hr, sl, mk, bs, sr, pl, uk, cs, ro, it, el), written by a helper in the style
of each country's ministries, agencies and newspapers, with gold after
../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.  The whole
pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port.

First measurement, before any pack change (2026-12-03, session 5; two gold labels corrected
as the README says): events P 0.935 R 0.879 F1 0.906, current 0.926, date 0.976, location
0.839, persons 0.941.  Measured when the floors were set, after the pack work of that session:
events P 0.979 R 0.950 F1 0.964, current 0.957, relevance 1.000, date 0.989, location 0.955,
mode 0.938, doc type 1.000, persons 0.971; per language 0.75 (da) to 1.00.  Floors sit about
0.03 below: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "europe.jsonl"
LANGS = ("nl", "sv", "no", "da", "fi", "sk", "hr", "sl", "mk", "bs", "sr", "pl", "uk", "cs", "ro", "it", "el")

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.95,
    "events recall": 0.91,
    "events F1": 0.93,
    "current events F1": 0.93,
    "date accuracy": 0.96,
    "location accuracy": 0.92,
    "mode accuracy": 0.90,
    "doc_type accuracy": 0.97,
    "person recall": 0.94,
}
LANGUAGE_FLOOR = 0.70  # every language, a few events each: a pack that breaks shows here


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-europe"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=51, events=99)
    assert {row["lang"] for row in result["gold"]} == set(LANGS)


test_floor = floor_test("europe held-out", FLOORS, languages=dict.fromkeys(LANGS, LANGUAGE_FLOOR))
