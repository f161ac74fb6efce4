"""The extract stage on short articles in five languages written for these tests (none of these sentences is
in tests/data/heldout/field14.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of exercises and aid, the field genres of
the field14 set: training told after a delivery to the same state with "in addition" bound to the training
or delivery verb, one more aid and not the delivery told again (da "har desuden uddannet", et "Lisaks on …
koolitanud", lt "Be to, … apmokė"); pilots as the trainees of the other side's instructors (da
"piloter"); "since Monday" in the elative (et "alates esmaspäevast"); the adessive of a "-maa" state as
the place (et "Saksamaal"); a state that "also" joins the exercise just told (lt "prisijungė ir"); a
state's own mobilisation drill and home-guard drill beside foreign news (lt "mobilizacijos pratybas", lv
"mobilizācijas mācības", sv "Hemvärnet … en övning … där man övar"); further aid discussed at a meeting,
which is no delivery (lv "pārrunāja … turpmāko militāro palīdzību"); and a commander's word that an
exercise shows the forces are ready, which is no pledge (lv "apliecina, ka … ir gatavi").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- da: training told with "desuden" after a delivery is one more aid
    case("da-desuden-uddannet-is-another-aid", "da", DAY,
         "Danmark har i august leveret fire artilleripjecer til Ukraine. Danske instruktører har desuden "
         "trænet 50 ukrainske soldater i Jylland i august.",
         [ev("aid", ["DNK", "UKR"], date="2026-08"), ev("aid", ["DNK", "UKR"], date="2026-08")]),
    # ---- da: pilots are military personnel when the other side's instructors train them
    case("da-instruktorer-uddannet-piloter-is-training-given", "da", DAY,
         "Danske instruktører har i august uddannet tolv ukrainske piloter og mekanikere i Aalborg.",
         [ev("aid", ["DNK", "UKR"], date="2026-08", location="DNK")]),
    # ---- et: the same with "Lisaks on … koolitanud"
    case("et-lisaks-koolitanud-is-another-aid", "et", DAY,
         "Eesti andis augustis Ukrainale üle kaks haubitsat. Lisaks on Eesti instruktorid augustis Lätis "
         "koolitanud Ukraina sõdureid.",
         [ev("aid", ["EST", "UKR"], date="2026-08"),
          ev("aid", ["EST", "UKR"], date="2026-08", location="LVA")]),
    # ---- et: "since Monday" in the elative dates an exercise under way (not the year of its name)
    case("et-alates-esmaspaevast-dates-the-exercise", "et", DAY,
         "Tapal kestab alates esmaspäevast õppus Sügistorm 2026, milles osalevad Eesti ja Poola sõdurid.",
         [ev("exercise", ["EST", "POL"], date="2026-09", location="EST")]),
    # ---- et: the adessive of a "-maa" name is the place, not a party
    case("et-saksamaal-is-the-place", "et", DAY,
         "Eesti instruktorid koolitasid augustis Saksamaal Ukraina sõdureid.",
         [ev("aid", ["EST", "UKR"], date="2026-08", location="DEU")]),
    # ---- lt: the same with "Be to, … apmokė"
    case("lt-be-to-apmoke-is-another-aid", "lt", DAY,
         "Lietuva rugsėjį perdavė Ukrainai 15 minosvaidžių. Be to, Lietuvos instruktoriai Lenkijoje apmokė "
         "200 Ukrainos karių.",
         [ev("aid", ["LTU", "UKR"], date="2026-09"), ev("aid", ["LTU", "UKR"], location="POL")]),
    # ---- lt: a state that also joins the exercise just told
    case("lt-prisijunge-ir-joins-the-exercise", "lt", DAY,
         "Rukloje prasidėjo pratybos, kuriose kartu su Lietuvos kariais dalyvauja Lenkijos kariai. Prie "
         "pratybų prisijungė ir Estijos kuopa.",
         [ev("exercise", ["EST", "LTU", "POL"])]),
    # ---- lt: a state's own mobilisation drill beside a delivery
    case("lt-mobilizacijos-pratybos-is-domestic", "lt", DAY,
         "Lietuva rugsėjį perdavė Ukrainai 15 minosvaidžių. Šią savaitę Lietuvos kariuomenė surengė "
         "mobilizacijos pratybas Panevėžio apskrityje.",
         [ev("aid", ["LTU", "UKR"], date="2026-09")]),
    # ---- lv: the same in Latvian
    case("lv-mobilizacijas-macibas-is-domestic", "lv", DAY,
         "Latvija otrdien nodeva Ukrainai 300 dronu. Zemessardze nedēļas nogalē rīko mobilizācijas mācības "
         "Kurzemē.",
         [ev("aid", ["LVA", "UKR"], date="2026-09-15")]),
    # ---- lv: further military aid discussed at a meeting is no delivery
    case("lv-parrunaja-turpmako-palidzibu-is-no-aid", "lv", DAY,
         "Aizsardzības ministrs otrdien Rīgā tikās ar Ukrainas aizsardzības ministra vietnieku, un abi "
         "pārrunāja dronu piegādes un turpmāko militāro palīdzību.",
         [ev("meeting", ["LVA", "UKR"], date="2026-09-15", mode="visit")]),
    # ---- lv: an exercise that shows the forces are ready is no pledge
    case("lv-apliecina-ka-gatavi-is-no-pledge", "lv", DAY,
         "Mācības ar Igaunijas karavīriem noslēdzās Ādažos. “Šīs mācības apliecina, ka sabiedroto spēki "
         "Latvijā ir gatavi darboties kopā,” sacīja brigādes komandieris pulkvedis Jānis Bērziņš.",
         [ev("exercise", ["EST", "LVA"])]),
    # ---- sv: the home guard's own drill beside a port call
    case("sv-hemvarnet-en-ovning-is-domestic", "sv", DAY,
         "Den brittiska fregatten HMS Kent anlände på fredagen till Karlskrona för ett hamnbesök. Samtidigt "
         "genomför Hemvärnet i Blekinge en övning i staden där man övar skydd av hamnen.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
