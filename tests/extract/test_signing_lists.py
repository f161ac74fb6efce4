"""The extract stage on short releases written for these tests (session 13, lead): documents signed as a list.

A release tells one signing and then lists what was signed, a document a line after a dash, a bullet or a
number.  Each listed document is an agreement of the parties of the opening sentence (two memoranda are
two signings), which itself only announces them.  A list of what a document provides for, or numbered
paragraphs of prose, are no documents.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("fr-dash-list-after-colon", "fr", "2026-03-12",
         "Le ministre des Armées a reçu mercredi à Paris son homologue sénégalais pour un entretien.\n\n"
         "À l'issue de l'entretien, les documents suivants ont été signés :\n"
         "– une lettre d'intention relative à la coopération en matière de santé militaire ;\n"
         "– un accord relatif au statut des forces ;\n"
         "– un plan de coopération pour l'année 2027.\n\n"
         "La prochaine commission mixte se tiendra à Dakar.",
         [ev("meeting", ["FRA", "SEN"], date="2026-03-11"),
          ev("agreement", ["FRA", "SEN"], doc_type="letter_of_intent"),
          ev("agreement", ["FRA", "SEN"], doc_type="agreement"),
          ev("agreement", ["FRA", "SEN"], doc_type="plan")]),
    case("en-two-memoranda-are-two-signings", "en", "2026-04-02",
         "Indonesian Defence Minister Sjafrie Sjamsoeddin received his Malaysian counterpart in Jakarta on "
         "Wednesday for talks on border security.\n"
         "The two ministers then witnessed the signing of the following documents:\n"
         "1. Memorandum of Understanding on cooperation in military education;\n"
         "2. Memorandum of Understanding on maritime search and rescue.\n"
         "The meeting ended with a joint press conference.",
         [ev("meeting", ["IDN", "MYS"], date="2026-04-01"),
          ev("agreement", ["IDN", "MYS"], doc_type="memorandum"),
          ev("agreement", ["IDN", "MYS"], doc_type="memorandum")]),
    case("de-bullets-after-signing", "de", "2026-05-20",
         "Verteidigungsminister Boris Pistorius hat am Dienstag in Berlin seinen litauischen Amtskollegen "
         "empfangen.\n"
         "Im Anschluss unterzeichneten beide Minister zwei Dokumente:\n"
         "• eine Absichtserklärung zur gemeinsamen Beschaffung von Munition\n"
         "• ein Abkommen über die Stationierung der Brigade",
         [ev("meeting", ["DEU", "LTU"], date="2026-05-19"),
          ev("agreement", ["DEU", "LTU"], doc_type="letter_of_intent"),
          ev("agreement", ["DEU", "LTU"], doc_type="agreement")]),
    case("ko-circled-numbers", "ko", "2026-09-15",
         "국방부 장관은 15일 서울에서 베트남 국방부 장관과 국방장관회담을 개최했다.\n"
         "회담 후 양 장관은 다음 문서에 서명했다.\n"
         "① 국방 군수협력에 관한 양해각서\n"
         "② 사이버 안보 협력에 관한 의향서",
         [ev("meeting", ["KOR", "VNM"], date="2026-09-15"),
          ev("agreement", ["KOR", "VNM"], doc_type="memorandum"),
          ev("agreement", ["KOR", "VNM"], doc_type="letter_of_intent")]),
    case("en-roman-numerals", "en", "2026-07-14",
         "Defence Minister Rajnath Singh held bilateral talks with the Defence Minister of Kenya in "
         "New Delhi on Tuesday. The following documents were exchanged before the two ministers:\n"
         "(i) Memorandum of Understanding on cooperation in hydrography;\n"
         "(ii) Letter of Intent on cooperation in military training.",
         [ev("meeting", ["IND", "KEN"], date="2026-07-14"),
          ev("agreement", ["IND", "KEN"], doc_type="memorandum"),
          ev("agreement", ["IND", "KEN"], doc_type="letter_of_intent")]),
    case("sv-opener-naming-nobody-after-talks-and-their-subjects", "sv", "2026-06-10",
         "Försvarsminister Pål Jonson träffade i dag sin norska kollega Tore O. Sandvik i Oslo. Ministrarna "
         "diskuterade läget i Östersjön och stödet till Ukraina.\n"
         "Under besöket undertecknades följande dokument:\n"
         "1. Ett avtal om gemensam utbildning av piloter.\n"
         "2. En avsiktsförklaring om gemensam upphandling av ammunition.",
         [ev("meeting", ["NOR", "SWE"], date="2026-06-10"),
          ev("agreement", ["NOR", "SWE"], doc_type="agreement"),
          ev("agreement", ["NOR", "SWE"], doc_type="letter_of_intent")]),
    case("nl-opener-naming-nobody-breaks-down-the-signing-told", "nl", "2026-06-10",
         "De Nederlandse minister van Defensie Ruben Brekelmans en zijn Poolse collega hebben maandag in Den "
         "Haag een reeks afspraken ondertekend.\n"
         "De ministers tekenden:\n"
         "- een intentieverklaring over de gezamenlijke aanschaf van munitie;\n"
         "- een memorandum van overeenstemming over de opleiding van piloten.",
         [ev("agreement", ["NLD", "POL"], date="2026-06-08", doc_type="letter_of_intent"),
          ev("agreement", ["NLD", "POL"], date="2026-06-08", doc_type="memorandum")]),
    case("ko-document-name-holding-an-agreeing-word", "ko", "2026-09-15",
         "국방부 장관은 15일 서울에서 필리핀 국방부 장관과 국방장관회담을 개최했다.\n"
         "회담 직후 양 장관은 아래 문서에 서명하였다.\n"
         "① 국방협력에 관한 양해각서\n"
         "② 군수지원 분담에 관한 합의서\n"
         "③ 해양안보 협력에 관한 의향서",
         [ev("meeting", ["KOR", "PHL"], date="2026-09-15"),
          ev("agreement", ["KOR", "PHL"], doc_type="memorandum"),
          ev("agreement", ["KOR", "PHL"], doc_type="agreement"),
          ev("agreement", ["KOR", "PHL"], doc_type="letter_of_intent")]),
    case("en-a-line-naming-no-known-document-does-not-end-the-list", "en", "2026-07-14",
         "Defence Minister Rajnath Singh held talks with the Defence Minister of Ghana in New Delhi on "
         "Tuesday. The following documents were signed in the presence of the two ministers:\n"
         "1. Memorandum of Understanding on cooperation in military medicine;\n"
         "2. Annex on the exchange of liaison officers;\n"
         "3. Letter of Intent on cooperation in peacekeeping training.",
         [ev("meeting", ["GHA", "IND"], date="2026-07-14"),
          ev("agreement", ["GHA", "IND"], doc_type="memorandum"),
          ev("agreement", ["GHA", "IND"], doc_type="letter_of_intent")]),
    case("en-a-line-naming-its-own-pair", "en", "2026-04-22",
         "Defence Minister Mohamed Khaled Nordin received his Turkish counterpart Yasar Guler in Kuala "
         "Lumpur on Tuesday.\n"
         "The following documents were exchanged at the ceremony witnessed by the two ministers:\n"
         "i. Memorandum of Understanding between Malaysia and Türkiye on defence industry cooperation;\n"
         "ii. Defence Cooperation Plan Malaysia–Brunei Darussalam for 2026–2027.",
         [ev("meeting", ["MYS", "TUR"], date="2026-04-21"),
          ev("agreement", ["MYS", "TUR"], doc_type="memorandum"),
          ev("agreement", ["BRN", "MYS"], doc_type="plan")]),
    case("en-what-the-agreement-provides-is-no-list-of-documents", "en", "2026-04-02",
         "Vietnam and the Philippines signed a memorandum of understanding on defence cooperation in Hanoi "
         "on Wednesday. It covers:\n"
         "- joint training of naval officers;\n"
         "- exchanges of cadets.",
         [ev("agreement", ["PHL", "VNM"], date="2026-04-01", doc_type="memorandum")]),
    case("en-numbered-prose-paragraphs-are-no-documents", "en", "2026-06-10",
         "(1) Japanese Defense Minister and Australian Defence Minister signed a memorandum on the joint "
         "production of frigates in Canberra on Tuesday.\n"
         "(2) The two ministers agreed to expand joint training between the two forces.",
         [ev("agreement", ["AUS", "JPN"], date="2026-06-09", doc_type="memorandum"),
          ev("intent", ["AUS", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
