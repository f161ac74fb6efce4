"""A bare "read also" label alone on its line takes the linked headline on the next line (session 11)."""

from __future__ import annotations

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry

CASES = [
    ("ru", "Министр обороны провёл встречу с делегацией соседней страны в столице.",
     "Читайте также:", "Армения и Франция подписали программу военного сотрудничества",
     "Стороны обсудили вопросы подготовки офицеров и морской безопасности."),
    ("pt", "O ministro da Defesa recebeu nesta segunda-feira uma delegação estrangeira em Brasília.",
     "Leia também", "Marinha recebe novo navio-patrulha construído no país",
     "As duas partes discutiram a formação de oficiais e a segurança marítima."),
    ("fr", "Le ministre des Armées a reçu lundi son homologue à Paris pour des entretiens.",
     "Lire aussi :", "La France et l'Inde signent un accord sur les sous-marins",
     "Les deux ministres ont évoqué la formation des officiers et la sécurité maritime."),
    ("en", "The defence minister hosted a visiting delegation in the capital on Monday.",
     "Read also:", "Armenia and France sign military cooperation programme",
     "The two sides discussed officer training and maritime security."),
]


@pytest.mark.parametrize(("lang", "first", "label", "headline", "last"), CASES)
def test_bare_label_takes_its_headline(registry: PackRegistry, lang: str, first: str, label: str,
                                       headline: str, last: str) -> None:
    layouts = ([first, "", label, headline, "", last], [first, label, "", headline, "", last])
    for raw in ("\n".join(layout) for layout in layouts):
        text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
        assert first in text and last in text
        assert label.rstrip(" :") not in text
        assert headline not in text


@pytest.mark.parametrize(("lang", "first", "label", "headline", "last"), [c for c in CASES if c[0] != "en"])
def test_bare_label_headline_then_body_without_blank_lines(registry: PackRegistry, lang: str, first: str,
                                                           label: str, headline: str, last: str) -> None:
    raw = "\n".join([first, label, headline, last])
    text = clean_article(Article(id="t", text=raw), registry.get(lang)).clean_text or ""
    assert first in text and last in text
    assert headline not in text


def test_a_sentence_after_a_bare_label_stays(registry: PackRegistry) -> None:
    body = "Стороны обсудили вопросы подготовки офицеров и морской безопасности."
    raw = "\n".join(["Министр обороны провёл встречу с делегацией соседней страны в столице.",
                     "Читайте также:", body, "Встреча прошла в конструктивной атмосфере."])
    text = clean_article(Article(id="t", text=raw), registry.get("ru")).clean_text or ""
    assert body in text


def test_a_date_line_after_a_byline_stays(registry: PackRegistry) -> None:
    body = ["The defence ministers of the two states held talks in the capital on Monday.",
            "Both sides agreed to expand cooperation in officer training and maritime security."]
    raw = "\n".join(["By Jane Doe-Roe", "", "Published : May 14, 2026 - 15:20", "", *body])
    text = clean_article(Article(id="t", text=raw), registry.get("en")).clean_text or ""
    assert "May 14, 2026" in text


def test_a_label_with_its_value_keeps_the_next_line(registry: PackRegistry) -> None:
    headline = "Defence ministers of two neighbouring states meet in the capital"
    raw = "\n".join(["Source: Ministry of Defence", headline,
                     "The defence ministers of the two states held talks in the capital on Monday."])
    text = clean_article(Article(id="t", text=raw), registry.get("en")).clean_text or ""
    assert headline in text


@pytest.mark.parametrize("label", ["READ:", "BASAHIN:", "Basahin din:"])
def test_philippine_link_line_in_english_is_dropped(registry: PackRegistry, label: str) -> None:
    """The Philippine press's link line in an English article ("BASAHIN: PH Navy receives second patrol ship",
    the state news agency PNA) is furniture: its headline is no delivery of the article (session 36)."""
    first = "Soldiers from the Philippine Army and the Australian Army on Monday opened a joint exercise."
    headline = f"{label} PH Navy receives second patrol ship from the builder"
    last = "The drills run until November 28."
    text = clean_article(Article(id="t", text="\n".join([first, headline, last])),
                         registry.get("en")).clean_text or ""
    assert first in text and last in text
    assert "patrol ship" not in text
