"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/de_press4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of German-language defense news (Germany,
Austria, Switzerland), the subject of the de_press4 set:
- de a pledge whose separable "zu" closes a long verb bracket before its infinitive ("sagte … in einem
  Telefonat mit seinem Amtskollegen am Dienstag zu, … zu liefern") is an intent, no delivery;
- de negotiations told in the pluperfect as the background of a signing ("Die Verhandlungen darüber hatten im
  Jahr 2024 begonnen") are no talks of their own; negotiations that began on a day of the news still are;
- de soldiers or a crew visiting a school, an orphanage or a museum ("hat … eine Schule besucht",
  "besuchten ein Waisenhaus") is a social programme, no talks of officials.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- de: "sagte ~~ zu, … zu liefern": a pledge with a long bracket
    case("de-sagte-long-bracket-zu-is-intent", "de", DAY,
         "Außerdem sagte die niederländische Verteidigungsministerin bei ihrem Telefongespräch mit "
         "dem estnischen "
         "Verteidigungsminister Hanno Pevkur am späten Dienstagabend zu, im Frühjahr weitere "
         "Artilleriegeschosse zu "
         "liefern.",
         [ev("meeting", ["EST", "NLD"], date="2026-10-13", mode="phone"), ev("intent", ["EST", "NLD"])]),
    case("de-sicherte-long-bracket-zu-is-intent", "de", DAY,
         "Der dänische Verteidigungsminister sicherte seinem lettischen Amtskollegen bei den "
         "Gesprächen in Riga am "
         "Montag nach Angaben beider Ministerien zu, bis zum Sommer zwei Radaranlagen zu schicken.",
         [ev("meeting", ["DNK", "LVA"], date="2026-10-12", location="LVA", mode="visit"),
          ev("intent", ["DNK", "LVA"])]),
    # ---- de: negotiations in the pluperfect are background of the signing
    case("de-verhandlungen-hatten-begonnen-is-background", "de", DAY,
         "Die Verteidigungsminister der Slowakei und Tschechiens haben am Montag in Prag ein "
         "Abkommen über die "
         "gemeinsame Luftraumüberwachung unterzeichnet. Die Verhandlungen darüber hatten im Jahr "
         "2024 begonnen.",
         [ev("agreement", ["CZE", "SVK"], date="2026-10-12", doc_type="agreement")]),
    case("de-verhandlungen-waren-aufgenommen-worden-is-background", "de", DAY,
         "Ungarn und Kroatien haben am Dienstag in Zagreb eine Vereinbarung über gemeinsame Übungen ihrer "
         "Streitkräfte unterzeichnet. Die Verhandlungen waren bereits vor zwei Jahren aufgenommen worden.",
         [ev("agreement", ["HRV", "HUN"], date="2026-10-13", doc_type="agreement")]),
    case("de-verhandlungen-haben-begonnen-is-meeting", "de", DAY,
         "Delegationen der Verteidigungsministerien Polens und Litauens haben am Montag in Warschau "
         "Verhandlungen "
         "über ein Abkommen zur gemeinsamen Luftverteidigung begonnen.",
         [ev("meeting", ["LTU", "POL"], date="2026-10-12", location="POL")]),
    # ---- de: a school, an orphanage, a museum visited is no meeting
    case("de-crew-schule-besucht-is-no-meeting", "de", DAY,
         "Die Besatzung der italienischen Fregatte „Bergamini“ hat am Dienstag während ihres "
         "Aufenthalts in Kiel "
         "eine Schule besucht.",
         []),
    case("de-soldaten-besuchten-waisenhaus-is-no-meeting", "de", DAY,
         "Die Soldaten des französischen Kontingents besuchten am Montag in Vilnius ein Waisenhaus.",
         []),
    case("de-crew-museum-besucht-is-no-meeting", "de", DAY,
         "Die Besatzung der italienischen Fregatte hat am Dienstag in Kiel ein Museum besucht.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
