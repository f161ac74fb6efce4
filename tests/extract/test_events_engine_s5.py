"""Engine rules that hold across languages (session 5): each case is an invented short article.

The cases pin general shapes of news text rather than one language's words: officials named
once with their full title and later by a bare title keep their defense role; "both ministers"
meeting in an article about defense officials is a meeting of the article's pair.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("sk-both-ministers-met-last-year", "sk", "2025-03-20",
         "Minister obrany Peter Horváth rokoval v Bratislave s maďarským ministrom obrany Lászlóm Kovácsom. "
         "Obaja ministri sa naposledy stretli vlani v novembri v Budapešti.",
         [ev("meeting", ["HUN", "SVK"], date="2025-03-20", location="SVK"),
          ev("meeting", ["HUN", "SVK"], date="2024-11", location="HUN", historical=True)]),
    case("it-bare-title-keeps-the-defense-role", "it", "2025-01-16",
         "Il Ministro della Difesa Mario Bianchi ha incontrato oggi a Roma l'omologo giapponese Kenji Sato. "
         "La visita segue quella compiuta dal Ministro Bianchi a Tokyo nel novembre 2023.",
         [ev("meeting", ["ITA", "JPN"], date="2025-01-16", location="ITA"),
          ev("meeting", ["ITA", "JPN"], date="2023-11", location="JPN", historical=True)]),
    case("en-received-a-batch-is-aid-not-talks", "en", "2025-11-21",
         "The Philippine Navy received the second batch of coastal defence missile systems "
         "from India on Monday.",
         [ev("aid", ["IND", "PHL"], date="2025-11-17")]),
    case("de-two-givers-one-recipient", "de", "2024-05-10",
         "Deutschland und die Niederlande wollen die Ukraine auch mit der Ausbildung von Soldaten bei der "
         "Minenräumung unterstützen.",
         [ev("intent", ["DEU", "NLD", "UKR"])]),
    case("en-two-givers-one-recipient", "en", "2024-05-10",
         "Britain and Norway will deliver air defence systems to Ukraine, the defence ministries said.",
         [ev("intent", ["GBR", "NOR", "UKR"])]),
    case("en-an-earlier-exercise-year-is-not-this-ones", "en", "2025-03-12",
         "Troops of India and Nepal are taking part in a joint military exercise at a "
         "training area in Nepal. "
         "Previously, the exercise was held in India in 2023.",
         [ev("exercise", ["IND", "NPL"], date="2025-03", location="NPL"),
          ev("exercise", ["IND", "NPL"], date="2023", location="IND", historical=True)]),
    case("en-undated-news-is-of-its-datelines-day", "en", "2025-03-13",
         "Hanoi, March 12 (VNA)\n\nVietnam's defence minister held talks with his Japanese "
         "counterpart in Hanoi. "
         "The two ministers discussed maritime security.",
         [ev("meeting", ["JPN", "VNM"], date="2025-03-12", location="VNM")]),
    case("en-observers-only-sentence-adds-no-party", "en", "2025-03-12",
         "A joint naval exercise of Iran, Russia and China began in the Gulf of Oman on Tuesday. "
         "Observers from Pakistan, Oman and South Africa also took part in the joint exercise.",
         [ev("exercise", ["CHN", "IRN", "RUS"], date="2025-03")]),
    case("en-both-foreign-ministers-is-not-defense", "en", "2025-03-20",
         "The foreign ministers of Chile and Peru met in Lima on Monday. Both ministers last met in 2023.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
