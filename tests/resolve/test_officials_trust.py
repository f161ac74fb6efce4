"""Officials you can trust (issue 14 item 3): nominative names from inflected text, the seed
registry's English name and tenures, historical events extend no tenure, countries from the
event's sides, the user's officials file through `make_extractor` and the settings."""

from __future__ import annotations

from pathlib import Path

from milwatch.extract._registry import OfficialsIndex
from milwatch.model import Event, Person
from milwatch.pipeline import make_extractor
from milwatch.resolve import OfficialsRegistry
from milwatch.resolve.nominative import Nominative
from milwatch.settings import load_settings


def test_nominative_forms_of_inflected_names() -> None:
    n = Nominative()
    assert n.name("Сергеем Шойгу", "ru") == "Sergei Shoigu"
    assert n.name("Виктором Хрениным", "ru") == "Viktor Khrenin"
    assert n.name("Олексієм Резніковим", "uk") == "Oleksii Reznikov"
    assert n.name("Jamesem Mattisem", "pl") == "James Mattis"
    assert n.name("Donalda Trumpa", "pl") == "Donald Trump"
    assert n.name("Robertą Kauną", "lt") == "Robertas Kaunas"
    assert n.name("Hulusi Akar'la", "tr") == "Hulusi Akar"
    for nominative, lang in (("Сергей Шойгу", "ru"), ("Jana Černochová", "cs"), ("Mariusz Błaszczak", "pl")):
        assert n.name(nominative, lang) is None


def _event(persons: list[Person], date: str, historical: bool = False) -> Event:
    return Event(type="meeting", countries=["POL", "USA"], date=date, persons=persons, historical=historical)


def test_an_inflected_name_is_an_alias_and_the_registry_english_name_wins() -> None:
    reg = OfficialsRegistry(seed=OfficialsIndex.seed())
    pid = reg.observe_event(_event([Person("Jamesem Mattisem", role="minister of defense")], "2017-10-02"),
                            lang="pl")[0]
    person = reg.get(pid)
    assert person.name == "Jim Mattis" and person.country == "USA" and "Jamesem Mattisem" in person.aliases


def test_an_unknown_inflected_name_becomes_nominative() -> None:
    reg = OfficialsRegistry()
    pid = reg.observe(Person("Vasilem Bodnarem", aliases=["Василем Боднарем"], country="UKR"), lang="uk")
    assert reg.get(pid).name == "Vasil Bodnar"


def test_historical_events_and_dates_outside_the_registry_tenure_extend_nothing() -> None:
    reg = OfficialsRegistry(seed=OfficialsIndex.seed())
    giang = Person("Phan Van Giang", country="VNM", role="minister of defense")
    pid = reg.observe_event(Event(type="meeting", countries=["AZE", "VNM"], date="2025-09-04",
                                  persons=[giang]))[0]
    reg.observe_event(Event(type="meeting", countries=["RUS", "VNM"], date="2017-05-01", persons=[giang]))
    reg.observe_event(Event(type="meeting", countries=["LAO", "VNM"], date="2012-05-01", persons=[giang],
                            historical=True))
    person = reg.get(pid)
    dated = [(r.value, r.first_seen, r.last_seen) for r in person.roles if r.first_seen]
    assert ("minister of defense", "2021-04", None) in dated
    assert all(not first.startswith(("2017", "2012")) for _v, first, _l in dated)
    assert person.first_seen == "2017-05-01"  # seen then (a current report); the background 2012 counts not


def test_the_one_side_nobody_speaks_for_gives_the_country() -> None:
    reg = OfficialsRegistry()
    ids = reg.observe_event(Event(type="meeting", countries=["FRA", "IND"], date="2024-01-02",
                                  persons=[Person("Anne Exampleau", country="FRA"), Person("Ravi Testpal")]))
    assert reg.get(ids[1]).country == "IND"


def test_user_officials_reach_the_extractor_through_the_settings(tmp_path: Path) -> None:
    user = tmp_path / "mine.toml"
    user.write_text('[[official]]\nname = "Ivan Testov"\ncountry = "BLR"\naliases = ["Иван Тестов"]\n'
                    'roles = [{ value = "minister of defense", from = "2020-01" }]\n', encoding="utf-8")
    settings = load_settings(env={"MILWATCH_OFFICIALS_FILES": str(user)}, config_file=None)
    assert settings.officials_paths() == [user]
    extractor = make_extractor(None, settings.officials_paths())
    hit = extractor.officials.match("Ivan Testov", "Иван Тестов", None, "2024-01-01")
    assert hit is not None and hit.country == "BLR"
    assert make_extractor(None).officials.match("Ivan Testov", "Ivan Testov", None) is None
