"""Lead's cases of session 22: each an invented short article.

A forum attended is no meeting (GUIDELINES: attending the forum itself is not an event; the bilateral
meetings held there are; extract/forums.py `forum_attended`): "On Tuesday, Robles had attended the meeting of
NATO defence ministers in Brussels" told after the Riga talks of Spain and Latvia gave a second meeting of the
pair, dated Tuesday.  A sentence naming one state's official, whose every meeting word is the forum's own
("the meeting of NATO defence ministers", "la réunion des ministres de la Défense de l'UE", "the summit"),
with no counterpart, no second official and no second state, gives no meeting now.  Talks on the forum's
sidelines, the meeting "of both countries" and a bilateral summit stay meetings.

A contract a ministry signs with a company, in a sentence naming at most one state, no official and a
company word ("signed a contract with the shipbuilding company ...", "podepsalo se společností ..."), is a
procurement at home (rules.py `_agreement`): before, it took the article's other state ("Romania's ministry
signed with the Mangalia shipyard" in an article on a drill with Bulgaria gave a BGR-ROU agreement).  A
contract with a company named with a foreign state ("with the South Korean company Hanwha Aerospace") keeps
that state.

The participants of an exercise listed after it are all joined (participants.py): a list sentence that
names the exercise again ("In the exercise, troops from A, B, C and D take part") but gave no exercise of its
own joins too, and a state that "also" takes part may follow the list ("Participating are A, B and C. D also
takes part this year": "this year" is no date of its own; before, the join stopped at the list).

A sentence naming three or more states, each with an official of its own, is a meeting of all of them
(parties.py `_officials_of_each`): "Marles hosted Hegseth and Healey", "小泉防衛相は、英国の
ヒーリー国防相、イタリアのクロセット国防相と会談した".  Before, outside a trilateral word it gave the
article's main pair only.
"Separately" (a bilateral series) still splits the talks into pairs.  And a sentence naming two states with
"both countries" is of those two in an article that tells of three ("中巴…联合演习…两国海军"): before, the
article's trilateral context made it a three-state exercise.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-12"
RIGA_EN = ("Spanish Defence Minister Margarita Robles met her Latvian counterpart Andris Sprūds in Riga on "
           "Thursday. ")

VISIT_CS = ("Polský ministr obrany Władysław Kosiniak-Kamysz jednal v úterý v Praze se svým českým "
            "protějškem Janou Černochovou. ")
VISIT_EN = ("Polish Defence Minister Władysław Kosiniak-Kamysz met his Czech counterpart Jana Černochová in "
            "Prague on Tuesday. ")

CASES = [
    case("en-forum-attended-is-no-meeting", "en", DAY,
         RIGA_EN + "On Tuesday, Robles had attended the meeting of NATO defence ministers in Brussels.",
         [ev("meeting", ["ESP", "LVA"], date="2026-11-12")]),
    case("fr-forum-attended-is-no-meeting", "fr", DAY,
         "Le ministre des Armées Sébastien Lecornu a reçu jeudi à Paris son homologue estonien Hanno Pevkur. "
         "Mardi, Lecornu avait participé à Bruxelles à la réunion des ministres de la Défense de l'OTAN.",
         [ev("meeting", ["EST", "FRA"], date="2026-11-12")]),
    case("es-forum-attended-is-no-meeting", "es", DAY,
         "La ministra de Defensa, Margarita Robles, se reunió el jueves en Riga con su homólogo letón, "
         "Andris Sprūds. El martes, Robles había asistido en Bruselas a la reunión de ministros de Defensa "
         "de la OTAN.",
         [ev("meeting", ["ESP", "LVA"], date="2026-11-12")]),
    case("en-talks-on-the-sidelines-stay-a-meeting", "en", DAY,
         RIGA_EN + "On Tuesday, on the sidelines of the meeting of NATO defence ministers in Brussels, "
         "Robles had met US Defense Secretary Pete Hegseth.",
         [ev("meeting", ["ESP", "LVA"], date="2026-11-12"),
          ev("meeting", ["ESP", "USA"], date="2026-11-10")]),
    case("en-meeting-of-the-ministers-of-both-countries", "en", DAY,
         RIGA_EN + "The last meeting of the defence ministers of both countries took place in Madrid in "
         "2023.",
         [ev("meeting", ["ESP", "LVA"], date="2026-11-12"),
          ev("meeting", ["ESP", "LVA"], date="2023", historical=True)]),
    case("en-contract-with-a-company-at-home", "en", DAY,
         VISIT_EN + "Separately, the Defence Ministry signed a contract with the truck maker Tatra for 200 "
         "more army trucks last week.",
         [ev("meeting", ["CZE", "POL"], date="2026-11-10")]),
    case("cs-smlouva-se-spolecnosti", "cs", DAY,
         VISIT_CS + "Ministerstvo obrany minulý týden podepsalo se společností Tatra Trucks smlouvu na "
         "dodávku nákladních automobilů.",
         [ev("meeting", ["CZE", "POL"], date="2026-11-10")]),
    case("en-contract-with-a-foreign-company-keeps-its-state", "en", DAY,
         VISIT_EN + "Separately, the Czech Defence Ministry signed a contract with the South Korean company "
         "Hanwha Aerospace for 24 howitzers last week.",
         [ev("meeting", ["CZE", "POL"], date="2026-11-10"), ev("agreement", ["CZE", "KOR"])]),
    case("en-list-naming-the-exercise-again", "en", DAY,
         "The international exercise Danube Shield began on Monday at the Bakony training area. "
         "In the exercise, alongside some 4,000 Hungarian soldiers, troops from the United States, Croatia, "
         "Slovakia and Italy take part.",
         [ev("exercise", ["HRV", "HUN", "ITA", "SVK", "USA"], date="2026-11")]),
    case("en-one-more-state-after-the-list", "en", DAY,
         "The multinational air exercise Northern Wings began on Monday at Luleå air base. Participating are "
         "some 90 aircraft from Sweden, Norway, Finland and Germany. The Netherlands also takes part this "
         "year with six F-35A.",
         [ev("exercise", ["DEU", "FIN", "NLD", "NOR", "SWE"], date="2026-11")]),
    case("en-officials-of-each-state", "en", DAY,
         "Australian Defence Minister Richard Marles hosted US Defense Secretary Pete Hegseth and British "
         "Defence Secretary John Healey in Canberra on Thursday.",
         [ev("meeting", ["AUS", "GBR", "USA"], date="2026-11-12")]),
    case("ja-officials-of-each-state", "ja", DAY,
         "小泉防衛相は12日、来日した英国のヒーリー国防相、イタリアのクロセット国防相と防衛省で会談した。",
         [ev("meeting", ["GBR", "ITA", "JPN"], date="2026-11-12")]),
    case("zh-both-countries-in-a-three-state-article", "zh", DAY,
         "中国、巴基斯坦和阿富汗三方外长对话上月在喀布尔举行。11月3日至9日，中巴“海上卫士”海上联合演习在卡拉奇"
         "附近海域举行，两国海军舰艇共同演练了联合护航等科目。",
         [ev("meeting", ["AFG", "CHN", "PAK"], date="2026-10"),
          ev("exercise", ["CHN", "PAK"], date="2026-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
