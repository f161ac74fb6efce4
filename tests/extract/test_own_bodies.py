"""extract/own_bodies.py: a national outlet's own body written bare is its state; qualified by another state,
or named as the source right after a reporting verb, it is not."""

from __future__ import annotations

import pytest

from milwatch.extract.countries import CountryFinder
from milwatch.extract.own_bodies import own_bodies_as_states
from milwatch.packs import PackRegistry


def own_mentions(registry: PackRegistry, lang: str, own: str | None, text: str) -> list[str]:
    pack = registry.get(lang)
    countries = pack.derived("countries", CountryFinder.for_pack).find(text)
    added = [m for m in own_bodies_as_states(countries, text, pack, own) if m not in countries]
    return [text[m.start:m.end] for m in added if m.code == own]


@pytest.mark.parametrize(("lang", "own", "text", "bodies"), [
    ("ko", "KOR", "해군은 미국 해군과 연합훈련을 실시했다.", ["해군은"]),
    ("ko", "KOR", "필리핀 해군과 미국 해군은 연합훈련을 실시했다.", []),  # qualified before
    ("fa", "IRN", "نیروی دریایی پاکستان و نیروی دریایی چین رزمایش برگزار کردند.", []),  # qualified after
    ("vi", "VNM", "Bộ Quốc phòng và Bộ Quốc phòng Lào đã ký kế hoạch hợp tác.", ["Bộ Quốc phòng"]),
    ("hi", "IND", "श्रीलंका की नौसेना ने अभ्यास किया।", []),  # a genitive particle between
    ("vi", "VNM", "Năm 2024, Bộ Quốc phòng hai nước đã ký Thư ý định về hợp tác.", []),  # both sides' bodies
    # the source of the news, right after a reporting verb
    ("pl", "POL", "Ćwiczenia odbędą się na Litwie, poinformowało Dowództwo Operacyjne.", []),
    ("pl", "POL", "Dowództwo Operacyjne poinformowało o ćwiczeniach na Litwie.", ["Dowództwo Operacyjne"]),
    ("hr", "HRV", "Deklaraciju su potpisali Hrvatska i Albanija, objavilo je Ministarstvo obrane.", []),
    ("ko", None, "해군은 미국 해군과 연합훈련을 실시했다.", []),  # no own state: nothing added
])
def test_own_bodies(registry: PackRegistry, lang: str, own: str | None, text: str, bodies: list[str]) -> None:
    assert own_mentions(registry, lang, own, text) == bodies
