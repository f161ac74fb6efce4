"""Session 10 person-name fixes: which spelling names a person, and names the finder cut or missed."""

from __future__ import annotations

from pathlib import Path

import pytest

from milwatch.extract._registry import OfficialsIndex, words
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


REGISTRY = """
[[official]]
id = "isr-moshe-testberg"
name = "Moshe Testberg"
country = "ISR"
aliases = ["משה כ\\"ץ", "Moshe Kats"]
roles = [{ value = "minister of defense", from = "2023-01" }]
"""


def test_mark_inside_a_word_does_not_split_it_for_the_registry(tmp_path: Path) -> None:
    # Hebrew gershayim inside an abbreviated surname (כ"ץ): one word, so the surname alone of a
    # titled minister of the same state finds the official (the given name was taken for another word)
    path = tmp_path / "officials.toml"
    path.write_text(REGISTRY, encoding="utf-8")
    index = OfficialsIndex.from_files([path])
    assert words('כ"ץ') == words("כ״ץ") and len(words('כ"ץ')) == 1
    hit = index.match('כ"ץ', 'כ"ץ', "ISR", "2025-05-05")
    assert hit is not None and hit.name == "Moshe Testberg"


@pytest.mark.parametrize(("text", "name"), [
    # the royal style before a name is a title, as الشيخ is: GUIDELINES' name has no "Prince"
    ("التقت الأميرة نورة بنت فيصل سفيرة المملكة لدى اليابان بوزير الدفاع الياباني أمس.", "نورة بنت فيصل"),
    ("واستقبل الأمير سعد بن فهد بن تركي وزير الدفاع اليوم في الرياض رئيس الأركان الإيطالي.",
     "سعد بن فهد بن تركي"),
    ("وكان في استقباله وزير الدفاع الأمير سعد بن فهد في مقر الوزارة.", "سعد بن فهد"),
])
def test_arabic_prince_is_a_title_before_the_name(registry: PackRegistry, text: str, name: str) -> None:
    assert name in _names(registry, "ar", text)


LINEAGE_REGISTRY = """
[[official]]
id = "sau-saad-testfahd"
name = "Saad bin Testfahd"
country = "SAU"
aliases = ["سعد بن تستفهد", "Saad bin Testfahd Al Saud"]
roles = [{ value = "minister of defense", from = "2023-01" }]
"""


def test_long_arabic_chain_finds_the_official_of_its_first_links(tmp_path: Path) -> None:
    path = tmp_path / "officials.toml"
    path.write_text(LINEAGE_REGISTRY, encoding="utf-8")
    index = OfficialsIndex.from_files([path])
    for found in ("سعد بن تستفهد بن عبدالعزيز", "Saad bin Testfahd bin Abdulaziz Al Saud"):
        hit = index.match(found, found, None, "2025-05-05")
        assert hit is not None and hit.name == "Saad bin Testfahd", found
    # a middle link left out names another line ("son of the grandfather"): no match
    assert index.match("سعد بن عبدالعزيز", "سعد بن عبدالعزيز", None, "2025-05-05") is None


@pytest.mark.parametrize(("text", "name"), [
    # Persian: a name in apposition before its title
    ("وزیر دفاع کشورمان دیروز در تهران با یوهان لارسن وزیر دفاع دانمارک دیدار کرد.", "یوهان لارسن"),
    ("سرلشکر علی رضایی در دیدار با مارکو بیانکی فرمانده نیروی دریایی ایتالیا گفت.", "مارکو بیانکی"),
])
def test_persian_name_before_its_title(registry: PackRegistry, text: str, name: str) -> None:
    assert name in _names(registry, "fa", text)


@pytest.mark.parametrize("text", [
    # "at the official invitation of the commander", "the commander's representative": no one named
    "هیئت نظامی به دعوت رسمی فرمانده ارتش عمان به مسقط سفر کرد.",
    "در این مراسم نماینده فرمانده ارتش لبنان حضور داشت.",
])
def test_persian_noun_before_a_title_is_no_name(registry: PackRegistry, text: str) -> None:
    assert _names(registry, "fa", text) == []


