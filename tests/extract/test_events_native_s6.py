"""The extract stage on short native-press sentences in German, English and Vietnamese (invented events).

Pack vocabulary added in session 6 from the misses of tests/data/heldout/native.jsonl, tested here on other
sentences: German "die beiden" as the subject of an agreeing verb ("einigten sich die beiden …"), the Austrian
federal states as places, "aus <state>" as the origin of troops (not a place), NATO headquarters as a place in
Belgium (de, en), Vietnamese "tuần tra song phương" (a bilateral joint patrol) and "đã ký kết" as the ordinary
past of a signing that is the news (a document "đã ký kết" earlier stays background).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("de-die-beiden-agree", "de", "2025-03-12",
         "Der litauische Verteidigungsminister ist am Dienstag zu einem Besuch in Berlin "
         "eingetroffen und hat dort "
         "seinen deutschen Amtskollegen getroffen.\n"
         "Dabei einigten sich die beiden auf eine engere Zusammenarbeit bei der Ausbildung von Pionieren.",
         [ev("meeting", ["DEU", "LTU"], date="2025-03-11", location="DEU"),
          ev("intent", ["DEU", "LTU"])]),
    case("de-austrian-state-is-a-place", "de", "2025-05-08",
         "Gebirgsjäger des Bundesheeres und der italienischen Armee haben am Mittwoch in "
         "Tirol gemeinsam geübt.",
         [ev("exercise", ["AUT", "ITA"], date="2025-05-07", location="AUT")]),
    case("de-aus-is-origin-not-place", "de", "2025-06-04",
         "Marinesoldaten aus Schweden, Finnland und Estland haben am Dienstag gemeinsam geübt.",
         [ev("exercise", ["EST", "FIN", "SWE"], date="2025-06-03")]),
    case("de-nato-headquarters-is-in-belgium", "de", "2025-02-14",
         "Im Nato-Hauptquartier trafen sich am Donnerstag die Verteidigungsminister Polens "
         "und Finnlands zu einem "
         "Gespräch über die Luftverteidigung.",
         [ev("meeting", ["FIN", "POL"], date="2025-02-13", location="BEL")]),
    case("en-nato-headquarters-is-in-belgium", "en", "2025-02-14",
         "The defence ministers of Poland and Finland met at NATO headquarters on Thursday "
         "to discuss air defence.",
         [ev("meeting", ["FIN", "POL"], date="2025-02-13", location="BEL")]),
    case("vi-bilateral-patrol", "vi", "2025-04-11",
         "Ngày 10/4, Bộ đội Biên phòng Việt Nam và lực lượng biên phòng Lào tổ chức "
         "tuần tra song phương trên "
         "tuyến biên giới chung.",
         [ev("exercise", ["LAO", "VNM"], date="2025-04-10")]),
    case("vi-signed-today-is-news", "vi", "2025-06-13",
         "Sau hội đàm, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Indonesia "
         "đã ký kết Ý định thư về "
         "hợp tác đào tạo.",
         [ev("meeting", ["IDN", "VNM"]),
          ev("agreement", ["IDN", "VNM"], doc_type="letter_of_intent", historical=False)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
