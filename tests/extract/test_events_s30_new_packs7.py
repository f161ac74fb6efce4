"""The extract stage on short articles in six languages that had no pack before session 30 (Bislama,
Occitan, Greenlandic, Tsonga, Sango, Seychellois Creole), written for these tests (none of these sentences is
in tests/data/heldout/new_packs7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin the general vocabulary of the new packs: the meeting, signing,
pledge, exercise and delivery words of each language, its weekday and month names, its press names of states
and of national forces ("VMF", "FACA", "SANDF", "SDF", "Arktisk Kommando"), the Greenlandic case endings on
names ("Danmarkip", "USA-lu", "Nuummi"), the Tsonga locative prefix on places ("ePitoria"), and thanks for
support that are no support ("u khensile ... hi nseketelo").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- bi: Bislama (Vanuatu)
    case("bi-mitim-long-tusdei-is-a-meeting", "bi", DAY,
         "Minista blong Difens blong Niu Silan i bin kam long Port Vila long Tusdei mo i mitim Praem Minista "
         "blong Vanuatu.",
         [ev("meeting", ["NZL", "VUT"], date="2026-09-15", location="VUT")]),
    case("bi-saenem-memorandum-is-an-agreement", "bi", DAY,
         "Vanuatu mo Fiji i saenem wan memorandum of andastaning long saed blong difens long Mande.",
         [ev("agreement", ["FJI", "VUT"], date="2026-09-14", doc_type="memorandum")]),
    case("bi-hanemova-trak-long-vmf-is-aid", "bi", DAY,
         "Niu Silan i hanemova tu niufala trak long VMF long Port Vila.",
         [ev("aid", ["NZL", "VUT"], location="VUT")]),
    case("bi-i-bin-mekem-joen-eksasaes-is-an-exercise", "bi", DAY,
         "Long Julae 2023, ol soldia blong Fiji mo Vanuatu Mobael Fos i bin mekem wan joen eksasaes long "
         "Santo.",
         [ev("exercise", ["FJI", "VUT"], date="2023-07", location="VUT", historical=True)]),
    case("bi-bambae-i-tijim-is-an-intent", "bi", DAY,
         "Jaena bambae i tijim 20 ofisa blong VMF long nekis yia.",
         [ev("intent", ["CHN", "VUT"])]),
    # ---- bi: a patrol boat is military hardware; "trening" discussed at talks is no delivery, and "long saed
    # blong" (about, concerning) is no sideline of a forum
    case("bi-givim-patrol-bot-is-aid", "bi", DAY,
         "Ostrelia i bin givim wan patrol bot long Vanuatu long 2021.",
         [ev("aid", ["AUS", "VUT"], date="2021", historical=True)]),
    case("bi-toktok-long-trening-is-no-aid", "bi", DAY,
         "Minista blong Difens blong Ostrelia i mitim Praem Minista blong Vanuatu long Port Vila long "
         "Tusdei. Tufala i toktok long saed blong sekiuriti mo trening blong ol ofisa blong VMF.",
         [ev("meeting", ["AUS", "VUT"], date="2026-09-15", location="VUT", mode="visit")]),
    # ---- oc: Occitan (France, Val d'Aran)
    case("oc-recebut-per-son-omolog-is-a-meeting", "oc", DAY,
         "La ministra francesa de las Armadas a recebut dimars a Tolosa son omològ italian.",
         [ev("meeting", ["FRA", "ITA"], date="2026-09-15", location="FRA", mode="visit")]),
    case("oc-an-signat-un-acordi-is-an-agreement", "oc", DAY,
         "França e Marròc an signat dijòus a Rabat un acòrdi de cooperacion militara.",
         [ev("agreement", ["FRA", "MAR"], date="2026-09-10", location="MAR", doc_type="agreement")]),
    case("oc-volon-tanben-desvolopar-is-an-intent", "oc", DAY,
         "La ministra espanhòla de la Defensa s'es encontrada diluns a Lisbona amb lo ministre portugués. "
         "Los dos païses vòlon tanben desvolopar de formacions comunas per lors soldats.",
         [ev("meeting", ["ESP", "PRT"], date="2026-09-14", location="PRT"),
          ev("intent", ["ESP", "PRT"])]),
    case("oc-exercici-comun-an-fach-is-an-exercise", "oc", DAY,
         "De soldats alemands e franceses an fach un exercici comun dins las Alps la setmana passada.",
         [ev("exercise", ["DEU", "FRA"])]),
    # ---- kl: Greenlandic (Denmark)
    case("kl-naapitsivoq-with-case-endings-is-a-meeting", "kl", DAY,
         "Danmarkip illersornissamut ministeria ippassaq Nuummi Canadap illersornissamut ministerianik "
         "naapitsivoq.",
         [ev("meeting", ["CAN", "DNK"], date="2026-09-15", location="DNK")]),
    case("kl-isumaqatigiissummik-atsiuipput-is-an-agreement", "kl", DAY,
         "Danmarki Norgelu illersornissamut isumaqatigiissummik nutaamik atsiuipput.",
         [ev("agreement", ["DNK", "NOR"], doc_type="agreement")]),
    case("kl-arktisk-kommando-sungiusarpoq-is-an-exercise", "kl", DAY,
         "Arktisk Kommandop umiarsuaa Frankrigip sakkutuuinik ataatsimoorlutik sungiusarpoq Nuup eqqaani.",
         [ev("exercise", ["DNK", "FRA"])]),
    case("kl-isumaqatigiipput-sungiusarnissaannut-is-an-intent", "kl", DAY,
         "Danmarki Canadalu isumaqatigiipput ukiumi tulliuttumi sakkutuut ataatsimoorlutik "
         "sungiusarnissaannut.",
         [ev("intent", ["CAN", "DNK"])]),
    # ---- ts: Tsonga (South Africa)
    case("ts-amukele-epitoria-is-a-meeting", "ts", DAY,
         "Holobye wa Vusirheleri wa Afrika-Dzonga u amukele mutirhi-kulorhi wa yena wa Botswana ePitoria hi "
         "Ravumbirhi. Holobye wa Botswana u khensile Afrika-Dzonga hi nseketelo wa yona.",
         [ev("meeting", ["BWA", "ZAF"], date="2026-09-15", location="ZAF", mode="visit")]),
    case("ts-sayine-memorandamu-is-an-agreement", "ts", DAY,
         "Afrika-Dzonga na Malawi swi sayine memorandamu wa ntwanano wa vusirheleri hi Musumbhunuku.",
         [ev("agreement", ["MWI", "ZAF"], date="2026-09-14", doc_type="memorandum")]),
    case("ts-ndzingeto-wo-hlanganyela-sungule-is-an-exercise", "ts", DAY,
         "Masocha ya SANDF na ya Zimbabwe ma sungule ndzingeto wo hlanganyela eLimpopo.",
         [ev("exercise", ["ZAF", "ZWE"], location="ZAF")]),
    case("ts-yi-ta-letela-is-an-intent", "ts", DAY,
         "Chayina yi ta letela masocha ya Mozambique lembe leri taka.",
         [ev("intent", ["CHN", "MOZ"])]),
    # ---- sg: Sango (Central African Republic)
    case("sg-awara-na-bikua-use-is-a-meeting", "sg", DAY,
         "Ministre ti dëfânse ti Bêafrîka awara ambassadeur ti Farânzi na Bangî na bïkua-ûse.",
         [ev("meeting", ["CAF", "FRA"], date="2026-09-15", location="CAF")]),
    case("sg-asigne-accord-ti-mango-tere-is-an-agreement", "sg", DAY,
         "Bêafrîka na Rusïi asigné mbeni accord ti mängö-tere na ndö ti dëfânse na Bangî.",
         [ev("agreement", ["CAF", "RUS"], location="CAF", doc_type="agreement")]),
    case("sg-amu-akutukutu-ti-turugu-na-faca-is-aid", "sg", DAY,
         "Rwanda amû akutukutu ti turugu 10 na FACA na bïkua-ôko.",
         [ev("aid", ["CAF", "RWA"], date="2026-09-14")]),
    case("sg-fade-amu-is-an-intent", "sg", DAY,
         "Sîna fadë amû angombe na aturugu ti FACA.",
         [ev("intent", ["CAF", "CHN"])]),
    # ---- sg: "na" is "and" between two states, no place preposition
    case("sg-na-between-two-states-is-no-place", "sg", DAY,
         "Bêafrîka na Farânzi asigné mbeni accord ti mängö-tere na ndö ti dëfânse na ngû 2021.",
         [ev("agreement", ["CAF", "FRA"], date="2021", location=None, historical=True)]),
    # ---- crs: Seychellois Creole (Seychelles)
    case("crs-in-zwenn-mardi-is-a-meeting", "crs", DAY,
         "Minis Defans Endyen in zwenn Prezidan Sesel dan Victoria Mardi.",
         [ev("meeting", ["IND", "SYC"], date="2026-09-15", location="SYC")]),
    case("crs-in-siny-en-lakor-is-an-agreement", "crs", DAY,
         "Sesel ek Moris in siny en lakor lo sekirite maritim Lendi.",
         [ev("agreement", ["MUS", "SYC"], date="2026-09-14", doc_type="agreement")]),
    case("crs-legzersis-ansanm-is-an-exercise", "crs", DAY,
         "Lagard Lakot Sesel ek en fregat Fransez in fer en legzersis ansanm o lwen Mahe.",
         [ev("exercise", ["FRA", "SYC"], location="SYC")]),
    case("crs-in-fer-don-avek-sdf-is-aid", "crs", DAY,
         "Lenn in fer don en bato patrouy avek SDF Vandredi.",
         [ev("aid", ["IND", "SYC"], date="2026-09-11")]),
    case("crs-promet-pou-fer-formasyon-is-an-intent", "crs", DAY,
         "Lafrans in promet pou fer formasyon pou bann solda SDF lannen prosenn.",
         [ev("intent", ["FRA", "SYC"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
