"""Lead's cases of session 24: each an invented short article.

A host named by his title or an honorific alone, before his host verb, with every state of the sentence
after it (the guests), is of the state of the wire's dateline (parties.py `_dateline_host`,
countries:dateline-host):
"Abu Dhabi, 18 February (WAM) -- The Minister of State for Defence Affairs received the Italian Minister of
Defence and the Croatian Minister of Defence" gave ITA-HRV, the guests among themselves; now ARE-ITA and
ARE-HRV.  The subject of a bilateral series ("كلٌّ على حدة") stands before the host's verb, when the verb comes
first: the first guest was taken for the host.  A dateline may open the second or third line, under a headline
and web furniture (analysis.py `_dateline_state`); the venue of the lead story is still only a first
sentence's dateline (a home capital over a report from abroad is where it was filed, not where it happened).
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-02-18"

CASES = [
    case("ar-gulf-host-by-title-two-guests-separately", "ar", DAY,
         "أبوظبي في 18 فبراير / وام / استقبل معالي وزير دولة لشؤون الدفاع اليوم كلاً من وزير الدفاع "
         "الإيطالي ووزير الدفاع الكرواتي، كلٌّ على حدة، وبحث معهما علاقات التعاون العسكري.",
         [ev("meeting", ["ARE", "ITA"], date=DAY), ev("meeting", ["ARE", "HRV"], date=DAY)]),
    case("en-wire-host-by-title-two-guests", "en", DAY,
         "Abu Dhabi, 18 February (WAM) -- The Minister of State for Defence Affairs today received the "
         "Italian Minister of Defence and the Croatian Minister of Defence, separately, and discussed "
         "military cooperation.",
         [ev("meeting", ["ARE", "ITA"], date=DAY), ev("meeting", ["ARE", "HRV"], date=DAY)]),
    case("ar-dateline-under-headline-one-guest", "ar", DAY,
         "وزير الدفاع يستقبل رئيس أركان الجيش الباكستاني\nالرياض 18 فبراير (واس) - استقبل صاحب السمو "
         "الملكي وزير الدفاع في مكتبه اليوم رئيس أركان الجيش الباكستاني، وجرى خلال الاستقبال بحث "
         "مجالات التعاون العسكري بين البلدين.",
         [ev("meeting", ["PAK", "SAU"], date=DAY)]),
    case("ar-headline-over-dateline-two-guests", "ar", DAY,
         "وزير دولة لشؤون الدفاع يستقبل وزيري الدفاع الإيطالي والكرواتي\nأبوظبي في 18 فبراير / وام / "
         "استقبل معالي وزير دولة لشؤون الدفاع اليوم كلاً من وزير الدفاع الإيطالي ووزير الدفاع الكرواتي، "
         "كلٌّ على حدة.",
         [ev("meeting", ["ARE", "ITA"], date=DAY), ev("meeting", ["ARE", "HRV"], date=DAY)]),
    case("en-host-with-state-named-stays", "en", DAY,
         "Abu Dhabi, 18 February (WAM) -- Kuwait's Minister of Defence today received the Italian Minister "
         "of Defence on the sidelines of the exhibition.",
         [ev("meeting", ["ITA", "KWT"], date=DAY)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
