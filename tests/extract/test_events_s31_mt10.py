"""The extract stage on short articles written for these tests in the languages of machine-translated press
(none of these sentences is in tests/data/heldout/mt10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the mt10 set (news machine-translated into
English, German, French or Spanish):
- the readout formula of one side's readiness to work with the other (fr "est prêt à travailler avec … pour
  approfondir la coopération", es "está dispuesto a trabajar con … para profundizar", de "sei bereit, mit der
  kasachischen Seite … zu vertiefen") is no pledge: the meeting is the one event;
- a masthead of an online edition between pipes (fr "L'Écho du Sahel en ligne | Le quotidien de la région") is
  site furniture: its "en ligne" would make the meeting of the headline under it a video call.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- one side's readiness to work with the other: no pledge
    case("fr-pret-a-travailler-avec-is-no-intent", "fr", DAY,
         "Le ministre sénégalais des Forces armées a reçu mardi à Dakar son homologue gambien. Il a déclaré "
         "que le Sénégal est prêt à travailler avec la Gambie pour approfondir la coopération militaire "
         "dans les domaines de la formation et du renseignement.",
         [ev("meeting", ["GMB", "SEN"], date="2026-09-15", location="SEN", mode="visit")]),
    case("es-dispuesto-a-trabajar-con-is-no-intent", "es", DAY,
         "El ministro de Defensa de Perú recibió el martes en Lima a su homólogo boliviano. Dijo que Perú "
         "está dispuesto a trabajar con Bolivia para profundizar la cooperación militar en la formación y la "
         "lucha contra el narcotráfico.",
         [ev("meeting", ["BOL", "PER"], date="2026-09-15", location="PER", mode="visit")]),
    case("de-bereit-mit-der-seite-is-no-intent", "de", DAY,
         "Der mongolische Verteidigungsminister empfing am Dienstag in Ulan-Bator seinen kasachischen "
         "Amtskollegen. Er sagte, die mongolische Seite sei bereit, mit der kasachischen Seite die "
         "praktische Zusammenarbeit in der Ausbildung zu vertiefen.",
         [ev("meeting", ["KAZ", "MNG"], date="2026-09-15", location="MNG", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


PAGES = [
    ("fr-masthead-en-ligne", "fr",
     "L'Écho du Sahel en ligne | Le quotidien de la région\n"
     "Afrique | Monde | Économie\n\n"
     "Le ministre sénégalais des Forces armées rencontre son homologue gambien\n\n"
     "Le ministre sénégalais des Forces armées a eu jeudi à Dakar des entretiens avec son homologue gambien, "
     "en visite au Sénégal.\n",
     ["rencontre son homologue gambien", "a eu jeudi à Dakar des entretiens"], ["L'Écho du Sahel en ligne"]),
    ("fr-masthead-en-ligne-last", "fr",
     "sahel-info.example | L'Écho du Sahel en ligne\n\n"
     "Le ministre malien de la Défense a reçu lundi à Bamako son homologue nigérien.\n",
     ["a reçu lundi à Bamako"], ["L'Écho du Sahel en ligne"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
