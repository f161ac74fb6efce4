"""The extract stage on short articles in five languages written for these tests (none of these sentences
is in tests/data/heldout/agreements5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording around signed documents, the subject of the
agreements5 set:
- site furniture: ko "함께 보면 좋은 기사" (read also) closes the article, the headlines under it are other
  stories;
- ko a firm's business agreement with a foreign defence firm is no agreement of states, also with the acronym
  and a particle between ("… 방산업체 …과 … 업무협약(MOU)도 맺었다");
- ja a memorandum exchanged in the ministers' presence ("両大臣立会いの下、…覚書の交換が行われた") is
  signed; the two ministers or states (両大臣, 両国) are the signatories, so "防衛産業" (the defence
  industry) in the document's field makes it no company deal;
- tr a meeting held told in reported speech ("… Toplantısı'nın … Tiflis'te yapıldığını bildirdi");
- fa a parliament's open session ("در جلسه علنی … تصویب کردند") ratifies, it is no meeting with the state of
  the bill; a customs agreement ratified beside it is no defense document;
- ar the supply a contract of a stated value is for ("عقدا بقيمة 2.5 مليار يورو … لتوريد …") is no delivery.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

# ---- related headlines of other stories close the page
# (case id, language, raw page, lines kept, lines dropped)
PAGES = [
    ("ko-hamkke-bomyeon-joeun-gisa-is-furniture", "ko",
     "육군은 16일 강원도 인제에서 동계 혹한기 훈련을 시작했다.\n\n함께 보면 좋은 기사\n"
     "국방부 장관, 호주 국방장관과 회담…방산 협력 논의",
     ["육군은 16일 강원도 인제에서 동계 혹한기 훈련을 시작했다."],
     ["국방부 장관, 호주 국방장관과 회담…방산 협력 논의"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)


CASES = [
    # ---- ko: a firm's business agreement with a foreign defence firm, acronym and particle between
    case("ko-bangsanupche-eobmuhyeobyak-mou-do-is-no-agreement", "ko", DAY,
         "LIG넥스원은 15일 체코 방산업체 CSG와 대공 무기 공동 생산을 위한 업무협약(MOU)도 맺었다.",
         []),
    # ---- ja: a memorandum exchanged in the ministers' presence is a signing
    case("ja-oboegaki-no-koukan-ga-okonawareta-is-an-agreement", "ja", DAY,
         "防衛大臣は9月15日、防衛省でインドネシアの国防大臣と会談した。会談後、両大臣立会いの下、"
         "防衛装備品の共同開発に関する覚書の交換が行われた。",
         [ev("meeting", ["IDN", "JPN"], date="2026-09-15", location="JPN"),
          ev("agreement", ["IDN", "JPN"], date="2026-09-15", doc_type="memorandum")]),
    # ---- ja: the two ministers present make a document on the defence industries a signing of the states
    case("ja-ryoudaijin-boueisangyou-kyouryoku-oboegaki-is-an-agreement", "ja", DAY,
         "防衛大臣は9月15日、防衛省でフィリピンの国防大臣と会談した。会談後、両大臣立会いの下、"
         "防衛産業協力に関する覚書に署名した。",
         [ev("meeting", ["JPN", "PHL"], date="2026-09-15", location="JPN"),
          ev("agreement", ["JPN", "PHL"], date="2026-09-15", doc_type="memorandum")]),
    # ---- tr: a meeting held, told in reported speech
    case("tr-toplantisinin-yapildigini-bildirdi-is-a-meeting", "tr", DAY,
         "MSB Sözcüsü, Türkiye-Gürcistan Yüksek Düzeyli Askeri Diyalog Toplantısı'nın 14-15 Eylül "
         "tarihlerinde Tiflis'te yapıldığını bildirdi.",
         [ev("meeting", ["GEO", "TUR"], date="2026-09-14", location="GEO")]),
    # ---- fa: a parliament's open session ratifies, no meeting; a customs agreement is no defense document
    case("fa-jalase-alani-is-no-meeting", "fa", DAY,
         "نمایندگان مجلس شورای اسلامی در جلسه علنی روز سه‌شنبه لایحه موافقتنامه همکاری‌های دفاعی میان ایران و "
         "ارمنستان را تصویب کردند.",
         [ev("agreement", ["ARM", "IRN"], date="2026-09-15", doc_type="agreement")]),
    case("fa-movafeghatname-gomroki-is-no-defense-agreement", "fa", DAY,
         "نمایندگان مجلس لایحه موافقتنامه همکاری‌های دفاعی میان ایران و ارمنستان را تصویب کردند. همچنین "
         "لایحه موافقتنامه همکاری‌های گمرکی میان ایران و ترکمنستان تصویب شد.",
         [ev("agreement", ["ARM", "IRN"], doc_type="agreement")]),
    # ---- ar: the supply a contract of a stated value is for is no delivery
    case("ar-aqdan-biqimat-li-tawrid-is-no-aid", "ar", DAY,
         "وقعت وزارة الدفاع المصرية عقدا بقيمة 2.5 مليار يورو مع شركة ألمانية لتوريد فرقاطات للقوات البحرية "
         "المصرية.",
         [ev("agreement", ["DEU", "EGY"], doc_type="contract")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
