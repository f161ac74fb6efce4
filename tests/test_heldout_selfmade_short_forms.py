"""Accuracy floors on the self-written held-out set of very short items as they are scraped
(tests/data/heldout/short_forms.jsonl).

24 articles, 3 in each of en, ru, uk, ar, fr, es, id and vi (36 gold events, 4 historical, 2 non-relevant),
written by a session-17 set helper (an AI model) as ministry and army posts on X, Telegram, Facebook and
Instagram (handles, hashtags, emojis, "📍Kyiv" lines, view and like counters), breaking-news flashes and push
alerts ("BREAKING", "⚡️", "ТЕРМІНОВО", "عاجل"), a TV ticker, photo captions alone, an embassy post, and
one-paragraph agency briefs (MAP, EFE, ANTARA, Укрінформ), with the publication day in metadata and relative
days in the text. Traps: a "#ThrowbackThursday ... a year ago today" repost, thanks and congratulation
posts, one-sided wishes, a domestic drill post, a forum's host state, a war and a third state as topics, a
company deal, an agreement's clauses, a framework agreement named as the basis of talks, "read also"
headlines. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The
whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 17, HEAD d37cf9b + the set; extract stage via
/work/tools/allsets.sh): events P 0.833 R 0.833 F1 0.833, current 0.844, relevance 1.000, date 1.000,
location 0.960, mode 1.000, doc type 1.000, persons 0.829; ar 1.00, en 0.50, es 1.00, fr 1.00, id 0.80, ru
0.91, uk 1.00, vi 0.50.
After the session-17 pack changes of the same helper (en ru uk ar fr es id vi: general vocabulary, each
pinned by sentences of its own in tests/extract/test_events_s17_short_forms.py; no engine change; A/B on
HEAD worktrees: no other set moved): events P 0.865 R 0.889 F1 0.877, current 0.875, relevance 1.000, date
1.000, location 0.963, mode 1.000, doc type 1.000, persons 0.905; ar 1.00, en 0.67, es 1.00, fr 1.00, id
0.80, ru 1.00, uk 1.00, vi 0.50. The packs were changed with this set at hand, so that is no unseen-text
figure.
A third round (fr "mènent un exercice", vi "kế hoạch" alone no future marker: "ký kế hoạch hợp tác" had made
vi-02's signing a future one dated by the plan's year): events P 0.919 R 0.944 F1 0.931, current 0.938,
relevance 1.000, date 0.971, location 0.966, mode 1.000, doc type 1.000, persons 0.913; vi 0.50 -> 1.00, en
0.67, id 0.80, all others 1.00.
With the lead's flag-emoji rule (a flag is its state, HEAD a20447c): events P 0.973 R 1.000 F1 0.986
(the UK-Norway post now pairs the host with its guest); events floors raised to it.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "short_forms.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.94,
    "events recall": 0.97,
    "events F1": 0.95,
    "current events F1": 0.90,
    "date accuracy": 0.94,
    "location accuracy": 0.93,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.97,
    "person recall": 0.88,
}
LANGUAGE_FLOORS = {"ar": 0.97, "en": 0.63, "es": 0.97, "fr": 0.97, "id": 0.77, "ru": 0.97, "uk": 0.97,
                   "vi": 0.97}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-short-forms"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=36, historical=4, irrelevant=2)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("short_forms held-out", FLOORS, languages=LANGUAGE_FLOORS)
