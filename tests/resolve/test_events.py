"""Event merge and conflicts on invented reports (three reports of one signing, background mentions)."""

from __future__ import annotations

import itertools
import random

from milwatch.matching.events import ViewIndex, make_view, pair_score
from milwatch.model import CanonicalEvent, Event, Mention, Person
from milwatch.resolve import OfficialsRegistry, find_conflicts, merge_events

MINISTER_A = Person("Arvid Testsson", country="SWE", role="minister of defense", rank="general")
MINISTER_B = Person("Tran Van Mau", country="VNM", role="minister of defense", rank="general")


def _persons(*aliases: tuple[str, str]) -> list[Person]:
    a, b = aliases if aliases else (("Arvid Testsson", "Tran Van Mau"))
    return [Person(a, country="SWE", role="minister of defense"),
            Person(b, country="VNM", role="minister of defense")]


def _signing(doc_type: str, evidence: str, *, date: str | None = "2031-03-04",
             names: tuple[str, str] | None = None, location: str | None = "VNM") -> Event:
    return Event(type="agreement", countries=["SWE", "VNM"], date=date, location=location, doc_type=doc_type,
                 persons=_persons(*(names or ())), evidence=evidence, evidence_start=10,
                 evidence_end=10 + len(evidence))


def _meeting(date: str | None = "2031-03-04", names: tuple[str, str] | None = None, **kw: object) -> Event:
    return Event(type="meeting", countries=["SWE", "VNM"], date=date, location="VNM", mode="visit",
                 persons=_persons(*(names or ())), evidence="They met.", **kw)  # type: ignore[arg-type]


def _three_reports() -> list[Mention]:
    """One visit and one signing told by three invented articles in three languages."""
    return [
        Mention("r-de", _meeting(names=("Arvid Testsson", "Tran Van Mau")), "de", "2031-03-04", index=0),
        Mention("r-de", _signing("letter_of_intent", "Sie unterzeichneten eine Absichtserklärung."), "de",
                "2031-03-04", index=1),
        Mention("r-vi", _meeting(names=("Arvid Testsson", "Trần Văn Mậu")), "vi", "2031-03-04", index=0),
        Mention("r-vi", _signing("letter_of_intent", "Hai bên đã ký Thư ý định.", names=("Arvid Testsson",
                "Trần Văn Mậu")), "vi", "2031-03-04", index=1),
        Mention("r-en", _meeting(date=None, names=("Arvid Testson", "Tran Van Mau")), "en",
                "2031-03-05", index=0),
        Mention("r-en", _signing("protocol", "The two sides signed a Protocol.", date=None),
                "en", "2031-03-05", index=1),
    ]


def _by_type(events: list[CanonicalEvent]) -> dict[str, list[CanonicalEvent]]:
    out: dict[str, list[CanonicalEvent]] = {}
    for e in events:
        out.setdefault(e.type, []).append(e)
    return out


def test_three_reports_make_one_meeting_and_one_signing_with_a_doc_type_conflict() -> None:
    events = _by_type(merge_events(_three_reports()))
    assert len(events["meeting"]) == 1 and len(events["agreement"]) == 1
    signing = events["agreement"][0]
    assert signing.article_ids == ["r-de", "r-en", "r-vi"]
    assert signing.doc_type == "letter_of_intent" and signing.date == "2031-03-04"
    assert signing.sources == 3 and signing.confidence > 0.8
    conflicts = [c for c in signing.conflicts if c.field == "doc_type"]
    assert len(conflicts) == 1
    values = conflicts[0].values
    assert sorted(values) == ["letter_of_intent", "protocol"]
    assert sorted(a.article_id for a in values["letter_of_intent"]) == ["r-de", "r-vi"]
    [protocol] = values["protocol"]
    assert ((protocol.article_id, protocol.lang, protocol.evidence)
            == ("r-en", "en", "The two sides signed a Protocol."))
    assert protocol.evidence_start == 10
    meeting = events["meeting"][0]
    assert not [c for c in meeting.conflicts if c.field != "date"]
    assert {p.name for p in meeting.persons} == {"Arvid Testsson", "Tran Van Mau"}


def test_merge_does_not_depend_on_input_order() -> None:
    mentions = _three_reports()
    expected = [(e.id, [m.key for m in e.mentions]) for e in merge_events(mentions)]
    rng = random.Random(5)
    for _ in range(10):
        rng.shuffle(mentions)
        assert [(e.id, [m.key for m in e.mentions]) for e in merge_events(mentions)] == expected


def test_tuples_are_accepted_and_confidence_grows_with_sources() -> None:
    one = merge_events([("a1", "en", "2031-03-04", _meeting())])
    two = merge_events([("a1", "en", "2031-03-04", _meeting()), ("a2", "de", "2031-03-04", _meeting())])
    same_site = merge_events([("a1", "en", "2031-03-04", _meeting(), "example.org"),
                              ("a2", "de", "2031-03-04", _meeting(), "example.org")])
    assert len(one) == len(two) == len(same_site) == 1
    assert one[0].confidence < two[0].confidence
    assert same_site[0].sources == 1 and same_site[0].confidence == one[0].confidence


