"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/ministries3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the defence ministries' own press releases of
the ministries3 set: the subjects of the talks told with "Les entretiens ont porté sur" (fr: a state named
there is a topic, not a party of a second meeting), a thing called a promise (de "ist ein Versprechen an":
no pledge), the Commonwealth forces' "combined patrol" (en: a joint patrol), what a signed plan contains (es
"que incluye … actividades de desminado": no demining help given), an official's last visit (it "era stato a
Roma l'ultima volta nel …") and an earlier call of the same day (pl "Wcześniej tego dnia").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-01"  # a Tuesday

CASES = [
    # ---- fr: the subjects of the talks just reported name a state that is no party
    case("fr-les-entretiens-ont-porte-sur-is-a-topic", "fr", DAY,
         "Le ministre des Armées a reçu lundi à Paris son homologue lituanien, Robertas Kaunas. "
         "Les entretiens ont porté sur le soutien à l'Ukraine et la défense aérienne du flanc Est.",
         [ev("meeting", ["FRA", "LTU"], date="2026-11-30", location="FRA")]),
    # ---- de: something called a promise pledges nothing
    case("de-ist-ein-versprechen-is-no-intent", "de", DAY,
         "Verteidigungsminister Boris Pistorius hat am Montag seinen estnischen Amtskollegen in Berlin "
         "empfangen. "
         "„Die Stationierung ist ein Versprechen an unsere Partner im Baltikum“, sagte Pistorius.",
         [ev("meeting", ["DEU", "EST"], date="2026-11-30", location="DEU", mode="visit")]),
    # ---- en: a "combined" patrol is a joint patrol of two forces
    case("en-combined-patrol-is-an-exercise", "en", DAY,
         "The Royal New Zealand Navy conducted a combined patrol with the Tongan navy "
         "from 16 to 20 November.",
         [ev("exercise", ["NZL", "TON"], date="2026-11")]),
    case("en-combined-fisheries-patrol-is-an-exercise", "en", DAY,
         "An Australian patrol boat carried out a combined fisheries patrol with Fiji last week.",
         [ev("exercise", ["AUS", "FJI"])]),
    # ---- es: demining among a signed programme's contents is no demining help given
    case("es-que-incluye-desminado-is-no-aid", "es", DAY,
         "Chile y Perú firmaron el lunes el Plan de Cooperación en materia de Defensa para 2027, que incluye "
         "cursos de formación y actividades de desminado.",
         [ev("agreement", ["CHL", "PER"], date="2026-11-30", doc_type="plan")]),
    # ---- it: the guest's last visit, told with "era stato a … l'ultima volta"
    case("it-era-stato-l-ultima-volta-is-an-earlier-visit", "it", DAY,
         "Il Ministro della Difesa, Guido Crosetto, ha ricevuto oggi a Roma il Ministro della Difesa greco, "
         "Nikos Dendias. "
         "Dendias era stato a Roma l'ultima volta nel marzo 2025.",
         [ev("meeting", ["GRC", "ITA"], date=DAY, location="ITA", mode="visit"),
          ev("meeting", ["GRC", "ITA"], date="2025-03", location="ITA", historical=True)]),
    # ---- pl: "earlier that day" is the day of the meeting just told, not the day of publication
    case("pl-wczesniej-tego-dnia-is-the-day-before-told", "pl", "2026-12-03",
         "Minister obrony narodowej Władysław Kosiniak-Kamysz spotkał się w środę w Warszawie "
         "z ministrem obrony Szwecji Pålem Jonsonem. "
         "Wcześniej tego dnia szef MON rozmawiał telefonicznie z ministrem obrony Litwy.",
         [ev("meeting", ["POL", "SWE"], date="2026-12-02"),
          ev("meeting", ["LTU", "POL"], date="2026-12-02", mode="phone")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
