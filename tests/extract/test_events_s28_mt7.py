"""The extract stage on short articles in English and German written for these tests (none of these
sentences is in tests/data/heldout/mt7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the machine translations of the mt7 set:
Chinese and Japanese dates rendered word for word (en "14 day", "in 2023 year 5 month"), a joint training
with its kind between (en "joint anti-terrorism training"), a state by its full style or its territory as
the place (en "in the Sultanate of Oman", "on territory of Kyrgyzstan"; de "im Königreich Jordanien", "auf
dem Territorium von Tadschikistan"), the Turkish "kabul etti" rendered "accepted" for a host receiving a
guest, and its "kabul sırasında" rendered "during the acceptance" for the same reception.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: a Chinese day of the month rendered word for word ("14日" -> "14 day")
    case("en-14-day-is-a-day-of-the-month", "en", DAY,
         "Thailand defense minister 14 day in Beijing with China national defense department long "
         "held talks.",
         [ev("meeting", ["CHN", "THA"], date="2026-09-14", location="CHN")]),
    # ---- en: a Chinese year and month rendered word for word ("2023年5月" -> "2023 year 5 month")
    case("en-2023-year-5-month-is-a-month", "en", DAY,
         "Cambodia defense minister 14 day in Beijing with China national defense department long "
         "held talks. "
         "Cambodia and China in 2023 year 5 month signed memorandum on military training cooperation.",
         [ev("meeting", ["CHN", "KHM"], date="2026-09-14"),
          ev("agreement", ["CHN", "KHM"], date="2023-05", doc_type="memorandum", historical=True)]),
    # ---- en: a joint training with its kind between
    case("en-joint-anti-terrorism-training-is-an-exercise", "en", DAY,
         "Uzbek and Chinese special forces held joint anti-terrorism training in Tashkent on Tuesday.",
         [ev("exercise", ["CHN", "UZB"], date="2026-09-15", location="UZB")]),
    # ---- en: a state by its full style as the place
    case("en-in-the-sultanate-of-is-the-place", "en", DAY,
         "Indian and Omani troops wrapped up a joint exercise in the Sultanate of Oman on Monday.",
         [ev("exercise", ["IND", "OMN"], date="2026-09-14", location="OMN")]),
    # ---- en: a state's territory as the place, without the article as machine translation drops it
    case("en-on-territory-of-is-the-place", "en", DAY,
         "Russian and Kyrgyz troops held a joint exercise on territory of Kyrgyzstan on Monday.",
         [ev("exercise", ["KGZ", "RUS"], date="2026-09-14", location="KGZ")]),
    # ---- de: a state by its full style as the place
    case("de-im-koenigreich-is-the-place", "de", DAY,
         "Jordanische und britische Streitkräfte hielten am Montag eine gemeinsame Übung im Königreich "
         "Jordanien ab.",
         [ev("exercise", ["GBR", "JOR"], date="2026-09-14", location="JOR")]),
    # ---- de: a state's territory as the place
    case("de-auf-dem-territorium-von-is-the-place", "de", DAY,
         "Russische und tadschikische Truppen hielten am Montag eine gemeinsame Übung auf dem "
         "Territorium von Tadschikistan ab.",
         [ev("exercise", ["RUS", "TJK"], date="2026-09-14", location="TJK")]),
    # ---- en: the Turkish "kabul etti" rendered "accepted": the host received the guest
    case("en-accepted-defense-minister-is-a-reception", "en", DAY,
         "Turkish Defense Minister Yaşar Güler accepted Georgian Defense Minister Irakli Chikovani at "
         "the ministry on Monday.",
         [ev("meeting", ["GEO", "TUR"], date="2026-09-14", location="TUR", mode="visit")]),
    # ---- en: "during the acceptance" refers back to that reception, no second meeting
    case("en-during-the-acceptance-is-the-same-meeting", "en", DAY,
         "National Defense Minister Yaşar Güler accepted yesterday Qatari Defense Minister Khalid bin "
         "Mohammed Al Attiyah at the ministry. During the acceptance, in which the Chief of General Staff "
         "General Metin Gürak was also present, the bilateral defense and security issues were discussed.",
         [ev("meeting", ["QAT", "TUR"], date="2026-09-15", location="TUR", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
