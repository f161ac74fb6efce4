"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/aid9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid news (deliveries,
donations, handovers, training given, pledges), the subject of the aid9 set:
- ar the future of a giving verb written with its shadda ("ستقدّم", "سيزوّد", "ستدرّب") is a pledge (intent),
  as the bare spelling ("ستقدم") was;
- ko a memorandum of agreement ("합의각서", also in a compound: "군수협력합의각서") is a memorandum signed;
  in a compound, "합의각서", "합의서" and "합의문" are documents signed, no agreeing to cooperate (intent);
- fr training or exercises to be organised, in the future or reported conditional of the passive ("seront
  organisées", "serait organisé") are a plan (intent), as the active "organisera" was;
- es goods received from an envoy's hands with the receivers' names and titles between ("fue recibida por el
  ministro …, y el comandante …, de manos del embajador …") are a handover, no reception of the envoy, as with
  fewer words between;
- id the handover formula "diserahkan oleh … dan diterima oleh …" tells goods received, no reception of a
  guest;
  a visitor "tiba … dan diterima oleh" still meets;
- ru armoured cars ("бронеавтомобили", "бронемашины") are military materiel, as "бронетехника" was;
- ru equipment accepted at a handover ("технику принял министр обороны", "принял партию") is no reception of a
  guest;
- ru a visit announced for next year or a part of it ("посетит Москву в начале следующего года") is a plan, no
  meeting, as one for a month was (that no intent is made of it is an engine case);
- ja the amount of a grant ("供与総額は…", "供与限度額は…") told beside a signing is no delivery;
- ko a memorandum named for a transfer ("무상양도 양해각서") is a signing, no delivery;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- ar: future giving verbs with the shadda
    case("ar-sataqaddam-shadda-is-intent", "ar", DAY,
         "وأعلن وزير الدفاع الإماراتي أن بلاده ستقدّم للجيش الموريتاني دفعة من العربات المدرعة العام المقبل.",
         [ev("intent", ["ARE", "MRT"])]),
    case("ar-sayuzawwid-shadda-is-intent", "ar", DAY,
         "قال السفير السعودي إن المملكة ستزوّد القوات المسلحة السودانية بزوارق دورية خلال العام المقبل.",
         [ev("intent", ["SAU", "SDN"])]),
    case("ar-satudarrib-shadda-is-intent", "ar", DAY,
         "أكد وزير الدفاع التركي أن بلاده ستدرّب ضباطا من الجيش الصومالي العام المقبل.",
         [ev("intent", ["SOM", "TUR"])]),
    # ---- ko: a memorandum of agreement
    case("ko-hapuigakseo-is-memorandum", "ko", DAY,
         "한국 국방부와 칠레 국방부는 13일 서울에서 군수협력 합의각서를 체결했다.",
         [ev("agreement", ["CHL", "KOR"], date="2026-10-13", doc_type="memorandum")]),
    case("ko-compound-hapuigakseo-is-memorandum", "ko", DAY,
         "방위사업청과 폴란드 국방부는 12일 바르샤바에서 방산군수협력합의각서에 서명했다.",
         [ev("agreement", ["KOR", "POL"], date="2026-10-12", doc_type="memorandum")]),
    case("ko-compound-hapuiseo-is-agreement-no-intent", "ko", DAY,
         "한국 국방부와 헝가리 국방부는 12일 부다페스트에서 국방협력합의서에 서명했다.",
         [ev("agreement", ["HUN", "KOR"], date="2026-10-12", doc_type="agreement")]),
    # ---- fr: the passive future and conditional of "organiser"
    case("fr-seront-organisees-is-intent", "fr", DAY,
         "Selon le ministère, de nouvelles sessions de formation au profit de militaires sénégalais seront "
         "organisées par des instructeurs espagnols l'an prochain.",
         [ev("intent", ["ESP", "SEN"])]),
    case("fr-serait-organise-is-intent", "fr", DAY,
         "Le chef d'état-major ivoirien a indiqué qu'un stage de déminage serait organisé avec des "
         "formateurs marocains au premier semestre 2027.",
         [ev("intent", ["CIV", "MAR"])]),
    # ---- es: a handover "de manos de" with a long list of receivers between
    case("es-recibida-long-de-manos-del-is-no-meeting", "es", DAY,
         "Japón donó el martes dos lanchas patrulleras a la Armada de Honduras. La donación fue recibida "
         "por el ministro de Defensa hondureño, Carlos Mejía Andino, y el jefe del Estado Mayor Conjunto, "
         "general Luis Ortega Bustillo, de manos del embajador japonés, Kenji Sato.",
         [ev("aid", ["HND", "JPN"], date="2026-10-13")]),
    # ---- id: the handover formula
    case("id-diserahkan-oleh-dan-diterima-oleh-is-no-meeting", "id", DAY,
         "Jepang menghibahkan dua kapal patroli kepada TNI AL, Selasa (13/10/2026). Kapal tersebut "
         "diserahkan oleh Duta Besar Jepang dan diterima oleh Kepala Staf TNI AL.",
         [ev("aid", ["IDN", "JPN"], date="2026-10-13")]),
    case("id-tiba-dan-diterima-oleh-is-meeting", "id", DAY,
         "Menteri Pertahanan Singapura tiba di Jakarta, Selasa (13/10/2026), dan diterima oleh Menteri "
         "Pertahanan Indonesia.",
         [ev("meeting", ["IDN", "SGP"], date="2026-10-13", location="IDN", mode="visit")]),
    # ---- ru: armoured cars are military
    case("ru-broneavtomobili-is-military", "ru", DAY,
         "Россия передала Монголии бронеавтомобили во вторник.",
         [ev("aid", ["MNG", "RUS"], date="2026-10-13")]),
    case("ru-bronemashiny-is-military", "ru", DAY,
         "Белоруссия во вторник безвозмездно передала Казахстану десять бронемашин.",
         [ev("aid", ["BLR", "KAZ"], date="2026-10-13")]),
    # ---- ru: equipment accepted at a handover
    case("ru-tekhniku-prinyal-is-no-meeting", "ru", DAY,
         "Россия безвозмездно передала армии Лаоса партию грузовиков во вторник. Со стороны Лаоса технику "
         "принял министр обороны генерал-лейтенант Сомсак Чантхавонг.",
         [ev("aid", ["LAO", "RUS"], date="2026-10-13")]),
    # ---- ru: a visit next year is a plan, no meeting (the masked visit makes no intent of its own either, as
    # with "посетит … в декабре": engine case; GUIDELINES would have an intent)
    case("ru-posetit-sleduyushchego-goda-is-no-meeting", "ru", DAY,
         "Министр обороны Монголии посетит Москву в начале следующего года.",
         []),
    case("ru-v-budushchem-godu-posetyat-is-no-meeting", "ru", DAY,
         "В будущем году Минск посетят военные делегации Вьетнама.",
         []),
    # ---- ja: the amount of a grant
    case("ja-kyoyo-sogaku-is-no-delivery", "ja", DAY,
         "本件は、日本とフィリピン両国政府が13日にマニラで署名した「警備艇等の供与に関する書簡の交換」に基づくもので、"
         "供与総額は6億円です。",
         [ev("agreement", ["JPN", "PHL"], date="2026-10-13", doc_type="other")]),
    # ---- ko: a memorandum named for a transfer
    case("ko-yangdo-yanghaegakseo-is-no-delivery", "ko", DAY,
         "한국과 필리핀 국방장관은 13일 마닐라에서 퇴역함정 무상양도 양해각서를 체결했다.",
         [ev("agreement", ["KOR", "PHL"], date="2026-10-13", doc_type="memorandum")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
