"""Stories: B-cubed on the dev gold with gold events, order independence, incremental filing, persistence."""

from __future__ import annotations

import importlib.util
import itertools
import json
import random
from pathlib import Path
from typing import Any

import pytest

from milwatch.cluster import StoryIndex, assign_stories, bcubed, main_event, story_links
from milwatch.model import Event, Mention, Person, event_from_dict
from milwatch.resolve import merge_events

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV = sorted((SHARED / "corpus" / "dev").glob("*.jsonl"))
needs_dev = pytest.mark.skipif(not DEV, reason="../shared/corpus/dev is not available")


def _rows() -> list[dict[str, Any]]:
    return [json.loads(line) for path in DEV
            for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _items(rows: list[dict[str, Any]]) -> list[tuple[str, str | None, list[Event]]]:
    return [(r["id"], r.get("published"), [event_from_dict(e) for e in r.get("events") or []]) for r in rows]


@needs_dev
def test_dev_gold_events_give_story_bcubed_of_at_least_095() -> None:
    rows = _rows()
    pred = assign_stories(_items(rows))
    gold = {r["id"]: r["story"] for r in rows}
    b3 = bcubed(gold, pred)
    links = story_links(gold, pred)
    assert b3["f1"] >= 0.95, b3
    assert b3["precision"] >= 0.99 and links["precision"] >= 0.95, (b3, links)  # conservative linking


@needs_dev
def test_bcubed_helper_agrees_with_the_scorer() -> None:
    spec = importlib.util.spec_from_file_location("milwatch_score", SHARED / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows = _rows()
    gold = {r["id"]: r["story"] for r in rows}
    pred = {r["id"]: r["id"][:6] for r in rows}  # a deliberately poor clustering
    mine, theirs = bcubed(gold, pred), score.bcubed(gold, pred)
    assert {k: round(v, 4) for k, v in mine.items()} == theirs
    assert story_links(gold, pred)["tp"] == score.story_links(gold, pred)["tp"]


@needs_dev
def test_seed_reports_form_one_story_with_one_meeting_and_one_signing_in_conflict() -> None:
    rows = [r for r in _rows() if r["id"] in ("dev-s000", "dev-s001", "dev-s002")]
    assert len(rows) == 3
    stories = assign_stories(_items(rows))
    assert len(set(stories.values())) == 1
    mentions = [Mention(r["id"], event_from_dict(e), r["lang"], r.get("published"), index=i)
                for r in rows for i, e in enumerate(r["events"]) if not e.get("historical")]
    events = merge_events(mentions)
    meetings = [e for e in events if e.type == "meeting"]
    signings = [e for e in events if e.type == "agreement"]
    assert len(meetings) == 1 and len(meetings[0].article_ids) == 3
    assert len(signings) == 1 and len(signings[0].article_ids) == 3
    [conflict] = [c for c in signings[0].conflicts if c.field == "doc_type"]
    assert sorted(conflict.values) == ["letter_of_intent", "protocol"]
    assert [a.article_id for a in conflict.values["protocol"]] == ["dev-s002"]


@needs_dev
def test_reingesting_in_another_order_gives_the_same_stories() -> None:
    items = _items(_rows())
    expected = assign_stories(items)
    rng = random.Random(7)
    for _ in range(5):
        shuffled = items[:]
        rng.shuffle(shuffled)
        assert assign_stories(shuffled) == expected
    assert assign_stories(list(reversed(items))) == expected


def _visit(day: str | None, *names: str, location: str = "VNM") -> Event:
    persons = [Person(n, country="SWE" if i == 0 else "VNM") for i, n in enumerate(names)]
    return Event(type="meeting", countries=["SWE", "VNM"], date=day, location=location, mode="visit",
                 persons=persons)


def test_incremental_filing_joins_renames_and_persists() -> None:
    index = StoryIndex()
    assert index.add("n-5", [_visit("2031-03-04", "Arvid Testsson", "Tran Van Mau")]) == "n-5"
    assert index.add("n-9", [_visit(None, "Arvid Testson", "Trần Văn Mậu")], published="2031-03-05") == "n-5"
    assert index.add("n-7", [], published="2031-03-05") == "n-7"  # no events: a story of its own
    assert index.pop_changes() == {"n-5": "n-5", "n-9": "n-5", "n-7": "n-7"}
    # an earlier id joining renames the story to the smallest member id
    assert index.add("n-1", [_visit("2031-03-04", "Arvid Testsson", "Tran Van Mau")]) == "n-1"
    assert index.pop_changes() == {"n-1": "n-1", "n-5": "n-1", "n-9": "n-1"}
    assert index.assignments() == {"n-1": "n-1", "n-5": "n-1", "n-7": "n-7", "n-9": "n-1"}
    assert [(s.id, s.articles, s.type, s.countries) for s in index.stories()] == [
        ("n-1", ["n-1", "n-5", "n-9"], "meeting", ["SWE", "VNM"]), ("n-7", ["n-7"], None, [])]
    back = StoryIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    assert back.assignments() == index.assignments()
    assert back.add("n-8", [_visit("2031-03-05", "Arvid Testsson", "Tran Van Mau")]) == "n-1"
    assert back.pop_changes() == {"n-8": "n-1"}
    assert index.add("n-1", []) == "n-1"  # filing an article again keeps its story


def test_an_undated_report_joins_only_an_unambiguous_story() -> None:
    undated = [_visit(None, "Arvid Testsson", "Tran Van Mau")]  # no date, no publication day
    march = [_visit("2031-03-04", "Arvid Testsson", "Tran Van Mau")]
    june = [_visit("2031-06-10", "Arvid Testsson", "Tran Van Mau")]
    index = StoryIndex()
    index.add("u-2", undated)
    assert index.add("u-1", undated) == "u-1"  # two undated reports of one visit
    assert index.add("m-1", march) == "m-1"
    assert index.assignments() == {"m-1": "m-1", "u-1": "m-1", "u-2": "m-1"}
    index.pop_changes()
    assert index.add("j-1", june) == "j-1"  # now the undated reports could be either visit
    assert index.pop_changes() == {"j-1": "j-1", "u-1": "u-1", "u-2": "u-1"}
    items = [("u-2", None, undated), ("u-1", None, undated), ("m-1", None, march), ("j-1", None, june)]
    for order in itertools.permutations(items):
        assert assign_stories(order) == {"j-1": "j-1", "m-1": "m-1", "u-1": "u-1", "u-2": "u-1"}


def test_conservative_on_undated_and_same_surname() -> None:
    index = StoryIndex()
    index.add("a", [_visit(None, "Arvid Testsson", "Tran Van Mau")])
    # undated, no publication day, only one shared official: not enough
    assert index.add("b", [_visit(None, "Arvid Testsson", "Tran Van Hoa")]) == "b"
    # the same two officials elsewhere
    assert index.add("c", [_visit(None, "Arvid Testsson", "Tran Van Mau", location="SWE")]) == "c"
    # a different person with the same family names
    assert index.add("d", [_visit(None, "Erik Testsson", "Tran Tan Mau")]) == "d"
    assert index.add("e", [_visit(None, "Arvid Testsson", "Tran Van Mau")]) == "a"


def test_reports_that_word_the_same_event_differently_still_link() -> None:
    """Two languages, two extractions: one calls it a visit, the other multilateral talks."""
    visit = _visit("2031-03-04", "Arvid Testsson")
    forum = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-04", location="VNM",
                  mode="multilateral", persons=[Person("Chan Wan Mau", country="VNM")])
    assert assign_stories([("w-1", None, [visit]), ("w-2", None, [forum])]) == {"w-1": "w-1", "w-2": "w-1"}
    # an undated report published that week, in the same place, with the same document, links too
    signed = Event(type="agreement", countries=["SWE", "VNM"], date="2031-03-04", location="VNM",
                   doc_type="memorandum")
    undated = Event(type="agreement", countries=["SWE", "VNM"], location="VNM", doc_type="memorandum")
    assert (assign_stories([("s-1", None, [signed]), ("s-2", "2031-03-05", [undated])])
            == {"s-1": "s-1", "s-2": "s-1"})
    # but not in another place
    elsewhere = Event(type="agreement", countries=["SWE", "VNM"], location="SWE", doc_type="memorandum")
    assert (assign_stories([("s-1", None, [signed]), ("s-3", "2031-03-05", [elsewhere])])
            == {"s-1": "s-1", "s-3": "s-3"})


def _call(day: str | None, *names: str, location: str | None = None) -> list[Event]:
    return [Event(type="meeting", countries=["SWE", "VNM"], mode="phone", date=day, location=location,
                  persons=[Person(n, country="VNM" if n.startswith("Tr") else "SWE") for n in names])]


def test_undated_calls_of_the_same_two_officials_float_together_but_never_join_a_dated_call() -> None:
    # a call has no place (extractors name one side's capital): the two counterparts are the evidence
    two = assign_stories([("p-1", None, _call(None, "Arvid Testsson", "Tran Van Mau", location="SWE")),
                          ("p-2", None, _call(None, "Arvid Testsson", "Trần Văn Mậu", location="VNM"))])
    assert two == {"p-1": "p-1", "p-2": "p-1"}
    # one shared official of one state is not enough
    one = assign_stories([("p-1", None, _call(None, "Arvid Testsson")),
                          ("p-2", None, _call(None, "Arvid Testsson", "Tran Van Mau"))])
    assert one == {"p-1": "p-1", "p-2": "p-2"}
    # the same ministers call each other again and again: an undated call stays off a dated one
    items = [("d-1", None, _call("2031-05-13", "Arvid Testsson", "Tran Van Mau")),
             ("p-1", None, _call(None, "Arvid Testsson", "Tran Van Mau")),
             ("p-2", None, _call(None, "Arvid Testsson", "Tran Van Mau"))]
    assert assign_stories(items) == {"d-1": "d-1", "p-1": "p-1", "p-2": "p-1"}
    three = assign_stories([("p-1", None, _call(None, "Arvid Testsson", "Tran Van Mau", "Tran Thi Hoa")),
                            ("p-2", None, _call(None, "Arvid Testsson", "Trần Văn Mậu", "Tran Thi Hoa"))])
    assert three == {"p-1": "p-1", "p-2": "p-1"}


def _signing(day: str | None, *names: str, location: str | None = "VNM") -> list[Event]:
    persons = [Person(n, country="VNM" if n.startswith("Tr") else "SWE") for n in names]
    return [Event(type="agreement", countries=["SWE", "VNM"], date=day, location=location, persons=persons)]


def test_an_undated_report_without_a_place_joins_the_story_of_its_two_officials() -> None:
    items = [("s-1", None, _signing("2031-03-04", "Arvid Testsson", "Tran Van Mau")),
             ("s-2", None, _signing(None, "Arvid Testsson", "Tran Van Mau", location=None))]
    assert assign_stories(items) == {"s-1": "s-1", "s-2": "s-1"}
    # two officials of one state only: not enough without a place
    items = [("s-1", None, _signing("2031-03-04", "Tran Van Mau", "Tran Thi Hoa")),
             ("s-2", None, _signing(None, "Tran Van Mau", "Tran Thi Hoa", location=None))]
    assert assign_stories(items) == {"s-1": "s-1", "s-2": "s-2"}


def test_an_undated_report_in_the_same_place_links_by_one_official_for_meetings_not_pledges() -> None:
    items = [("m-1", None, [_visit("2031-03-04", "Arvid Testsson", "Tran Van Mau")]),
             ("m-2", None, [_visit(None, "Arvid Testsson")])]
    assert assign_stories(items) == {"m-1": "m-1", "m-2": "m-1"}
    pledge = [Event(type="intent", countries=["SWE", "VNM"], location="VNM",
                    persons=[Person("Arvid Testsson")])]
    items = [("i-1", None, pledge), ("i-2", None, pledge)]
    assert assign_stories(items) == {"i-1": "i-1", "i-2": "i-2"}


def test_the_best_evidence_decides_between_two_dated_stories() -> None:
    """An undated report sharing two officials with one visit and one with another joins the first."""
    items = [("m-1", None, [_visit("2031-03-04", "Arvid Testsson", "Tran Van Mau")]),
             ("m-2", None, [_visit("2031-06-10", "Arvid Testsson")]),
             ("u-1", None, [_visit(None, "Arvid Testsson", "Tran Van Mau")])]
    for order in itertools.permutations(items):
        assert assign_stories(order) == {"m-1": "m-1", "m-2": "m-2", "u-1": "m-1"}


def test_a_report_of_another_occasion_in_another_place_does_not_link() -> None:
    """Same officials, a pledge without a place, but their meetings took place in two countries."""
    def forum(day: str | None, place: str) -> list[Event]:
        persons = [Person("Arvid Testsson", country="SWE"), Person("Tran Van Mau", country="VNM")]
        return [Event(type="meeting", countries=["SWE", "VNM"], date=day, location=place, mode="multilateral",
                      persons=persons),
                Event(type="intent", countries=["SWE", "VNM"], date=day, location=None, persons=persons)]

    items = [("f-1", None, forum("2031-03-04", "IDN")), ("f-2", None, forum(None, "KHM"))]
    assert assign_stories(items) == {"f-1": "f-1", "f-2": "f-2"}


def test_a_later_meeting_elsewhere_that_recalls_the_earlier_signing_is_another_story() -> None:
    """The pair meets in Moscow on 14 October and signs a plan; on 5 November they meet again in Bishkek,
    and a report of that meeting recalls the October signing (dated to the month, so still news): the
    shared signing does not make the two meetings one story, since each article's main meeting happens
    again elsewhere on another day in the other."""
    persons = [Person("Arvid Testsson", country="SWE"), Person("Tran Van Mau", country="VNM")]

    def event(kind: str, day: str, place: str) -> Event:
        return Event(type=kind, countries=["SWE", "VNM"], date=day, location=place, persons=persons)

    first = [event("agreement", "2031-10-14", "SWE"), event("meeting", "2031-10-14", "SWE")]
    second = [event("meeting", "2031-11-05", "KGZ"), event("agreement", "2031-10", "SWE")]
    items = [("o-1", "2031-10-15", first), ("o-2", "2031-11-06", second)]
    for order in (items, items[::-1]):
        assert assign_stories(order) == {"o-1": "o-1", "o-2": "o-2"}
    # a report of the first talks that also names them on the day before (an extraction slip) still links
    slip = [event("meeting", "2031-10-13", "SWE")]
    assert assign_stories([("o-1", "2031-10-15", first), ("o-3", "2031-10-15", slip)]) == {
        "o-1": "o-1", "o-3": "o-1"}


def test_reports_of_one_exercise_of_a_pair_in_one_month_link_without_place_or_officials() -> None:
    def drill(day: str, place: str | None, *names: str) -> list[Event]:
        persons = [Person(n, country="SWE" if n.startswith("A") else "VNM") for n in names]
        return [Event(type="exercise", countries=["SWE", "VNM"], date=day, location=place, persons=persons)]

    def stories(*items: tuple[str, list[Event]]) -> dict[str, str]:
        return assign_stories([(article, None, events) for article, events in items])

    items = [("x-1", "2031-09-21", drill("2031-09", None)),
             ("x-2", "2031-09-22", drill("2031-09", None, "Arvid Testsson")),
             ("x-3", "2031-09-21", drill("2031-09-21", "VNM", "Anna Testsdottir"))]
    for order in itertools.permutations(items):
        assert assign_stories(order) == {"x-1": "x-1", "x-2": "x-1", "x-3": "x-1"}
    # not in two places, not in two months, not by two disjoint sets of officials
    assert stories(("x-3", drill("2031-09-21", "VNM")), ("x-4", drill("2031-09", "SWE"))) == {
        "x-3": "x-3", "x-4": "x-4"}
    assert stories(("x-1", drill("2031-09", None)), ("x-5", drill("2031-10", None))) == {
        "x-1": "x-1", "x-5": "x-5"}
    assert stories(("x-2", drill("2031-09", None, "Arvid Testsson")),
                   ("x-6", drill("2031-09", None, "Axel Nilsson"))) == {"x-2": "x-2", "x-6": "x-6"}


def test_a_dated_report_naming_no_officials_links_to_an_undated_one_in_the_same_place() -> None:
    silent = [Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-04",
                    location="VNM", mode="visit")]
    named = [_visit(None, "Arvid Testsson", "Tran Van Mau")]
    items = [("a-1", None, silent), ("a-2", None, named)]
    for order in (items, items[::-1]):
        assert assign_stories(order) == {"a-1": "a-1", "a-2": "a-1"}
    elsewhere = [_visit(None, "Arvid Testsson", "Tran Van Mau", location="SWE")]
    assert assign_stories([("a-1", None, silent), ("a-3", None, elsewhere)]) == {"a-1": "a-1", "a-3": "a-3"}
    # two silent dated visits: which one is ambiguous
    other = [Event(type="meeting", countries=["SWE", "VNM"], date="2031-09-04", location="VNM", mode="visit")]
    assert assign_stories([("a-1", None, silent), ("a-2", None, named), ("a-4", None, other)]) == {
        "a-1": "a-1", "a-2": "a-2", "a-4": "a-4"}


