"""Meetings and their parties (session 11): each case is an invented short article.

A host verb whose object is equipment ("received four helicopters", "recibió ... cuatro helicópteros"):
the aid phrase starts at the verb and names no guest, so the sentence is the aid, not a meeting
(rules._host_verb_takes_equipment); a host verb with a guest still makes a meeting.
An official of the pack's own state left unnamed ("Kaitseväe juhataja", pack.toml `own_country`) who meets a
foreign counterpart in a capital the article names only as the venue ("Brüsselis") meets for the own state,
not for the venue's (parties._venue_only); in the own capital the pair is the same.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("es-minister-receives-donated-helicopters", "es", "2026-11-30",
         "El ministro de Defensa, Juan Pérez, recibió este lunes en Bogotá cuatro helicópteros donados "
         "por el Gobierno de Estados Unidos.",
         [ev("aid", ["COL", "USA"])]),
    case("en-minister-receives-donated-helicopters", "en", "2026-11-30",
         "Kenya's Defence Minister received four helicopters donated by the United States on Monday.",
         [ev("aid", ["KEN", "USA"])]),
    case("en-minister-receives-a-guest-still-meets", "en", "2026-11-30",
         "Kenya's Defence Minister received the visiting United States Army chief of staff in Nairobi "
         "on Monday.",
         [ev("meeting", ["KEN", "USA"])]),
    case("et-own-chief-meets-in-a-venue-abroad", "et", "2026-11-30",
         "Kaitseväe juhataja kohtus Brüsselis Poola kaitseväe juhatajaga.",
         [ev("meeting", ["EST", "POL"], location="BEL")]),
    case("et-own-chief-meets-at-home", "et", "2026-11-30",
         "Kaitseväe juhataja kohtus Tallinnas Poola kaitseväe juhatajaga.",
         [ev("meeting", ["EST", "POL"], location="EST")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
