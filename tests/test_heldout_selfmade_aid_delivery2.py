"""Accuracy floors on the self-written held-out set of military aid deliveries
(tests/data/heldout/aid_delivery2.jsonl).

24 articles, 3 in each of en, de, fr, pl, uk, ru, nl and cs (67 gold events, 19 historical, 3 non-relevant),
written by a session-18 set-writer helper (an AI model) in the style of Reuters, Breaking Defense, the Daily
Nation, bundeswehr.de, Der Standard (APA), Spiegel (dpa), Opex360, Le360, Le Monde, PAP, Defence24, Polska
Zbrojna, Ukrinform, АрміяInform, Ukrainska Pravda, TASS, Kazinform, Sputnik Armenia, NOS, VRT NWS,
defensie.nl, iROZHLAS (ČTK), iDNES.cz and Novinky.cz, with their web furniture. Theme: AID (deliveries that
arrived, handovers, donations, training given, packages announced vs delivered, contact-group pledges, sales
delivered) and its traps (company deals, future deliveries as intents, past packages as background,
humanitarian aid of non-defense bodies, a venue's host state, forum attendance, tallies since 2022). Gold
after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made. The whole pipeline
runs in-process as `milwatch eval` runs it, scored with the score.py port (tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 18, HEAD add445d + the set; extract stage via
/work/tools/allsets.sh): events P 0.712 R 0.702 F1 0.707, current 0.703, relevance 0.977, date 0.915,
location 0.577, mode 1.000, doc type 0.857, persons 0.852; by type agreement 0.82, aid 0.82, exercise 0.50,
meeting 0.50, intent 0.48; cs 0.89, ru 0.84, de 0.77, pl 0.77, fr 0.73, nl 0.67, uk 0.67, en 0.52.

After the session-18 pack work of the same helper (commits 4716b83, 5a2948f, 9dd25de and its en entries that
went into 6b57b0e; general vocabulary of fr, pl, cs, nl, uk, ru, en, each pinned in
tests/extract/test_events_s18_aid_delivery2.py; every other set identical in worktree A/B runs): events P
0.773 R 0.761 F1 0.767, current 0.747, relevance 0.977, date 0.863, location 0.621, mode 1.000, doc type
0.857, persons 0.862; by type agreement 0.88, aid 0.87, intent 0.60, exercise 0.50, meeting 0.50; cs 1.00,
fr 0.87, pl 0.86, ru 0.78, nl 0.75, de 0.77, uk 0.71, en 0.56 (measured 2026-12-05 07:20 on HEAD 9dd25de). A
tuned figure: the set was at hand. Two floors fail and were NOT lowered: date accuracy 0.863 < 0.88, because
the four intents newly matched by the pack work are dated by the publication day where the gold has the day
of the statement told in an earlier sentence (cs-01 "Černochová uvedla", en-02 the UDCG day, ru-02 "На
церемонии") or a null date ("dit jaar", nl-02), an engine case; ru 0.778 < 0.81, because ru-01's pledge was
matched at first only through its "Читайте также" headline ("Хренин: … получит новые комплексы ПВО"), which
the background4 helper's b9b3742 now rightly drops as boilerplate; the sentence itself ("по словам Хренина …
российская сторона передаст республике") names no state by name. The lead's decision (session 18): both
drops come from right changes (more pledges matched; a "read also" headline rightly dropped), not from worse
extraction, so these two floors sit under the figure measured now (date 0.84, ru 0.75); the engine cases are
in tests/data/heldout/README.md.
The lead's decision (session 21): ru 0.778 -> 0.737 when a capital opening a sentence came to stand for its
government (countries.capital_as_subject: "Manila signed ...", "Moscou a promis ..."; it gained in en_global2,
native2, en_press2 and wide): "Ереван также ведет переговоры с Францией о закупке ..." now gives an
Armenian-French meeting over a purchase, which this gold does not count. The ru floor goes to 0.71.

Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower
them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "aid_delivery2.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.74,
    "events recall": 0.73,
    "events F1": 0.73,
    "current events F1": 0.71,
    "date accuracy": 0.84,  # 0.863 now: see the docstring (the lead's decision)
    "location accuracy": 0.59,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.82,
    "person recall": 0.83,
}
LANGUAGE_FLOORS = {"cs": 0.97, "de": 0.73, "en": 0.53, "fr": 0.84, "nl": 0.72, "pl": 0.82,
                   "ru": 0.71,  # 0.737 now: see the docstring (the lead's decision, sessions 18 and 21)
                   "uk": 0.68}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-aid-delivery2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=67, historical=19, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("aid_delivery2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
