"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/exercise9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of news on joint exercises, drills and
patrols, the subject of the exercise9 set:
- en, de a series told by how it recurs ("alternately in Indian and Japanese waters", "twice a year",
  "zweimal im Jahr", "abwechselnd") is no edition of the year its "since" counts from;
- sv, no the two navies, armies or air forces ("de båda marinerna", "de två flygvapnen", "de to hærene") are
  the pair just named, as "the two navies" is in English;
- sv, no a plan verb written before its subject after an opening adverbial ("Nästa år planerar Finlands
  och Sveriges försvarsmakter att …", "Neste år planlegger forsvarsministrene i Norge og Finland å …") is a
  plan, as "planerar att" is;
- ro the French minister of the armed forces with the adjective inside ("ministrul francez al forțelor
  armate, X") is a minister of defense;
- sv "kommendör" is a rank before an officer's name, as "överste" is;
- it the Italian names of Mediterranean ports ("al largo di Biserta", "a Durazzo") name their state;
- pt, it, fr a state's adjective on its waters ("em águas cabo-verdianas", "in acque tunisine", "dans les
  eaux marocaines") names where the drill is held, as on a base or a port;
- nl the troop units a state contributes to an exercise ("levert een compagnie", "stuurde een peloton") are
  no aid, as "levert 250 militairen" was not.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- en, de: a series told by how it recurs
    case("en-alternately-since-is-series", "en", DAY,
         "The Indian and Japanese navies have held the JIMEX exercise alternately in the Bay of Bengal and "
         "off Okinawa since 2012.",
         []),
    case("en-twice-a-year-since-is-series", "en", DAY,
         "Indonesian and Australian special forces have staged the joint exercise twice a year since 2015.",
         []),
    case("de-zweimal-im-jahr-seit-is-series", "de", DAY,
         "Die gemeinsame Übung litauischer und polnischer Pioniere findet seit 2016 zweimal im Jahr statt.",
         []),
    case("de-abwechselnd-seit-is-series", "de", DAY,
         "Seit 2009 richten die Marinen Deutschlands und Dänemarks das Manöver abwechselnd in Kiel und "
         "Frederikshavn aus.",
         []),
    # ---- sv, no: the two navies, armies, air forces
    case("sv-de-tva-flygvapnen-is-the-pair", "sv", DAY,
         "Svenska och norska stridsflygplan övade på tisdag tillsammans över Norrbotten. De två flygvapnen "
         "planerar att öva luftstrid i större skala nästa år.",
         [ev("exercise", ["NOR", "SWE"], date="2026-10-13"), ev("intent", ["NOR", "SWE"])]),
    case("sv-de-bada-armeerna-is-the-pair", "sv", DAY,
         "Danska och svenska soldater genomförde i måndags en gemensam övning på Revingehed. De båda "
         "arméerna avser att öva tillsammans i Jylland till hösten.",
         [ev("exercise", ["DNK", "SWE"], date="2026-10-12"), ev("intent", ["DNK", "SWE"])]),
    case("no-de-to-marinene-is-the-pair", "no", DAY,
         "Norske og danske fartøyer gjennomførte mandag en felles øvelse i Skagerrak. De to marinene "
         "planlegger å øve sammen i Nordsjøen neste år.",
         [ev("exercise", ["DNK", "NOR"], date="2026-10-12"), ev("intent", ["DNK", "NOR"])]),
    # ---- sv, no: the plan verb before its subject (verb second after an opening adverbial)
    case("sv-planerar-subject-att-is-intent", "sv", DAY,
         "Finska och svenska soldater övade förra veckan tillsammans i Boden. Nästa år planerar Finlands "
         "och Sveriges försvarsmakter att hålla en större övning i Lappland.",
         [ev("exercise", ["FIN", "SWE"], date="2026-10"), ev("intent", ["FIN", "SWE"])]),
    case("sv-avser-subject-att-is-intent", "sv", DAY,
         "Estniska och svenska soldater övade i måndags tillsammans på Gotland. Under våren avser Sverige "
         "och Estland att öva kustförsvar på Saaremaa.",
         [ev("exercise", ["EST", "SWE"], date="2026-10-12"), ev("intent", ["EST", "SWE"])]),
    case("no-planlegger-subject-a-is-intent", "no", DAY,
         "Norske og finske soldater øvde forrige uke sammen i Porsanger. Neste år planlegger "
         "forsvarsministrene i Norge og Finland å gjennomføre en større øvelse i Finnmark.",
         [ev("exercise", ["FIN", "NOR"], date="2026-10"), ev("intent", ["FIN", "NOR"])]),
    # ---- ro: the minister of the armed forces, the adjective inside
    case("ro-ministrul-francez-al-fortelor-armate-is-minister", "ro", DAY,
         "Ministrul apărării naționale l-a primit marți la București pe ministrul francez al forțelor "
         "armate, Marc Duval.",
         [ev("meeting", ["FRA", "ROU"], date="2026-10-13", persons=["Marc Duval"])]),
    # ---- sv: a naval captain's rank before the name
    case("sv-kommendor-is-rank", "sv", DAY,
         "Sveriges marinchef träffade på tisdag kommendör Lars Holm, chef för den danska marinens "
         "ubåtsflottilj, i Karlskrona.",
         [ev("meeting", ["DNK", "SWE"], date="2026-10-13", persons=["Lars Holm"])]),
    # ---- it: Italian names of Mediterranean ports
    case("it-biserta-is-tun", "it", DAY,
         "La fregata Bergamini della Marina Militare ha svolto martedì un'esercitazione congiunta con la "
         "Marina tunisina al largo di Biserta.",
         [ev("exercise", ["ITA", "TUN"], date="2026-10-13", location="TUN")]),
    case("it-durazzo-is-alb", "it", DAY,
         "Il pattugliatore italiano Cigala Fulgosi e una motovedetta albanese hanno svolto lunedì un "
         "pattugliamento congiunto al largo di Durazzo.",
         [ev("exercise", ["ALB", "ITA"], date="2026-10-12", location="ALB")]),
    # ---- pt, it, fr: a state's waters
    case("pt-em-aguas-cabo-verdianas-is-venue", "pt", DAY,
         "Um navio da Marinha Portuguesa e a Guarda Costeira de Cabo Verde realizaram na segunda-feira uma "
         "patrulha conjunta em águas cabo-verdianas.",
         [ev("exercise", ["CPV", "PRT"], date="2026-10-12", location="CPV")]),
    case("it-in-acque-tunisine-is-venue", "it", DAY,
         "Unità della Marina Militare e della Marina tunisina hanno svolto lunedì un'esercitazione congiunta "
         "in acque tunisine.",
         [ev("exercise", ["ITA", "TUN"], date="2026-10-12", location="TUN")]),
    case("fr-dans-les-eaux-marocaines-is-venue", "fr", DAY,
         "Une frégate française et un patrouilleur de la Marine royale ont mené lundi un exercice "
         "conjoint dans "
         "les eaux marocaines.",
         [ev("exercise", ["FRA", "MAR"], date="2026-10-12", location="MAR")]),
    # ---- nl: troop units contributed to an exercise
    case("nl-levert-compagnie-is-no-aid", "nl", DAY,
         "Militairen uit Duitsland en Nederland oefenen deze week samen in Letland. Nederland levert een "
         "compagnie infanterie, Duitsland een tankbataljon.",
         [ev("exercise", ["DEU", "NLD"], date="2026-10", location="LVA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