def test_officials_written_in_scripts_without_vowels_link_to_their_latin_spelling() -> None:
    """An undated Urdu-script report and a Latin one: the same visit by the same minister."""
    def visit(name: str) -> list[Event]:
        return [Event(type="meeting", countries=["IRN", "PAK"], location="PAK", mode="visit",
                      persons=[Person(name, country=None)])]

    items = [("u-1", None, visit("محمد باقری")), ("u-2", None, visit("Mohammad Bagheri"))]
    assert assign_stories(items) == {"u-1": "u-1", "u-2": "u-1"}
    # another Mohammad is another person
    items = [("u-1", None, visit("محمد باقری")), ("u-3", None, visit("Mohammad Nasiri"))]
    assert assign_stories(items) == {"u-1": "u-1", "u-3": "u-3"}


def test_main_event_prefers_news_meetings_agreements_exercises() -> None:
    old = Event(type="meeting", countries=["SWE", "VNM"], historical=True)
    pledge = Event(type="intent", countries=["SWE", "VNM"])
    drill = Event(type="exercise", countries=["SWE", "VNM"])
    assert main_event([old, pledge, drill]) is drill
    assert main_event([old, pledge]) is pledge
    assert main_event([old]) is None


def test_a_dated_report_in_one_place_is_no_candidate_of_a_report_placed_elsewhere() -> None:
    """Blocking bound: the keys without a place need a side without a place (or without a date)."""
    from milwatch.cluster._links import StoryBlocks
    from milwatch.matching.events import make_view
    from milwatch.matching.persons import PersonMatcher

    matcher, blocks = PersonMatcher(across_scripts=True), StoryBlocks()
    blocks.add("d-1", make_view("d-1", "d-1",
                                _visit("2031-03-04", "Arvid Testsson", "Tran Van Mau"), None, matcher))
    blocks.add("d-2", make_view("d-2", "d-2", _visit("2031-09-04", "Arvid Testsson", "Tran Van Mau",
                                                     location="SWE"), None, matcher))
    undated_elsewhere = make_view("u-1", "u-1",
                                  _visit(None, "Arvid Testsson", "Tran Van Mau", location="SWE"),
                                  None, matcher)
    assert blocks.candidates(undated_elsewhere) == {"d-2"}  # not the dated visit in VNM
    placeless = make_view("u-2", "u-2",
                          _visit(None, "Arvid Testsson", "Tran Van Mau", location=""), None, matcher)
    assert blocks.candidates(placeless) == {"d-1", "d-2"}
    # a dated report finds no dated report of the same officials, in any place (time blocks do that)
    later = make_view("d-3", "d-3", _visit("2032-01-04", "Arvid Testsson", "Tran Van Mau"), None, matcher)
    assert blocks.candidates(later) == set()
