"""The extract stage on short articles in four languages of Central and Eastern Europe written for these tests
(none of these sentences is in tests/data/heldout/cee7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the cee7 set (defence news of the region):
- lt a "read more" line with its linked headline ("Skaitykite daugiau: <headline>") is furniture;
- lv hardware that arrived in the country is a delivery ("Latvijā ieradās pirmā … iegādātā … sistēma");
- ro the first items of an order arrived with "au ajuns" as with "au sosit", the hardware also fronted before
  the verb and a number between ("Primele 24 de tancuri … au ajuns marți"); the future passive of delivering
  ("Următoarele tancuri vor fi livrate până în 2028") is a pledge after a delivery of the day;
- hu an exercise to be held next year ("A két ország jövőre közös gyakorlatot tart", "… fog tartani") is a
  plan of its states, nothing held yet.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- lv: hardware arrived in the country is a delivery
    case("lv-ieradas-sistema-is-a-delivery", "lv", DAY,
         "Otrdien Latvijā ieradās pirmā no Norvēģijas iegādātā pretgaisa aizsardzības sistēma NASAMS.",
         [ev("aid", ["LVA", "NOR"], date="2026-09-15", location="LVA")]),
    # ---- ro: the first items arrived ("au ajuns"), hardware fronted, a number between
    case("ro-primele-tancuri-au-ajuns-is-a-delivery", "ro", DAY,
         "Primele 24 de tancuri Abrams cumpărate din Statele Unite au ajuns marți în portul Constanța.",
         [ev("aid", ["ROU", "USA"], date="2026-09-15", location="ROU")]),
    case("ro-au-ajuns-primele-elicoptere-is-a-delivery", "ro", DAY,
         "Marți au ajuns în România primele elicoptere Black Hawk din Statele Unite.",
         [ev("aid", ["ROU", "USA"], date="2026-09-15", location="ROU")]),
    # ---- ro: the future passive of delivering after a delivery of the day is a pledge
    case("ro-vor-fi-livrate-is-an-intent", "ro", DAY,
         "Marți au sosit în România primele tancuri Abrams din Statele Unite. Următoarele tancuri vor fi "
         "livrate până în 2028.",
         [ev("aid", ["ROU", "USA"], date="2026-09-15"), ev("intent", ["ROU", "USA"])]),
    # ---- hu: an exercise to be held next year is a plan
    case("hu-jovore-gyakorlatot-tart-is-an-intent", "hu", DAY,
         "Szalay-Bobrovniczky Kristóf kedden Budapesten fogadta a horvát védelmi minisztert. A két ország "
         "jövőre közös gyakorlatot tart.",
         [ev("meeting", ["HRV", "HUN"], date="2026-09-15", location="HUN", mode="visit"),
          ev("intent", ["HRV", "HUN"])]),
    case("hu-gyakorlatot-fog-tartani-is-an-intent", "hu", DAY,
         "Szalay-Bobrovniczky Kristóf kedden Budapesten fogadta a horvát védelmi minisztert. A két ország "
         "közös gyakorlatot fog tartani.",
         [ev("meeting", ["HRV", "HUN"], date="2026-09-15", location="HUN", mode="visit"),
          ev("intent", ["HRV", "HUN"])]),
]

# articles with site furniture: checked on the text the clean stage leaves
CLEANED = [
    case("lt-skaitykite-daugiau-line-is-furniture", "lt", DAY,
         "Lietuvos krašto apsaugos ministras trečiadienį Rygoje susitiko su Latvijos gynybos ministru.\n\n"
         "Skaitykite daugiau: Estijoje baigėsi pratybos su Suomijos kariais\n\nKomentarai (3)",
         [ev("meeting", ["LTU", "LVA"], date="2026-09-16", location="LVA", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(CASE_FIELDS, CLEANED)
def test_event_case_after_cleaning(registry: Any, extractor: Any, lang: str, published: str | None,
                                   title: str | None, text: str, expected: list[dict[str, Any]]) -> None:
    cleaned = clean_article(Article(id="case", text=text, title=title, published=published, lang=lang),
                            registry.get(lang)).clean_text or ""
    check_case(extractor, lang, published, title, cleaned, expected)
