"""Real events use the stories' person matching (issue 14 item 4): an official written in a script
without short vowels ("أرمند محاج") is the same official as his Latin spelling for the merge and for
its blocking keys, and a side is spoken for by a shared official even when only one report gives
his country."""

from __future__ import annotations

from milwatch.matching.events import ViewIndex, make_view, sides_disjoint, skeleton_key
from milwatch.matching.names import name_tokens
from milwatch.model import Event, Person
from milwatch.resolve import merge_events


def _visit(persons: list[Person], date: str | None = None) -> Event:
    return Event(type="meeting", countries=["TUR", "XKX"], mode="visit", location="TUR", date=date,
                 persons=persons)


LATIN = _visit([Person("Hulusi Akar", country="TUR"), Person("Armend Mehaj", country="XKX")])
ARABIC = _visit([Person("Hulusi Akar", country="TUR"), Person("أرمند محاج", country="XKX")],
                date="2021-09-17")


def test_a_name_without_short_vowels_shares_the_blocking_keys_of_its_latin_spelling() -> None:
    assert skeleton_key(name_tokens("Armend Mehaj")) == skeleton_key(name_tokens("أرمند محاج")) != ""
    assert skeleton_key(name_tokens("Mehaj")) == ""  # one part: no key of its own
    index = ViewIndex()
    index.add("latin", make_view("latin", "a1", LATIN, None))
    assert "latin" in index.candidates(make_view("arabic", "a2", ARABIC, None))


def test_an_undated_report_merges_with_the_same_visit_in_another_script() -> None:
    merged = merge_events([("a1", "en", None, LATIN), ("a2", "ar", None, ARABIC)])
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    other = _visit([Person("Hulusi Akar", country="TUR"), Person("بكر محمود", country="XKX")],
                   date="2021-09-17")
    assert len(merge_events([("a1", "en", None, LATIN), ("a2", "ar", None, other)])) == 2  # another guest


def test_a_side_is_spoken_for_by_a_shared_official_whose_country_one_report_gives() -> None:
    a = _visit([Person("Rajnath Singh", country="IND"), Person("Lloyd Austin", country="USA")])
    b = _visit([Person("Rajnath Singh", country="IND"), Person("Lloyd Austin"),
                Person("Someone Junk", country="USA")])
    va, vb = make_view(0, "a1", a, None), make_view(1, "a2", b, None)
    assert not sides_disjoint(va, vb)
    c = _visit([Person("Rajnath Singh", country="IND"), Person("Other Person", country="USA")])
    assert sides_disjoint(va, make_view(2, "a3", c, None))


def _talks(*persons: Person) -> Event:
    return Event(type="meeting", countries=["JPN", "PHL"], location="SGP", date="2031-05-30",
                 persons=list(persons))


def test_a_japanese_report_merges_with_the_same_talks_though_its_names_cannot_be_read_alike() -> None:
    """Japanese press writes its own minister in kanji (read through the Chinese reading, "xiao quan") and a
    foreign one in katakana with a middle dot ("girubato teodoro"): neither matches the Latin spellings,
    and neither proves the officials different."""
    assert name_tokens("ギルバート・テオドロ") == ("girubato", "teodoro")
    latin = _talks(Person("Shinjiro Koizumi", country="JPN"), Person("Gilberto Teodoro", country="PHL"))
    japanese = _talks(Person("小泉", country="JPN"), Person("ギルバート・テオドロ", country="PHL"))
    assert not sides_disjoint(make_view(1, "a1", latin, None), make_view(2, "a2", japanese, None))
    merged = merge_events([("a1", "en", None, latin), ("a2", "ja", None, japanese)])
    assert len(merged) == 1 and len(merged[0].mentions) == 2
    # another minister in katakana (no name part shared), or a Chinese name in Han characters (read through
    # pinyin, which does compare): different officials
    other = _talks(Person("小泉", country="JPN"), Person("ホセ・サントス", country="PHL"))
    assert len(merge_events([("a1", "en", None, latin), ("a2", "ja", None, other)])) == 2
    chinese = Event(type="meeting", countries=["CHN", "VNM"], location="CHN", date="2031-05-30",
                    persons=[Person("董军", country="CHN")])
    latin_cn = Event(type="meeting", countries=["CHN", "VNM"], location="CHN", date="2031-05-30",
                     persons=[Person("Zhang Youxia", country="CHN")])
    assert len(merge_events([("c1", "en", None, latin_cn), ("c2", "zh", None, chinese)])) == 2
