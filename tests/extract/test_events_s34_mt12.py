"""The extract stage on short articles written for these tests in the wording of machine-translated
defense news (none of these sentences is in tests/data/heldout/mt12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the mt12 set (news from vi zh ru ar ko
tr fa run through online translation into en de fr es):
- fr a joint sitting of two sides' boards or commissions ("la séance conjointe du collège des ministères
  de la Défense", the Russian "совместное заседание коллегии" as translated) is a meeting, as "réunion
  conjointe" was.
- en the Vietnamese label over the related headlines left untranslated ("Tin liên quan", "Tin cùng chuyên
  mục") closes the body like "Related news": the headlines under it are no events of the article.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-12-01"  # a Tuesday

CASES = [
    # ---- fr: "séance conjointe" brings the two sides together
    case("fr-seance-conjointe-is-a-meeting", "fr", DAY,
         "Mardi à Erevan, les ministres de la Défense de l'Arménie et de l'Iran ont présidé la séance "
         "conjointe des commissions militaires des deux pays.",
         [ev("meeting", ["ARM", "IRN"], date="2026-12-01", location="ARM")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, text that must stay, furniture that must go)
PAGES = [
    ("en-tin-lien-quan-closes-the-body", "en",
     "Hanoi (VNA) - On the morning of December 1, in Hanoi, the Chief of the General Staff received the "
     "Defense Attaché of India.\n\nTin liên quan\n- Vietnam and Laos sign defense cooperation plan\n",
     ["received the Defense Attaché of India."], ["Vietnam and Laos sign"]),
    ("en-tin-cung-chuyen-muc-closes-the-body", "en",
     "Hanoi (VNA) - The Vietnamese and Thai navies held a joint patrol in the Gulf of Thailand on Monday.\n\n"
     "Tin cùng chuyên mục:\n- Defense Minister receives Ambassador of Cuba\n",
     ["held a joint patrol in the Gulf of Thailand"], ["Ambassador of Cuba"]),
]


test_untranslated_related_label_is_cut = cleaning_test(PAGES)
