"""Accuracy floors on the second self-written native-press held-out set (tests/data/heldout/native2.jsonl).

30 articles, 10 each in de, en and vi (the main languages of the hidden held-out set), written by a
helper of session 7 in the style of outlets the first native set does not imitate (Deutsche Welle,
Süddeutsche, Die Welt, NZZ, Der Standard, ORF, Bundeswehr-Journal, hartpunkt, a Landeszeitung, a machine-
translated Kazakh ministry release; Al Jazeera, BBC, Guardian, Nikkei Asia, SCMP, Army Recognition, a US
Embassy release, NATO news, Malaysian MINDEF, ANI; QĐND, Báo Biên phòng, Quân khu 7, Công an nhân dân,
Thanh Niên, Znews, VOV, Báo Chính phủ, Báo Hải quân, Dân trí), gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any change (2026-12-03, session 7, HEAD 7013305, with the gold corrections the
README records): events P 0.875 R 0.889 F1 0.882, current 0.882, relevance 1.000, date 0.927, location
0.878, mode 0.944, doc type 1.000, persons 0.925; de 0.857, en 0.857, vi 0.930. Floors sit about 0.03
below: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "native2.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.84,
    "events recall": 0.86,
    "events F1": 0.85,
    "current events F1": 0.85,
    "date accuracy": 0.89,
    "location accuracy": 0.84,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.97,
    "person recall": 0.89,
}
LANGUAGE_FLOORS = {"de": 0.82, "en": 0.82, "vi": 0.90}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-native2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=30, events=63, irrelevant=4, historical=14)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == {"de": 10, "en": 10, "vi": 10})


test_floor = floor_test("native2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
