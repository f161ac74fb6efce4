"""The extract stage on short articles written for these tests, in the languages of the sidelines3 held-out
set (none of these sentences is in tests/data/heldout/sidelines3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of that press: the three sides of a
trilateral as the subject of its pledge (ko "세 장관은 … 하기로 했다"); the participle before a document
(de "das im März 2019 geschlossene Abkommen") as a signing, a format "nach dem ersten Treffen … benannt"
as no talks; the terms of a document just signed,
told with "trong đó" / "theo đó" (vi), as no new pledge; and site furniture: a gallery caption opened by
its counter ("Item 2 of 4 …", en), a breadcrumb trail from the home page ("ホーム > … > 電話会談", ja) whose
menu label is no phone call.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- ko: the three ministers of a trilateral are the sides of its pledge
    case("ko-se-jangwan-are-the-three-sides", "ko", DAY,
         "한미일 국방장관은 17일 도쿄에서 3자 회의를 열었다. "
         "세 장관은 해상 탐색구조 훈련을 매년 실시하기로 했다.",
         [ev("meeting", ["JPN", "KOR", "USA"], date="2026-03-17", mode="multilateral"),
          ev("intent", ["JPN", "KOR", "USA"])]),
    # ---- de: the participle before a document signs it
    case("de-im-maerz-geschlossene-abkommen", "de", DAY,
         "Grundlage ist das im März 2019 geschlossene Abkommen zwischen Polen und Litauen über die "
         "Luftraumüberwachung.",
         [ev("agreement", ["LTU", "POL"], date="2019-03", doc_type="agreement", historical=True)]),
    # ... a finished exercise or course is no signing
    case("de-abgeschlossene-uebung-is-no-signing", "de", DAY,
         "Die Soldaten haben ihre Ausbildung abgeschlossen. Die abgeschlossene Übung mit Polen galt als "
         "Erfolg.",
         []),
    # ---- de: a format named after the place of its first meeting tells no talks
    case("de-nach-dem-ersten-treffen-benannt-is-no-talks", "de", DAY,
         "Die Kontaktgruppe ist nach dem ersten Treffen auf dem US-Stützpunkt Ramstein benannt und wird von "
         "Deutschland und Großbritannien gemeinsam geleitet.",
         []),
    case("de-benannt-nach-seinem-ersten-treffen-is-no-talks", "de", DAY,
         "Das Format, benannt nach seinem ersten Treffen im polnischen Weimar, wird von Frankreich und Polen "
         "geleitet.",
         []),
    # ---- vi: the terms of the memorandum just signed are no pledge of their own
    # (a summary line tells the signing; the body retells it with its terms)
    case("vi-trong-do-se-ho-tro-is-the-documents-terms", "vi", DAY,
         "Chiều 17/3, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam và Bộ trưởng Quốc phòng Nhật Bản "
         "đã hội đàm và ký Bản ghi nhớ về hợp tác quân y. Hai bên ký Bản ghi nhớ về hợp tác quân y, "
         "trong đó Nhật Bản sẽ hỗ trợ đào tạo bác sĩ quân y cho Việt Nam.",
         [ev("meeting", ["JPN", "VNM"], date="2026-03-17", location="VNM"),
          ev("agreement", ["JPN", "VNM"], date="2026-03-17", doc_type="memorandum")]),
    case("vi-theo-do-se-ho-tro-is-the-documents-terms", "vi", DAY,
         "Bên lề Hội nghị ADMM tại Kuala Lumpur chiều 17/3, Bộ trưởng Quốc phòng Việt Nam gặp và "
         "ký Biên bản ghi nhớ về hợp tác gìn giữ hòa bình với Bộ trưởng Quốc phòng Ấn Độ. Hai bên ký "
         "Biên bản ghi nhớ về hợp tác gìn giữ hòa bình, theo đó Ấn Độ sẽ hỗ trợ Việt Nam huấn luyện "
         "sĩ quan tham gia phái bộ Liên hợp quốc.",
         [ev("meeting", ["IND", "VNM"], date="2026-03-17", mode="multilateral"),
          ev("agreement", ["IND", "VNM"], date="2026-03-17", doc_type="memorandum")]),
    # ... while a pledge told with "sẽ" in a sentence of its own stays one
    case("vi-se-ho-tro-alone-is-a-pledge", "vi", DAY,
         "Chiều 17/3, Bộ trưởng Quốc phòng Việt Nam tiếp Bộ trưởng Quốc phòng Nhật Bản tại Hà Nội. "
         "Nhật Bản sẽ hỗ trợ Việt Nam đào tạo bác sĩ quân y.",
         [ev("meeting", ["JPN", "VNM"], date="2026-03-17", location="VNM"), ev("intent", ["JPN", "VNM"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def _clean(registry: PackRegistry, lang: str, raw: str) -> str:
    article = clean_article(Article(id="t", text=raw, title=None, lang=lang, lang_hint=lang),
                            registry.get(lang))
    return article.clean_text or ""


def test_en_gallery_caption_with_its_counter_is_furniture(registry: PackRegistry) -> None:
    body = ("Canada's defence minister met his Philippine counterpart on the sidelines of the forum in "
            "Jakarta on Thursday, the ministry said.")
    caption = ("Item 2 of 4 Canada's defence minister arrives at the forum in Jakarta, March 12, 2026. "
               "REUTERS/Jane Roe")
    headline = "Canada, Philippines discuss maritime patrols"
    text = _clean(registry, "en", "\n\n".join([headline, caption, body]))
    assert body in text and "Item 2 of 4" not in text
    # a sentence that merely begins with "Item" stays
    prose = "Item 4 of the agenda was the joint patrols in the South China Sea, officials said."
    assert prose in _clean(registry, "en", "\n\n".join([body, prose]))


JA_CRUMBS = "ホーム > 報道・白書 > 大臣の動静・会見 > 防衛相会談・電話会談"
JA_TITLE = "日インドネシア防衛相会談について"
JA_BODY = ("　3月17日（火）、ジャカルタ国際防衛対話の際に、防衛大臣とインドネシア国防大臣"
           "との間で日インドネシア防衛相会談を実施しました。")


def test_ja_breadcrumb_is_furniture(registry: PackRegistry) -> None:
    body = JA_BODY
    text = _clean(registry, "ja", "\n\n".join(["防衛省・自衛隊", JA_CRUMBS, JA_TITLE, body]))
    assert body.strip() in text and "電話会談" not in text


def test_ja_breadcrumb_gives_no_phone_call(extractor: Any, registry: PackRegistry) -> None:
    """The menu label 電話会談 over a forum's talks made them a phone call."""
    body = JA_BODY
    raw = "\n\n".join([JA_CRUMBS, JA_TITLE, body])
    article = clean_article(Article(id="t", text=raw, title=None, lang="ja", lang_hint="ja", published=DAY),
                            registry.get("ja"))
    meetings = [e for e in extractor.extract(article).events if e.type == "meeting"]
    assert meetings and all(e.mode != "phone" for e in meetings), [(e.countries, e.mode) for e in meetings]
