"""Lead's cases of session 35: each an invented short article.

The press of a state names its own navy, ministry or general staff without the state ("해군은 …",
"Deniz Kuvvetleri Komutanlığı, …", "نیروی دریایی ارتش …", "Bộ Quốc phòng và …"): such a body, bare (no state
word right before it in its clause or right after it, not named as the source right after a reporting verb),
is the pack's own state (extract/own_bodies.py, the
packs' `markers.own_bodies`), as an official named by his title alone already was.  The same body
qualified by another state ("필리핀 해군", "Pakistan Deniz Kuvvetleri", "Bộ Quốc phòng Lào", "श्रीलंका की
नौसेना") is that state's, and adds no own state.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- a bare own body is the own state
    case("ko-bare-navy-is-kor", "ko", DAY, "해군은 17일 동해에서 미국 해군과 연합 해상훈련을 실시했다.",
         [ev("exercise", ["KOR", "USA"])]),
    case("tr-bare-naval-forces-command-is-tur", "tr", DAY,
         "Deniz Kuvvetleri Komutanlığı, Pakistan Deniz Kuvvetleri ile Arap Denizi'nde ortak tatbikat icra "
         "etti.",
         [ev("exercise", ["PAK", "TUR"])]),
    case("fa-bare-navy-is-irn", "fa", DAY,
         "نیروی دریایی ارتش و نیروی دریایی پاکستان روز دوشنبه رزمایش مشترک برگزار کردند.",
         [ev("exercise", ["IRN", "PAK"])]),
    case("hi-bare-navy-is-ind", "hi", DAY, "नौसेना ने सोमवार को श्रीलंका की नौसेना के साथ संयुक्त अभ्यास किया।",
         [ev("exercise", ["IND", "LKA"])]),
    case("vi-bare-ministry-is-vnm", "vi", DAY,
         "Bộ Quốc phòng và Bộ Quốc phòng Lào đã ký kế hoạch hợp tác quốc phòng năm 2027.",
         [ev("agreement", ["LAO", "VNM"])]),
    case("pl-bare-navy-is-pol", "pl", DAY,
         "Marynarka Wojenna przeprowadziła w poniedziałek wspólne ćwiczenia z marynarką wojenną Niemiec na "
         "Bałtyku.",
         [ev("exercise", ["DEU", "POL"])]),
    case("it-bare-ministry-is-ita", "it", DAY,
         "Il Ministero della Difesa ha firmato lunedì un memorandum d'intesa con il Ministero della Difesa "
         "albanese.",
         [ev("agreement", ["ALB", "ITA"])]),
    case("uk-bare-ministry-is-ukr", "uk", DAY,
         "Міноборони підписало в понеділок меморандум про співпрацю з Міністерством оборони Литви.",
         [ev("agreement", ["LTU", "UKR"])]),
    case("hr-bare-ministry-is-hrv", "hr", DAY,
         "Ministarstvo obrane potpisalo je u ponedjeljak memorandum o suradnji s Ministarstvom obrane "
         "Albanije.",
         [ev("agreement", ["ALB", "HRV"])]),
    case("el-bare-navy-is-grc", "el", DAY,
         "Το Πολεμικό Ναυτικό πραγματοποίησε τη Δευτέρα κοινή άσκηση με το Ναυτικό της Αιγύπτου.",
         [ev("exercise", ["EGY", "GRC"])]),
    case("et-bare-defence-forces-is-est", "et", DAY,
         "Kaitsevägi korraldas esmaspäeval ühisõppuse Läti relvajõududega.",
         [ev("exercise", ["EST", "LVA"])]),
    case("bg-bare-ministry-is-bgr", "bg", DAY,
         "Министерството на отбраната подписа в понеделник меморандум за сътрудничество с Министерството на "
         "отбраната на Северна Македония.",
         [ev("agreement", ["BGR", "MKD"])]),
    # ---- a body qualified by another state is that state's: no own state added
    case("ko-qualified-navies-add-no-kor", "ko", DAY,
         "필리핀 해군과 미국 해군은 17일 남중국해에서 연합훈련을 실시했다.",
         [ev("exercise", ["PHL", "USA"])]),
    case("tr-qualified-naval-forces-add-no-tur", "tr", DAY,
         "Pakistan Deniz Kuvvetleri ve Çin Deniz Kuvvetleri Arap Denizi'nde ortak tatbikat icra etti.",
         [ev("exercise", ["CHN", "PAK"])]),
    # ---- what the own state made visible: a province is no state, a deployment no delivery
    case("fa-east-azerbaijan-province-is-no-state", "fa", DAY,
         "رزمایش پدافند هوایی با حضور یگان‌های ارتش و سپاه در استان آذربایجان شرقی آغاز شد.", []),
    case("ko-operational-deployment-is-no-delivery", "ko", DAY,
         "해군 관계자는 \"신형 호위함은 작전 배치 후 서해에서 "
         "북한 해상 도발에 대비하는 임무를 맡는다\"고 말했다.", []),
    # ---- a month before "of the same year" / "of that year" / "того же года" is in the year last written
    case("en-month-of-that-year", "en", DAY,
         "Estonia signed a contract with South Korea for K9 howitzers in March 2019, and the first guns were "
         "delivered to Estonia in October of that year.",
         [ev("agreement", ["EST", "KOR"], date="2019-03", historical=True),
          ev("aid", ["EST", "KOR"], date="2019-10", historical=True)]),
    case("ru-month-togo-zhe-goda", "ru", DAY,
         "Эстония подписала контракт с Южной Кореей о закупке гаубиц K9 в марте 2019 года, а первые орудия "
         "были переданы Эстонии в октябре того же года.",
         [ev("agreement", ["EST", "KOR"], date="2019-03", historical=True),
          ev("aid", ["EST", "KOR"], date="2019-10", historical=True)]),
    case("de-month-desselben-jahres", "de", DAY,
         "Estland unterzeichnete im März 2019 mit Südkorea einen Vertrag über K9-Haubitzen; die ersten "
         "Geschütze wurden im Oktober desselben Jahres an Estland geliefert.",
         [ev("agreement", ["EST", "KOR"], date="2019-03", historical=True),
          ev("aid", ["EST", "KOR"], date="2019-10", historical=True)]),
    # ---- a title is no body: its official has his state from it ("국방부장관", "합참의장")
    case("ko-title-with-body-word-is-no-body", "ko", DAY,
         "미 합참의장과 호주 국방군 사령관은 17일 화상회의를 가졌다.", [ev("meeting", ["AUS", "USA"])]),
    case("vi-qualified-ministries-add-no-vnm", "vi", DAY,
         "Bộ Quốc phòng Lào và Bộ Quốc phòng Campuchia đã ký kế hoạch hợp tác quốc phòng năm 2027.",
         [ev("agreement", ["KHM", "LAO"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
