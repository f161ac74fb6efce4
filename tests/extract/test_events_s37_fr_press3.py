"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/fr_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of French-language defense news from
France, Belgium, Switzerland, Quebec and francophone Africa, the subject of the fr_press3 set:
- fr "compter" + infinitive ("les deux pays comptent organiser …", "comptent renforcer …") is a plan of the
  sides: an intent, as "prévoient de" was;
- fr "acter" said of both sides ("ont acté la tenue d'un exercice", "ont par ailleurs acté le principe de …")
  records a decision for the future: an intent, not the exercise;
- fr a state that "formed" an alliance or a coalition ("a formé une alliance militaire", "ont formé une
  coalition") trained no one: no aid;
- fr a deed "at the end of the ceremony" ("au terme de la cérémonie", "à l'issue de la cérémonie") takes the
  day of the ceremony just told, not the day of publication;
- fr training named among the subjects of talks after a heading phrase ("Au cœur des discussions : …, la
  formation des officiers …", "Au menu des entretiens : …") is no aid, as after "ont porté sur" it was not;
- fr thanks or praise in the present participle ("remerciant la France pour son soutien constant", "saluant le
  soutien sans faille de …") is no support statement, as "a remercié"/"a salué" were not;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- fr: "compter" + infinitive is a plan (intent)
    case("fr-comptent-organiser-is-intent", "fr", DAY,
         "Les armées du Gabon et du Congo comptent organiser des patrouilles conjointes le long du fleuve.",
         [ev("intent", ["COG", "GAB"])]),
    case("fr-comptent-renforcer-is-intent", "fr", DAY,
         "Selon le communiqué, la Tunisie et l'Italie comptent renforcer leur coopération militaire en "
         "matière de surveillance maritime.",
         [ev("intent", ["ITA", "TUN"])]),
    case("fr-comptent-mener-is-intent", "fr", DAY,
         "Le Sénégal et la Gambie comptent mener des opérations militaires conjointes en Casamance.",
         [ev("intent", ["GMB", "SEN"])]),
    # ---- fr: "acter" (to record a decision) by both sides is an intent, no exercise held
    case("fr-ont-acte-la-tenue-is-intent", "fr", DAY,
         "Les chefs d'état-major du Niger et du Tchad ont acté la tenue d'un exercice conjoint en 2027.",
         [ev("intent", ["NER", "TCD"])]),
    case("fr-ont-par-ailleurs-acte-le-principe-is-intent", "fr", DAY,
         "Les ministres de la Défense du Maroc et de la Mauritanie ont par ailleurs acté le principe d'une "
         "patrouille maritime conjointe.",
         [ev("intent", ["MAR", "MRT"])]),
    # ---- fr: thanks or praise in the present participle ("remerciant la France pour son soutien constant",
    # "saluant le soutien sans faille de …") is no support statement (GUIDELINES: thanks are not events)
    case("fr-remerciant-soutien-is-no-support", "fr", DAY,
         "La France a remis lundi vingt véhicules blindés à l'armée béninoise. « Ce don renforce nos "
         "capacités », a déclaré le ministre béninois, remerciant la France pour son « soutien constant ».",
         [ev("aid", ["BEN", "FRA"], date="2026-10-12")]),
    case("fr-saluant-soutien-is-no-support", "fr", DAY,
         "La Belgique a livré mardi deux drones à l'armée nigérienne. Le ministre nigérien a pris la parole, "
         "saluant le soutien sans faille de la Belgique.",
         [ev("aid", ["BEL", "NER"], date="2026-10-13")]),
    # ---- fr: forming an alliance or a coalition is no training
    case("fr-forme-une-alliance-is-no-aid", "fr", DAY,
         "Le Mali s'est rapproché de la Russie, avec laquelle il a formé une alliance militaire, selon des "
         "analystes.",
         []),
    case("fr-ont-forme-une-coalition-is-no-aid", "fr", DAY,
         "Les armées du Mali et du Niger ont formé une coalition contre les jihadistes.",
         []),
    # ---- fr: "at the end of the ceremony" takes the ceremony's day
    case("fr-au-terme-de-la-ceremonie-is-its-day", "fr", DAY,
         "Les armées du Togo et du Bénin ont clôturé samedi un exercice conjoint à Lomé. Les deux chefs "
         "d'état-major ont signé au terme de la cérémonie un protocole de coopération.",
         [ev("exercise", ["BEN", "TGO"], date="2026-10-10"),
          ev("agreement", ["BEN", "TGO"], date="2026-10-10", doc_type="protocol")]),
    case("fr-a-l-issue-de-la-ceremonie-is-its-day", "fr", DAY,
         "La cérémonie de clôture de l'exercice conjoint des armées du Niger et du Tchad s'est tenue "
         "samedi à "
         "Diffa. À l'issue de la cérémonie, les deux chefs d'état-major ont signé un protocole d'accord.",
         [ev("exercise", ["NER", "TCD"], date="2026-10-10"),
          ev("agreement", ["NER", "TCD"], date="2026-10-10", doc_type="memorandum")]),
    # ---- fr: training among the subjects of talks after "Au cœur des discussions :"
    case("fr-au-coeur-des-discussions-formation-is-no-aid", "fr", DAY,
         "Le ministre béninois de la Défense a séjourné à Niamey du 5 au 7 octobre, où il a eu des "
         "entretiens "
         "avec son homologue nigérien. Au cœur des discussions : la sécurisation de la frontière commune, la "
         "lutte contre les groupes armés et la formation des officiers des Forces armées du Bénin.",
         [ev("meeting", ["BEN", "NER"], date="2026-10", location="NER", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
