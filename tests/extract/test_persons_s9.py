"""Session 9 person-name fixes: names between an honorific and a title in uncased scripts."""

from __future__ import annotations

import pytest

from milwatch.packs import PackRegistry
from support.persons import person_mentions


def _names(registry: PackRegistry, lang: str, text: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.role) for m in person_mentions(registry, lang, text)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    # Thai: "Mr." written onto the name, the office after it
    ("th", "นายสมชาย ใจดี รองนายกรัฐมนตรี ได้ให้การต้อนรับคณะผู้แทน", "สมชาย ใจดี"),
    # Arabic: "His Excellency NAME Minister of Defence" (no بن link, so no name before a bare title)
    ("ar", "استقبل الوزير اليوم معالي جورج باباس وزير الدفاع الوطني في الجمهورية اليونانية.", "جورج باباس"),
    ("ar", "وحضر الاجتماع سعادة السيدة ماري دوبون وزيرة القوات المسلحة الفرنسية.", "ماري دوبون"),
    ("ar", "وكان في استقباله السيد أحمد الهاشمي، وزير الدفاع الوطني للجمهورية التونسية، بمقر الوزارة.",
     "أحمد الهاشمي"),
    # Khmer and Lao: "His Excellency NAME Ambassador ..."
    ("km", "ឧត្តមសេនីយ៍ឯក ស៊ុន ចាន់ បានទទួលជួបឯកឧត្តម ចាង ម៉េង ឯកអគ្គរដ្ឋទូតចិនប្រចាំកម្ពុជា នៅថ្ងៃនេះ។",
     "ចាង ម៉េង"),
    ("lo", "ຝ່າຍຫວຽດນາມ ມີ ທ່ານ ເຈີນ ວັນ ເອກອັກຄະລັດຖະທູດຫວຽດນາມ ປະຈຳ ສປປ ລາວ ເຂົ້າຮ່ວມ.", "ເຈີນ ວັນ"),
])
def test_name_between_an_honorific_and_a_title(registry: PackRegistry, lang: str, text: str,
                                               name: str) -> None:
    found = _names(registry, lang, text)
    assert name in [n for n, _ in found]
    assert next(r for n, r in found if n == name) is not None  # the title after the name is its role


def test_honorific_without_a_title_is_no_official(registry: PackRegistry) -> None:
    # "Mr. X said": nothing says he holds an office
    assert _names(registry, "th", "นายสมชาย ใจดี กล่าวว่า การประชุมเป็นไปด้วยดี") == []


@pytest.mark.parametrize(("lang", "text", "name"), [
    # an elided connector before the state ("d'Italie") and a second state or a place where the post is
    ("fr", "Le ministre a reçu l'ambassadeur d'Italie, Marco Rossi.", "Marco Rossi"),
    ("fr", "Le ministre a reçu le 3 mai en audience l’ambassadeur d’Égypte, Karim Nabil.", "Karim Nabil"),
    ("fr", "Le ministre a reçu l'ambassadeur d'Italie en Tunisie, Marco Rossi.", "Marco Rossi"),
    ("fr", "Le ministre a reçu l'ambassadeur d'Italie à Tunis, Marco Rossi.", "Marco Rossi"),
    ("ru", "Министр обороны принял посла Франции в Армении Жана Дюпона.", "Жана Дюпона"),
    ("ru", "Замминистра обороны провел встречу с послом Индии в Москве Раджешем Шармой, сообщили вчера.",
     "Раджешем Шармой"),
])
def test_name_after_a_title_of_a_state_in_another(registry: PackRegistry, lang: str, text: str,
                                                   name: str) -> None:
    assert (name, "ambassador") in _names(registry, lang, text)


def test_names_each_set_off_by_commas_share_the_title(registry: PackRegistry) -> None:
    text = "Los ministros de Defensa de Colombia, Juan Pérez, y de Ecuador, Luis Gómez, acordaron ayer."
    assert _names(registry, "es", text) == [("Juan Pérez", "minister of defense"),
                                            ("Luis Gómez", "minister of defense")]
    # a plain ", y NAME" names no second holder of the title
    text = "El ministro de Defensa, Juan Pérez, y Luis Gómez, acordaron este miércoles."
    assert _names(registry, "es", text) == [("Juan Pérez", "minister of defense")]


def test_ambassador_residing_in(registry: PackRegistry) -> None:
    text = "Wasiirka ayaa xafiiskiisa ku qaabilay Safiirka dalka Turkiga u fadhiya Soomaaliya, Ali Demir."
    assert ("Ali Demir", "ambassador") in _names(registry, "so", text)
