"""The extract stage on short articles in four languages written for these tests (none of these sentences
is in tests/data/heldout/support2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of support stated at defense talks, the
subject of the support2 set:
- de backing of a state in its war told with its possessive ("Unterstützung für die Ukraine in ihrem
  Abwehrkampf") is support, as "im Abwehrkampf" already was;
- ar an envoy's "support of his country for the security of X and its sovereignty" ("دعم بلاده لأمن الأردن
  وسيادته") is support;
- fa both sides stressing the strengthening of cooperation ("دو طرف بر تقویت همکاری‌های … تأکید کردند") is a
  field of the talks, no pledge;
- zh one side's wish with its speaker named before the comma ("中方坚定支持越方……，愿同越方深化…合作") is no
  pledge of both (the support stays).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: "in ihrem Abwehrkampf" (the possessive) backs a state in its war
    case("de-unterstuetzung-in-ihrem-abwehrkampf-is-support", "de", DAY,
         "Der polnische Verteidigungsminister empfing am Dienstag in Warschau seinen estnischen "
         "Amtskollegen. Beide Minister bekräftigten ihre Unterstützung für die Ukraine in ihrem "
         "Abwehrkampf gegen Russland.",
         [ev("meeting", ["EST", "POL"], date="2026-09-15", location="POL", mode="visit"),
          ev("support", ["EST", "POL", "UKR"], date="2026-09-15")]),
    # ---- ar: an envoy's support for a state's security and its sovereignty
    case("ar-dam-biladihi-li-amn-wa-siyadatihi-is-support", "ar", DAY,
         "استقبل وزير الدفاع الأردني يوم الثلاثاء السفير الإيطالي لدى الأردن. "
         "وأكد السفير الإيطالي دعم بلاده لأمن الأردن وسيادته واستقراره.",
         [ev("meeting", ["ITA", "JOR"], date="2026-09-15"),
          ev("support", ["ITA", "JOR"], date="2026-09-15")]),
    # ---- fa: stressing the strengthening of cooperation is no pledge
    case("fa-bar-taghviat-takid-kardand-is-no-intent", "fa", DAY,
         "وزیر دفاع ایران روز دوشنبه در تماس تلفنی با وزیر دفاع ارمنستان گفت‌وگو کرد. "
         "دو طرف بر تقویت همکاری‌های دفاعی و آموزش نظامی تأکید کردند.",
         [ev("meeting", ["ARM", "IRN"], date="2026-09-14", mode="phone")]),
    # ---- zh: a one-sided wish after the speaker's support is no pledge
    case("zh-yuan-tong-yuefang-after-support-is-no-intent", "zh", DAY,
         "9月15日，国防部长在北京会见越南国防部长。国防部长表示，中方坚定支持越方维护国家主权，"
         "愿同越方深化两军务实合作。",
         [ev("meeting", ["CHN", "VNM"], date="2026-09-15", location="CHN", mode="visit"),
          ev("support", ["CHN", "VNM"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
