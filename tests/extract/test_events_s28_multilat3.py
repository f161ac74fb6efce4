"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/multilat3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the reports of multilateral meetings in the
multilat3 set: who attended a forum is no talks between them (zh "出席会议的还有…", es "A la reunión
asistieron…", en "The meeting, attended by …"), a dialogue partner of ASEAN is no dialogue held (zh
"对话伙伴"), a contact group's session is no talks of the states it names (ar "اجتماع مجموعة الاتصال"), and
the ministers who chaired a forum's session held no talks of their own (de "das Treffen der … geleitet").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case

DAY = "2026-10-08"  # a Thursday

CASES = [
    # ---- zh: those attending a forum, listed, held no talks with each other
    case("zh-chuxi-huiyi-de-haiyou-is-attendance", "zh", DAY,
         "出席会议的还有柬埔寨、泰国和缅甸的国防部长。",
         []),
    # ---- zh: a dialogue partner of ASEAN is no dialogue held
    case("zh-duihua-huoban-is-no-dialogue", "zh", DAY,
         "日本和印度的国防部长作为东盟对话伙伴国代表在会上发言。",
         []),
    # ---- es: those who attended a meeting, listed, held no talks with each other
    case("es-a-la-reunion-asistieron-is-attendance", "es", DAY,
         "A la reunión asistieron también los ministros de Defensa de Chile, Perú y Colombia.",
         []),
    # ---- en: a session told by its attendance is no talks of the states named
    case("en-meeting-attended-by-is-attendance", "en", DAY,
         "The meeting, attended by defence ministers from Poland, Romania and Bulgaria, focused on the "
         "Black Sea.",
         []),
    # ---- ar: a contact group's session is no talks between the states it names
    case("ar-ijtima-majmuat-al-ittisal-is-no-talks", "ar", DAY,
         "عُقد اجتماع مجموعة الاتصال الخاصة بأوكرانيا يوم الخميس في مقر حلف الناتو "
         "بحضور وزير الدفاع الهولندي.",
         []),
    # ---- de: the ministers who chaired a forum's session held no talks of their own
    case("de-das-treffen-der-geleitet-is-no-talks", "de", DAY,
         "Die niederländische Verteidigungsministerin hat am Donnerstag gemeinsam mit ihrem norwegischen "
         "Amtskollegen das Treffen der Koalition für Luftverteidigung in Den Haag geleitet.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
