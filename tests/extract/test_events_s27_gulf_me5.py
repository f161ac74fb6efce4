"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/gulf_me5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the Middle East press of the gulf_me5 set: the
closing "matters of common interest" of an Arabic talks sentence, whose المشترك made a joint exercise of a
training field named before it (ar "… في مجالات التدريب … والقضايا ذات الاهتمام المشترك"); three states as the
genitive subject of a Turkish pledge (tr "üç ülkenin … konusunda mutabık kalındı"); soldiers "raised" by
trainers who graduated (tr "yetiştirdiği … asker mezun oldu"); a Hebrew month with the conjunction before its
preposition (he "ובדצמבר 2025"); a defense attaché's title after his name (fa "… وابسته نظامی روسیه").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.evaluate.scoring import fold_name
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday
FA_ATTACHE = ("سرهنگ دیمیتری پتروف وابسته نظامی روسیه در تهران، روز سه‌شنبه با امیر سرتیپ علی جهانشاهی "
              "فرمانده نیروی زمینی ارتش دیدار کرد.")

CASES = [
    # ---- ar: "matters of common interest" closing the talks is no joint exercise of the training field
    case("ar-al-ihtimam-al-mushtarak-is-no-exercise", "ar", DAY,
         "استقبل رئيس أركان الجيش الأردني أمس قائد القوات البحرية البحرينية، وجرى خلال اللقاء بحث التعاون في "
         "مجالات التدريب وتبادل الخبرات والقضايا ذات الاهتمام المشترك.",
         [ev("meeting", ["BHR", "JOR"], date="2026-09-15")]),
    # ---- tr: three states as the genitive subject of an impersonal pledge
    case("tr-uc-ulkenin-mutabik-kalindi-is-an-intent", "tr", DAY,
         "Mısır, Ürdün ve Suudi Arabistan savunma bakanlarının üçlü toplantısı dün Kahire'de yapıldı. "
         "Toplantıda üç ülkenin gelecek yıl ortak bir deniz tatbikatı düzenlemesi konusunda mutabık kalındı.",
         [ev("meeting", ["EGY", "JOR", "SAU"], date="2026-09-15", mode="multilateral"),
          ev("intent", ["EGY", "JOR", "SAU"], date="2026-09-15")]),
    # ---- tr: soldiers raised by the trainers graduated: training given
    case("tr-yetistirdigi-asker-mezun-oldu-is-training-given", "tr", DAY,
         "Türkiye'nin Bakü'deki eğitim merkezinde yetiştirdiği 300 Azerbaycanlı asker dün mezun oldu.",
         [ev("aid", ["AZE", "TUR"], date="2026-09-15")]),
    # ---- fa: the defense attaché's title after his name is no part of the name (see also the test below)
    case("fa-vabaste-nezami-is-no-part-of-the-name", "fa", DAY, FA_ATTACHE,
         [ev("meeting", ["IRN", "RUS"], date="2026-09-15", persons=["دیمیتری پتروف"])]),
    # ---- he: a month with the conjunction before its preposition
    case("he-ubedetsember-is-a-month", "he", DAY,
         "רומניה רכשה נשק ישראלי, ובדצמבר 2025 חתמה על חוזה עם ישראל לרכישת מערכות הגנה אווירית.",
         [ev("agreement", ["ISR", "ROU"], date="2025-12", doc_type="contract", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_fa_attache_title_is_not_in_the_name(extractor: Any) -> None:
    """score.py matches a gold person against the predicted names only (not their aliases): the attaché's
    name itself must stop before his title (it was "دیمیتری پتروف وابسته", the clean form only an alias)."""
    article = Article(id="case", text=FA_ATTACHE, title=None, published=DAY, lang="fa", lang_hint="fa")
    names = {fold_name(p.name) for e in extractor.extract(article).events for p in e.persons}
    assert fold_name("دیمیتری پتروف") in names, names
