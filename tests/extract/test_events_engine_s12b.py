"""The extract stage on short articles written for these tests (session 12, lead): states named only as
the subject of talks already reported are no parties.

A sentence whose only meeting words are discussion words ("discussed", "exchanged views") or a phrase that
refers back to the talks ("during the meeting", "at the talks") goes on telling the meeting the article has
reported; the states it names beyond that meeting's ("the war in Ukraine", "the situation in Gaza and Libya",
"the border conflict between Cambodia and Thailand") are what was discussed.  An official of such a state
named in the sentence makes it talks of their own.  Found through the precision-trap held-out sets
(tests/data/heldout/traps*.jsonl); every case below is a sentence of its own, in several languages.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-war-discussed-is-no-party", "en", "2026-05-12",
         "Estonian Defence Minister Hanno Pevkur met his Finnish counterpart Antti Häkkänen in Tallinn on "
         "Monday. The ministers also discussed Russia's war against Ukraine and the security of the Baltic "
         "Sea.",
         [ev("meeting", ["EST", "FIN"], date="2026-05-11")]),
    case("de-topics-during-the-talks", "de", "2026-05-12",
         "Verteidigungsminister Boris Pistorius hat am Montag in Berlin seinen norwegischen Amtskollegen "
         "Tore Sandvik empfangen. Bei dem Treffen ging es auch um die Lage in Syrien und im Irak.",
         [ev("meeting", ["DEU", "NOR"], date="2026-05-11")]),
    case("fr-exchanged-views-on-a-conflict", "fr", "2026-05-12",
         "Le ministre français des Armées a reçu lundi à Paris son homologue sénégalais. Les deux ministres "
         "ont échangé sur la situation au Soudan et en Libye.",
         [ev("meeting", ["FRA", "SEN"], date="2026-05-11")]),
    case("es-discussed-gaza-and-lebanon", "es", "2026-05-12",
         "La ministra de Defensa de España se reunió el lunes en Madrid con su homólogo de Marruecos. "
         "Ambos discutieron la situación en Gaza y en el Líbano.",
         [ev("meeting", ["ESP", "MAR"], date="2026-05-11")]),
    case("ru-border-situation-discussed", "ru", "2026-05-12",
         "Министр обороны Казахстана провел в Астане переговоры с министром обороны Узбекистана. Стороны "
         "обсудили ситуацию на таджикско-афганской границе.",
         [ev("meeting", ["KAZ", "UZB"], date="2026-05-12")]),
    case("en-a-new-counterpart-is-new-talks", "en", "2026-05-12",
         "Estonian Defence Minister Hanno Pevkur met his Finnish counterpart in Tallinn on Monday. On "
         "Tuesday he discussed air defence with Latvian Defence Minister Andris Sprūds in Riga.",
         [ev("meeting", ["EST", "FIN"], date="2026-05-11"),
          ev("meeting", ["EST", "LVA"], date="2026-05-12")]),
    case("en-discussion-as-the-first-report-stays-a-meeting", "en", "2026-05-12",
         "The defence ministers of Estonia and Finland discussed the security of the Baltic Sea in Tallinn "
         "on Monday.",
         [ev("meeting", ["EST", "FIN"], date="2026-05-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
