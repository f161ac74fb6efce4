"""The extract stage on short press sentences written for these tests (none of these sentences is in
tests/data/heldout/analysis4.jsonl or in any shared set), pinning the session-24 pack changes made with the
analysis4 set at hand (analysis pages in de, fr, es, ru, zh, ja, ar, fa).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py. They pin general wording: es "celebraron maniobras" (to
hold an exercise), Foreign Military Financing as aid, a neighbour named by the border ("cerca de la
frontera con") as no party, the voseo furniture of Argentine sites ("Seguí leyendo", "Mirá
también"); fa "در اختیار … قرار داد / گذاشت" (put at the other side's disposal) as a delivery; ja an
export only possible and an aid programme named as a framework as no delivery; de what others
deliver named as a yardstick ("was … liefern") and what came of an intent ("aus der Absicht") as no
event; ru a signing named as a point in time ("после подписания") and a soldier's service contract
as no signing.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2025-11-20"  # a Thursday

CASES = [
    # ---- es: "celebrar" an exercise is to hold it; a neighbour named by the border takes no part
    case("es-celebraron-maniobras-conjuntas", "es", DAY,
         "En mayo de 2019, Perú y Chile celebraron maniobras navales conjuntas frente a Arica.",
         [ev("exercise", ["CHL", "PER"], date="2019-05", historical=True)]),
    case("es-cerca-de-la-frontera-con-is-no-party", "es", DAY,
         "En junio de 2021, Perú y Bolivia realizaron ejercicios conjuntos cerca de la frontera con Chile.",
         [ev("exercise", ["BOL", "PER"], date="2021-06", historical=True)]),
    # ---- es: money of the Foreign Military Financing programme is aid; a debate about it is none
    case("es-financiacion-militar-extranjera-is-aid", "es", DAY,
         "Estados Unidos concedió en marzo a Uruguay 12 millones de dólares de Financiación Militar "
         "Extranjera (FMF).",
         [ev("aid", ["URY", "USA"], date="2025-03", historical=True)]),
    case("es-financiamiento-debate-is-no-aid", "es", DAY,
         "El Congreso de Estados Unidos debate si mantener el financiamiento militar a Colombia el próximo "
         "año.",
         []),
    # ---- fa: put at the disposal of another state's forces is a delivery
    case("fa-dar-ekhtiyar-gharar-dad-is-aid", "fa", DAY,
         "ترکیه سال گذشته چند فروند پهپاد را در اختیار ارتش سومالی قرار داد.",
         [ev("aid", ["SOM", "TUR"], date="2024", historical=True)]),
    case("fa-dar-ekhtiyar-gozasht-is-aid", "fa", DAY,
         "چین در سال ۲۰۲۰ سامانه‌های راداری را در اختیار نیروی هوایی پاکستان گذاشت.",
         [ev("aid", ["CHN", "PAK"], date="2020", historical=True)]),
    # ---- ja: an export only possible, an aid programme named as a framework: no delivery
    case("ja-yushutsu-to-naru-kanousei-is-no-aid", "ja", DAY,
         "英国との競争を制したもので、日本にとって初めての本格的な艦艇輸出となる可能性がある。",
         []),
    case("ja-osa-no-wakugumi-is-no-aid", "ja", DAY,
         "ベトナム海軍の装備更新は進まず、日本の安全保障能力強化支援（OSA）の枠組みも予算が小さい。",
         []),
    case("ja-yushutsukoku-is-no-aid", "ja", DAY,
         "インドネシアとの協議で見えた日本の課題\n\n日本が武器の輸出国になるには時間がかかる。",
         []),
    case("ja-yushutsu-shita-stays-aid", "ja", DAY,
         "日本政府は18日、インドネシア海軍に巡視艇を輸出した。",
         [ev("aid", ["IDN", "JPN"], date="2025-11-18")]),
    case("ja-osa-framework-delivery-stays-aid", "ja", DAY,
         "日本政府は18日、OSAの枠組みでフィリピン海軍に沿岸監視レーダーを供与した。",
         [ev("aid", ["JPN", "PHL"], date="2025-11-18")]),
    # ---- de: what others deliver as a yardstick; what came of an intent told before
    case("de-was-andere-liefern-is-no-aid", "de", DAY,
         "Verteidigungsminister Pistorius empfing am Montag seinen indischen Amtskollegen.\n\nSeither hat "
         "die Bundesregierung Genehmigungen für Rüstungsexporte nach Indien erteilt – ein Bruchteil dessen, "
         "was Frankreich, Israel oder die USA liefern.",
         [ev("meeting", ["DEU", "IND"], date="2025-11-17")]),
    case("de-aus-der-absicht-is-no-pledge", "de", DAY,
         "Der slowenische Verteidigungsminister traf am Dienstag in Zagreb seinen kroatischen "
         "Amtskollegen.\n\nSeither ist aus der Absicht wenig geworden, zumal beide Länder darauf pochen, "
         "dass ihre Neutralität jede Beteiligung an Einsätzen ausschliesst.",
         [ev("meeting", ["HRV", "SVN"], date="2025-11-18", location="HRV")]),
    case("de-die-absicht-bekundet-stays-a-pledge", "de", DAY,
         "Der slowenische Verteidigungsminister traf am Dienstag in Zagreb seinen kroatischen Amtskollegen. "
         "Beide bekundeten die Absicht, gemeinsam Munition zu beschaffen.",
         [ev("meeting", ["HRV", "SVN"], date="2025-11-18"), ev("intent", ["HRV", "SVN"])]),
    # ---- ru: a signing named as a point in time; a soldier's service contract
    case("ru-posle-podpisaniya-is-no-signing", "ru", DAY,
         "Как Варшава и Вильнюс строят оборонное сотрудничество после подписания договора\n\nВо вторник "
         "министр обороны Польши провел в Вильнюсе переговоры с министром обороны Литвы.",
         [ev("meeting", ["LTU", "POL"], date="2025-11-18", location="LTU")]),
    case("ru-za-podpisanie-kontrakta-is-recruitment", "ru", DAY,
         "Министры обороны Казахстана и Белоруссии провели во вторник переговоры в Минске. В России бонусы "
         "за подписание контракта с Минобороны в ряде регионов превысили миллион рублей.",
         [ev("meeting", ["BLR", "KAZ"], date="2025-11-18")]),
    case("ru-podpisali-soglashenie-stays-a-signing", "ru", DAY,
         "Во вторник министры обороны Польши и Литвы подписали в Вильнюсе соглашение о сотрудничестве.",
         [ev("agreement", ["LTU", "POL"], date="2025-11-18", doc_type="agreement")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("es-segui-leyendo-voseo", "es",
     "El Ejército argentino recibió el martes diez camiones nuevos.\n\nSeguí leyendo\n"
     "Cómo funciona el nuevo sistema de reclutamiento",
     ["El Ejército argentino recibió el martes diez camiones nuevos."],
     ["Cómo funciona el nuevo sistema de reclutamiento"]),
    ("es-mira-tambien-voseo", "es",
     "La Armada uruguaya incorporó el lunes un patrullero oceánico.\n\nMirá también: Qué buques compra la "
     "Armada\n\nEl buque tiene 87 metros de eslora.",
     ["La Armada uruguaya incorporó el lunes un patrullero oceánico.", "El buque tiene 87 metros de eslora."],
     ["Mirá también: Qué buques compra la Armada"]),
]


@pytest.mark.parametrize(("case_id", "lang", "raw", "kept", "dropped"), PAGES, ids=[p[0] for p in PAGES])
def test_page_furniture_is_dropped(registry: PackRegistry, case_id: str, lang: str, raw: str, kept: list[str],
                                   dropped: list[str]) -> None:
    check_cleaning(registry, lang, raw, kept, dropped)
