"""Accuracy floors on the self-written held-out set of pages as a scraper keeps them
(tests/data/heldout/boilerplate.jsonl).

24 articles, 3 in each of en, de, fr, es, ru, vi, zh and ar (72 gold events, 14 historical, 3 non-relevant),
written by a session-16 set helper (an AI model) as whole web pages of Reuters, The Guardian (a live blog),
ABC (a video page with its transcript), tagesschau.de, Süddeutsche Zeitung (paywall), bundesheer.at, Le Monde
(paywall, "Lire aussi |" lines), Le360, defense.gouv.fr, El País, Infobae ("Seguir leyendo:"), El Tiempo, RIA
Novosti ("Читайте также:", news feed), TV Zvezda (a video report's "Текст сюжета"), BelTA, VnExpress, QĐND,
VietnamPlus, 环球网, 联合早报, 中国军网, Al Arabiya, Youm7 and an Al Jazeera live blog: menus, cookie banners,
breadcrumbs, bylines and update stamps, share lines, photo captions and credits, "read next" / "most read"
lists whose headlines report OTHER defense-diplomacy events (never the article's events), tags, comment
counts, newsletter sign-ups and footers.  Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made.  The whole pipeline (cleaning included) runs
in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 16, HEAD 88235d8 + the set and other helpers'
uncommitted pack edits of that moment; extract stage with cleaning via /work/tools/allsets.sh, the floor
test in process gives the same): events P 0.788 R 0.931 F1 0.854, current 0.850, relevance 0.977, date
0.955, location 0.881, mode 1.000, doc type 0.933, persons 1.000; ar 0.78, de 1.00, en 0.83, es 0.71,
fr 0.78, ru 0.91, vi 1.00, zh 0.88.
After the session-16 pack changes of the same helper (HEAD 967be8e: boilerplate rules of en, es, fr, ru, zh
closing lists of other stories, a Chinese bracketed photo credit; fr, ru, ar vocabulary; sentences and pages
of its own in tests/extract/test_events_s16_boilerplate.py): events P 0.907 R 0.944 F1 0.925, current 0.923,
relevance 1.000, date 0.956, location 0.898, mode 1.000, doc type 0.938, persons 1.000; ar 0.84, de 1.00,
en 0.92, es 0.92, fr 0.90, ru 0.91, vi 1.00, zh 0.93.  The packs were changed with this set at hand, so that
is no unseen-text figure.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "boilerplate.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.87,
    "events recall": 0.91,
    "events F1": 0.89,
    "current events F1": 0.89,
    "date accuracy": 0.92,
    "location accuracy": 0.86,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.90,
    "person recall": 0.97,
}
LANGUAGE_FLOORS = {"ar": 0.81, "de": 0.97, "en": 0.89, "es": 0.89, "fr": 0.87, "ru": 0.87, "vi": 0.97,
                   "zh": 0.90}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-boilerplate"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=72, historical=14, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("boilerplate held-out", FLOORS, languages=LANGUAGE_FLOORS)
