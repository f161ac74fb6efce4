"""The extract stage on short field reports of exercises and aid written for these tests (none of these
sentences is in tests/data/heldout/field3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of seven presses:
- en "joint maritime activity" (navies sailing and drilling together);
- es a purchase signed told in the passive ("la compra fue firmada");
- zh training promised for the other side's people ("中方将为…培训": an intent, no training given yet);
- tr the MSB formula of training given abroad ("eğitim ve danışmanlık faaliyetleri") and the trainees'
  past ("eğitim aldı"), but not a memorandum's field ("eğitim ve danışmanlık alanında");
- vi "đã huấn luyện … cho" (trained the other side's officers);
- id the legal form of an Indonesian company ("PT …") as a company signing, no agreement of states, and
  "digelar sejak" (held since a day) as an activity running for days.

Second round: en and es forces that "drilled / exercised / sailed together" ("se adiestraron juntos") and an
exercise that "brought together" troops; de weapons and aircraft that "angekommen" / "eingetroffen"
(arrived); vi the two navies as the subject of "diễn tập" in the present of a news lead, and "đã luyện tập".

Third round: Indonesian provinces (Kalimantan Barat, Sumatera Selatan …) and Australian territories (Northern
Territory) as the place of an exercise; es a running total ("ya son 12 los cazas recibidos") as no delivery;
zh a delegation attending an opening ceremony ("率代表团出席开幕式") as no visit.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-04-14"  # a Tuesday

CASES = [
    # ---- en: navies sailing and drilling together
    case("en-joint-maritime-activity", "en", DAY,
         "The navies of Vietnam and India held a joint maritime activity off Da Nang on Monday.",
         [ev("exercise", ["IND", "VNM"], date="2026-04-13")]),
    case("en-first-joint-maritime-activity-background", "en", DAY,
         "The navies of Vietnam and India held their first joint maritime activity off Da Nang in May 2023.",
         [ev("exercise", ["IND", "VNM"], date="2023-05", historical=True)]),
    # ---- es: a purchase signed, told in the passive
    case("es-la-compra-fue-firmada", "es", DAY,
         "La compra fue firmada en marzo de 2023 en Madrid por los ministros de Defensa de Chile y España.",
         [ev("agreement", ["CHL", "ESP"], doc_type="contract", date="2023-03", historical=True)]),
    # ---- zh: training promised for the other side's people is an intent
    case("zh-jiang-wei-peixun-next-year", "zh", DAY,
         "中方明年将为柬埔寨军队培训30名工程兵。",
         [ev("intent", ["CHN", "KHM"])]),
    case("zh-jiang-wei-peixun-is-no-aid-yet", "zh", DAY,
         "根据协议，中方将为埃及海军培训舰艇维修人员。",
         [ev("intent", ["CHN", "EGY"])]),
    # ---- tr: training given abroad, and the trainees' past; a memorandum's field is no training
    case("tr-egitim-ve-danismanlik-faaliyetleri", "tr", DAY,
         "Türkiye, Somali Silahlı Kuvvetleri personeline yönelik askeri eğitim ve danışmanlık faaliyetlerini "
         "sürdürüyor.",
         [ev("aid", ["SOM", "TUR"])]),
    case("tr-egitim-aldi", "tr", DAY,
         "Geçen ay Türkiye'de 40 Gambiyalı subay eğitim aldı.",
         [ev("aid", ["GMB", "TUR"], date="2026-03")]),
    case("tr-egitim-ve-danismanlik-alaninda-is-a-field", "tr", DAY,
         "Türkiye ile Suriye, askeri eğitim ve danışmanlık alanında bir mutabakat zaptı imzaladı.",
         [ev("agreement", ["SYR", "TUR"], doc_type="memorandum")]),
    # ---- vi: "đã huấn luyện … cho" trained the other side's officers
    case("vi-da-huan-luyen-cho", "vi", DAY,
         "Chuyên gia Australia đã huấn luyện cho các sĩ quan Việt Nam về gìn giữ hòa bình.",
         [ev("aid", ["AUS", "VNM"])]),
    case("vi-da-huan-luyen-thiet-bi-cho", "vi", DAY,
         "Từ ngày 3 đến 14/4, chuyên gia Nhật Bản đã huấn luyện sử dụng thiết bị cho 20 sĩ quan Hải quân "
         "Việt Nam.",
         [ev("aid", ["JPN", "VNM"], date="2026-04")]),
    # ---- id: "PT …" is a company; a signing between companies is no agreement of states
    case("id-pt-company-signing", "id", DAY,
         "Kapal perang Australia tiba di Surabaya.\n\nDi sela acara, PT Pindad Indonesia dan Hanwha "
         "Aerospace menandatangani nota kesepahaman produksi amunisi.",
         []),
    case("id-ministry-with-pt-stays-an-agreement", "id", DAY,
         "Kementerian Pertahanan RI dan PT PAL menandatangani kontrak pengadaan dua kapal dengan galangan "
         "Italia Fincantieri.",
         [ev("agreement", ["IDN", "ITA"], doc_type="contract")]),
    # ---- second round: forces that exercised, drilled or sailed together; an exercise brought them together
    case("en-drilled-together", "en", DAY,
         "Marines from the Philippines and the United States drilled together on Palawan on Monday.",
         [ev("exercise", ["PHL", "USA"], date="2026-04-13")]),
    case("en-exercising-together", "en", DAY,
         "Troops from Singapore and Australia are exercising together at Shoalwater Bay in Queensland.",
         [ev("exercise", ["AUS", "SGP"], date="2026-04", location="AUS")]),
    case("en-sailed-together", "en", DAY,
         "Indian and French warships sailed together in the Arabian Sea on Monday.",
         [ev("exercise", ["FRA", "IND"], date="2026-04-13")]),
    case("en-exercise-brought-together", "en", DAY,
         "The exercise, which ran from March 2 to 13, brought together soldiers from Kenya, Uganda and "
         "Tanzania.",
         [ev("exercise", ["KEN", "TZA", "UGA"], date="2026-03")]),
    case("es-se-adiestraron-juntos", "es", DAY,
         "Buques de las armadas de Uruguay y Brasil se adiestraron juntos frente a Montevideo.",
         [ev("exercise", ["BRA", "URY"])]),
    # ---- de: weapons and aircraft that arrived ("angekommen", "eingetroffen"); an official who arrived for
    # a visit (a guard: the visit word makes it a meeting)
    case("de-systeme-angekommen", "de", DAY,
         "Die zwei Flugabwehrsysteme aus Deutschland sind am Dienstag in der Ukraine angekommen.",
         [ev("aid", ["DEU", "UKR"], date="2026-04-14", location="UKR")]),
    case("de-kampfflugzeuge-eingetroffen", "de", DAY,
         "Die ersten vier Kampfflugzeuge aus Schweden sind am Montag in Ungarn eingetroffen.",
         [ev("aid", ["HUN", "SWE"], date="2026-04-13", location="HUN")]),
    case("de-zu-besuch-angekommen", "de", DAY,
         "Der ungarische Verteidigungsminister ist am Montag zu einem zweitägigen Besuch in Stockholm "
         "angekommen. Er traf dort seinen schwedischen Amtskollegen.",
         [ev("meeting", ["HUN", "SWE"], mode="visit", location="SWE")]),
    # ---- vi: the two navies as the subject of "diễn tập" in a news lead, and "đã luyện tập"
    case("vi-va-dien-tap-passex", "vi", DAY,
         "Sáng 14/4, Hải quân Việt Nam và Hải quân Ấn Độ diễn tập PASSEX trên vùng biển Đà Nẵng.",
         [ev("exercise", ["IND", "VNM"], date="2026-04-14")]),
    case("vi-da-luyen-tap-phoi-hop", "vi", DAY,
         "Hai tàu của Hải quân Việt Nam và Hải quân Singapore đã luyện tập phối hợp trên biển ngày 13/4.",
         [ev("exercise", ["SGP", "VNM"], date="2026-04-13")]),
    case("vi-se-dien-tap-is-a-plan", "vi", DAY,
         "Quân đội Việt Nam và Lào sẽ diễn tập cứu hộ vào năm sau.",
         [ev("intent", ["LAO", "VNM"])]),
    # ---- third round: the provinces and territories where exercises are held are places
    case("id-kalimantan-barat-is-the-place", "id", DAY,
         "Latihan bersama TNI AD dan Tentara Darat Malaysia dibuka di Entikong, Kalimantan Barat, Selasa "
         "(14/4/2026).",
         [ev("exercise", ["IDN", "MYS"], location="IDN")]),
    case("id-sumatera-selatan-is-the-place", "id", DAY,
         "Latihan gabungan TNI dan US Army dibuka di Martapura, Sumatera Selatan, Senin (13/4/2026).",
         [ev("exercise", ["IDN", "USA"], location="IDN")]),
    case("en-northern-territory-is-the-place", "en", DAY,
         "Singaporean and Indonesian fighter jets took part in a combined exercise in the Northern "
         "Territory on Monday.",
         [ev("exercise", ["IDN", "SGP"], location="AUS")]),
    # ---- es: a running total of deliveries is no delivery of its own
    case("es-ya-son-los-recibidos", "es", DAY,
         "Ya son 24 los helicópteros recibidos por el Ejército colombiano desde Estados Unidos.",
         []),
    case("es-ya-son-los-entregados-after-a-delivery", "es", DAY,
         "España entregó el lunes a Ucrania seis blindados. Con esta entrega, ya son 30 los blindados "
         "entregados por España a Ucrania.",
         [ev("aid", ["ESP", "UKR"], date="2026-04-13")]),
    # ---- zh: a delegation attending an exercise's opening ceremony pays no visit; talks held after it stay
    case("zh-lv-daibiaotuan-chuxi-kaimushi", "zh", DAY,
         "中泰“突击-2026”联合训练13日在云南开幕。\n泰国皇家陆军副司令率代表团出席开幕式。",
         [ev("exercise", ["CHN", "THA"], date="2026-04")]),
    case("zh-chuxi-kaimushi-hou-huitan", "zh", DAY,
         "泰国国防部副部长率代表团出席开幕式后，与中国国防部长举行会谈。",
         [ev("meeting", ["CHN", "THA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_digelar_sejak_runs_for_days(extractor: Any) -> None:
    """"Latihan yang digelar sejak 1 April" (held since 1 April) is an activity running on: dated by its
    month, never by the day it began."""
    article = Article(id="case", lang="id", lang_hint="id", published=DAY, title=None,
                      text="Latihan yang digelar sejak 1 April itu melibatkan 200 prajurit Indonesia dan "
                           "Australia.")
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert [e.date for e in events] == ["2026-04"], [(e.countries, e.date) for e in events]
