"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/aid11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military aid news (deliveries and
training given to the other side's personnel), the subject of the aid11 set:
- en a course run by one side's instructors for the other side's personnel ("conducted a three-week course
  for", "ran a two-week course for", "held a course for") is training given (aid), as "training course for"
  was;
- sv the past passive of training ("ukrainska piloter utbildades i Sverige") is training given, as the perfect
  "har utbildats" was;
- tr training meant for the other side's personnel with the bare dative ("45 personele yönelik", "personellere
  yönelik") is training given, as the possessive "personeline yönelik" was;
- ar the trainees who underwent a course ("خضع ... لدورة تدريبية") or a course for the other side's military
  ("دورة تدريبية لعسكريين") is training given;
- tr the ministry's weekly press briefing ("basın bilgilendirme toplantısı düzenlendi", "basın toplantısı") is
  no meeting between states.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- en: a course run for the other side's personnel
    case("en-conducted-a-course-for-is-training", "en", DAY,
         "A mobile training team from the New Zealand Defence Force conducted a two-week course for "
         "30 Fijian "
         "soldiers in Suva last week.",
         [ev("aid", ["FJI", "NZL"])]),
    case("en-ran-a-course-for-is-training", "en", DAY,
         "British Army engineers ran a ten-day course for Kenyan sappers at Laikipia on Monday.",
         [ev("aid", ["GBR", "KEN"], date="2026-11-16")]),
    # ---- sv: the past passive of training
    case("sv-utbildades-is-training", "sv", DAY,
         "Ukrainska stridsvagnsbesättningar utbildades i Sverige under oktober.",
         [ev("aid", ["SWE", "UKR"])]),
    # ---- tr: training for the other side's personnel, bare dative
    case("tr-personele-yonelik-egitim-is-training", "tr", DAY,
         "Bakanlık, Azerbaycan Silahlı Kuvvetlerinden 30 personele yönelik keskin nişancı eğitiminin "
         "Konya'da "
         "tamamlandığını açıkladı.",
         [ev("aid", ["AZE", "TUR"])]),
    case("tr-personellere-yonelik-kurs-is-training", "tr", DAY,
         "Gürcistan Silahlı Kuvvetleri personellerine yönelik dağ komando kursu Türkiye'de tamamlandı.",
         [ev("aid", ["GEO", "TUR"])]),
    # ---- ar: a course undergone by, or run for, the other side's military
    case("ar-khada-li-dawra-is-training", "ar", DAY,
         "خضع عدد من العسكريين الأردنيين لدورة تدريبية على صيانة الطائرات المسيرة نفذها فريق من "
         "الجيش الفرنسي.",
         [ev("aid", ["FRA", "JOR"])]),
    case("ar-dawra-li-askariyyin-is-training", "ar", DAY,
         "نفذ فريق من الجيش البريطاني دورة تدريبية لعسكريين لبنانيين في مجال مكافحة المتفجرات.",
         [ev("aid", ["GBR", "LBN"])]),
    # ---- tr: a press briefing is no meeting
    case("tr-basin-bilgilendirme-toplantisi-is-no-meeting", "tr", DAY,
         "Millî Savunma Bakanlığı\nHaberler\n\nMSB haftalık basın bilgilendirme toplantısı düzenlendi\n\n"
         "Ankara, 18 Kasım 2026 – Bakanlık Müşaviri Tuğamiral Ali Kara, haftalık basın bilgilendirme "
         "toplantısında açıklamalarda bulundu.\n\nKara, Libya Ordusu mensuplarının Trablus'ta eğitimlerini "
         "tamamladığını bildirdi.",
         [ev("aid", ["LBY", "TUR"])],
         title="MSB haftalık basın bilgilendirme toplantısı düzenlendi"),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
