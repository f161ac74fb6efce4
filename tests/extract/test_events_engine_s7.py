"""Engine rules and shared pack data that hold across languages (session 7): each case is an
invented short article.

The acronym of a standing defense agreement (RAA, SOFA, GSOMIA, EDCA ...) is a document in the
press of any language: signing it is an agreement.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-signing-an-agreement-acronym", "en", "2025-03-05",
         "Japanese Defense Minister Gen Nakatani met Philippine Defense Secretary Gilberto Teodoro in Tokyo "
         "on Monday. Japan and the Philippines signed the RAA in Manila in July 2024.",
         [ev("meeting", ["JPN", "PHL"], date="2025-03-03"),
          ev("agreement", ["JPN", "PHL"], date="2024-07", historical=True)]),
    case("es-signing-an-agreement-acronym", "es", "2025-03-05",
         "El secretario de Defensa filipino Gilberto Teodoro recibió el lunes en Manila a su homólogo "
         "estadounidense. Estados Unidos y Filipinas firmaron el EDCA en abril de 2014.",
         [ev("meeting", ["PHL", "USA"], date="2025-03-03"),
          ev("agreement", ["PHL", "USA"], date="2014-04", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_an_acronym_without_a_signing_is_no_agreement(extractor: Extractor) -> None:
    text = "Japanese and Philippine troops trained together under the RAA for the first time on Monday."
    events = extractor.extract(Article(id="a", text=text, lang="en", published="2025-03-05")).events
    assert "agreement" not in [e.type for e in events]
