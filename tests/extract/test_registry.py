"""The officials registry in extraction: found names mapped to the English-press name.

A fixture registry of invented officials (written here) drives the matching cases; the shipped
seed (src/milwatch/data/officials.toml) is checked for its shape only.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from milwatch.extract._person_merge import PersonMention
from milwatch.extract._registry import SEED_PATH, OfficialsIndex, apply_registry, inflected_same, words
from milwatch.extract.engine import Extractor
from milwatch.known_officials import load_officials
from milwatch.model import Article
from milwatch.packs import PackRegistry

FIXTURE = """
[[official]]
id = "grc-nikos-testakis"
name = "Nikos Testakis"
country = "GRC"
aliases = ["Νίκος Τεστάκης", "Никос Тестакис"]
roles = [{ value = "minister of defense", from = "2021-03", to = "2024-06" }]

[[official]]
id = "chn-zhou-ceshi"
name = "Zhou Ceshi"
country = "CHN"
aliases = ["周测试", "周測試"]
roles = [{ value = "minister of defense", from = "2020-01" }]

[[official]]
id = "usa-martin-probe"
name = "Martin Probe"
country = "USA"
aliases = ["Мартин Проуб"]
roles = [{ value = "secretary of defense", from = "2022-01", to = "2023-12" }]

