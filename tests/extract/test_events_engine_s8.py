"""Engine rules that hold across languages (session 8): each case is an invented short article.

A web page's lead is its first sentence of running text: menus, section names, the headline and the
page's own date line stand above it without a full stop.  The day the lead opens on ("Ngày 5/5, ...")
dates the undated sentences that go on telling that news, not the day the page was published.
An exercise going on "since Monday" ("seit Montag") started on a day and goes on: its month (GUIDELINES).
A pledge told in a sentence of its own with "also" ("They also agreed to ...", "auch", "でも一致", "도 합의",
markers.also) is one more pledge of the pair, not the earlier one retold; without it a later sentence
retelling the pledge is the same intent.
After a series of bilateral meetings ("held bilateral meetings with the ministers of A, B and C"), a sentence
naming one of them alone tells that meeting, of the series' subject with that state.
An earlier edition of a multinational exercise that names its own parties ("first held in 2019 by A and B")
keeps them; one naming none ("this exercise was also held in 2019") is the format's.  A lead naming two of a
multinational exercise's states, told with all of them later, is that one exercise.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.extract.sentences import is_closed, split_sentences
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

PAGE_TOP_VI = ("BÁO QUÂN KHU\nThời sự\nQuốc phòng\nHợp tác biên giới Việt Nam - Campuchia\n"
               "Thứ Năm, 07/05/2026 | 08:15\n")
PAGE_TOP_EN = "Home | News | Defence\nThursday, 7 May 2026 | 08:15\nBorder talks in Tay Ninh\n"

CASES = [
    case("vi-lead-day-below-a-menu-dates-the-talks", "vi", "2026-05-07",
         PAGE_TOP_VI + "BQK - Ngày 6/5, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh phối hợp với lực lượng "
         "Campuchia tổ chức tuần tra song phương trên tuyến biên giới.\n"
         "Kết thúc tuần tra, Đại tá Trần Văn Minh, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Tây Ninh "
         "đã hội đàm với Thiếu tướng Sok Pheap, Tư lệnh Lữ đoàn biên phòng Campuchia.",
         [ev("exercise", ["KHM", "VNM"], date="2026-05-06"),
          ev("meeting", ["KHM", "VNM"], date="2026-05-06")]),
    case("en-lead-day-below-a-menu-dates-the-talks", "en", "2026-05-07",
         PAGE_TOP_EN + "TAY NINH, May 6 - Vietnamese and Cambodian border guards held a joint patrol "
         "along the border, the Vietnamese defence ministry said.\n"
         "After the patrol, Colonel Tran Van Minh of the Vietnam Border Guard held talks with Cambodian "
         "Major General Sok Pheap on border management.",
         [ev("exercise", ["KHM", "VNM"], date="2026-05-06"),
          ev("meeting", ["KHM", "VNM"], date="2026-05-06")]),
    case("en-also-agreed-is-another-pledge", "en", "2026-03-11",
         "Indonesian Defense Minister Sjafrie Sjamsoeddin met his Australian counterpart Richard Marles in "
         "Canberra on Tuesday, and the two agreed to expand joint maritime patrols. They also agreed to set "
         "up a working group on submarine rescue.",
         [ev("meeting", ["AUS", "IDN"]), ev("intent", ["AUS", "IDN"]), ev("intent", ["AUS", "IDN"])]),
    case("de-vereinbarten-auch-is-another-pledge", "de", "2026-03-11",
         "Verteidigungsminister Boris Pistorius hat am Dienstag in Berlin seinen schwedischen Amtskollegen "
         "Pål Jonson empfangen. Beide vereinbarten, die Zusammenarbeit bei der Luftverteidigung auszubauen. "
         "Sie vereinbarten auch, gemeinsame Übungen in der Ostsee abzuhalten.",
         [ev("meeting", ["DEU", "SWE"]), ev("intent", ["DEU", "SWE"]), ev("intent", ["DEU", "SWE"])]),
    case("ja-demo-itchi-is-another-pledge", "ja", "2026-03-11",
         "小泉防衛大臣は10日、防衛省でオーストラリアのマールズ国防相と会談し、防衛協力を一層強化していくことで一致した。"
         "両氏は、共同訓練を定例化することでも一致した。",
         [ev("meeting", ["AUS", "JPN"]), ev("intent", ["AUS", "JPN"]), ev("intent", ["AUS", "JPN"])]),
    case("ru-one-meeting-of-a-series", "ru", "2026-11-19",
         "Министр обороны России Андрей Белоусов провёл в Бишкеке двусторонние встречи с министрами обороны "
         "Беларуси, Казахстана, Киргизии и Таджикистана на полях заседания Совета министров обороны ОДКБ. "
         "Министр обороны Киргизии Бакыт Орозбеков и Андрей Белоусов обсудили подготовку совместных учений. "
         "С министром обороны Таджикистана Эмомали Собирзода обсуждались вопросы охраны границы. "
         "По итогам встречи министры подписали План сотрудничества министерств обороны двух стран "
         "на 2027 год.",
         [ev("meeting", ["BLR", "RUS"]), ev("meeting", ["KAZ", "RUS"]), ev("meeting", ["KGZ", "RUS"]),
          ev("meeting", ["RUS", "TJK"]), ev("agreement", ["RUS", "TJK"], doc_type="plan")]),
    case("en-earlier-edition-keeps-its-parties", "en", "2025-06-11",
         "Exercise Immediate Response began on Monday at the Slunj training area with troops from Croatia, "
         "the United States, Poland and Slovenia. Croatian and American troops first held the exercise at "
         "Slunj in 2019.",
         [ev("exercise", ["HRV", "POL", "SVN", "USA"], date="2025-06"),
          ev("exercise", ["HRV", "USA"], date="2019", historical=True)]),
    case("en-earlier-edition-of-the-format", "en", "2025-06-11",
         "Exercise Immediate Response began on Monday at the Slunj training area with troops from Croatia, "
         "the United States, Poland and Slovenia. The exercise was also held in 2019, the Croatian ministry "
         "said.",
         [ev("exercise", ["HRV", "POL", "SVN", "USA"], date="2025-06"),
          ev("exercise", ["HRV", "POL", "SVN", "USA"], date="2019", historical=True)]),
    case("en-lead-names-part-of-the-exercise", "en", "2025-05-22",
         "North Macedonian and American soldiers completed the exercise Decisive Strike at the Krivolak "
         "training area on Wednesday. Troops from Albania, Croatia, Montenegro, North Macedonia and the "
         "United States took part in the exercise.",
         [ev("exercise", ["ALB", "HRV", "MKD", "MNE", "USA"])]),
    case("en-great-to-speak-with-in-a-post", "en", "2026-11-10",
         "Richard Marles @RichardMarlesMP · 10 Nov 2026\nGreat to speak with Japan's Defense Minister "
         "Koizumi Shinjiro this morning. We agreed to bring forward the first frigate build in Australia.",
         [ev("meeting", ["AUS", "JPN"]), ev("intent", ["AUS", "JPN"])]),
    case("en-participants-of-the-hosted-meeting", "en", "2025-11-18",
         "Swedish Defence Minister Pål Jonson hosted a meeting with his Nordic colleagues in Stockholm on "
         "Tuesday. At the meeting were Finland's Antti Häkkänen, Norway's Tore O. Sandvik and Denmark's "
         "Troels Lund Poulsen. The ministers agreed to draw up a joint plan for military transport.",
         [ev("meeting", ["DNK", "FIN", "NOR", "SWE"]), ev("intent", ["DNK", "FIN", "NOR", "SWE"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("line", "closed"), [
    ("Thứ Năm, 07/05/2026 | 08:15", False), ("Home | News | Defence", False),
    ("Hợp tác biên giới Việt Nam - Campuchia", False), ("The ministers met on Monday.", True),
    ("He said: \"We agreed.\"", True), ("小泉防衛大臣は５日、会談しました。", True),
    ("两国签署了备忘录。", True),
    ("وقع الجانبان مذكرة تفاهم.", True), ("रक्षा मंत्री ने बैठक की।", True),
])
def test_is_closed(line: str, closed: bool) -> None:
    assert is_closed(split_sentences(line)[0]) is closed


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Seit Montag üben rund 600 Soldaten der Bundeswehr und der niederländischen Armee gemeinsam "
           "in Munster."),
    ("en", "Some 600 German and Dutch soldiers have been holding a joint exercise in Munster since Monday."),
])
def test_an_exercise_going_on_since_a_day_is_of_its_month(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(Article(id="a", text=text, lang=lang, published="2026-05-14")).events
    assert [(e.type, e.countries, e.date) for e in events] == [("exercise", ["DEU", "NLD"], "2026-05")]


def test_a_pledge_retold_without_also_is_one_intent(extractor: Extractor) -> None:
    text = ("Indonesian Defense Minister Sjafrie Sjamsoeddin met his Australian counterpart Richard Marles "
            "in Canberra on Tuesday, and the two agreed to expand joint maritime patrols. The two ministers "
            "agreed that the patrols would be expanded in the Timor Sea.")
    events = extractor.extract(Article(id="a", text=text, lang="en", published="2026-03-11")).events
    assert sorted(e.type for e in events) == ["intent", "meeting"]


def test_training_told_with_an_exercise_is_no_aid(extractor: Extractor) -> None:
    """The training words of aid (concept train_others, triggers.aid_training) in a sentence naming an
    exercise tell the exercise, not training given to the other state."""
    text = ("Japanese ground troops also trained this month with the U.S. Army in Orient Shield, the largest "
            "bilateral field training exercise between the two ground forces.")
    events = extractor.extract(Article(id="a", text=text, lang="en", published="2026-10-30")).events
    assert "aid" not in [e.type for e in events]
