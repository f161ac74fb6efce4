"""Engine rules and shared pack data that hold across languages (session 7): each case is an
invented short article.

The acronym of a standing defense agreement (RAA, SOFA, GSOMIA, EDCA ...) is a document in the
press of any language: signing it is an agreement.
What the states agreed, told in the sentence right after their talks ("They also agreed to ..."), is
an intent of the same two states, whatever words of defense that sentence has; opening with a plural
pronoun ("They", "Sie", "Họ": markers.they) it may stand in a paragraph of its own.
A question (a reporter's in a transcript, a headline asking) reports no event.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-signing-an-agreement-acronym", "en", "2025-03-05",
         "Japanese Defense Minister Gen Nakatani met Philippine Defense Secretary Gilberto Teodoro in Tokyo "
         "on Monday. Japan and the Philippines signed the RAA in Manila in July 2024.",
         [ev("meeting", ["JPN", "PHL"], date="2025-03-03"),
          ev("agreement", ["JPN", "PHL"], date="2024-07", historical=True)]),
    case("es-signing-an-agreement-acronym", "es", "2025-03-05",
         "El secretario de Defensa filipino Gilberto Teodoro recibió el lunes en Manila a su homólogo "
         "estadounidense. Estados Unidos y Filipinas firmaron el EDCA en abril de 2014.",
         [ev("meeting", ["PHL", "USA"], date="2025-03-03"),
          ev("agreement", ["PHL", "USA"], date="2014-04", historical=True)]),
    case("en-they-agreed-right-after-the-talks", "en", "2025-03-06",
         "South Korean Defense Minister Ahn Gyu-back met Polish Defense Minister Wladyslaw Kosiniak-Kamysz "
         "in Seoul on Tuesday. They also agreed to set up a joint working group on tank maintenance.",
         [ev("meeting", ["KOR", "POL"], date="2025-03-04"), ev("intent", ["KOR", "POL"])]),
    case("en-they-agreed-in-a-paragraph-of-its-own", "en", "2025-03-06",
         "South Korean Defense Minister Ahn Gyu-back met Polish Defense Minister Wladyslaw Kosiniak-Kamysz "
         "in Seoul on Tuesday.\n\nThey also agreed to set up a joint working group on tank maintenance.",
         [ev("meeting", ["KOR", "POL"], date="2025-03-04"), ev("intent", ["KOR", "POL"])]),
    case("de-sie-vereinbarten-in-a-paragraph-of-its-own", "de", "2025-03-06",
         "Verteidigungsminister Boris Pistorius traf am Dienstag in Berlin seinen polnischen Amtskollegen "
         "Władysław Kosiniak-Kamysz.\n\nSie vereinbarten zudem, eine gemeinsame Arbeitsgruppe einzurichten.",
         [ev("meeting", ["DEU", "POL"], date="2025-03-04"), ev("intent", ["DEU", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_an_acronym_without_a_signing_is_no_agreement(extractor: Extractor) -> None:
    text = "Japanese and Philippine troops trained together under the RAA for the first time on Monday."
    events = extractor.extract(Article(id="a", text=text, lang="en", published="2025-03-05")).events
    assert "agreement" not in [e.type for e in events]


@pytest.mark.parametrize(("lang", "text", "second"), [
    ("en", "Defence Minister Richard Marles met his Japanese counterpart Gen Nakatani in Tokyo on March 3. "
           "A day later, Marles held talks with Philippine Defense Secretary Gilberto Teodoro in Manila.",
     "2025-03-04"),
    ("de", "Verteidigungsminister Boris Pistorius traf am 3. März in Tokio seinen japanischen Amtskollegen. "
           "Am nächsten Tag führte er in Manila Gespräche mit dem philippinischen Verteidigungsminister.",
     "2025-03-04"),
    ("vi", "Ngày 3/3, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nhật Bản tại Tokyo. "
           "Ngày hôm sau, Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Philippines tại Manila.",
     "2025-03-04"),
    ("en", "Defence Minister Richard Marles met his Japanese counterpart Gen Nakatani in Tokyo on March 3. "
           "The same day, Marles held a phone call with Philippine Defense Secretary Gilberto Teodoro.",
     "2025-03-03"),
])
def test_a_day_counted_from_the_last_day_named(extractor: Extractor, lang: str, text: str,
                                               second: str) -> None:
    """"The next day", "am nächsten Tag", "ngày hôm sau": the trip's next day, not the publication day."""
    events = extractor.extract(Article(id="d", text=text, lang=lang, published="2025-03-07")).events
    assert [(e.type, e.date) for e in events] == [("meeting", "2025-03-03"), ("meeting", second)]


def test_the_next_day_without_an_earlier_day_is_no_day(registry: PackRegistry) -> None:
    dates = find_dates("The next day the ministers met again.", registry.get("en"), "2025-03-07")
    assert [(d.text, d.value) for d in dates] == [("The next day", None)]


