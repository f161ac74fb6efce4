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
    # Western Frisian and Faroese have no pack (Afrikaans and Icelandic, the examples before, have one since
    # session 9): an international exercise name and two states still give the event
    ("fy", "Sûd-Afrika en Frankrijk dogge mei oan Cobra Gold yn Thailân.", [("exercise", ["FRA", "ZAF"])]),
    ("fo", "Ísland og Noreg luttaka í Cold Response.", [("exercise", ["ISL", "NOR"])]),
    # without an exercise name, a language without a pack stays silent rather than guess
    ("fy", "De ministers fan Sûd-Afrika en Frankrijk binne yn Pretoria gearkommen.", []),
])
def test_language_without_a_pack_finds_named_exercises(extractor: Extractor, lang: str, text: str,
                                                         expected: list[tuple[str, list[str]]]) -> None:
    article = Article(id="brief", text=text, published="2025-03-04", lang=lang, lang_hint=lang)
    found = sorted((e.type, sorted(e.countries)) for e in extractor.extract(article).events)
    assert found == expected
