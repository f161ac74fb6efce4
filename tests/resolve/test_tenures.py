"""Tenure dates contradicting the registry (issue 14 item 5): the check finds a role span outside
the registry's tenure, and the officials the registry builds from reports never have one."""

from __future__ import annotations

from milwatch.extract._registry import OfficialsIndex
from milwatch.model import Attribution, CanonicalPerson, Event, Person
from milwatch.resolve import OfficialsRegistry
from milwatch.resolve.official_facts import tenure_contradictions

KNOWN = CanonicalPerson(id="vnm-test", name="Van Testgiang", country="VNM",
                        roles=[Attribution("minister of defense", "2021-04", None)], known=True)


def test_a_span_outside_the_tenure_is_a_contradiction() -> None:
    early = CanonicalPerson(id="x", name="Van Testgiang",
                            roles=[Attribution("defence minister", "2017-05", "2025-09")])
    inside = CanonicalPerson(id="y", name="Van Testgiang",
                             roles=[Attribution("minister of defense", "2021", "2025-09")])
    other = CanonicalPerson(id="z", name="Van Testgiang", roles=[Attribution("ambassador", "2010", "2012")])
    assert tenure_contradictions(early, KNOWN) == [("defence minister", "2017-05", "2025-09")]
    assert tenure_contradictions(inside, KNOWN) == []
    assert tenure_contradictions(other, KNOWN) == []  # the registry says nothing of that role


def _observed(reg: OfficialsRegistry) -> CanonicalPerson:
    giang = Person("Van Testgiang", country="VNM", role="minister of defense")
    pid = ""
    for date, historical in (("2025-09-04", False), ("2017-05-01", False), ("2012-05-01", True)):
        pid = reg.observe_event(Event(type="meeting", countries=["RUS", "VNM"], date=date, persons=[giang],
                                      historical=historical))[0]
    return reg.get(pid)


def test_reports_dated_outside_the_tenure_extend_no_span() -> None:
    person = _observed(OfficialsRegistry(seed=OfficialsIndex([KNOWN])))
    assert tenure_contradictions(person, KNOWN) == []
    assert [(r.value, r.first_seen, r.count) for r in person.roles] == [("minister of defense", "2021-04", 3)]
    # without the registry the 2017 report would stretch the span: the check would fire
    unchecked = _observed(OfficialsRegistry())
    assert tenure_contradictions(unchecked, KNOWN) == [("minister of defense", "2017-05-01", "2025-09-04")]
