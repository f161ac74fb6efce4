"""The extract stage on short articles about forums and the talks on their sidelines, written for these tests
(none of these sentences is in tests/data/heldout/sidelines.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the press of several languages: a German pledge to
pay for arms ("will … finanzieren"); a speech at a forum (en "speaks at the … Dialogue", a photo caption; ja
全体会合で講演) as no talks with the host or a state the speech names.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- de: paying for the other side's arms is a pledge, as delivering them is
    case("de-will-finanzieren-is-a-pledge", "de", DAY,
         "Brüssel - Belgien will der Ukraine in diesem Jahr weitere Luftabwehrraketen im Wert von 200 "
         "Millionen Euro finanzieren.",
         [ev("intent", ["BEL", "UKR"])]),
    # ---- en: a speech at a forum (a photo caption) is no talks with the host
    case("en-speaks-at-the-dialogue-is-no-talks", "en", DAY,
         "French Armed Forces Minister Catherine Vautrin speaks at the Raisina Dialogue in New Delhi, India, "
         "March 4, 2026.",
         []),
    case("en-talks-on-the-sidelines-still-count", "en", DAY,
         "On the sidelines of the Raisina Dialogue in New Delhi, the French armed forces minister met Indian "
         "Defence Minister Rajnath Singh on Tuesday.",
         [ev("meeting", ["FRA", "IND"], mode="multilateral", date="2026-03-17")]),
    # ---- ja: the plenary (全体会合, 全体会議) is the forum itself
    case("ja-plenary-speech-is-no-talks", "ja", DAY,
         "木原防衛相は2日、ソウルで開かれた国際会議の全体会合で講演し、北朝鮮の核開発を批判した。",
         []),
    case("ja-plenary-speech-naming-a-state-is-no-talks", "ja", DAY,
         "中谷防衛相は1日、全体会合で演説し、中国の軍事活動に強い懸念を示した。",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
