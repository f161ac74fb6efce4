"""The extract stage on short Chinese and Southeast Asian press articles written for these tests (none of
these sentences is in tests/data/heldout/zh_sea2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the Chinese, Thai, Malay and Tagalog press:

- zh: "國軍" (Taiwan's armed forces) inside "兩國軍隊 / 各國軍方" names no Taiwan; "今後 / 今后" (from now on)
  looks ahead, so what a treaty in force lets the forces do is no exercise held; a visiting forces agreement
  (訪問部隊地位協定) names no visit; "出任国防部长后首次访问" retells the visit reported, dated by the
  taking of office, and is no visit of that month; a news outlet named by its state (菲律宾星报, 越南之声,
  中國時報, 中国军网) names no party; Gyeonggi (在京畿道) is Korea, not "在京" (in Beijing).
- th: a parliamentary committee that "จะเชิญ … เข้าชี้แจง" (will summon … to explain) invites no state; an
  exercise that "ได้เสร็จสิ้นลง" (came to its end) was held.
- vi: "tại Hà Nội, Bộ trưởng …" (in Hanoi, the minister …): the city is no person.
- ms: thanks "atas sumbangan X dalam melatih …" are no delivery or training; what a signed memorandum
  provides, retold ("di bawah memorandum itu kedua-dua negara akan …"), is no pledge of its own;
  "berlangsung … sejak 9 Mac" spans days (month precision).
- tl: "tinapos ng A at B ang … pagsasanay" (A and B ended the exercise) and "pormal nang isinara ang joint
  exercise" (formally closed) tell an exercise held, and "isang /
  tatlong linggong" a span; "mula Marso 6" (from 6 March on) spans days; a force's own drill ("sariling
  live-fire exercise") is domestic.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- zh: "國軍" inside "兩國軍隊"
    case("zh-liangguo-jundui-is-no-taiwan", "zh", DAY,
         "日本與菲律賓兩國軍隊16日在呂宋島舉行聯合訓練。",
         [ev("exercise", ["JPN", "PHL"], date="2026-03-16")]),
    # ---- zh: what a treaty in force allows "from now on" is no exercise; a VFA names no visit
    case("zh-jinhou-ke-is-no-exercise-traditional", "zh", DAY,
         "澳洲與菲律賓簽署的訪問部隊地位協定已於上月生效，澳軍今後可赴菲參加聯合演習。",
         [ev("agreement", ["AUS", "PHL"])]),
    case("zh-jinhou-ke-is-no-exercise-simplified", "zh", DAY,
         "澳大利亚与菲律宾签署的访问部队地位协定已于上月生效，澳军今后可赴菲参加联合演习。",
         [ev("agreement", ["AUS", "PHL"])]),
    # ---- zh: the first visit since taking office is the visit reported
    case("zh-first-visit-since-taking-office", "zh", DAY,
         "新加坡国防部长17日在河内与越南国防部长举行会谈。这是他去年10月出任国防部长后首次正式访问越南。",
         [ev("meeting", ["SGP", "VNM"], date="2026-03-17", location="VNM")]),
    # ---- zh: a news outlet named by its state names no party; Gyeonggi is no "在京" (in Beijing)
    case("zh-philippine-star-is-no-party", "zh", DAY,
         "据菲律宾星报报道，美国与日本海军17日在冲绳附近海域举行联合演习。",
         [ev("exercise", ["JPN", "USA"], date="2026-03-17")]),
    case("zh-voice-of-vietnam-is-no-party", "zh", DAY,
         "越南之声报道，美国与日本海军17日在冲绳附近海域举行联合演习。",
         [ev("exercise", ["JPN", "USA"], date="2026-03-17")]),
    case("zh-china-times-is-no-party", "zh", DAY,
         "據中國時報報導，美國與日本海軍17日在沖繩附近海域舉行聯合演習。",
         [ev("exercise", ["JPN", "USA"], date="2026-03-17")]),
    case("zh-gyeonggi-is-korea", "zh", DAY,
         "韩国军队与美军16日在京畿道举行联合演习。",
         [ev("exercise", ["KOR", "USA"], date="2026-03-16", location="KOR")]),
    # ---- th: a committee summoning officials invites no state
    case("th-chern-chichaeng-is-no-invitation", "th", DAY,
         "ทอ.ยันโครงการเครื่องบินกริพเพนของสวีเดนเดินหน้าตามแผน\n\n"
         "เมื่อวันที่ 17 มีนาคม ที่กองบัญชาการกองทัพอากาศ พล.อ.อ.สมชาย ใจดี ผู้บัญชาการทหารอากาศ "
         "ให้สัมภาษณ์ถึงความคืบหน้าโครงการเครื่องบินขับไล่แบบใหม่ของกองทัพอากาศไทย\n\n"
         "พล.อ.อ.สมชาย กล่าวอีกว่า คณะกรรมาธิการการทหาร สภาผู้แทนราษฎร "
         "จะเชิญผู้แทนกองทัพอากาศเข้าชี้แจงรายละเอียดในสัปดาห์หน้า",
         []),
    # ---- th: an exercise that came to its end was held
    case("th-setsin-long-exercise-held", "th", DAY,
         "เมื่อวันที่ 17 มี.ค. 2569 การฝึกร่วมระหว่างกองทัพเรือไทยกับกองทัพเรือญี่ปุ่นได้เสร็จสิ้นลงที่สัตหีบ",
         [ev("exercise", ["JPN", "THA"], date="2026-03-17", location="THA")]),
    # ---- ms: thanks for help in training; the retold terms of a memorandum
    case("ms-atas-sumbangan-is-thanks", "ms", DAY,
         "Menteri Pertahanan Malaysia turut menyampaikan penghargaan atas sumbangan Australia dalam melatih "
         "juruterbang Tentera Udara Diraja Malaysia.",
         []),
    case("ms-di-bawah-memorandum-itu-akan-is-no-pledge", "ms", DAY,
         "Malaysia dan Thailand hari ini menandatangani memorandum persefahaman mengenai kerjasama "
         "pertahanan di Bangkok. Menurut kenyataan kementerian, di bawah memorandum itu kedua-dua negara "
         "akan meningkatkan latihan bersama dan pertukaran pegawai.",
         [ev("agreement", ["MYS", "THA"], doc_type="memorandum", date="2026-03-18")]),
    # ---- tl: "tinapos" (ended) an exercise; "sariling" (own) drill; "mula Marso 6"
    case("tl-tinapos-linggong-pagsasanay", "tl", DAY,
         "Tinapos kahapon ng Philippine Navy at Royal Australian Navy ang isang linggong pagsasanay sa "
         "karagatan ng Zambales.",
         [ev("exercise", ["AUS", "PHL"], date="2026-03")]),
    case("tl-isinara-exercise-held", "tl", DAY,
         "Pormal nang isinara kahapon ang joint exercise ng Philippine Army at Japan Ground Self-Defense "
         "Force sa Fort Magsaysay.",
         [ev("exercise", ["JPN", "PHL"], date="2026-03-17")]),
    case("tl-sariling-exercise-is-domestic", "tl", DAY,
         "Nagsagawa ng joint exercise ang Philippine Navy at Japan Maritime Self-Defense Force sa Zambales "
         "noong Marso 2.\n\nSamantala, nagsagawa rin ng sariling live-fire exercise ang Philippine Air Force "
         "sa Pampanga nitong Lunes.",
         [ev("exercise", ["JPN", "PHL"], date="2026-03-02")]),
    case("tl-mula-marso-is-a-span", "tl", "2026-03-28",
         "Tinapos kahapon ng Philippine Navy at Royal Australian Navy ang tatlong linggong pagsasanay sa "
         "karagatan ng Zambales.\n\nNagsanay ang mga mandaragat ng dalawang bansa sa anti-submarine warfare "
         "mula Marso 6.",
         [ev("exercise", ["AUS", "PHL"], date="2026-03")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("ms", "Seramai 300 anggota Tentera Darat Malaysia dan Tentera Darat Thailand menyertai latihan bersama "
           "yang berlangsung di Kedah sejak 9 Mac lalu."),
    ("tl", "Tinapos kahapon ng Philippine Army at Japan Ground Self-Defense Force ang dalawang linggong "
           "pagsasanay sa Tarlac."),
])
def test_exercise_over_days_has_month_precision(extractor: Any, lang: str, text: str) -> None:
    """An exercise running since a day ("sejak 9 Mac") or for weeks ("dalawang linggong") is dated by its
    month."""
    article = Article(id="case", lang=lang, lang_hint=lang, published=DAY, title=None, text=text)
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert len(events) == 1, events
    assert events[0].date == "2026-03", events[0].date


def test_ha_noi_before_a_title_is_no_person(extractor: Any) -> None:
    """vi: "tại Hà Nội, Bộ trưởng Quốc phòng …" (in Hanoi, the minister of defense …): the city before an
    unnamed title is no person (Nội, Nẵng are no name syllables)."""
    article = Article(id="case", lang="vi", lang_hint="vi", published=DAY, title=None,
                      text="Chiều 17/3, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam tiếp Bộ trưởng Quốc phòng "
                           "Nhật Bản.")
    events = list(extractor.extract(article).events)
    assert events
    names = {p.name for event in events for p in event.persons}
    assert not names & {"Ha Noi", "Noi"}, names


def test_royal_army_is_no_name(extractor: Any) -> None:
    """zh: "泰国皇家陆军司令" (commander of the Royal Thai Army): 皇家 (royal) is in no name, so the words
    before the title are no person."""
    article = Article(id="case", lang="zh", lang_hint="zh", published=DAY, title=None,
                      text="泰国皇家陆军司令17日在曼谷会见了来访的越南陆军司令员。")
    events = list(extractor.extract(article).events)
    assert events
    names = {alias for event in events for p in event.persons for alias in [p.name, *p.aliases]}
    assert not any("皇家" in name for name in names), names
