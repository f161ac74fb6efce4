"""The extract stage on exercises with observers, written for these tests (session 14, lead).

States that only watch are no parties.  When the observer word follows its states, the observers are the
list of states right before it, in its clause: names apart by list marks and the pack's conjunctions
("越南、老挝和柬埔寨派员观摩", "while Rwanda, Burundi and Ethiopia attend as observers"); observers named
by number only ("observers from more than 20 states") leave every state before them a party.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("zh-observers-listed-with-enumeration-commas", "zh", "2026-11-12",
         "“和平-2026”多国联合演习11日在青岛开幕，中国、泰国和马来西亚三国军队参加，越南、老挝和柬埔寨派员观摩。",
         [ev("exercise", ["CHN", "MYS", "THA"], date="2026-11")]),
    case("ur-observers-listed-with-arabic-commas", "ur", "2026-10-20",
         "کثیر القومی فضائی مشق کا آغاز پیر کو ہوا۔ مشق میں پاکستان کے علاوہ ترکیہ، سعودی عرب اور مصر کی "
         "فضائیہ کے دستے حصہ لے رہے ہیں، جبکہ ازبکستان، قازقستان اور بنگلہ دیش کے فضائی افسران بطور مبصر "
         "شریک ہیں۔",
         [ev("exercise", ["EGY", "PAK", "SAU", "TUR"], date="2026-10")]),
    case("en-observers-after-while", "en", "2026-10-20",
         "The joint exercise began in Nairobi on Monday with troops from Kenya, Uganda and Tanzania, while "
         "Rwanda, Burundi and Ethiopia attend as observers.",
         [ev("exercise", ["KEN", "TZA", "UGA"], date="2026-10")]),
    # a forum's members, then an observer after a word that is no list mark: the forum itself is no event
    case("th-forum-members-and-an-observer", "th", "2025-11-01",
         "การประชุมรัฐมนตรีกลาโหมอาเซียนกับประเทศคู่เจรจาจัดขึ้นที่กัวลาลัมเปอร์ ที่ประชุมประกอบด้วยรัฐมนตรีกลาโหม"
         "อาเซียน 10 ประเทศ และประเทศคู่เจรจา ได้แก่ ออสเตรเลีย จีน อินเดีย ญี่ปุ่น และสหรัฐอเมริกา "
         "โดยมีติมอร์-เลสเตเข้าร่วมในฐานะผู้สังเกตการณ์",
         []),
    case("ar-observers-by-number-only", "ar", "2025-08-31",
         "انطلقت أمس فعاليات التدريب المشترك بقاعدة عسكرية، بمشاركة عناصر من القوات المسلحة المصرية "
         "والأمريكية والسعودية والأردنية، وبحضور مراقبين من أكثر من 20 دولة.",
         [ev("exercise", ["EGY", "JOR", "SAU", "USA"], date="2025-08")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
