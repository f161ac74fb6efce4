"""Engine rules of session 13: each case is an invented short article.

Companies signing with each other are no event (GUIDELINES count a defense company only when it acts for a
state; _companies.companies_only). Besides a company word next to each state (session 12), a company is
recognised by its own name written right after its state ("la española Talleres Sur", "η ισραηλινή Elbit",
"Norway's Nordvik"), and a state named only as the place of the work ("to build them in India") is no side.
A language that writes every noun with a capital (de, pack.toml `nouns_capitalised`) keeps "die polnische
Seite" a state. The company sentences follow a meeting so that the article stays relevant.

A state's name that a pack also lists as an adjective prefix (hu "magyarország*" for "magyarországi") is a
name where it is capitalised, and of one span a name wins over an adjective ("Csehország" by the name, not
"cseh*"): six names written as one list all take part (parties._listed_together counts names only).

A group of three or more states just told (Discourse.group) stays whole: "the three ministers agreed" with a
word referring back (parties.group_referred) is the group's pledge, not the pair of a sentence between, and a
later sentence naming the same three ("attended by the ministers of A, B and C") is that meeting, not a pair.

A wire dateline's city is no venue when the sentence names the state visited or a party after a place
preposition ("BUCHAREST, May 12 - ... paid an official visit to Bulgaria": event_places.event_location).
"""

from __future__ import annotations

import pytest

from milwatch.extract.countries import CountryFinder
from milwatch.extract.engine import Extractor
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

MEETING_EN = ("Polish Defence Minister Jan Nowak met his Norwegian counterpart Ola Berg in Warsaw on Monday "
              "to discuss defence cooperation. ")
MEETING_ES = ("El ministro de Defensa de España, Juan Pérez, se reunió el lunes en Madrid con su homólogo "
              "italiano, Marco Rossi, para hablar de cooperación en defensa. ")

CASES = [
    case("en-company-deal-with-the-venue-named", "en", "2026-05-12",
         "South African Defence Minister Thandi Dube met her Indian counterpart Ravi Menon in Pretoria on "
         "Monday. The South African defence company Kopano and the Indian engineering firm Vashi signed an "
         "agreement on Tuesday to build armoured vehicles together in India.",
         [ev("meeting", ["IND", "ZAF"])]),
    case("es-companies-named-with-their-states", "es", "2026-05-12",
         MEETING_ES + "Por otra parte, la española Talleres Sur y la italiana Aeroblu firmaron el martes un "
         "acuerdo de cooperación para fabricar drones.",
         [ev("meeting", ["ESP", "ITA"])]),
    case("pt-company-signs-with-a-foreign-company-named-with-its-state", "pt", "2026-05-12",
         "O ministro da Defesa do Brasil, João Costa, recebeu na segunda-feira em Brasília o seu homólogo "
         "sueco, Lars Berg, para conversas sobre cooperação em defesa. Na feira, a brasileira Aerotec "
         "assinou com a sueca Nordflyg um acordo para produzir peças de aviões.",
         [ev("meeting", ["BRA", "SWE"])]),
    case("en-companies-with-genitive-states", "en", "2026-05-12",
         MEETING_EN + "Separately, Norway's Nordvik and Poland's Baltica signed a cooperation agreement on "
         "Tuesday.",
         [ev("meeting", ["NOR", "POL"])]),
    # not companies: a state body, or a language where a capital marks any noun
    case("en-navy-signs-with-a-company-named-with-its-state", "en", "2026-05-12",
         "The Polish Navy signed a contract with Norway's Nordvik on Tuesday for coastal defence missiles.",
         [ev("agreement", ["NOR", "POL"], doc_type="contract")]),
    case("de-sides-are-no-companies", "de", "2026-05-12",
         "Die deutsche Seite und die polnische Seite unterzeichneten am Dienstag in Berlin ein Abkommen über "
         "die militärische Zusammenarbeit.",
         [ev("agreement", ["DEU", "POL"])]),
    case("hu-six-states-listed-agree", "hu", "2026-05-15",
         "Ausztria, Csehország, Horvátország, Magyarország, Szlovákia és Szlovénia honvédelmi miniszterei "
         "csütörtökön Budapesten megállapodtak, hogy jövőre közös katonai gyakorlatot tartanak.",
         [ev("intent", ["AUT", "CZE", "HRV", "HUN", "SVK", "SVN"])]),
    case("fr-the-three-ministers-agreed", "fr", "2026-05-15",
         "Les ministres de la Défense du Burkina Faso, du Mali et du Niger se sont réunis jeudi à Niamey. "
         "Au menu : la force unifiée. La situation reste difficile dans la région. Le ministre malien a "
         "salué "
         "l'appui du Mali et du Burkina Faso à la force commune. Autour du ministre nigérien, hôte de la "
         "rencontre, le général Amadou Keita pour le Mali et le général Paul Ouedraogo pour le Burkina Faso "
         "ont passé la journée à huis clos. À l'issue des travaux, les trois ministres ont convenu de créer "
         "un état-major conjoint.",
         [ev("meeting", ["BFA", "MLI", "NER"], date="2026-05-14", mode="multilateral"),
          ev("intent", ["BFA", "MLI", "NER"])],
         title="Sahel : les ministres de la Défense réunis à Niamey"),
    case("en-same-three-named-again", "en", "2026-05-15",
         "The defence ministers of Estonia, Latvia and Lithuania met in Riga on Thursday to discuss air "
         "defence. The talks also covered the situation in the region. Latvia will host the next NATO air "
         "policing rotation. The meeting was attended by Estonian Defence Minister Mart Tamm, Latvian "
         "Defence Minister Janis Berzins and Lithuanian Defence Minister Jonas Kazlauskas.",
         [ev("meeting", ["EST", "LTU", "LVA"], date="2026-05-14")],
         title="Baltic defence ministers meet in Riga"),
    case("en-dateline-city-and-the-state-visited", "en", "2026-05-12",
         "BUCHAREST, May 12 (Agerpres) - Romanian Defence Minister Ion Popescu paid an official visit to "
         "Bulgaria on Tuesday, where he met his Bulgarian counterpart Petar Ivanov.",
         [ev("meeting", ["BGR", "ROU"], location="BGR", mode="visit")]),
    case("ro-dateline-city-and-the-state-visited", "ro", "2026-05-12",
         "București, 12 mai (Agerpres) - Ministrul apărării naționale, Ion Popescu, a efectuat marți o "
         "vizită oficială în Bulgaria, unde s-a întâlnit cu omologul său bulgar, Petar Ivanov.",
         [ev("meeting", ["BGR", "ROU"], location="BGR", mode="visit")]),
    case("ms-dateline-town-and-the-waters-of-a-party", "ms", "2026-06-08",
         "KUANTAN: Tentera Laut Diraja Malaysia (TLDM) dan Tentera Laut Indonesia memulakan rondaan bersama "
         "bagi tahun ini selepas majlis pembukaan di Sabang, Indonesia, semalam.",
         [ev("exercise", ["IDN", "MYS"], location="IDN")]),
]


def test_name_listed_as_adjective_prefix() -> None:
    finder = CountryFinder.for_pack(PackRegistry().get("hu"))
    text = "Magyarország és Csehország, a magyarországi és horvátországi katonák"
    found = [(text[m.start:m.end], m.code, m.kind) for m in finder.find(text)]
    assert found == [("Magyarország", "HUN", "name"), ("Csehország", "CZE", "name"),
                     ("magyarországi", "HUN", "adjective"), ("horvátországi", "HRV", "adjective")]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
