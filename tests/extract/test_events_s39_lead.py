"""Lead's pack cases of session 39: each an invented short article.

Georgian, once its sentences were split at full stops (extract/sentences.py: Python calls Mkhedruli letters
lower case): a joint staff exercise told ahead or held (guards: "ერთობლივი შტაბური სწავლება"); the future
of "to conduct", "to hold", "to sign" and "to meet" ("ჩაატარებენ", "გამართავენ", "მოაწერენ ხელს",
"შეხვდებიან"), not their aorist ("ჩაატარეს", "გამართეს", "მოაწერეს"); "trilateral" and "multilateral"
are no names after a minister's title; the ministers as subject of an intransitive verb ("მინისტრები
შეთანხმდნენ") and the trilateral format ("სამმხრივი ფორმატის წინა შეხვედრა") are the states just named.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-04"

CASES = [
    case("ka-joint-staff-exercise-planned", "ka", DAY,
         "თავდაცვის სამინისტროს ინფორმაციით, 2027 წელს საქართველოს და სომხეთის ერთობლივი შტაბური "
         "სწავლება გაიმართება.",
         [ev("intent", ["ARM", "GEO"])]),
    case("ka-joint-staff-exercise-held", "ka", DAY,
         "თავდაცვის სამინისტროს ინფორმაციით, საქართველოს და სომხეთის ერთობლივი შტაბური სწავლება "
         "თბილისში დასრულდა.",
         [ev("exercise", ["ARM", "GEO"])]),
    case("ka-will-conduct-is-intent", "ka", DAY,
         "საქართველოს და პოლონეთის თავდაცვის მინისტრები ვარშავაში შეხვდნენ. მხარეები 2027 წელს ერთობლივ "
         "სწავლებას ჩაატარებენ.",
         [ev("meeting", ["GEO", "POL"]), ev("intent", ["GEO", "POL"])]),
    case("ka-conducted-stays-exercise", "ka", DAY,
         "საქართველომ და პოლონეთმა ერთობლივი სწავლება ჩაატარეს.",
         [ev("exercise", ["GEO", "POL"])]),
    case("ka-trilateral-format-last-meeting", "ka", DAY,
         "ბაქოში საქართველოს, აზერბაიჯანისა და თურქეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა გაიმართა. "
         "სამმხრივი ფორმატის წინა შეხვედრა 2025 წლის მაისში ანკარაში შედგა.",
         [ev("meeting", ["AZE", "GEO", "TUR"], date="2026-12-04"),
          ev("meeting", ["AZE", "GEO", "TUR"], date="2025-05", historical=True)]),
    case("ka-ministers-agreed-intransitive", "ka", DAY,
         "თბილისში საქართველოს, სომხეთისა და საბერძნეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა გაიმართა. "
         "მინისტრები შეთანხმდნენ, რომ 2027 წელს სამმხრივი სამეთაურო-საშტაბო სწავლება სომხეთში გაიმართება.",
         [ev("meeting", ["ARM", "GEO", "GRC"]), ev("intent", ["ARM", "GEO", "GRC"])]),
    # ---- en: ships "to sail with" another navy (a headline's plan) is no exercise held
    case("en-to-sail-with-is-no-exercise-held", "en", DAY,
         "Indian Navy ships on port call to Manila, to sail with Philippine Navy",
         []),
    # ---- it: the will to deepen the relations in general is no pledge (guard: a named cooperation is)
    case("it-volonta-di-approfondire-il-rapporto-no-intent", "it", DAY,
         "Il ministro della Difesa Guido Crosetto ha ricevuto a Roma il collega giapponese. \"Comune "
         "volontà di approfondire "
         "ulteriormente il rapporto tra le nostre due Nazioni\", ha detto Crosetto.",
         [ev("meeting", ["ITA", "JPN"])]),
    case("it-volonta-di-rafforzare-la-cooperazione-still-intent", "it", DAY,
         "Il ministro della Difesa Guido Crosetto ha ricevuto a Roma il collega giapponese. I due "
         "hanno espresso la comune "
         "volontà di rafforzare la cooperazione nell'addestramento dei piloti.",
         [ev("meeting", ["ITA", "JPN"]), ev("intent", ["ITA", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: Any, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize("adjective", ["სამმხრივი", "მრავალმხრივი"])
def test_ka_trilateral_after_a_title_is_no_name(extractor: Extractor, adjective: str) -> None:
    text = (f"საქართველოს, აზერბაიჯანისა და თურქეთის თავდაცვის მინისტრების {adjective} შეხვედრა ბაქოში "
            "გაიმართა.")
    extraction = extractor.extract(Article(id="ka", text=text, published=DAY, lang="ka", lang_hint="ka"))
    assert [e.type for e in extraction.events] == ["meeting"]
    assert [p.name for e in extraction.events for p in e.persons] == []
