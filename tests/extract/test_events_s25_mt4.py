"""The extract stage on short machine-translated articles written for these tests (none of these sentences is
in tests/data/heldout/mt4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin wording that web machine translation gives defense news from Asian and
Arabic sources: a related-news list under "Weitere Nachrichten:" (de), navies that "conducted a joint maritime
training" (en, the rendering of Korean and Chinese "combined maritime training"), the day of the month alone
("hat am 9.", "sind am 2.", "on the 12th"; de "am" only after a verb: "am 12. trilateralen Treffen" is an
ordinal), and the Russian naval rank "capitán de primer rango" and the Chinese "coronel superior" before a
name (es).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- de: the day of the month alone after "am" and its verb, as translations render Korean "12일"
    case("de-hat-am-12-is-a-day-of-the-month", "de", DAY,
         "Südkorea hat am 12. die ersten zehn K9-Haubitzen an die estnischen Streitkräfte übergeben.",
         [ev("aid", ["EST", "KOR"], date="2026-10-12")]),
    case("de-hat-am-9-ein-telefonat", "de", DAY,
         "Verteidigungsminister Ahn Gyu-back hat am 9. ein Telefonat mit seinem estnischen Amtskollegen "
         "Hanno Pevkur geführt.",
         [ev("meeting", ["EST", "KOR"], date="2026-10-09", mode="phone")]),
    # ---- en: the day of the month alone after "on the", as translations render Korean "12일"
    case("en-on-the-12th-is-a-day-of-the-month", "en", DAY,
         "South Korean Defense Minister Ahn Gyu-back held talks with his Australian counterpart Richard "
         "Marles in Canberra on the 12th.",
         [ev("meeting", ["AUS", "KOR"], date="2026-10-12")]),
    # ---- en: a "joint maritime training" of two navies is an exercise held
    case("en-joint-maritime-training-is-an-exercise", "en", DAY,
         "The Indonesian Navy and the Australian Navy conducted a joint maritime training in the Timor "
         "Sea on Monday with two frigates and a maritime patrol aircraft.",
         [ev("exercise", ["AUS", "IDN"], date="2026-10-12")]),
    case("en-combined-naval-training-is-an-exercise", "en", DAY,
         "Warships of Japan and India carried out a combined naval training off Chennai on Tuesday.",
         [ev("exercise", ["IND", "JPN"], date="2026-10-13")]),
    # ---- es: the Russian naval rank as translations render it, before the name
    case("es-capitan-de-primer-rango-names-the-officer", "es", DAY,
         "El comandante del destructor ruso, capitán de primer rango Serguéi Volkov, se reunió el martes "
         "en La Guaira con el comandante general de la Armada de Venezuela.",
         [ev("meeting", ["RUS", "VEN"], date="2026-10-13", persons=["Serguéi Volkov"])]),
    # ---- es: the Chinese "senior colonel" as translations render it, before the name
    case("es-coronel-superior-names-the-officer", "es", DAY,
         "China entregó el lunes equipos médicos militares a las Fuerzas Armadas de Ecuador, informó el "
         "agregado de defensa chino, coronel superior Li Wenbo.",
         [ev("aid", ["CHN", "ECU"], persons=["Li Wenbo"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_de_weitere_nachrichten_cuts_the_related_list(registry: PackRegistry) -> None:
    """The related-news list under "Weitere Nachrichten:" (a colon right after the label) is cut."""
    body = ("Generalleutnant Tran Van Minh empfing am Dienstag in Hanoi den Verteidigungsattaché Japans, "
            "Oberst Kenji Sato, zu einem Antrittsbesuch.")
    related = ["- Verteidigungsminister empfängt Delegation der Streitkräfte Indiens",
               "- Marine Kambodschas besucht den Hafen Cam Ranh"]
    check_cleaning(registry, "de", body + "\n\nWeitere Nachrichten:\n" + "\n".join(related), [body], related)
