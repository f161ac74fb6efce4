"""Lead's engine cases of session 39: each an invented short article.

A future marker after a clause break that follows the sign verb tells what the document provides for, not a
signing still to come (extract/rules.py `_future_signing`): "signed a letter of intent, under which Emirati
officers will attend courses" is a signing.  A future before the sign verb ("will sign", "is to be signed")
or in its own clause ("signed … and will hold …") still makes it a pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-04"

CASES = [
    case("en-signed-under-which-will-is-signing", "en", DAY,
         "The defence ministers of the UAE and India signed a letter of intent on defence education, under "
         "which Emirati officers will attend courses at Indian staff colleges.",
         [ev("agreement", ["ARE", "IND"], doc_type="letter_of_intent", date=DAY)]),
    case("de-unterzeichnet-wonach-werden-is-signing", "de", DAY,
         "Die Verteidigungsminister Österreichs und der Slowakei haben eine Absichtserklärung unterzeichnet, "
         "wonach Soldaten beider Länder künftig gemeinsam ausgebildet werden.",
         [ev("agreement", ["AUT", "SVK"])]),
    # ---- guards: the signing itself still to come
    case("en-will-sign-under-which-stays-pledge", "en", DAY,
         "The defence ministers of the UAE and India will sign a letter of intent on defence "
         "education, under "
         "which Emirati officers will attend courses.",
         [ev("intent", ["ARE", "IND"])]),
    case("en-memorandum-to-be-signed-stays-pledge", "en", DAY,
         "A memorandum on military medicine between Poland and Lithuania is to be signed, the ministry said.",
         [ev("intent", ["LTU", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: Any, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