def test_background_mention_attaches_to_the_reported_event() -> None:
    news = Mention("n1", _meeting(date="2030-11-20"), "en", "2030-11-21")
    background = Mention("b1", Event(type="meeting", countries=["VNM", "SWE"], date="2030-11", mode="visit",
                                     historical=True, evidence="They last met in November 2030."),
                                     "vi", "2031-06-01")
    unrelated = Mention("b2", Event(type="meeting", countries=["SWE", "VNM"], date="2019",
                                    historical=True), "vi",
                        "2031-06-01")
    events = merge_events([news, background, unrelated])
    [main] = [e for e in events if not e.historical]
    assert sorted(m.key for m in main.mentions) == ["b1#0", "n1#0"]
    assert [e.article_ids for e in events if e.historical] == [["b2"]]


def test_two_events_of_one_article_stay_apart() -> None:
    """Two meetings on one day in one article (the minister, then the president) stay two events."""
    president = Person("Lars Exempel", country="SWE", role="head of state")
    a = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-04", location="VNM",
              persons=[MINISTER_A, MINISTER_B])
    b = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-04", location="VNM",
              persons=[president, MINISTER_B])
    c = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-04", location="VNM",
              persons=[MINISTER_A, MINISTER_B])
    events = merge_events([("x", "en", None, a), ("x", "en", None, b), ("y", "de", None, c)])
    assert sorted(e.article_ids for e in events) == [["x"], ["x", "y"]]


def test_different_dates_places_or_officials_do_not_merge() -> None:
    base = _meeting(date="2031-03-04")
    later = _meeting(date="2031-03-09")
    elsewhere = Event(type="meeting", countries=["SWE", "VNM"], persons=_persons(),
                      location="SWE", mode="visit")
    undated = Event(type="meeting", countries=["SWE", "VNM"], persons=_persons(),
                    location="VNM", mode="visit")
    assert len(merge_events([("a", "en", None, base), ("b", "en", None, later)])) == 2
    assert len(merge_events([("a", "en", None, undated), ("b", "en", None, elsewhere)])) == 2
    # undated, no publication day: two shared officials and the same place are enough
    assert len(merge_events([("a", "en", None, base), ("c", "en", None, undated)])) == 1


def test_conflicts_on_date_place_mode_role_and_rank() -> None:
    a = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-04", location="VNM", mode="visit",
              persons=[Person("Tran Van Mau", country="VNM", role="minister of defense", rank="general")])
    b = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03-05", location="SWE", mode="visit",
              persons=[Person("Trần Văn Mậu", country="VNM", role="deputy minister of defense",
                              rank="general")])
    c = Event(type="meeting", countries=["SWE", "VNM"], date="2031-03", location="VNM", mode="phone",
              persons=[Person("Tran Van Mau", country="VNM", rank="colonel_general")])
    mentions = [Mention("a", a), Mention("b", b), Mention("c", c)]
    fields = {(x.field, x.person): sorted(x.values) for x in find_conflicts(mentions)}
    assert fields == {
        ("date", None): ["2031-03", "2031-03-04", "2031-03-05"],
        ("location", None): ["SWE", "VNM"],
        ("mode", None): ["phone", "visit"],
        ("role", "Tran Van Mau"): ["deputy minister of defense", "minister of defense"],
        ("rank", "Tran Van Mau"): ["colonel_general", "general"],
    }
    assert not find_conflicts([Mention("a", a), Mention("c", Event(type="meeting", countries=["SWE", "VNM"],
                                                                     date="2031-03"))])


def test_registry_ids_label_people() -> None:
    reg = OfficialsRegistry()
    for m in _three_reports():
        reg.observe_event(m.event, article_id=m.article_id, published=m.published, lang=m.lang)
    [meeting] = [e for e in merge_events(_three_reports(), registry=reg) if e.type == "meeting"]
    assert sorted(meeting.person_ids) == ["swe-arvid-testsson", "vnm-tran-van-mau"]
    assert len(reg) == 2


def test_blocking_never_compares_all_pairs() -> None:
    """Mentions of unrelated years and country pairs are not candidates of each other."""
    index = ViewIndex()
    views = []
    for i, (year, pair) in enumerate(itertools.product(range(2000, 2030), [("SWE", "VNM"), ("NOR", "VNM")])):
        e = Event(type="meeting", countries=list(pair), date=f"{year}-05-01")
        v = make_view(i, f"a{i}", e, None)
        index.add(i, v)
        views.append(v)
    for v in views:
        assert index.candidates(v) == {v.ref}
    assert pair_score(views[0], views[1]) is None
