"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/multilat2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of multilateral meetings and their sidelines,
the genre of the multilat2 set: a state by its formal style after "in" as the place of the forum, not a
party (ar "في دولة الكويت"), the participants of a meeting of three or more agreeing on something (ar
"واتفق المشاركون على"), a joint operations centre as military cooperation (ar "مركز عمليات مشترك", "غرفة
عمليات مشتركة"), Almaty by the name the Russian agencies keep for it (ru "в Алма-Ате"), a signing agreed on
for later that is a pledge, no signing (ru "договорились подписать"), a conference resort as the place of the
forum (es "en Punta del Este"), a speech at a forum named as a noun (en "keynote address at the … Dialogue")
and an appeal to a group of states (en "called on European partners to") that are no meetings.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ar: "in the State of Kuwait" is the place of the forum, not a third party
    case("ar-fi-dawlat-al-kuwait-is-the-place", "ar", DAY,
         "التقى وزير الدفاع العماني، اليوم، وزير الدفاع البحريني، وذلك على هامش اجتماع وزراء الدفاع "
         "المنعقد في دولة الكويت.",
         [ev("meeting", ["BHR", "OMN"], date="2026-09-16", location="KWT", mode="multilateral")]),
    # ---- ar: the participants of the three-party meeting just told agree on a drill
    case("ar-ittafaqa-al-musharikun-is-the-group", "ar", DAY,
         "عقد وزراء دفاع العراق وسوريا ولبنان، الاثنين، اجتماعاً ثلاثياً في بغداد. واتفق المشاركون على إجراء "
         "تمرين عسكري مشترك العام المقبل.",
         [ev("meeting", ["IRQ", "LBN", "SYR"], date="2026-09-14", location="IRQ", mode="multilateral"),
          ev("intent", ["IRQ", "LBN", "SYR"])]),
    # ---- ar: a joint operations centre the participants agree on is military cooperation
    case("ar-markaz-amaliyat-mushtarak-is-military", "ar", DAY,
         "عقد وزراء دفاع الأردن والعراق وسوريا، الاثنين، اجتماعاً ثلاثياً في عمّان. واتفق المشاركون على إنشاء "
         "مركز عمليات مشترك لمكافحة الإرهاب.",
         [ev("meeting", ["IRQ", "JOR", "SYR"], date="2026-09-14", location="JOR", mode="multilateral"),
          ev("intent", ["IRQ", "JOR", "SYR"])]),
    # ---- ru: Almaty by its Russian name is the place
    case("ru-v-alma-ate-is-kazakhstan", "ru", DAY,
         "Министр обороны Киргизии в понедельник на полях заседания Совета министров обороны СНГ в Алма-Ате "
         "провел переговоры с министром обороны Армении.",
         [ev("meeting", ["ARM", "KGZ"], date="2026-09-14", location="KAZ", mode="multilateral")]),
    # ---- ru: a signing agreed on for next year is a pledge, no signing
    case("ru-dogovorilis-podpisat-is-a-pledge", "ru", DAY,
         "Министр обороны Армении во вторник провел переговоры с министром обороны Индии. Министры "
         "договорились подписать в 2027 году соглашение о военно-техническом сотрудничестве.",
         [ev("meeting", ["ARM", "IND"], date="2026-09-15"), ev("intent", ["ARM", "IND"])]),
    # ---- es: the resort where the conference is held is the place
    case("es-en-punta-del-este-is-uruguay", "es", DAY,
         "El ministro de Defensa argentino se reunió el martes con su par brasileño en el marco de la cumbre "
         "regional de defensa que se celebra en Punta del Este.",
         [ev("meeting", ["ARG", "BRA"], date="2026-09-15", location="URY", mode="multilateral")]),
    # ---- en: a keynote address at a forum is no talks with the host
    case("en-keynote-address-at-the-dialogue-is-no-meeting", "en", DAY,
         "Japan's defence minister used her keynote address at the Shangri-La Dialogue in Singapore on "
         "Tuesday to warn of growing pressure in the East China Sea.",
         []),
    # ---- en: an appeal to a group of states is no courtesy call
    case("en-called-on-partners-to-is-an-appeal", "en", DAY,
         "BRUSSELS – The US defence secretary on Tuesday called on European partners to take more "
         "responsibility for the defence of the continent.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
