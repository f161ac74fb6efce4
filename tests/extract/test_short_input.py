"""Short input: a headline or a one-sentence wire brief is extracted like an article.

The texts are written for these tests (invented wording, no article of the corpus).
Each must give exactly the events listed, whether it comes as the body or as the title
with the same body.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article

BRIEFS = [
    ("en", "India, Australia navies begin joint exercise", [("exercise", ["AUS", "IND"])]),
    ("en", "Vietnam, Laos defence ministers hold talks in Hanoi", [("meeting", ["LAO", "VNM"])]),
    ("en", "Japan and the Philippines sign defence pact", [("agreement", ["JPN", "PHL"])]),
    ("en", "Britain announces new military aid package for Ukraine", [("intent", ["GBR", "UKR"])]),
    ("de", "Österreich und die Schweiz unterzeichnen Absichtserklärung zur Luftverteidigung",
     [("agreement", ["AUT", "CHE"])]),
    ("de", "Polnische und litauische Soldaten beginnen gemeinsame Militärübung",
     [("exercise", ["LTU", "POL"])]),
    ("vi", "Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Lào",
     [("meeting", ["LAO", "VNM"])]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), BRIEFS, ids=[b[1][:40] for b in BRIEFS])
@pytest.mark.parametrize("as_title", [False, True])
def test_brief_is_extracted_like_an_article(extractor: Extractor, lang: str, text: str,
                                            expected: list[tuple[str, list[str]]], as_title: bool) -> None:
    article = Article(id="brief", text=text, title=text if as_title else None, published="2025-03-04",
                      lang=lang, lang_hint=lang)
    found = sorted((e.type, sorted(e.countries)) for e in extractor.extract(article).events)
    assert found == sorted(expected)


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Breton and Northern Sami have no pack (Afrikaans and Icelandic, the examples before, have one since
    # session 9, Faroese and Western Frisian since sessions 28 and 29): an international exercise name and two
    # states still give the event
    ("br", "Suafrika ha Frañs a gemer perzh e Cobra Gold e Thailand.", [("exercise", ["FRA", "ZAF"])]),
    ("se", "Islánda ja Norga oassálastet Cold Response.", [("exercise", ["ISL", "NOR"])]),
    # without an exercise name, a language without a pack stays silent rather than guess
    ("br", "Ministred Suafrika ha Frañs en em gavet e Pretoria.", []),
])
def test_language_without_a_pack_finds_named_exercises(extractor: Extractor, lang: str, text: str,
                                                         expected: list[tuple[str, list[str]]]) -> None:
    article = Article(id="brief", text=text, published="2025-03-04", lang=lang, lang_hint=lang)
    found = sorted((e.type, sorted(e.countries)) for e in extractor.extract(article).events)
    assert found == expected
