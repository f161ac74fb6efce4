"""Memory of the pack cache's saves and of the person finder's trie patterns (issue 11: a process with
every language pack loaded stays small): an Aho-Corasick automaton is reduced once per process however
often its pack is saved, and a FirstUnitMatcher keeps a bounded number of partial patterns."""

from __future__ import annotations

import ahocorasick
import pytest

from milwatch.extract import _person_patterns
from milwatch.extract._person_patterns import _country_pattern, _country_trie
from milwatch.packs import PackRegistry
from milwatch.packs.cache import PackCache, Reduced, dumps, loads


def _automaton(words: list[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, (len(word), word.upper()))
    automaton.make_automaton()
    return automaton


def test_an_automaton_saved_twice_is_reduced_once_and_loads_back_whole() -> None:
    automaton = _automaton(["defence", "minister", "treaty", "exercise"])
    memo: Reduced = {}
    first = dumps({"trie": automaton, "n": 1}, {}, reduced=memo)
    assert list(memo) == [id(automaton)]
    state = memo[id(automaton)][1]
    second = dumps({"trie": automaton, "n": 1}, {}, reduced=memo)
    assert memo[id(automaton)][1] is state  # the same reduced state, not a new (leaked) one
    assert first == second
    loaded = loads(second, {})["trie"]
    text = "the defence minister signed a treaty"
    assert list(loaded.iter(text)) == list(automaton.iter(text)) != []


def test_an_automaton_reduced_for_another_object_at_the_same_address_is_not_reused() -> None:
    automaton = _automaton(["alpha"])
    other = _automaton(["beta"])
    memo: Reduced = {id(automaton): (other, other.__reduce__())}  # a stale entry: that id, another automaton
    loaded = loads(dumps(automaton, {}, reduced=memo), {})
    assert [value for _, value in loaded.iter("alpha beta")] == [(5, "ALPHA")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "التقى وزير الدفاع المصري والوزير الأردني وبالمملكة العربية السعودية ولفرنسا وللصين في القاهرة"),
    ("de", "Der französische und der polnische Minister trafen Vertreter Deutschlands, Italiens und Chinas."),
])
def test_past_the_bound_the_whole_trie_finds_what_the_partial_patterns_find(
        monkeypatch: pytest.MonkeyPatch, lang: str, text: str) -> None:
    pack = PackRegistry(cache=PackCache(None)).get(lang)
    root = _country_trie(pack)
    unbounded = _country_pattern(pack, root)
    expected = [(pos, (m.group() if (m := unbounded.match(text, pos)) else None)) for pos in range(len(text))]
    monkeypatch.setattr(_person_patterns, "MAX_PARTIAL_PATTERNS", 2)
    bounded = _country_pattern(pack, root)
    found = [(pos, (m.group() if (m := bounded.match(text, pos)) else None)) for pos in range(len(text))]
    assert found == expected
    assert any(group for _, group in found)
    assert len(bounded._compiled) <= 3 < len(unbounded._compiled)  # two partial patterns and the whole trie
