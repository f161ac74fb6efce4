"""Accuracy floors on the self-written held-out set of OFFICIAL defense-ministry press releases and readouts
(tests/data/heldout/releases.jsonl).

24 articles in eleven languages (en 3, ja 3, fr 2, de 2, es 2, it 2, ko 2, zh 2, ru 2, pt 2, ar 2; 62 gold
events, 8 historical, 3 non-relevant) written by a session-21 set-writer (an AI model) in the style of the
ministries' own sites (war.gov readouts, gov.uk press releases, defense.gouv.fr comptes rendus and
communiqués, bmvg.de, defensa.gob.es and EMAD, difesa.it, mod.go.jp 会談概要 / 記者会見 and an MSDF release,
mnd.go.kr 보도자료, mod.gov.cn 国防部 news and a press-conference transcript, mil.ru, gov.br/defesa,
defesa.gov.pt, mod.gov.sa via SPA, WAM) with their menus, breadcrumbs, "Related" lists, previous/next-post
links, print/share lines and cookie banners, and PRECISION traps (retold terms of a signed document,
entry into force of a treaty, a port call, domestic drills and procurement, company results and joint
ventures, states named in analysis, thanks and hopes). Gold after ../shared/eval/GUIDELINES.md;
tests/data/heldout/README.md says how it was made. The whole pipeline runs in-process as `milwatch eval`
runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 21, HEAD ade8f13 + the set; extract stage
via /work/tools/allsets.sh): events P 0.824 R 0.903 F1 0.862, current 0.875, relevance 1.000, date 1.000,
location 0.840, mode 1.000, doc type 0.923, persons 0.791; by type agreement 0.93, aid 0.91, exercise 0.80,
intent 0.80, meeting 0.85, support 1.00.
After the session-21 pack changes of the same helper (src/milwatch/packs it, de, es, ko, ja and _base: general
vocabulary, masks and site furniture, sentences of its own in tests/extract/test_events_s21_releases.py; no
engine change): events P 0.891 R 0.919 F1 0.905, current 0.917, relevance 1.000, date 1.000, location 0.863,
mode 1.000, doc type 0.929, persons 0.871; agreement 0.97, aid 1.00, exercise 0.86, intent 0.87, meeting 0.87,
support 1.00. The packs were changed with this set at hand, so that is no unseen-text figure. Floors sit about
0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "releases.jsonl"

FLOORS = {
    "relevance F1": 0.97,
    "events precision": 0.86,
    "events recall": 0.89,
    "events F1": 0.87,
    "current events F1": 0.88,
    "date accuracy": 0.97,
    "location accuracy": 0.83,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.89,
    "person recall": 0.84,
}
LANGUAGE_FLOORS = {"ar": 0.85, "de": 0.97, "en": 0.74, "es": 0.97, "fr": 0.80, "it": 0.97, "ja": 0.69,
                   "ko": 0.97, "pt": 0.97, "ru": 0.97, "zh": 0.77}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-releases"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=62, historical=8, irrelevant=3)
    assert {row["lang"] for row in result["gold"]} == {"ar", "de", "en", "es", "fr", "it", "ja", "ko", "pt",
                                                       "ru", "zh"}


test_floor = floor_test("releases held-out", FLOORS, languages=LANGUAGE_FLOORS)
