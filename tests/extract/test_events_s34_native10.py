"""The extract stage on short articles in three languages written for these tests (none of these sentences
is in tests/data/heldout/native10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the native press of the native10 set:
- en the war told as the backdrop of a call or talks ("… as Russia stepped up its attacks on Ukraine's energy
  grid", "amid intensifying attacks on shipping"): no combat reported, the call or meeting stands;
- de the perfect of receiving with the material between "hat" and the giver ("Litauen hat am Montag die ersten
  Panzerhaubitzen aus Deutschland erhalten"): a delivery from that state;
- vi support for the other's struggle ("luôn ủng hộ cuộc đấu tranh chính nghĩa của nhân dân …"), as
  "ủng hộ lập trường"; a delivery still to come told in the passive ("… sẽ được bàn giao cho Hải quân …
  trong năm 2027"): a pledge, as "sẽ bàn giao";
- en the war or the invasion as the topic or the time of talks or a delivery ("talks … about the war in
  Ukraine", "shortly after Russia's full-scale invasion"): no party of them.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en: the war as the backdrop of a call
    case("en-call-as-russia-stepped-up-its-attacks-is-a-meeting", "en", DAY,
         "Poland's defence minister Władysław Kosiniak-Kamysz spoke by phone on Monday with his Ukrainian "
         "counterpart as Russia stepped up its attacks on Ukrainian railways.",
         [ev("meeting", ["POL", "UKR"], date="2026-10-12", mode="phone")]),
    case("en-talks-amid-intensifying-attacks-on-is-a-meeting", "en", DAY,
         "The Dutch defence minister held talks with his Estonian counterpart in Tallinn on Tuesday amid "
         "intensifying attacks on undersea cables.",
         [ev("meeting", ["EST", "NLD"], date="2026-10-13", location="EST", mode="visit")]),
    # ---- de: "hat ~ aus <Staat> erhalten/bekommen"
    case("de-hat-material-aus-staat-erhalten-is-aid", "de", DAY,
         "Lettland hat am Montag die ersten sechs Panzerhaubitzen aus Norwegen erhalten.",
         [ev("aid", ["LVA", "NOR"], date="2026-10-12")]),
    case("de-hat-material-aus-den-staat-bekommen-is-aid", "de", DAY,
         "Estland hat in der vergangenen Woche zwölf Radpanzer aus den Niederlanden bekommen.",
         [ev("aid", ["EST", "NLD"])]),
    # ---- vi: "ủng hộ cuộc đấu tranh", "sẽ được bàn giao"
    case("vi-ung-ho-cuoc-dau-tranh-is-support", "vi", DAY,
         "Chiều 12/10, tại Viêng Chăn, Bộ trưởng Quốc phòng Lào khẳng định Quân đội nhân dân Lào luôn ủng hộ "
         "cuộc đấu tranh chính nghĩa của nhân dân Palestine.",
         [ev("support", ["LAO", "PSE"], date="2026-10-12")]),
    case("vi-se-duoc-ban-giao-is-intent", "vi", DAY,
         "Theo kế hoạch, 3 tàu tuần tra do Hàn Quốc đóng sẽ được bàn giao cho Hải quân Philippines "
         "vào năm 2028.",
         [ev("intent", ["KOR", "PHL"])]),
    # ---- en: "the war in Ukraine", "Russia's full-scale invasion" are no parties
    case("en-talks-about-the-war-in-ukraine-name-no-party", "en", DAY,
         "The Dutch defence minister and his Lithuanian counterpart signed a memorandum on ammunition "
         "production in Vilnius on Tuesday. After the signing, the two ministers held talks at the "
         "Lithuanian defence ministry about the war in Ukraine.",
         [ev("agreement", ["LTU", "NLD"], date="2026-10-13", location="LTU", doc_type="memorandum"),
          ev("meeting", ["LTU", "NLD"], date="2026-10-13", location="LTU", mode="visit")]),
    case("en-after-russias-full-scale-invasion-is-no-recipient", "en", DAY,
         "Denmark first donated artillery shells to Ukraine in March 2022, weeks after Russia's full-scale "
         "invasion.",
         [ev("aid", ["DNK", "UKR"], date="2022-03", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
