"""Accuracy floors on the self-written held-out set of African languages, Galician and Icelandic
(tests/data/heldout/africa2.jsonl).

24 articles, 3 in each of yo (Yoruba), ig (Igbo), rw (Kinyarwanda), ti (Tigrinya), om (Afaan Oromo), af
(Afrikaans), gl (Galician) and is (Icelandic) (60 gold events, 12 historical, 3 non-relevant), written by
a session-12 language helper (an AI model) in the style of BBC Yorùbá, Alaroye and Defence HQ releases in
translation, BBC Igbo, Kigali Today, Imvaho Nshya and mod.gov.rw, Haddas Ertra, ERi-TV and Dimtsi Weyane
(Ethiopian-calendar dateline), Fana and OBN and ENA in Afaan Oromoo (Ethiopian-calendar datelines),
Maroela Media and Netwerk24, La Voz de Galicia and Nós Diario, RÚV, mbl.is and Vísir, with their web
furniture. Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how it was made.
The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-04, session 12, HEAD 583a87f + the set; extract stage
via /work/tools/allsets.sh): events P 0.814 R 0.800 F1 0.807, current 0.833, relevance 0.955, date 0.875,
location 0.949, mode 0.933, doc type 0.909, persons 0.841; af 0.62, gl 0.75, ig 0.80, is 0.50, om 0.95,
rw 1.00, ti 0.77, yo 0.89. A gold correction after it (af-01 'ooreengekom om ... te ontwikkel' without a
document is an intent, GUIDELINES) makes it events F1 0.824 (P 0.831 R 0.817), af 0.75. After the
session-12 pack changes of the same helper (src/milwatch/packs/{yo,ig,rw,ti,om,af,gl,is}: general
vocabulary, sentences of its own in tests/extract/test_events_s12_africa2.py, no engine change): events P
0.883 R 0.883 F1 0.883, current 0.896, relevance 0.955, date 0.906, location 0.977, mode 1.000, doc type
0.909, persons 0.944; af 0.75, gl 0.89, ig 1.00, is 0.62, om 1.00, rw 1.00, ti 0.86, yo 0.89. The packs
were changed with this set at hand, so that is no unseen-text figure. Floors sit about 0.03 below the
latest measurement: raise them when the system gets better, never lower them.
One exception, recorded here (session 12, lead): rw 1.00 had credited a wrong event. In rw-02 the sentence
"Nk'uko aya masezerano abiteganya, ibihugu byombi bizahanahana …" (what the signed MoU provides) was read as
a pledge and matched the gold intent of the next paragraph's invitation ("… yatumiye mugenzi we kuzasura
Bénin"), which the engine never found (a bare "Minisitiri" with no defence word, in a paragraph of its own).
The engine rule of session 12 that drops a signed document's terms (tests/extract/test_events_engine_s12.py)
removed that event, so the invitation is now an honest miss: events F1 0.874, rw 0.94; the rw floor went
0.97 -> 0.91 with it.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "africa2.jsonl"

FLOORS = {
    "relevance F1": 0.92,
    "events precision": 0.85,
    "events recall": 0.85,
    "events F1": 0.85,
    "current events F1": 0.86,
    "date accuracy": 0.87,
    "location accuracy": 0.94,
    "mode accuracy": 0.97,
    "doc_type accuracy": 0.87,
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"af": 0.72, "gl": 0.85, "ig": 0.97, "is": 0.58, "om": 0.97, "rw": 0.91, "ti": 0.82,
                   "yo": 0.85}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-africa2"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=60, historical=12, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("africa2 held-out", FLOORS, languages=LANGUAGE_FLOORS)
