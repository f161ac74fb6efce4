"""Lead's cases of session 29: each an invented short article.

An organisation whose exercise is told is a party of it (extract/exercise_owners.py; GUIDELINES: an
international organisation that takes part is a party, by its lowercase code): an organisation named right
beside an exercise word or name, in one clause and a few words off ("NATO's annual exercise", "учения
Коллективных сил ОДКБ «Рубеж»", "l'exercice … de l'Union européenne"), is added to the states; an earlier
edition of that exercise naming one of its states is the organisation's too. Not when a word for the
organisation's formation or members stands beside its name (pack `markers.organisation_units`: "the NATO
battlegroup", "grupy bojowej NATO"): national units exercising in a NATO battlegroup are their states'; and
not when the sentence's parties were guessed from the article (a sentence only relating its exercise to
another one of NATO's). Before, an organisation was a party only beside its named official.

A day inside an exercise's own span of more than two days is no day of it (event_dates.event_date):
"concluded yesterday …, held from 18 November to 2 December" is the exercise of November (GUIDELINES: an event
lasting more than two days by its month), not of the day it ended.

A lead sentence dated in a month before the news tells background (analysis.analyse_article): its forum word
("last met in June … on the sidelines of a Ramstein meeting") makes the article no multilateral one, so the
day's visit keeps mode visit (was multilateral).
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-organisation-of-the-exercise", "en", "2026-10-14",
         "NATO's annual air defence exercise Baltic Guard began on Tuesday with Danish, Finnish and "
         "Swedish fighter jets.",
         [ev("exercise", ["DNK", "FIN", "SWE", "nato"], date="2026-10")]),
    case("en-earlier-edition-of-an-organisation-exercise", "en", "2026-10-14",
         "NATO's annual air defence exercise Baltic Guard began on Tuesday with Danish, Finnish and "
         "Swedish fighter jets. "
         "The previous edition was held in Lithuania in June 2025 with Danish and Polish aircraft.",
         [ev("exercise", ["DNK", "FIN", "SWE", "nato"], date="2026-10"),
          ev("exercise", ["DNK", "POL", "nato"], date="2025-06", historical=True)]),
    case("ru-exercise-of-the-csto-by-its-name", "ru", "2026-10-14",
         "Во вторник в Таджикистане начались совместные учения Коллективных сил ОДКБ «Горный щит-2026» с "
         "участием военнослужащих России, Казахстана, Киргизии и Таджикистана.",
         [ev("exercise", ["KAZ", "KGZ", "RUS", "TJK", "csto"], date="2026-10")]),
    case("fr-exercise-of-the-european-union", "fr", "2026-10-14",
         "L'exercice naval Horizon Sud de l'Union européenne a commencé mardi au large de la Sicile avec des "
         "frégates françaises, espagnoles et grecques.",
         [ev("exercise", ["ESP", "FRA", "GRC", "eu"], date="2026-10")]),
    case("en-battlegroup-units-are-their-states", "en", "2026-10-14",
         "British and French soldiers of the NATO battlegroup exercised with Estonian infantry on Tuesday at "
         "the Central Training Area.",
         [ev("exercise", ["EST", "FRA", "GBR"], date="2026-10-13")]),
    case("pl-battlegroup-units-are-their-states", "pl", "2026-10-14",
         "Na poligonie w Orzyszu trwają ćwiczenia wielonarodowej grupy bojowej NATO z udziałem żołnierzy z "
         "Polski, Stanów Zjednoczonych i Rumunii.",
         [ev("exercise", ["POL", "ROU", "USA"])]),
    case("en-exercise-related-to-one-of-nato", "en", "2026-05-20",
         "American, Polish and Lithuanian troops began the exercise Swift Arrow 26 on Monday near Orzysz. "
         "Swift Arrow is linked to NATO's exercise Steadfast Shield, which runs from 20 April to 31 May.",
         [ev("exercise", ["LTU", "POL", "USA"], date="2026-05")]),
    case("en-exercise-ended-inside-its-span", "en", "2026-12-03",
         "Egyptian and Greek paratroopers concluded yesterday the joint exercise Olympic Sky, held from 20 "
         "November to 2 December near Alexandria.",
         [ev("exercise", ["EGY", "GRC"], date="2026-11")]),
    case("en-background-forum-in-the-lead-sets-no-mode", "en", "2026-11-20",
         "Czech Defence Minister Jana Černochová visited Kyiv on Tuesday and met her Ukrainian counterpart "
         "Denys Shmyhal. The two ministers last met in June in Brussels on the sidelines of a Ramstein group "
         "meeting.",
         [ev("meeting", ["CZE", "UKR"], date="2026-11-17", mode="visit"),
          ev("meeting", ["CZE", "UKR"], date="2026-06", historical=True, mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