def test_name_before_a_title_never_starts_inside_a_style(registry: PackRegistry) -> None:
    # the style "صاحب السمو الملكي الأمير" is one honorific: the name starts after all of it
    text = "تلقى صاحب السمو الملكي الأمير سعد بن فهد بن تركي وزير الدفاع، اليوم، اتصالا هاتفيا من نظيره."
    names = _names(registry, "ar", text)
    assert "سعد بن فهد بن تركي" in names and not [n for n in names if "الأمير" in n]


@pytest.mark.parametrize(("text", "surface", "name"), [
    # the francophone "Prénom NOM": the surname in capitals belongs to the name
    ("Le ministre de la Défense, Koffi Amani KONAN, a reçu l'ambassadrice Claire DUBOIS MARTIN jeudi.",
     "Claire DUBOIS MARTIN", "Claire Dubois Martin"),
    ("Le ministre des Armées Jean-Marc DUPONT-MOREAU a rencontré son homologue à Dakar.",
     "Jean-Marc DUPONT-MOREAU", "Jean-Marc Dupont-Moreau"),
])
def test_french_surname_in_capitals(registry: PackRegistry, text: str, surface: str, name: str) -> None:
    found = {m.surface: m.name for m in person_mentions(registry, "fr", text)}
    assert found.get(surface) == name


def test_acronym_without_a_name_before_it_is_no_surname(registry: PackRegistry) -> None:
    text = "Le ministre de la Défense a rencontré mardi les représentants de l'OTAN à Bruxelles."
    assert _names(registry, "fr", text) == []


def test_family_article_takes_the_next_word_whatever_it_is(registry: PackRegistry) -> None:
    # "Said" is listed as no name (a headline verb) but after the family "Al" it is the family name
    text = "Muscat, May 4 (ONA) — Sayyid Faris bin Talal Al Said, Deputy Prime Minister, received the envoy."
    assert "Faris bin Talal Al Said" in [m.surface for m in person_mentions(registry, "en", text)]
    # a lowercase particle before a listed word does not: "van Defensie" is the ministry
    text = "Minister Joris Dekker van Defensie heeft vandaag zijn collega ontvangen."
    assert "Joris Dekker" in [m.surface for m in person_mentions(registry, "nl", text)]


@pytest.mark.parametrize(("lang", "text", "name"), [
    # a second portfolio of the same office after "and", then the state and the name
    ("pt", "O ministro recebeu o ministro da Defesa Nacional e Antigos Combatentes de Moçambique, "
           "Cristóvão Artur Chume, na sede da pasta.", "Cristóvão Artur Chume"),
    ("en", "The Cabinet Secretary for Defence and Veterans Affairs of Kenya, Soipan Tuya, met them.",
     "Soipan Tuya"),
])
def test_second_portfolio_of_one_office(registry: PackRegistry, lang: str, text: str, name: str) -> None:
    assert name in [m.surface for m in person_mentions(registry, lang, text)]


@pytest.mark.parametrize(("text", "name", "role"), [
    # Icelandic writes the office after the name, with no comma between
    ("Í gær tók Guðrún Helga Magnúsdóttir utanríkisráðherra á móti sendinefnd frá Finnlandi.",
     "Guðrún Helga Magnúsdóttir", "minister of foreign affairs"),
    ("Jón Einar Jónsson varnarmálaráðherra Noregs kom í heimsókn til Reykjavíkur.", "Jón Einar Jónsson",
     "minister of defense"),
])
def test_lowercase_office_right_after_a_name(registry: PackRegistry, text: str, name: str, role: str) -> None:
    assert (name, role) in [(m.surface, m.role) for m in person_mentions(registry, "is", text)]


def test_long_chain_of_family_names(registry: PackRegistry) -> None:
    # five name words, three of them "Al-" family names: one name, not too long to be one
    text = "KUWAIT, May 4 -- Minister of Defense Sheikh Fahad Yousef Al-Jaber Al-Salem Al-Sabah met them."
    found = [m.surface for m in person_mentions(registry, "en", text)]
    assert "Fahad Yousef Al-Jaber Al-Salem Al-Sabah" in found