[[official]]
id = "gbr-alan-probe"
name = "Alan Probe"
country = "GBR"
roles = [{ value = "chief of defence", from = "2022-01" }]
"""


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> OfficialsIndex:
    path = tmp_path_factory.mktemp("officials") / "officials.toml"
    path.write_text(FIXTURE, encoding="utf-8")
    return OfficialsIndex.from_files([path])


def test_greek_genitive_maps_to_english_name(index: OfficialsIndex) -> None:
    hit = index.match("Nikou Testaki", "Νίκου Τεστάκη", None, "2023-05-02")
    assert hit is not None and (hit.name, hit.country, hit.how) == ("Nikos Testakis", "GRC", "stem")
    assert hit.role == "minister of defense"


def test_russian_instrumental_and_other_script(index: OfficialsIndex) -> None:
    hit = index.match("Nikosom Testakisom", "Никосом Тестакисом", None, None)
    assert hit is not None and hit.name == "Nikos Testakis"
    assert index.match("周测试", "周测试", None, None).name == "Zhou Ceshi"


def test_unknown_name_untouched(index: OfficialsIndex) -> None:
    assert index.match("Nikos Papadakis", "Νίκος Παπαδάκης", "GRC", "2023-05-02") is None
    mentions = [PersonMention(0, 14, "Nikos Papadakis", "Nikos Papadakis", None, None, None)]
    apply_registry(mentions, index, "2023-05-02")
    assert (mentions[0].name, mentions[0].country) == ("Nikos Papadakis", None)


def test_surname_alone_needs_the_country_and_the_tenure(index: OfficialsIndex) -> None:
    assert index.match("Probe", "Probe", "USA", "2023-01-10").name == "Martin Probe"
    assert index.match("Probe", "Probe", "GBR", "2023-01-10").name == "Alan Probe"
    assert index.match("Probe", "Probe", "FRA", "2023-01-10") is None  # the country disagrees
    assert index.match("Probe", "Probe", None, "2023-01-10") is None  # two people, no country
    assert index.match("Probe", "Probe", "USA", "2025-01-10") is None  # out of office then


def test_stem_refused_when_the_country_disagrees_and_two_fit(tmp_path: Path) -> None:
    path = tmp_path / "two.toml"
    path.write_text('[[official]]\nname = "Ivan Petrov"\ncountry = "BGR"\n'
                    '[[official]]\nname = "Ivan Petrova"\ncountry = "RUS"\n', encoding="utf-8")
    two = OfficialsIndex.from_files([path])
    assert two.match("Ivanom Petrovom", "Иваном Петровом", "UKR", None) is None
    assert two.match("Ivanom Petrovom", "Иваном Петровом", "BGR", None).name == "Ivan Petrov"


def test_stem_refused_when_the_one_that_fits_is_of_another_country(tmp_path: Path) -> None:
    # a French envoy "Jules Martin" is not Argentina's minister "Julio Martinez" (each word a near spelling)
    path = tmp_path / "one.toml"
    path.write_text('[[official]]\nname = "Julio Martinez"\ncountry = "ARG"\n', encoding="utf-8")
    one = OfficialsIndex.from_files([path])
    assert one.match("Jules Martin", "Jules Martin", "FRA", None) is None
    assert one.match("Jules Martin", "Jules Martin", "ARG", None).name == "Julio Martinez"
    assert one.match("Jules Martin", "Jules Martin", None, None).name == "Julio Martinez"


def test_inflected_same_is_strict_enough() -> None:
    assert inflected_same("ostinom", "ostin") and inflected_same("dimitrioy", "dimitrios")
    assert inflected_same("mattisem", "mattis") and inflected_same("pavla", "pavel")
    assert not inflected_same("petrenko", "petrov") and not inflected_same("kima", "kim")


def test_apply_keeps_surface_and_fills_country_on_request(index: OfficialsIndex) -> None:
    text = "Ο υπουργός Νίκος Τεστάκης και ο Τεστάκης"
    start = text.index("Νίκος")
    mentions = [PersonMention(start, start + 14, "Νίκος Τεστάκης", "Nikos Testakis",
                              "minister of defense", None, None)]
    apply_registry(mentions, index, "2022-02-01", text)
    assert ((mentions[0].name, mentions[0].surface, mentions[0].country)
            == ("Nikos Testakis", "Νίκος Τεστάκης", None))
    apply_registry(mentions, index, "2022-02-01", text, facts=True)
    assert mentions[0].country == "GRC"


def test_han_name_cut_short_is_completed_from_the_text(index: OfficialsIndex) -> None:
    text = "国防部长周测试会见了来访的客人。"
    start = text.index("周")
    mentions = [PersonMention(start, start + 2, "周测", "周测", "minister of defense", None, None)]
    apply_registry(mentions, index, None, text)
    assert (mentions[0].name, mentions[0].surface, mentions[0].end) == ("Zhou Ceshi", "周测试", start + 3)
    other = [PersonMention(start, start + 2, "周测", "周测", None, None, None)]
    apply_registry(other, index, None, "国防部长周测会见了客人。")  # the text does not go on with 试
    assert other[0].name == "周测"


def test_extractor_uses_its_index(index: OfficialsIndex) -> None:
    extractor = Extractor(PackRegistry(), officials=index)
    article = Article(id="t1", lang="ru", published="2023-05-03",
                      text="Министр обороны России Андрей Смирнов провел переговоры с "
                           "министром обороны Греции "
                           "Никосом Тестакисом в Москве 2 мая.")
    names = {p.name for e in extractor.extract(article).events for p in e.persons}
    assert "Nikos Testakis" in names


def test_shipped_seed_parses_without_clashes() -> None:
    people = load_officials(SEED_PATH)
    assert len(people) >= 300
    ids = [p.id for p in people]
    assert len(ids) == len(set(ids)) and all(ids)
    owners: dict[str, set[str]] = defaultdict(set)
    for person in people:
        assert person.country and len(person.country) == 3 and person.roles, person.name
        for spelling in {person.name, *person.aliases}:
            owners["".join(words(spelling))].add(person.id)
    clashes = {key: ids for key, ids in owners.items() if len(ids) > 1}
    assert not clashes
    assert len(OfficialsIndex.seed()) == len(people)


def test_registry_names_written_without_a_title_are_found(index: OfficialsIndex) -> None:
    text = "Das teilten Anna Weber und Martin Probe am Donnerstag mit; Probe blieb, Martin nicht."
    assert index.written_in(text) == [(text.index("Martin Probe"), text.index("Martin Probe") + 12,
                                       "Martin Probe")]
    assert index.written_in("martin probe, in lower case, is no written name") == []
    assert index.written_in("Martin\nProbe") != [] and index.written_in("Martin, Probe") == []


def test_joint_statement_of_two_registry_ministers_is_a_meeting(index: OfficialsIndex) -> None:
    """Neither name has a title the finder knows; the registry gives both states."""
    extractor = Extractor(PackRegistry(), officials=index)
    article = Article(id="t2", lang="de", published="2022-09-10",
                      text="Das teilten die Verteidigungsminister Nikos Testakis und "
                           "Martin Probe am Donnerstag "
                           "auf einem Stützpunkt in Bayern mit.")
    events = extractor.extract(article).events
    assert [(e.type, sorted(e.countries)) for e in events] == [("meeting", ["GRC", "USA"])]
    assert {p.name for p in events[0].persons} == {"Nikos Testakis", "Martin Probe"}
