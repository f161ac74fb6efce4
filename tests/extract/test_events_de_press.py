"""The extract stage on short German press articles written for these tests (invented officials):
dpa/AFP wire leads with reported speech, Bundeswehr, Austrian BMLV and Swiss VBS releases.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; a case
passes when every expected event is found (type and country set) with the fields it states,
and no other event is predicted.  Same checks as tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("de-release-desk-is-no-venue", "de", "2021-04-30",
         "Wien (OTS) - Verteidigungsministerin Klara Hofer hat heute ihre deutsche Amtskollegin Anna Berger "
         "in Berlin besucht. Die Ministerinnen sprachen über die Zusammenarbeit in der Ausbildung.",
         [ev("meeting", ["AUT", "DEU"], date="2021-04-30", location="DEU", mode="visit")]),
    # separable training verb with a long middle field: "bilden ... Soldaten ... aus"
    case("de-aid-training-separable-long", "de", "2024-03-08",
         "Die Niederlande bilden seit Wochen auf mehreren Übungsplätzen im Süden des Landes ukrainische "
         "Soldaten an modernen Flugabwehrsystemen aus, teilte das Verteidigungsministerium in Den Haag mit.",
         [ev("aid", ["NLD", "UKR"])]),
    # joint training of two armies told in the present tense is carried out
    case("de-exercise-train-together", "de", "2024-05-17",
         "Rund 800 slowenische und kroatische Soldaten trainieren seit Montag zwei "
         "Wochen gemeinsam auf einem "
         "Truppenübungsplatz bei Postojna.",
         [ev("exercise", ["HRV", "SVN"])]),
    # modal future delivery (wire Konjunktiv and "will ... liefern"): an intent, not aid
    case("de-intent-modal-delivery", "de", "2024-02-14",
         "Spanien will der Ukraine weitere Flugabwehrsysteme liefern, sagte "
         "Verteidigungsministerin Elena Ruiz "
         "am Mittwoch in Madrid.",
         [ev("intent", ["ESP", "UKR"])]),
    # "wollen ... ausbauen": two states plan to expand military cooperation
    case("de-intent-expand-cooperation", "de", "2024-04-11",
         "Polen und Litauen wollen ihre militärische Zusammenarbeit an der Ostflanke der "
         "Nato weiter ausbauen.",
         [ev("intent", ["LTU", "POL"])]),
    # an aid package "geschnürt" by one state for another is announced, so an intent
    case("de-intent-aid-package", "de", "2024-06-20",
         "Schweden hat nach Regierungsangaben ein neues Hilfspaket für die Ukraine im Wert von 300 Millionen "
         "Euro geschnürt.",
         [ev("intent", ["SWE", "UKR"])]),
    # a signing announced without a day ("soll in Kürze unterzeichnet werden") with "beider Länder"
    case("de-intent-planned-signing", "de", "2024-09-12",
         "Der belgische Verteidigungsminister Marc Peeters hat am Mittwoch seinen "
         "luxemburgischen Amtskollegen "
         "Paul Weber in Brüssel empfangen. Ein Abkommen über die gemeinsame Ausbildung "
         "der Streitkräfte beider "
         "Länder soll in Kürze unterzeichnet werden.",
         [ev("meeting", ["BEL", "LUX"], date="2024-09-11", location="BEL", mode="visit"),
          ev("intent", ["BEL", "LUX"])]),
    # Austrian ministry release: "im Rahmen der Gespräche" refers back, its year is background
    case("de-same-meeting-im-rahmen", "de", "2024-10-04",
         "Wien (OTS) - Am Freitag besucht Bundesministerin für Landesverteidigung Karin "
         "Huber ihren slowakischen "
         "Amtskollegen Jan Novak in Bratislava. Im Rahmen der Gespräche wird Huber auch die seit 2019 "
         "bestehende Zusammenarbeit bei der Luftraumüberwachung ansprechen.",
         [ev("meeting", ["AUT", "SVK"], date="2024-10-04", mode="visit",
             persons=["Karin Huber", "Jan Novak"])]),
    # an order or medal handed over is an honour, not aid
    case("de-award-not-aid", "de", "2024-07-03",
         "Der serbische Verteidigungsminister Milan Petrovic hat am Dienstag in Belgrad den ungarischen "
         "Generalstabschef Laszlo Nagy empfangen. Petrovic überreichte dem Gast den Verdienstorden der "
         "serbischen Streitkräfte.",
         [ev("meeting", ["HUN", "SRB"], date="2024-07-02", location="SRB", mode="visit")]),
    # a phone conference between ministers
    case("de-meeting-phone-conference", "de", "2024-11-22",
         "Der dänische Verteidigungsminister Lars Holm und sein estnischer Amtskollege Mart Kask haben am "
         "Donnerstag in einer Telefonkonferenz über die Lage im Ostseeraum beraten.",
         [ev("meeting", ["DNK", "EST"], date="2024-11-21", mode="phone")]),
    # a compound signing noun ("Vertragsunterzeichnung") with a date
    case("de-agreement-compound-signing-noun", "de", "2025-01-24",
         "Bei der Vertragsunterzeichnung am Donnerstag in Oslo besiegelten Norwegen und "
         "Finnland ein Abkommen "
         "über die Zusammenarbeit ihrer Luftstreitkräfte.",
         [ev("agreement", ["FIN", "NOR"], date="2025-01-23", doc_type="agreement")]),
    # a visit "auf Einladung" is a visit, not an invitation still to be taken up
    case("de-visit-on-invitation", "de", "2024-06-12",
         "Auf Einladung seines deutschen Amtskollegen Karl Brenner besuchte der estnische "
         "Verteidigungsminister "
         "Jaan Tamm am Montag Berlin.",
         [ev("meeting", ["DEU", "EST"], date="2024-06-10", mode="visit")]),
    # Austrian army named by its institution (Bundesheer), separable "nehmen ... teil"
    case("de-exercise-bundesheer", "de", "2024-06-12",
         "Rund 300 Soldatinnen und Soldaten des Bundesheeres nehmen seit Montag an einer "
         "multinationalen Übung "
         "in Bosnien und Herzegowina teil.",
         [ev("exercise", ["AUT", "BIH"])]),
    # a supply contract signed is an agreement of type contract, not a delivery
    case("de-contract-not-delivery", "de", "2024-06-12",
         "Griechenland und Frankreich haben am Dienstag in Athen einen Vertrag über die Lieferung von sechs "
         "Fregatten unterzeichnet.",
         [ev("agreement", ["FRA", "GRC"], date="2024-06-11", doc_type="contract")]),
    # the receiving side as subject: "erhält ... aus"
    case("de-aid-recipient-subject", "de", "2024-06-12",
         "Lettland erhält aus Norwegen zwölf Panzerhaubitzen, teilte das "
         "Verteidigungsministerium in Riga mit.",
         [ev("aid", ["LVA", "NOR"])]),
    # soldiers of two states training together is an exercise, not training given
    case("de-exercise-joint-training-not-aid", "de", "2024-06-12",
         "Seit Montag trainieren belgische und niederländische Soldaten gemeinsam auf "
         "einem Übungsplatz in den "
         "Ardennen.",
         [ev("exercise", ["BEL", "NLD"])]),
    # "sei ... geplant" in reported speech: a plan of cooperation is an intent
    case("de-intent-planned-reported", "de", "2024-06-12",
         "Zudem sei eine engere Zusammenarbeit der Rüstungsindustrie Spaniens und "
         "Portugals geplant, hieß es aus "
         "dem Verteidigungsministerium in Madrid.",
         [ev("intent", ["ESP", "PRT"])]),
    # wire style: a weekday and a part of the day in one word ("am Dienstagabend")
    case("de-date-weekday-evening", "de", "2024-06-12",
         "Der estnische Verteidigungsminister Jaan Tamm hat am Dienstagabend in Berlin seinen deutschen "
         "Amtskollegen Karl Brenner getroffen.",
         [ev("meeting", ["DEU", "EST"], date="2024-06-11", location="DEU")]),
    # war framing around an aid sentence: neither combat nor a party ("seit dem russischen Angriff")
    case("de-aid-war-framing", "de", "2024-06-12",
         "Seit dem russischen Angriff auf die Ukraine hat Dänemark dem Land nach Angaben des "
         "Verteidigungsministeriums Waffen im Wert von zwei Milliarden Euro geliefert.",
         [ev("aid", ["DNK", "UKR"])]),
    case("de-aid-war-of-aggression", "de", "2024-06-12",
         "Norwegen unterstützt die Ukraine im Abwehrkampf gegen den russischen "
         "Angriffskrieg mit der Lieferung "
         "von Flugabwehrsystemen, teilte das Verteidigungsministerium in Oslo mit.",
         [ev("aid", ["NOR", "UKR"])]),
    # "Die Verteidigungsministerinnen X für A und Y für B ... mit ihrem C-Amtskollegen": one three-party event
    case("de-three-ministers-plural-title", "de", "2024-06-12",
         "Die Verteidigungsministerinnen Eva Lind für Schweden und Aino Virta für "
         "Finnland unterzeichneten am "
         "Freitag in Oslo eine Absichtserklärung bei einem Treffen mit ihrem norwegischen "
         "Amtskollegen Ola Berg.",
         [ev("meeting", ["FIN", "NOR", "SWE"], date="2024-06-07"),
          ev("agreement", ["FIN", "NOR", "SWE"], date="2024-06-07", doc_type="letter_of_intent")]),
    # support for an accession ("unterstützt den Nato-Beitritt"), told at a meeting
    case("de-support-accession", "de", "2024-06-12",
         "Belgien unterstützt den Nato-Beitritt der Republik Moldau, sagte "
         "Verteidigungsminister Marc Peeters am "
         "Montag bei einem Treffen mit seinem moldauischen Amtskollegen Ion Rusu in Brüssel.",
         [ev("meeting", ["BEL", "MDA"], date="2024-06-10", location="BEL"),
          ev("support", ["BEL", "MDA"])]),
    # attending a forum named after a state is no meeting with that state
    case("de-forum-attendance-not-meeting", "de", "2024-06-12",
         "Das sagte der parlamentarische Staatssekretär im Verteidigungsministerium, Jens "
         "Krause, am Dienstag beim "
         "Treffen der Ukraine-Kontaktgruppe in Ramstein. An dem Treffen nimmt erstmals "
         "auch der neue ukrainische "
         "Verteidigungsminister Petro Koval teil.", []),
    # "gemeinsam ... geübt" (perfect tense, adverb first) is a joint exercise held
    case("de-exercise-practised-together", "de", "2024-06-12",
         "Erstmals haben Soldaten des Bundesheeres und der ungarischen Streitkräfte "
         "gemeinsam am Plattensee geübt.",
         [ev("exercise", ["AUT", "HUN"])]),
    # present-tense handover and a gift of helicopters are deliveries
    case("de-aid-present-handover", "de", "2024-06-12",
         "Die Niederlande übergibt Rumänien zwei weitere Kampfhubschrauber, teilte das "
         "Ministerium in Den Haag mit.",
         [ev("aid", ["NLD", "ROU"])]),
    # readout verbs in the perfect: "ist ... zusammengekommen", "haben sich ... ausgetauscht"
    case("de-meeting-came-together", "de", "2024-06-12",
         "Der norwegische Verteidigungsminister Ola Berg ist am Montag mit seinem dänischen "
         "Amtskollegen Lars Holm "
         "zusammengekommen.",
         [ev("meeting", ["DNK", "NOR"], date="2024-06-10")]),
    case("de-meeting-exchanged-views", "de", "2024-06-12",
         "Der norwegische Verteidigungsminister Ola Berg und sein dänischer Amtskollege "
         "Lars Holm haben sich am "
         "Montag in Oslo über die Lage im Nordatlantik ausgetauscht.",
         [ev("meeting", ["DNK", "NOR"], date="2024-06-10", location="NOR")]),
    # "stellt ... bereit" provides (aid); only "ist bereit, ..." is readiness (intent)
    case("de-aid-provides-not-ready", "de", "2024-06-12",
         "Kanada stellt Lettland zusätzliche Soldaten und Panzer für die Verteidigung der Ostflanke bereit.",
         [ev("aid", ["CAN", "LVA"])]),
    case("de-intent-ready-to", "de", "2024-06-12",
         "Schweden ist bereit, Estland Küstenradare zu überlassen, sagte Verteidigungsminister Erik Lund.",
         [ev("intent", ["EST", "SWE"])]),
    # present plural "liefern" is a delivery, with a modal it is a plan
    case("de-aid-present-plural", "de", "2024-06-12",
         "Die Niederlande liefern der Ukraine weitere Kampfjets, teilte das Verteidigungsministerium mit.",
         [ev("aid", ["NLD", "UKR"])]),
    # a joint press conference of two ministers is their meeting, and no multilateral conference
    case("de-meeting-joint-press-conference", "de", "2024-03-12",
         "Der polnische Verteidigungsminister Jan Nowicki und sein litauischer Amtskollege Tomas Petraitis "
         "sprachen sich am Montag auf einer gemeinsamen Pressekonferenz in Vilnius für mehr "
         "Luftverteidigung aus.",
         [ev("meeting", ["LTU", "POL"], date="2024-03-11", location="LTU", mode="visit")]),
    # one minister at his own press conference meets no one
    case("de-no-meeting-own-press-conference", "de", "2024-03-12",
         "Der polnische Verteidigungsminister Jan Nowicki sagte am Montag auf einer "
         "Pressekonferenz in Warschau, "
         "Litauen brauche mehr Flugabwehr.",
         []),
    # equipment words (radars, mine clearance) are the military context of an offer or a handover
    case("de-intent-ready-radars", "de", "2024-06-12",
         "Finnland ist bereit, Lettland mehrere Küstenradare zu überlassen.",
         [ev("intent", ["FIN", "LVA"])]),
    case("de-aid-mine-clearance-equipment", "de", "2024-06-12",
         "Dänemark hat Litauen zwei Minenjagdboote und Ausrüstung zur Kampfmittelräumung übergeben.",
         [ev("aid", ["DNK", "LTU"])]),
    # "verabschieden" adopts a document; "sich verabschieden" is a farewell
    case("de-agreement-adopted-plan", "de", "2024-06-12",
         "Die Verteidigungsminister Polens und Litauens verabschiedeten am Dienstag einen "
         "gemeinsamen Aktionsplan "
         "für 2025.",
         [ev("agreement", ["LTU", "POL"], date="2024-06-11")]),
    # "versorgen ... mit" and "beliefern" deliver; "zukommen lassen" too
    case("de-aid-supplied-with", "de", "2024-06-12",
         "Finnland hat die Ukraine seit dem Frühjahr mit weiterer Munition versorgt.",
         [ev("aid", ["FIN", "UKR"])]),
    case("de-aid-beliefert", "de", "2024-06-12",
         "Tschechien beliefert die Ukraine seit Monaten mit Artilleriemunition.",
         [ev("aid", ["CZE", "UKR"])]),
    case("de-aid-zukommen-lassen", "de", "2024-06-12",
         "Die Niederlande ließen der Ukraine weitere Kampfjets zukommen.",
         [ev("aid", ["NLD", "UKR"])]),
    # a plan or a consideration with "zu" + infinitive is an intent, not a delivery
    case("de-intent-considers-to-deliver", "de", "2024-06-12",
         "Schweden erwägt, der Ukraine Kampfjets zu liefern.",
         [ev("intent", ["SWE", "UKR"])]),
    case("de-intent-plans-to-deliver", "de", "2024-06-12",
         "Norwegen plant, Estland weitere Flugabwehrsysteme zu überlassen.",
         [ev("intent", ["EST", "NOR"])]),
    # joint development of a weapon is an intent of both
    case("de-intent-joint-development", "de", "2024-06-12",
         "Deutschland und Frankreich wollen gemeinsam einen neuen Kampfpanzer entwickeln.",
         [ev("intent", ["DEU", "FRA"])]),
    # taking part in training another army's pilots is aid
    case("de-aid-share-in-training", "de", "2024-06-12",
         "Die Niederlande beteiligen sich an der Ausbildung ukrainischer Piloten.",
         [ev("aid", ["NLD", "UKR"])]),
    # "reiste ... nach" with a time between verb and destination is a visit
    case("de-meeting-travelled-to-talk", "de", "2024-06-12",
         "Der polnische Verteidigungsminister reiste am Montag nach Vilnius, um mit seinem litauischen "
         "Amtskollegen über die Luftverteidigung zu sprechen.",
         [ev("meeting", ["LTU", "POL"], location="LTU", mode="visit")]),
    # "proben den Ernstfall": an exercise without the noun
    case("de-exercise-rehearse-emergency", "de", "2024-06-12",
         "Soldaten aus Polen und Litauen proben derzeit in der Ostsee den Ernstfall.",
         [ev("exercise", ["LTU", "POL"])]),
    # "unterstützt ... mit Waffen und Munition" delivers
    case("de-aid-supports-with-weapons", "de", "2024-06-12",
         "Kanada unterstützt Lettland mit Waffen und Munition für die Verteidigung der Ostflanke.",
         [ev("aid", ["CAN", "LVA"])]),
    # the verb bracket: modal and infinitive hold a long object between them ("~~" in the pack)
    case("de-intent-modal-long-bracket", "de", "2024-06-12",
         "Schweden will die estnischen Streitkräfte in den kommenden Jahren mit zusätzlichen Radaranlagen, "
         "Ersatzteilen für die Flugabwehr und Ausbildung an den neuen Systemen unterstützen.",
         [ev("intent", ["EST", "SWE"])]),
    # the release's dateline after a headline and a subtitle is still no venue
    case("de-dateline-after-headline-and-subtitle", "de", "2021-04-30",
         "Verteidigungsministerin Hofer besucht Schweizer Amtskollegin\n\nHofer: "
         "„Zusammenarbeit fortführen“\n\n"
         "Wien (OTS) - Am Freitag besucht Verteidigungsministerin Klara Hofer ihre Schweizer Amtskollegin "
         "Bundesrätin Anna Meier in Bern.",
         [ev("meeting", ["AUT", "CHE"], location="CHE", mode="visit")]),
    # news told without a date is the news of the publication day (the convention of event coders)
    case("de-undated-news-takes-the-publication-day", "de", "2024-10-23",
         "Belgien und Luxemburg haben eine Vereinbarung über eine engere Zusammenarbeit der Luftwaffen "
         "unterzeichnet.",
         [ev("agreement", ["BEL", "LUX"], date="2024-10-23")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
