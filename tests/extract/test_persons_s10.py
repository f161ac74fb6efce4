"""Session 10 person-name fixes: which spelling names a person, and names the finder cut or missed."""

from __future__ import annotations

import pytest

from milwatch.packs import PackRegistry
from support.persons import person_mentions


def _names(registry: PackRegistry, lang: str, text: str) -> list[str]:
    return [m.name for m in person_mentions(registry, lang, text)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    # inflected after "with": a romanised "Ivanom Sidorenkom" is neither the press name nor the text's
    ("ru", "Министр обороны провел переговоры с министром обороны Казахстана Иваном Сидоренко.",
     "Иваном Сидоренко"),
    ("uk", "Міністр оборони зустрівся з послом Франції Жаном Мартеном у Києві.", "Жаном Мартеном"),
    # a name foreign to the script: no romanisation gives back "Helga Barth"
    ("mn", "Германы элчин сайд Хельга Барт хүлээн авлаа.", "Хельга Барт"),
    # an initial written onto the name belongs to the spelling
    ("ru", "Министр обороны В.Петренко провел рабочую встречу.", "В.Петренко"),
])
def test_name_in_a_cased_non_latin_script_is_kept_as_written(registry: PackRegistry, lang: str, text: str,
                                                             name: str) -> None:
    assert name in _names(registry, lang, text)
