"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/aid8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid outside Europe, the subject
of the aid8 set:
- zh the one-character short names of partners of aid ("斐方", "斐军" for Fiji, "汤方" for Tonga): the
  side that receives the help is a state;
- zh training promised for a later time with the time between ("将于2027年为某国海军培训…"): an intent, as
  "将为…培训" already was;
- hi the press spellings of recipients with the half consonant or another ending than CLDR's (मोजाम्बिक,
  कम्बोडिया, होंडुरास): the recipient is a state;
- hi patrol and interceptor boats ("गश्ती नौकाएं", "फास्ट इंटरसेप्टर क्राफ्ट") are military hardware: their gift
  is aid, with no navy named;
- es interceptor boats and bullet-proof vests ("lanchas interceptoras", "chalecos antibalas") are military
  material: their donation is aid;
- en one boat, ship or aircraft "was received by" the recipient's commander from the donor's envoy is the
  handover, no guest received, as the plural "boats were received by" already was;
- ja surveillance equipment given to navies ("警戒監視用の機材を供与") is military material: its gift is aid;
- fr a delivery or a dispatch announced ("a annoncé la livraison de …", "a annoncé l'envoi de …") is still to
  come: an intent, no delivery, as "a annoncé la formation" already was;
- ar a batch still to be received or handed over ("ستتسلم …", "من المقرر أن تتسلم …",
  "من المقرر أن تسلم …") is a pledge of the delivery, no delivery;
- ar a training course run for the other side's personnel ("دورة تدريبية لضباط من الجيش …") is training given,
  aid (a joint course, "دورة تدريبية مشتركة", stays an exercise);
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- zh: "X方" / "X军" of Fiji and Tonga
    case("zh-fei-fang-is-fiji", "zh", DAY,
         "中方将继续在力所能及范围内为斐方提供军事援助。",
         [ev("intent", ["CHN", "FJI"])]),
    case("zh-tang-fang-is-tonga", "zh", DAY,
         "中方将继续为汤方提供军事援助。",
         [ev("intent", ["CHN", "TON"])]),
    # ---- zh: "将于 <time> 为 <side> 培训" is a promise of training
    case("zh-jiangyu-wei-peixun-is-intent", "zh", DAY,
         "中国海军将于2027年为巴基斯坦海军培训100名军官。",
         [ev("intent", ["CHN", "PAK"])]),
    # ---- hi: press spellings of recipients
    case("hi-mozambik-half-consonant-is-a-state", "hi", DAY,
         "भारत ने मोजाम्बिक की नौसेना को दो गश्ती नौकाएं सौंपीं।",
         [ev("aid", ["IND", "MOZ"])]),
    case("hi-kambodiya-half-consonant-is-a-state", "hi", DAY,
         "भारतीय सेना ने कम्बोडिया की सेना को बारूदी सुरंग हटाने के उपकरण सौंपे।",
         [ev("aid", ["IND", "KHM"])]),
    # ---- hi: patrol and interceptor boats are military hardware
    case("hi-interceptor-craft-gift-is-aid", "hi", DAY,
         "भारत ने सेशेल्स को एक फास्ट इंटरसेप्टर क्राफ्ट उपहार में दिया।",
         [ev("aid", ["IND", "SYC"])]),
    case("hi-gashti-naukayen-handed-over-is-aid", "hi", DAY,
         "भारत ने मालदीव को दो गश्ती नौकाएं सौंपीं।",
         [ev("aid", ["IND", "MDV"])]),
    # ---- es: interceptor boats and vests
    case("es-lanchas-interceptoras-donated-is-aid", "es", DAY,
         "Estados Unidos donó a Guatemala cuatro lanchas interceptoras.",
         [ev("aid", ["GTM", "USA"])]),
    case("es-chalecos-antibalas-donated-is-aid", "es", DAY,
         "Taiwán donó a Paraguay un lote de chalecos antibalas.",
         [ev("aid", ["PRY", "TWN"])]),
    # ---- en: the thing handed over "was received by" the commander
    case("en-boat-was-received-by-is-no-meeting", "en", DAY,
         "New Zealand donated a patrol boat to the Fijian navy on Friday. The boat was received by Fiji's "
         "navy commander from New Zealand's High Commissioner.",
         [ev("aid", ["FJI", "NZL"], date="2026-11-13")]),
    # ---- ja: surveillance equipment
    case("ja-keikai-kanshi-equipment-given-is-aid", "ja", DAY,
         "日本はフィリピンに警戒監視用の機材を供与した。",
         [ev("aid", ["JPN", "PHL"])]),
    case("ja-keikai-kanshi-drones-given-is-aid", "ja", DAY,
         "日本政府はバングラデシュに警戒監視用の無人航空機を無償で供与した。",
         [ev("aid", ["BGD", "JPN"])]),
    # ---- fr: a delivery announced is a pledge
    case("fr-annonce-la-livraison-is-intent", "fr", DAY,
         "L'ambassadeur américain a annoncé la livraison de véhicules blindés légers au Bénin au premier "
         "trimestre 2027.",
         [ev("intent", ["BEN", "USA"])]),
    case("fr-annonce-l-envoi-is-intent", "fr", DAY,
         "Le Japon a annoncé l'envoi de dix drones de surveillance à l'armée togolaise.",
         [ev("intent", ["JPN", "TGO"])]),
    # ---- ar: a batch still to be received
    case("ar-min-al-muqarrar-an-tatasallam-is-intent", "ar", DAY,
         "ومن المقرر أن تتسلم القوات المسلحة الأردنية دفعة ثانية من العربات الأمريكية مطلع العام المقبل.",
         [ev("intent", ["JOR", "USA"])]),
    case("ar-satatasallam-is-intent", "ar", DAY,
         "وستتسلم القوات المسلحة الأردنية من الولايات المتحدة دفعة ثانية من العربات المدرعة.",
         [ev("intent", ["JOR", "USA"])]),
    # ---- ar: a course run for the other side's personnel
    case("ar-dawra-tadribiya-li-dubbat-is-aid", "ar", DAY,
         "نفذ مدربون أمريكيون دورة تدريبية لضباط من الجيش الأردني.",
         [ev("aid", ["JOR", "USA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
