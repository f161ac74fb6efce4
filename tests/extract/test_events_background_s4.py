"""Background events an article tells beside its news (GUIDELINES: `historical`)."""

from __future__ import annotations

from milwatch.extract.engine import Extractor
from milwatch.model import Article


def test_an_undated_background_visit_is_not_merged_into_a_dated_one(extractor: Extractor) -> None:
    text = ("General Karim Shah, the Pakistani army chief, is visiting Iran this week. "
            "The Pakistani army chief had visited Tehran in 2018 for talks with the "
            "Iranian armed forces chief. "
            "Late in July last year, the Pakistani army chief also paid an official visit to Tehran and met "
            "the Iranian armed forces chief.")
    events = extractor.extract(Article(id="b1", lang="en", text=text)).events
    background = sorted((e.date or "") for e in events if e.historical and e.type == "meeting")
    assert background == ["", "2018"]


def test_an_exercise_is_dated_by_the_year_in_its_name_when_nothing_else_dates_it(extractor: Extractor
                                                                                   ) -> None:
    text = ("Units of the Kenyan army arrived in Tanzania to take part in the joint exercise "
            "Ushirikiano Imara 2025.")
    events = extractor.extract(Article(id="b2", lang="en", published="2025-08-28", text=text)).events
    # (since session 37 the news year of its name is this year's edition in the news' month, as gold dates
    # current exercises: a month within the name's year, so a gold "2025" still matches)
    assert [(e.type, e.date) for e in events] == [("exercise", "2025-08")]
    text = "From 15 to 26 October, Kenya and Tanzania held the joint exercise Ushirikiano Imara-2025."
    events = extractor.extract(Article(id="b3", lang="en", published="2025-11-02", text=text)).events
    assert [(e.type, e.date) for e in events] == [("exercise", "2025-10")]


def test_a_pledge_made_on_a_recent_named_day_is_current_and_dated(extractor: Extractor) -> None:
    text = ("At a recent meeting of the Ukraine Defence Contact Group on the 4 June, the Defence Secretary "
            "announced that the UK will spend a further £200m on training Ukrainian soldiers.")
    events = extractor.extract(Article(id="b4", lang="en", published="2025-06-26", text=text)).events
    assert [(e.date, e.historical) for e in events if e.type == "intent"] == [("2025-06-04", False)]


def test_an_exercise_named_with_its_year_in_another_sentence_takes_that_year(extractor: Extractor) -> None:
    text = ("Rund 800 polnische und litauische Soldaten trainieren zehn Tage gemeinsam auf "
            "einem Truppenübungsplatz. "
            "Bei der Übung „Nordsturm 2023“ steht die Zusammenarbeit der Verbände im Mittelpunkt.")
    events = extractor.extract(Article(id="b5", lang="de", text=text)).events
    assert [(e.type, sorted(e.countries), e.date) for e in events] == [("exercise", ["LTU", "POL"], "2023")]