def test_a_state_opening_a_list_is_no_dateline(extractor: Extractor) -> None:
    """"U.S., Norwegian and British troops": a state and a comma open the line, but no dash or agency
    follows, so it is a party, not the place a wire report was filed ("SINGAPORE, March 3 (Reuters) -")."""
    text = ("U.S., Norwegian and British troops held a joint cold-weather exercise in northern Norway "
            "on Tuesday.")
    events = extractor.extract(Article(id="l", text=text, lang="en", published="2025-03-05")).events
    assert [(e.type, sorted(e.countries)) for e in events] == [("exercise", ["GBR", "NOR", "USA"])]
    wire = ("SINGAPORE, March 3 (Reuters) - Singapore's defence minister met his Australian counterpart "
            "on Monday.")
    events = extractor.extract(Article(id="w", text=wire, lang="en", published="2025-03-05")).events
    assert [(e.type, sorted(e.countries), e.location) for e in events] == [("meeting", ["AUS", "SGP"], "SGP")]


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "中俄两国国防部长10日在北京举行会谈。"
           "记者：有消息称，中俄两国海军将在日本海举行联合演习，能否证实？"),
    ("en", "Japanese Defense Minister Gen Nakatani met Philippine Defense Secretary Gilberto Teodoro in "
           "Manila on "
           "Monday. Will the two countries also hold joint naval exercises in the South China Sea?"),
])
def test_a_question_reports_no_event(extractor: Extractor, lang: str, text: str) -> None:
    """A reporter's question in a transcript, or a headline asking, tells of nothing that happened."""
    events = extractor.extract(Article(id="q", text=text, lang=lang, published="2025-03-12")).events
    assert [e.type for e in events] == ["meeting"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Japanese and Indian troops began a joint counter-terrorism exercise in Rajasthan on Monday and "
           "will continue until March 14."),
    ("bg", "Съвместното учение на българските и румънските миночистачи започна в понеделник и ще продължи "
           "до петък."),
])
def test_an_exercise_that_began_and_will_go_on_is_held(extractor: Extractor, lang: str, text: str) -> None:
    """"Began on Monday and will last until Friday": the future of its end does not make it a plan."""
    events = extractor.extract(Article(id="x", text=text, lang=lang, published="2025-03-05")).events
    assert [e.type for e in events] == ["exercise"]


def test_an_exercise_that_will_start_is_no_exercise(extractor: Extractor) -> None:
    text = "Japanese and Indian troops will start a joint counter-terrorism exercise in Rajasthan next week."
    events = extractor.extract(Article(id="x", text=text, lang="en", published="2025-03-05")).events
    assert "exercise" not in [e.type for e in events]


def test_a_signed_document_about_deliveries_is_no_delivery(extractor: Extractor) -> None:
    text = ("Die Verteidigungsminister Deutschlands und Litauens unterzeichneten am Dienstag ein Abkommen "
            "über die Ausbildung litauischer Soldaten und die Lieferung von Panzern.")
    events = extractor.extract(Article(id="x", text=text, lang="de", published="2025-03-06")).events
    assert [e.type for e in events] == ["agreement"]


def test_an_exercise_told_without_its_day_is_dated_by_its_month(extractor: Extractor) -> None:
    """An exercise runs for days: told without a day of its own, it is of the publication's month."""
    text = "Troops from Malaysia and Singapore held a joint jungle-warfare exercise in Johor, the army said."
    events = extractor.extract(Article(id="m", text=text, lang="en", published="2025-03-06")).events
    assert [(e.type, e.date) for e in events] == [("exercise", "2025-03")]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("zh", "11月", "2025-11"), ("ja", "11月", "2025-11"), ("ko", "11월", "2025-11"),
    ("ko", "올해 11월", "2025-11"), ("zh", "11月5日", "2025-11-05"),
])
def test_a_month_written_with_two_digits_is_that_month(registry: PackRegistry, lang: str, text: str,
                                                       value: str) -> None:
    """"11月" is November, not day 1 of "1月" (a day number read before a month name made of digits)."""
    assert [d.value for d in find_dates(text, registry.get(lang), "2025-09-08")] == [value]


def test_a_pledge_made_in_a_past_year_is_background(extractor: Extractor) -> None:
    """"pledged in 2023": the pledge was made then, so it is dated so and historical (the year right at the
    verb; a year further off is what the pledge cites or promises)."""
    text = ("Defence Minister Anita Anand met Latvian Defence Minister Andris Spruds in Riga on Monday. "
            "Canada already pledged in 2023 to raise its troops in Latvia to 2,200 by 2026.")
    events = extractor.extract(Article(id="p", text=text, lang="en", published="2025-09-09")).events
    assert [(e.type, e.date, e.historical) for e in events] == [
        ("meeting", "2025-09-08", False), ("intent", "2023", True)]


def test_malaysian_titles_are_no_part_of_the_name(extractor: Extractor) -> None:
    text = ("Malaysian Defence Minister Dato' Seri Mohamed Khaled Nordin received Turkish Ambassador "
            "Emir Salim Yuksel in Putrajaya on Tuesday.")
    events = extractor.extract(Article(id="t", text=text, lang="en", published="2025-03-06")).events
    assert "Mohamed Khaled Nordin" in [p.name for p in events[0].persons]


@pytest.mark.parametrize("text", ["im vergangenen Oktober", "im letzten Oktober", "vergangenen Oktober"])
def test_de_last_month_by_name(registry: PackRegistry, text: str) -> None:
    assert [d.value for d in find_dates(f"Das Abkommen wurde {text} unterzeichnet.", registry.get("de"),
                                        "2026-03-10")] == ["2025-10"]


def test_the_pair_supports_a_third_state(extractor: Extractor) -> None:
    """"The two ministers reaffirmed their support for Moldova": the pair in focus and the state supported."""
    text = ("Estonian Defence Minister Hanno Pevkur met his Finnish counterpart Antti Hakkanen in Tallinn on "
            "Tuesday. The two ministers reaffirmed their support for the territorial integrity of Moldova.")
    events = extractor.extract(Article(id="s", text=text, lang="en", published="2025-03-06")).events
    assert [(e.type, sorted(e.countries)) for e in events] == [
        ("meeting", ["EST", "FIN"]), ("support", ["EST", "FIN", "MDA"])]
