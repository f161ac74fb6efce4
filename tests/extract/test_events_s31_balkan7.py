"""The extract stage on short articles in the Balkan and Baltic languages of the balkan7 set, written for
these tests (none of these sentences is in tests/data/heldout/balkan7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin:
- sr the locatives of the short month names with "this year" ("u julu ove godine", "у јуну ове године") are
  months without a day;
- sr an impersonal "Dogovoreno je da …" / "Договорено је да …" refers back to the talks like "they", also
  after a sentence on what was discussed;
- et a continued presence of troops ("jätkab oma vägede kohalolekut", "vägede" troops as defense words) and
  lv a continued command ("turpinās vadīt") are pledges;
- lv officials who watched a joint drill ("vēroja … kopīgās mācības") tell the drill held;
- lt a roadmap in the genitive plural ("kelių žemėlapį") is a plan;
- mk support of training to come with a clitic inside ("ќе ја поддржи обуката") is a pledge;
- sq an official's posting after the sending state ("ambasadorin e Francës në Shqipëri, Pierre …")
  still lets the name after the comma be read.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-25"  # a Wednesday

CASES = [
    # ---- sr: the locative of a short month name is a month
    case("sr-u-julu-ove-godine-is-a-month", "sr", DAY,
         "Ministar odbrane Srbije primio je danas u Beogradu ministra odbrane Grčke. "
         "Podsetio je da su vojnici dve zemlje u julu ove godine izveli zajedničku vežbu na jugu Srbije.",
         [ev("meeting", ["GRC", "SRB"], date="2026-11-25", location="SRB", mode="visit"),
          ev("exercise", ["GRC", "SRB"], date="2026-07", historical=True)]),
    case("sr-cyrillic-u-junu-ove-godine-is-a-month", "sr", DAY,
         "Министар одбране Србије примио је данас у Београду министра одбране Кипра. "
         "Подсетио је да су војници две земље у јуну ове године извели заједничку вежбу на југу Србије.",
         [ev("meeting", ["CYP", "SRB"], date="2026-11-25", location="SRB", mode="visit"),
          ev("exercise", ["CYP", "SRB"], date="2026-06", historical=True)]),
    # ---- sr: "it was agreed" after a sentence on what was discussed refers back to the talks
    case("sr-dogovoreno-je-after-the-topics-is-an-intent", "sr", DAY,
         "Načelnik Generalštaba Vojske Srbije primio je u ponedeljak u Beogradu komandanta "
         "vazduhoplovstva Italije. "
         "Razgovarano je o obuci pilota. "
         "Dogovoreno je da pripadnici dve vojske sledeće godine izvedu zajedničku obuku u Srbiji.",
         [ev("meeting", ["ITA", "SRB"], date="2026-11-23", location="SRB", mode="visit"),
          ev("intent", ["ITA", "SRB"])]),
    # ---- et: a continued presence of troops is a pledge
    case("et-jatkab-vagede-kohalolekut-is-an-intent", "et", DAY,
         "Eesti kaitseminister kohtus teisipäeval Tallinnas Prantsusmaa relvajõudude ministriga. "
         "Ministrid arutasid õhukaitse arendamist. "
         "Prantsusmaa kinnitas, et jätkab oma vägede kohalolekut Eestis ka järgmisel aastal.",
         [ev("meeting", ["EST", "FRA"], date="2026-11-24", location="EST", mode="visit"),
          ev("intent", ["EST", "FRA"])]),
    # ---- lv: a continued command is a pledge
    case("lv-turpinas-vadit-is-an-intent", "lv", DAY,
         "Latvijas aizsardzības ministrs pirmdien Rīgā tikās ar Dānijas aizsardzības ministru. "
         "Ministri pārrunāja pretgaisa aizsardzību. "
         "Dānijas ministrs apliecināja, ka Dānija turpinās vadīt bataljonu Latvijā.",
         [ev("meeting", ["DNK", "LVA"], date="2026-11-23", location="LVA", mode="visit"),
          ev("intent", ["DNK", "LVA"])]),
    # ---- lv: officials who watched a joint drill tell the drill held
    case("lv-veroja-kopigas-macibas-is-an-exercise", "lv", DAY,
         "Latvijas un Zviedrijas bruņoto spēku komandieri trešdien Ādažu poligonā vēroja abu valstu "
         "karavīru kopīgās mācības.",
         [ev("exercise", ["LVA", "SWE"], date="2026-11-25", location="LVA")]),
    # ---- lt: a roadmap in the genitive plural is a plan
    case("lt-keliu-zemelapis-is-a-plan", "lt", DAY,
         "Lietuvos ir Lenkijos gynybos ministrai antradienį Vilniuje pasirašė kelių žemėlapį dėl karinio "
         "bendradarbiavimo.",
         [ev("agreement", ["LTU", "POL"], date="2026-11-24", location="LTU", doc_type="plan")]),
    # ---- sq: the posting after the sending state, then the name after a comma
    case("sq-ambasadorin-e-x-ne-y-comma-name-is-a-person", "sq", DAY,
         "Ministri i Mbrojtjes i Shqipërisë priti të hënën ambasadorin e Francës në Shqipëri, Pierre Martin.",
         [ev("meeting", ["ALB", "FRA"], date="2026-11-23", persons=["Pierre Martin"])]),
    # ---- mk: support of training to come is a pledge
    case("mk-ke-ja-poddrzi-obukata-is-an-intent", "mk", DAY,
         "Министерот за одбрана на Северна Македонија во понеделникот во Скопје го прими хрватскиот министер "
         "за одбрана. Хрватскиот министер најави дека Хрватска ќе ја поддржи обуката на македонските пилоти.",
         [ev("meeting", ["HRV", "MKD"], date="2026-11-23", location="MKD", mode="visit"),
          ev("intent", ["HRV", "MKD"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
