"""The Preparer remembers what it prepared: the same answer again, never an object another caller changed."""

from __future__ import annotations

from milwatch.extract._registry import OfficialsIndex
from milwatch.model import Person
from milwatch.resolve import prepare
from milwatch.resolve.prepare import Preparer


def test_the_same_mention_is_prepared_once_and_each_caller_owns_its_copy() -> None:
    prep = Preparer(OfficialsIndex.seed())
    first, known = prep.person(Person("Jamesem Mattisem"), lang="pl", date="2017-10-02")
    assert first.name == "Jim Mattis" and known is not None
    first.aliases.append("changed by a caller")
    first.name = "changed"
    again, known_again = prep.person(Person("Jamesem Mattisem"), lang="pl", date="2017-10-02")
    assert again.name == "Jim Mattis" and "changed by a caller" not in again.aliases
    assert known_again is known
    assert len(prep._prepared) == 1


def test_other_inputs_are_other_entries_and_the_memory_is_bounded(monkeypatch) -> None:
    monkeypatch.setattr(prepare, "PREPARED_MAX", 3)
    prep = Preparer(None)
    for i in range(7):
        prep.person(Person(f"Anna Nowak{i}", role="minister"), lang="pl", date="2025-01-0" + str(i + 1))
    assert 1 <= len(prep._prepared) <= 3
    undated, _ = prep.person(Person("Anna Nowak0", role="minister"), lang="pl", date=None)
    assert undated.role == "minister"
