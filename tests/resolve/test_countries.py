"""Every official gets a country (issue 14 item 3): the event's sides, the counterpart of the same
office, the service commanders of the side that brought its chief, the host's leader, and the seed
registry's officials of the event's states matched loosely; nothing is guessed otherwise."""

from __future__ import annotations

from milwatch.extract._registry import OfficialsIndex
from milwatch.model import Event, Person
from milwatch.resolve import OfficialsRegistry
from milwatch.resolve.countries import SeedBySides, countries_by_sides, fill_sides, side_country


def _p(name: str, country: str | None = None, role: str | None = None) -> Person:
    return Person(name=name, country=country, role=role)


def test_the_counterpart_of_the_same_office_is_the_other_side() -> None:
    persons = [_p("Ana Host", "FRA", "prime minister"), _p("Bo Guest", None, "prime minister"),
               _p("Cy Min", "FRA", "minister of defense"), _p("Di Min", None, "defence minister")]
    assert side_country(1, persons, ["FRA", "IND"]) == "IND"
    # "defence minister" is the defense minister's office
    assert side_country(3, persons, ["FRA", "IND"]) == "IND"
    # a head of state is not the counterpart of a head of government
    assert side_country(1, [_p("Ana", "FRA", "head of state"),
                            _p("Bo", None, "prime minister"), _p("Someone")],
                        ["FRA", "IND"]) is None
    # a general secretary leads a one-party state: the other side's head of state is his counterpart
    assert side_country(1, [_p("Xa", "CHN", "general secretary"), _p("Yo", None, "head of state")],
                        ["CHN", "KOR"]) == "KOR"


def test_nothing_is_guessed_when_the_sides_do_not_tell() -> None:
    both = [_p("Ann One", None, "minister of defense"), _p("Ben Two", None, "minister of defense")]
    assert [p.country for p in fill_sides(both, ["BEN", "NER"], "NER")] == [None, None]
    counterparts_on_both_sides = [_p("A", "CHN", "head of state"), _p("B", "VNM", "head of state"),
                                  _p("C", None, "head of state")]
    assert side_country(2, counterparts_on_both_sides, ["CHN", "VNM"]) is None
    assert side_country(0, [_p("Alone", None, "spokesperson")], ["CHN", "KHM"], "KHM") is None
    assert side_country(0, [_p("Alone")], ["CHN"]) is None  # one state: not an event between sides
    assert side_country(0, [_p("Org", None, "general secretary"), _p("R", "IND", "minister of defense"),
                            # a general secretary is not a host's leader
                            _p("K", "UZB", "minister of defense")], ["IND", "UZB"], "IND") is None


def test_service_commanders_come_with_their_chief_of_defense() -> None:
    persons = [_p("Min A", "TUR", "minister of defense"), _p("Chief", "TUR", "chief of general staff"),
               _p("Min B", "AZE", "minister of defense"), _p("Navy", None, "commander of naval forces"),
               _p("Air", None, "commander of the air force")]
    assert [p.country for p in fill_sides(persons, ["AZE", "TUR"], "AZE")][3:] == ["TUR", "TUR"]
    persons[2] = _p("Chief B", "AZE", "chief of the general staff")
    assert [p.country for p in fill_sides(persons, ["AZE", "TUR"], "AZE")][3:] == [None, None]


def test_a_leader_at_home_receives_a_delegation_without_one() -> None:
    persons = [_p("Host Leader", None, "head of state"), _p("Guest Min", "RUS", "minister of defense"),
               _p("Host Min", "VNM", "minister of defense")]
    assert side_country(0, persons, ["RUS", "VNM"], "VNM") == "VNM"
    assert side_country(0, persons, ["RUS", "VNM"], None) is None
    with_leader = [*persons, _p("Other Leader", "RUS", "prime minister")]
    assert side_country(0, with_leader, ["RUS", "VNM"], "VNM") is None  # a delegation led by its own leader
    foreign_minister = [_p("Fm", None, "minister of foreign affairs"), *persons[1:]]
    # visitors bring theirs (2+2 talks)
    assert side_country(0, foreign_minister, ["RUS", "VNM"], "VNM") is None


def test_canonical_countries_of_the_others_decide_over_all_events() -> None:
    ho = _p("Ho Leader", None, "head of state")
    al = _p("Al Leader", None, "head of state")  # no country in this report, the registry knows it
    event = Event(type="meeting", countries=["AZE", "VNM"], persons=[ho, al])
    known = {"al": "AZE"}
    assert countries_by_sides([(event, [(ho, "ho"), (al, "al")])], known.get) == {"ho": "VNM"}
    other = Event(type="meeting", countries=["AZE", "LAO"], persons=[ho, al])
    # two events give two different countries: none is chosen
    assert countries_by_sides([(event, [(ho, "ho"), (al, "al")]), (other, [(ho, "ho"), (al, "al")])],
                              known.get) == {}


def test_the_seed_entry_of_a_side_matches_a_name_written_without_vowels() -> None:
    seed = OfficialsIndex.seed()
    sides = SeedBySides(seed)
    hit = sides.match(_p("لائیڈ آسٹن", None, "minister of defense"), ["IND", "USA"], "2023-06-05")
    assert hit is not None and hit.name == "Lloyd Austin" and hit.country == "USA"
    assert sides.match(_p("لائیڈ آسٹن"), ["IND", "JPN"], "2023-06-05") is None  # not a state of the event
    assert sides.match(_p("Nobody Knownov"), ["IND", "USA"], "2023-06-05") is None


def test_the_registry_gives_every_official_a_country_after_all_events() -> None:
    reg = OfficialsRegistry(seed=OfficialsIndex.seed())
    events = [
        Event(type="meeting", countries=["KHM", "THA"], date="2024-03-01", location="KHM",
              persons=[_p("Sokha Testhun", None, "prime minister"),
                       _p("Anan Testchai", "THA", "prime minister"),
                       _p("Pat Testspokes")]),  # two without a country: the free side alone cannot tell
        Event(type="meeting", countries=["IND", "USA"], date="2023-06-05", location="IND",
              persons=[_p("لائیڈ آسٹن", None, "minister of defense"),
                       _p("Raj Testsingh", "IND", "minister of defense")]),
    ]
    for e in events:
        reg.observe_event(e, lang="ur")
    observed = [(e, reg.observed_event(e, lang="ur")) for e in events]
    assert reg.fill_countries(observed) == 1
    by_name = {p.name: p.country for p in reg.persons()}
    assert by_name == {"Sokha Testhun": "KHM", "Anan Testchai": "THA", "Lloyd Austin": "USA",
                       "Raj Testsingh": "IND", "Pat Testspokes": None}  # unknown, still an official
