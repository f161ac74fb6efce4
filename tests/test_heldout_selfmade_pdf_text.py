"""Accuracy floors on the self-written held-out set of text extracted from PDFs
(tests/data/heldout/pdf_text.jsonl).

24 articles, 3 in each of en, de, fr, es, ru, pl, it and nl (78 gold events, 17 historical, 3 non-relevant),
written by a session-17 set-writer helper (an AI model) as a PDF-to-text tool leaves official documents:
hard line wraps in mid-sentence, words hyphenated at line ends ("wel-\\ncomed", "Zusammen-\\narbeit",
"coopé-\\nration", "сотруд-\\nничества"), page headers and footers with page numbers and document codes,
numbered paragraphs, flattened tables, letterheads and signature blocks: joint statements and communiqués,
ministry press releases, parliamentary written answers (Hansard, Bundestag Drucksache, JO Sénat, Sejm,
Camera Allegato B), a Kamerbrief, annual reports (Australian Defence, Colombian Memorias al Congreso, the
Kazakh MoD, the Wehrbeauftragter, Defensie), treaty texts (a French-Armenian agreement, a BOE memorandum, a
Russian ratification law).  Gold after ../shared/eval/GUIDELINES.md; tests/data/heldout/README.md says how
it was made.  The whole pipeline runs in-process as `milwatch eval` runs it, scored with the score.py port
(tests/support/heldout.py).

First measurement, before any pack change (2026-12-05, session 17, HEAD 666cd99 + the set, with other
helpers' uncommitted edits of that moment; extract stage via /work/tools/allsets.sh, the floor test in
process gives the same): events P 0.511 R 0.308 F1 0.384, current 0.360, relevance 0.900, date 0.958,
location 0.682, mode 0.750, doc type 1.000, persons 0.818; by language de 0.50, fr 0.47, it 0.46, es 0.44,
ru 0.40, en 0.37, nl 0.33, pl 0.00.  Nearly every miss is the hard line wrap: a sentence ends at every line
break (extract/sentences.py), so a wrapped sentence is cut into pieces that each lack the verb, a party, the
date or a name.
After the session-17 pack changes of the same helper (HEAD 20556bc; general wording of official documents
in src/milwatch/packs/{en,de,fr,es,ru,pl,it,nl}, sentences of its own in
tests/extract/test_events_s17_pdf_text.py; no engine change): events P 0.545 R 0.308 F1 0.393, current
0.367, relevance 0.923, date 0.958, location 0.682, mode 0.750, doc type 1.000, persons 0.818; de 0.55, fr
0.47, it 0.46, es 0.44, ru 0.40, en 0.38, nl 0.33, pl 0.00. With the wrapped lines joined (an engine or
cleaning step, not made here) the same HEAD scores 0.752 on a copy of the set. The packs were changed with
this set at hand, so that is no unseen-text figure.
With the hard-wrap joining of clean/unwrap.py (a4752a2, another helper's cleaning change) at HEAD e161038:
events P 0.792 R 0.731 F1 0.760, current 0.602, relevance 0.976, date 0.983, location 0.840, mode 0.944,
doc type 0.929 (n 14: the 2004 Соглашение of the ratification law is read as a protocol, below its floor
of 0.97 set on 8 matches; the lead set it to 0.90, 0.03 under the figure on 14 matches: the 6 more matched
events are the joining's gain, one of them with the wrong document), persons 0.949; de 1.00, it 0.93, nl
0.93, ru
0.76, fr 0.74, en 0.65, es 0.63, pl 0.57.
Floors sit about 0.03 below the latest measurement: raise them when the system gets better, never lower them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.heldout import HELDOUT, check_set, floor_test, run_set

GOLD = HELDOUT / "pdf_text.jsonl"

FLOORS = {
    "relevance F1": 0.94,
    "events precision": 0.76,
    "events recall": 0.7,
    "events F1": 0.73,
    "current events F1": 0.57,
    "date accuracy": 0.95,
    "location accuracy": 0.81,
    "mode accuracy": 0.91,
    "doc_type accuracy": 0.90,  # (0.97 on 8 matches before the hard-wrap joining; 13 of 14 now)
    "person recall": 0.91,
}
LANGUAGE_FLOORS = {"de": 0.97, "en": 0.61, "es": 0.60, "fr": 0.70, "it": 0.90, "nl": 0.90, "pl": 0.54,
                   "ru": 0.73}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return run_set(GOLD, tmp=tmp_path_factory.mktemp("heldout-pdf-text"))


def test_the_set_is_what_the_readme_says(result: dict[str, Any]) -> None:
    check_set(result, articles=24, events=78, historical=17, irrelevant=3)
    assert ({lang: sum(row["lang"] == lang for row in result["gold"]) for lang in LANGUAGE_FLOORS}
            == dict.fromkeys(LANGUAGE_FLOORS, 3))


test_floor = floor_test("pdf_text held-out", FLOORS, languages=LANGUAGE_FLOORS)
