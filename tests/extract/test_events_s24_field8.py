"""The extract stage on short articles in seven languages written for these tests (none of these sentences is
in tests/data/heldout/field8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of exercises and aid, the field genres of
the field8 set: an exercise that "ist … zu Ende gegangen" (de), trainees who "schlossen ihre Ausbildung ab"
(de), host-nation support "als Gastgeber … zur Verfügung" as part of the exercise (de), a state that joins
("Nově se zapojilo také …", cs), trainers as the subject of a relative clause ("které čeští instruktoři
připravovali", cs), a state that condemns deliveries (cs), "Lisäksi X osallistuu" after a list with "Suomen
lisäksi" (fi), "Επιπλέον, η Χ συμμετείχε" (el), states that "y ont engagé" ships in the exercise just told
and an earlier edition told with "s'étaient entraînés" (fr), a trained reserve as the home army's own (ro).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- de: the perfect of "zu Ende gehen" tells the exercise held
    case("de-zu-ende-gegangen-is-held", "de", DAY,
         "Das deutsch-französische Manöver „Rheinbrücke“ mit rund 900 Soldaten bei Hammelburg ist am "
         "Dienstag zu Ende gegangen.",
         [ev("exercise", ["DEU", "FRA"], date="2026-09")]),
    # ---- de: the trainees as subject finishing the training given them
    case("de-schlossen-ihre-ausbildung-ab", "de", DAY,
         "Auf dem Übungsplatz der Bundeswehr in Munster schlossen am Montag rund 80 moldauische Soldaten "
         "ihre Ausbildung an Schützenpanzern ab.",
         [ev("aid", ["DEU", "MDA"])]),
    # ---- de: host-nation support is part of the exercise, no aid to the guests
    case("de-als-gastgeber-zur-verfuegung-is-no-aid", "de", DAY,
         "Deutsche und polnische Pioniere übten in der vergangenen Woche gemeinsam am Bug. Als Gastgeber "
         "stellte Polen den deutschen Soldaten Unterkünfte, Treibstoff und Übungsmunition zur Verfügung.",
         [ev("exercise", ["DEU", "POL"])]),
    # ---- cs: a state that joins the exercise just told
    case("cs-zapojilo-take-joins-the-exercise", "cs", DAY,
         "Na Libavé začalo v pondělí mezinárodní cvičení Severní jestřáb. Cvičení se účastní vojáci z Česka, "
         "Polska, Německa a Nizozemska. Nově se zapojilo také Dánsko.",
         [ev("exercise", ["CZE", "DEU", "DNK", "NLD", "POL"])]),
    # ---- cs: the trainers named in the relative clause after the trainees
    case("cs-instruktori-pripravovali-is-training-given", "cs", DAY,
         "Ve Vyškově skončil pětitýdenní výcvik zhruba 200 moldavských vojáků, které čeští instruktoři "
         "připravovali na obsluhu minometů.",
         [ev("aid", ["CZE", "MDA"])]),
    # ---- cs: condemning deliveries delivers nothing
    case("cs-odsoudilo-dodavky-is-no-delivery", "cs", DAY,
         "Ruské velvyslanectví v Praze v úterý odsoudilo dodávky českých houfnic Ukrajině.",
         []),
    # ---- fi: "Lisäksi X osallistuu" after a list that says "Suomen lisäksi"
    case("fi-lisaksi-osallistuu-joins-the-exercise", "fi", DAY,
         "Kansainvälinen Northern Axe -harjoitus alkoi tiistaina Rovajärvellä. Harjoitukseen osallistuu "
         "Suomen lisäksi joukkoja Norjasta, Ruotsista ja Saksasta. Lisäksi Tanska osallistuu harjoitukseen "
         "tykistöpatterilla.",
         [ev("exercise", ["DEU", "DNK", "FIN", "NOR", "SWE"], date="2026-09")]),
    # ---- el: "in addition" with a comma, the state that also took part
    case("el-epipleon-symmeteixe-joins-the-exercise", "el", DAY,
         "Η άσκηση «Αργώ 2026» ολοκληρώθηκε την Τρίτη στο Αιγαίο με τη συμμετοχή πολεμικών πλοίων από την "
         "Ελλάδα, την Ιταλία και τη Γαλλία. Επιπλέον, η Κύπρος συμμετείχε με ένα πλοίο ανοιχτής θαλάσσης.",
         [ev("exercise", ["CYP", "FRA", "GRC", "ITA"])]),
    # ---- fr: the states that "y ont engagé" forces in the exercise just told
    case("fr-y-ont-engage-lists-the-participants", "fr", DAY,
         "L'exercice de guerre des mines Brilliant Shield s'est achevé mardi en mer du Nord. Outre la "
         "France, les Pays-Bas, la Belgique et le Danemark y ont engagé des chasseurs de mines et des "
         "plongeurs militaires.",
         [ev("exercise", ["BEL", "DNK", "FRA", "NLD"])]),
    # ---- fr: an earlier edition told with "s'étaient (déjà) entraînés"
    case("fr-s-etaient-entraines-is-the-previous-edition", "fr", DAY,
         "L'exercice Baltic Fortress s'est achevé mardi en Estonie avec des soldats français, estoniens et "
         "britanniques. Lors de l'édition précédente, en mai 2024, des chasseurs alpins français s'étaient "
         "déjà entraînés avec des soldats estoniens.",
         [ev("exercise", ["EST", "FRA", "GBR"], date="2026-09"),
          ev("exercise", ["EST", "FRA"], date="2024-05", historical=True)]),
    # ---- ro: a trained reserve is the home army's own, no training given
    case("ro-rezervistii-instruiti-is-no-training-given", "ro", DAY,
         "Generalul a subliniat că rezerviștii instruiți sunt esențiali pentru apărarea României în fața "
         "amenințărilor venite din Rusia.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
