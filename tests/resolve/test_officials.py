"""Officials registry: aliases, roles over time, same-surname safety, merge/split, persistence, user files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from milwatch.errors import InputError, MilwatchError
from milwatch.model import Event, Person
from milwatch.resolve import OfficialsRegistry, UnknownPersonError, load_officials

EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "milwatch" / "data" / "officials.example.toml"


def _observe(reg: OfficialsRegistry, name: str, country: str | None = None, *, role: str | None = None,
             rank: str | None = None, date: str | None = None, aliases: list[str] | None = None) -> str:
    person = Person(name=name, aliases=aliases or [], country=country, role=role, rank=rank)
    return reg.observe(person, article_id="x", date=date, lang="en")


def test_spellings_of_one_official_share_an_id() -> None:
    reg = OfficialsRegistry()
    first = _observe(reg, "Viktor Khrenin", "BLR", role="minister of defense", date="2021-05-19")
    assert _observe(reg, "Wiktar Chrenin", "BLR", date="2021-05-20") == first
    assert _observe(reg, "Виктор Хренин", None, date="2021-06-01") == first
    assert _observe(reg, "Хрениным", "BLR") == first  # a lone (inflected) surname, unique in its country
    p = reg.get(first)
    assert p.name == "Viktor Khrenin" and p.country == "BLR"
    assert {"Wiktar Chrenin", "Виктор Хренин"} <= set(p.aliases)
    assert (p.first_seen, p.last_seen, p.mentions) == ("2021-05-19", "2021-06-01", 4)
    assert len(reg) == 1


def test_roles_and_ranks_keep_their_time_span() -> None:
    reg = OfficialsRegistry()
    pid = _observe(reg, "Phan Văn Giang", "VNM", role="chief of general staff", rank="colonel_general",
                   date="2019-05-01")
    _observe(reg, "Phan Van Giang", "VNM", role="minister of defense", rank="general", date="2021-07-29")
    _observe(reg, "Phan Van Giang", "VNM", role="minister of defense", rank="general", date="2025-09-04")
    p = reg.get(pid)
    roles = {a.value: (a.first_seen, a.last_seen, a.count) for a in p.roles}
    assert roles == {"chief of general staff": ("2019-05-01", "2019-05-01", 1),
                     "minister of defense": ("2021-07-29", "2025-09-04", 2)}
    assert {a.value for a in p.ranks} == {"colonel_general", "general"}
    assert p.name == "Phan Van Giang"  # the most used spelling, ASCII preferred on ties


@pytest.mark.parametrize(
    ("a", "b", "country"),
    [
        ("Ilham Aliyev", "Heydar Aliyev", "AZE"),
        ("Nguyen Van A", "Nguyen Tan B", "VNM"),
        ("Nguyen Xuan Phuc", "Nguyen Chi Vinh", "VNM"),
        ("Kim Min-seok", "Kim Min-seop", "KOR"),
        ("Kim Jong-un", "Kim Jong-il", "PRK"),
        ("Phan Van Giang", "Phan Van Khai", "VNM"),
    ],
)
def test_same_family_name_never_merges(a: str, b: str, country: str) -> None:
    reg = OfficialsRegistry()
    assert _observe(reg, a, country) != _observe(reg, b, country)
    assert _observe(reg, a, country) != _observe(reg, b, None)


def test_ambiguous_short_form_is_not_attached() -> None:
    reg = OfficialsRegistry()
    ilham, heydar = _observe(reg, "Ilham Aliyev", "AZE"), _observe(reg, "Heydar Aliyev", "AZE")
    assert _observe(reg, "Aliyev", "AZE") not in (ilham, heydar)
    assert reg.resolve(Person("Aliyev")) is None or reg.resolve(Person("Aliyev")) not in (ilham, heydar)


def test_country_gate_and_word_order() -> None:
    reg = OfficialsRegistry()
    jpn = _observe(reg, "Minoru Kihara", "JPN")
    assert _observe(reg, "Kihara Minoru", "JPN") == jpn
    assert _observe(reg, "Minoru Kihara", "PHL") != jpn


def test_merge_and_split() -> None:
    reg = OfficialsRegistry()
    a = _observe(reg, "Yasar Guler", "TUR", role="minister of defense", date="2024-09-10")
    b = _observe(reg, "Yashar Gyuler", None, role="chief of general staff", date="2019-01-01")
    assert a != b
    assert reg.merge(a, b) == a
    assert reg.canonical_id(b) == a and b in reg and len(reg) == 1
    p = reg.get(b)
    assert "Yashar Gyuler" in p.aliases and p.first_seen == "2019-01-01"
    assert {r.value for r in p.roles} == {"minister of defense", "chief of general staff"}
    assert _observe(reg, "Yashar Gyuler") == a
    new = reg.split(a, "Yashar Gyuler")
    assert new != a and "Yashar Gyuler" not in reg.get(a).aliases
    assert reg.get(new).name == "Yashar Gyuler"
    assert _observe(reg, "Yashar Gyuler") == new  # a split alias stays with its new person
    assert _observe(reg, "Yasar Guler", "TUR") == a
    with pytest.raises(UnknownPersonError):
        reg.merge(a, "nobody")
    with pytest.raises(UnknownPersonError):
        reg.split(a, "Somebody Else")
    with pytest.raises(MilwatchError):
        reg.split(new, "Yashar Gyuler")  # its only name


def test_round_trip_through_plain_dicts() -> None:
    reg = OfficialsRegistry()
    a = _observe(reg, "Zakir Hasanov", "AZE", role="minister of defense", rank="colonel_general",
                 date="2025-09-04")
    b = _observe(reg, "Zakir Gasanov", None, date="2021-05-19")
    c = _observe(reg, "Tea Seiha", "KHM")
    reg.merge(a, c)
    state = json.loads(json.dumps(reg.to_dict()))  # plain JSON-able data
    back = OfficialsRegistry.from_dict(state)
    assert back.to_dict() == reg.to_dict()
    assert b == a
    assert back.canonical_id(c) == a
    assert _observe(back, "Закир Гасанов", "AZE") == a


def test_observe_event_dates_by_event_then_publication() -> None:
    reg = OfficialsRegistry()
    event = Event(type="meeting", countries=["AZE", "VNM"], persons=[
        Person("Phan Van Giang", country="VNM", role="minister of defense"),
        Person("Zakir Hasanov", country="AZE", role="minister of defense"),
    ])
    ids = reg.observe_event(event, article_id="a1", published="2025-09-05", lang="de")
    assert len(set(ids)) == 2
    assert reg.get(ids[0]).first_seen == "2025-09-05" and reg.get(ids[0]).langs == ["de"]


def test_known_officials_example_file_loads() -> None:
    reg = OfficialsRegistry()
    ids = reg.load_known(EXAMPLE)
    assert len(ids) == 3 and all(reg.get(i).known for i in ids)
    assert reg.get("aze-rashad-exampleov").country == "AZE"
    assert _observe(reg, "Иван Тестов", "BLR") == ids[0]
    assert _observe(reg, "Iwan Testow", None, role="minister of defense", date="2024-01-01") == ids[0]
    assert reg.get(ids[0]).name == "Ivan Testov"  # a known official keeps the user's spelling


def test_known_officials_csv(tmp_path: Path) -> None:
    path = tmp_path / "officials.csv"
    path.write_text("id,name,country,aliases,roles,ranks\n"
                    ",Ivan Testov,BLR,Iwan Testow;Иван Тестов,minister of defense,lieutenant_general\n"
                    "x-1,Nguyen Van Mau,VNM,,deputy minister of defense;chief of general staff,\n",
                    encoding="utf-8")
    people = load_officials(path)
    assert [p.name for p in people] == ["Ivan Testov", "Nguyen Van Mau"]
    assert people[0].aliases == ["Iwan Testow", "Иван Тестов"]
    assert [r.value for r in people[1].roles] == ["deputy minister of defense", "chief of general staff"]
    reg = OfficialsRegistry()
    assert reg.load_known(path)[1] == "x-1"


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("bad.toml", "[[official]]\nname = 'A B'\nrank = 'field_marshal'\n", "#1"),
        ("bad2.toml", "[[official]]\nname = 'A B'\n[[official]]\ncountry = 'AZE'\n", "#2"),
        ("bad3.toml", "[[official]]\nname = 'A B'\nnickname = 'x'\n", "#1"),
        ("bad.csv", "name,country\nA B,AZE\n,AZE\n", ":3"),
        ("bad4.toml", "[[official]\n", "invalid TOML"),
    ],
)
def test_known_officials_errors_name_the_place(tmp_path: Path, name: str, text: str, where: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_officials(path)
    assert str(path) in str(err.value) and where in str(err.value)
