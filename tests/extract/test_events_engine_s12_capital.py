"""The extract stage on short articles written for these tests (session 12, engine helper): a state written
right after a place of its own, as that place's country, is where the event took place, not a party.

"tại thủ đô Jakarta (Indonesia)", "in Canberra, Australia,", "à Dakar (Sénégal)", "en Lima, Perú,",
"в Ташкенте (Узбекистан)": a state name that follows a known place (`countries.places`) of the same state,
separated from it only by a comma or an opening bracket and closed by a bracket, a comma or the end of
the sentence, is a place mention (capitals.states_after_their_places).  A sentence that also names that
state elsewhere (its minister, "the Philippine defence secretary") keeps it as a party.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("vi-capital-then-state-in-brackets", "vi", "2026-05-12",
         "Chiều 11/5, tại thủ đô Jakarta (Indonesia), nhân dịp dự hội nghị quốc phòng khu vực, Bộ trưởng "
         "Bộ Quốc phòng Việt Nam đã hội đàm với Bộ trưởng Quốc phòng Nhật Bản.",
         [ev("meeting", ["JPN", "VNM"], date="2026-05-11", location="IDN")]),
    case("en-capital-comma-state-comma", "en", "2026-05-12",
         "On Monday in Canberra, Australia, Japan's defence minister met his Indian counterpart to discuss "
         "maritime security.",
         [ev("meeting", ["IND", "JPN"], date="2026-05-11", location="AUS")]),
    case("fr-capital-then-state-in-brackets", "fr", "2026-05-12",
         "Le ministre français des Armées a rencontré lundi à Dakar (Sénégal) son homologue ivoirien pour "
         "évoquer la coopération militaire.",
         [ev("meeting", ["CIV", "FRA"], date="2026-05-11", location="SEN")]),
    case("es-capital-comma-state-comma", "es", "2026-05-12",
         "El ministro de Defensa de Chile se reunió el lunes en Lima, Perú, con su homólogo de Argentina.",
         [ev("meeting", ["ARG", "CHL"], date="2026-05-11", location="PER")]),
    case("ru-capital-then-state-in-brackets", "ru", "2026-05-12",
         "В понедельник в Ташкенте (Узбекистан) министр обороны России провел переговоры с министром "
         "обороны Казахстана.",
         [ev("meeting", ["KAZ", "RUS"], date="2026-05-11", location="UZB")]),
    case("en-host-named-elsewhere-stays-a-party", "en", "2026-05-12",
         "The Philippine defence secretary met his Vietnamese counterpart in Manila, Philippines, on Monday.",
         [ev("meeting", ["PHL", "VNM"], date="2026-05-11")]),
    case("es-host-minister-stays-a-party", "es", "2026-05-12",
         "El ministro de Defensa de Perú recibió el lunes en Lima, Perú, a su homólogo de Chile.",
         [ev("meeting", ["CHL", "PER"], date="2026-05-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
