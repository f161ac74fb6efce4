"""The extract stage on short articles in two languages written for these tests (none of these sentences
is in tests/data/heldout/agreements6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording around signings, the subject of the
agreements6 set:
- id "kedua pejabat" (the two officials), like "kedua menteri", names both sides of the signing told
  before: the talks they held are a meeting of the same two states;
- zh "应X邀请" (at X's invitation) is no invitation extended also when X is a transliterated foreign name
  whose parts the interpunct joins ("劳埃德·奥斯汀"): the visit is the event, not a pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- id: "kedua pejabat" is both sides, as "kedua menteri"
    case("id-kedua-pejabat-is-both-sides", "id", DAY,
         "Menteri Pertahanan Sjafrie Sjamsoeddin dan Menteri Pertahanan Jepang Shinjiro Koizumi "
         "menandatangani nota kesepahaman kerja sama pertahanan di Jakarta, Rabu. Sebelumnya kedua "
         "pejabat mengadakan pertemuan tertutup selama satu jam.",
         [ev("agreement", ["IDN", "JPN"], date="2026-10-14", location="IDN", doc_type="memorandum"),
          ev("meeting", ["IDN", "JPN"], date="2026-10-14", location="IDN")]),
    # ---- zh: "应…·…邀请" is at someone's invitation, not an invitation extended
    case("zh-ying-dotted-name-yaoqing-is-no-intent", "zh", DAY,
         "应美国国防部长皮特·赫格塞斯邀请，日本防卫大臣小泉进次郎于10月12日至13日对美国进行正式访问。",
         [ev("meeting", ["JPN", "USA"], date="2026-10", location="USA", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
