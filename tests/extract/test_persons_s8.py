"""Session 8 person-name fixes: initials written onto names, place words ending a name run."""

from __future__ import annotations

import pytest

from milwatch.packs import PackRegistry
from support.persons import person_mentions


def _names(registry: PackRegistry, lang: str, text: str) -> list[tuple[str, str | None]]:
    # names in a non-Latin script are kept as written since session 10 (persons.find_persons)
    return [(m.name, m.role) for m in person_mentions(registry, lang, text)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("mn", "Батлан хамгаалахын сайд Д.Төмөрбаатар өчигдөр элчин сайдыг хүлээн авлаа.", "Д.Төмөрбаатар"),
    ("mn", "Батлан хамгаалахын сайд Д. Төмөрбаатар өчигдөр элчин сайдыг хүлээн авлаа.", "Д. Төмөрбаатар"),
    ("ru", "Министр обороны В.Петренко провел рабочую встречу.", "В.Петренко"),
    ("uk", "Міністр оборони О.Коваленко провів зустріч.", "О.Коваленко"),
])
def test_initial_written_onto_a_titled_name(registry: PackRegistry, lang: str, text: str, name: str) -> None:
    assert name in [n for n, _ in _names(registry, lang, text)]


def test_initialled_name_found_again_untitled(registry: PackRegistry) -> None:
    text = ("Батлан хамгаалахын сайд Д.Төмөрбаатар өчигдөр элчин сайдыг хүлээн авлаа. "
            "Уулзалтын үеэр Д.Төмөрбаатар хамтын ажиллагааг онцлов.")
    assert [n for n, _ in _names(registry, "mn", text)] == ["Д.Төмөрбаатар", "Д.Төмөрбаатар"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    # a city in the locative after the name (Armenian, uncased-script finder)
    ("hy", "Երեկ ՀՀ պաշտպանության նախարար Արամ Հովհաննիսյանը Բեռլինում հանդիպել է գործընկերոջ հետ։",
     "Արամ Հովհաննիսյանը"),
    # a country with a case ending after the name (Mongolian genitive)
    ("mn", "Сайд Д.Төмөрбаатар Японы талын дэмжлэгт талархал илэрхийлэв.", "Д.Төмөрбаатар"),
])
def test_inflected_place_ends_the_name(registry: PackRegistry, lang: str, text: str, name: str) -> None:
    assert [n for n, _ in _names(registry, lang, text)] == [name]


def test_uninflected_place_word_stays_a_surname(registry: PackRegistry) -> None:
    text = "Lithuanian Defense Minister Tomas Kaunas met his Polish counterpart."
    assert [n for n, _ in _names(registry, "en", text)] == ["Tomas Kaunas"]


def test_states_before_a_title_are_no_name(registry: PackRegistry) -> None:
    # "the defense ministers of the two countries, Korea and Japan": no person named
    assert _names(registry, "ko", "한일 양국 국방장관은 도쿄에서 만나 협력을 논의했다.") == []


@pytest.mark.parametrize("text", ["张伟部长应约与法国国防部长举行视频通话。",
                                  "張偉部長應邀與法國國防部長舉行會談。"])
def test_stop_word_after_title_lets_the_name_before_it_count(registry: PackRegistry, text: str) -> None:
    assert [n for n, _ in _names(registry, "zh", text)][:1] in (["张伟"], ["張偉"])


def test_case_ending_after_a_hyphen_is_not_part_of_the_name(registry: PackRegistry) -> None:
    # Mongolian writes case endings onto foreign names after a hyphen (accusative "-г", comitative "-тэй")
    for text in ("Элчин сайд Сато Такэши-г хүлээн авч уулзлаа.", "Элчин сайд Сато Такэши-тэй уулзлаа."):
        assert _names(registry, "mn", text) == [("Сато Такэши", "ambassador")]


def test_place_in_the_locative_right_after_a_title_is_no_name(registry: PackRegistry) -> None:
    # "the minister met ... in Moscow": Москвад is a place, not the minister's name
    assert _names(registry, "mn", "Батлан хамгаалахын сайд Москвад Оросын сайдтай уулзлаа.") == []
    # a given name that is also a city, in another case, stays a name
    text = "Министр встретился с главой оборонного ведомства Узбекистана Кабулом Бердиевым."
    assert [n for n, _ in _names(registry, "ru", text)] == ["Кабулом Бердиевым"]
