"""The extract stage on short English trade-press articles written for these tests (none of these sentences is
in tests/data/heldout/en_trade.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the English defense trade press (Defense News,
Breaking Defense, Stars and Stripes, Army Times, UK Defence Journal ...): a drill told by what the troops did
"during a live-fire exercise" (the exercise took place), two armies' troops who "practiced" or
"practised" something together, troops who "jumped together" or "flew together", a port visit's "joint
search and rescue" training, troops named by their trade ("sappers", "gunners"), training areas and bases of
the eastern flank and of US forces abroad as places, and what is no event: a parliament approving an aid
package, a session of a contact group its co-chairs chaired, an exercise already told "came" after talks.

Later rounds: "bilat" and "pull-aside" as meetings, "LOA" as a contract, the states "joining by video
link" of a contact group's session as no call; the Pentagon's second name ("Secretary of War", "Department
of War") and USFK as the United States; combined amphibious landings and wet-gap crossings as exercises; the
MILAN exercise as no place in Italy, Rosyth as a British place.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- an exercise that is the frame of what troops did is one that took place
    case("en-during-a-live-fire-exercise", "en", DAY,
         "Lithuanian gunners fired their new howitzers alongside Norwegian crews during a live-fire "
         "exercise at the Pabrade range on Monday.",
         [ev("exercise", ["LTU", "NOR"], date="2026-03-16")]),
    case("en-during-the-combined-drills", "en", DAY,
         "Romanian engineers built a pontoon bridge with French sappers during the combined drills near "
         "Cincu on Tuesday.",
         [ev("exercise", ["FRA", "ROU"], date="2026-03-17")]),
    # ---- two armies' troops practised something
    case("en-soldiers-practiced", "en", DAY,
         "Czech and Slovak soldiers practiced clearing buildings in a mock village on Tuesday.",
         [ev("exercise", ["CZE", "SVK"], date="2026-03-17")]),
    case("en-marines-practised", "en", DAY,
         "Dutch and Norwegian marines practised beach landings near Harstad on Monday.",
         [ev("exercise", ["NLD", "NOR"], date="2026-03-16")]),
    # ---- troops who jumped or flew together
    case("en-paratroopers-jumped-together", "en", DAY,
         "Spanish and Portuguese paratroopers jumped together over the Alcantarilla drop zone on Tuesday.",
         [ev("exercise", ["ESP", "PRT"], date="2026-03-17")]),
    case("en-pilots-flew-together", "en", DAY,
         "Greek and Egyptian fighter pilots flew together over the Aegean on Monday.",
         [ev("exercise", ["EGY", "GRC"], date="2026-03-16")]),
    # ---- a port visit with joint search-and-rescue training
    case("en-port-visit-joint-sar-training", "en", DAY,
         "The Indian frigate arrived in Muscat on Monday. Its sailors and Omani navy personnel held joint "
         "search and rescue training on Tuesday.",
         [ev("exercise", ["IND", "OMN"], date="2026-03-17")]),
    # ---- training areas and bases of the eastern flank and of US forces abroad are places
    case("en-rovajarvi-is-finnish", "en", DAY,
         "Finnish and Swedish gunners exercised together at Rovajärvi on Tuesday.",
         [ev("exercise", ["FIN", "SWE"], location="FIN")]),
    case("en-orzysz-is-polish", "en", DAY,
         "Polish and American soldiers exercised together at Orzysz on Tuesday.",
         [ev("exercise", ["POL", "USA"], location="POL")]),
    case("en-paldiski-is-estonian", "en", DAY,
         "Six K9 howitzers from South Korea were delivered to the Estonian army at Paldiski on Tuesday.",
         [ev("aid", ["EST", "KOR"], location="EST")]),
    # ---- an exercise already told, put in time by the talks before it, is no second exercise
    case("en-the-exercise-came-after-talks", "en", DAY,
         "Italian and Slovenian troops held a joint exercise near Postojna on Tuesday. The exercise came six "
         "weeks after the Italian and Slovenian defence ministers held talks in Rome on Feb. 4.",
         [ev("exercise", ["ITA", "SVN"], date="2026-03-17"),
          ev("meeting", ["ITA", "SVN"], date="2026-02-04", historical=True)]),
    # ---- the trade press's "bilat" is a bilateral meeting; an "LOA" is a foreign military sale's contract
    case("en-held-a-bilat", "en", DAY,
         "The Romanian defence minister held a bilat with his Moldovan counterpart in Bucharest on Tuesday.",
         [ev("meeting", ["MDA", "ROU"], date="2026-03-17", location="ROU")]),
    case("en-signed-an-loa", "en", DAY,
         "Ghana's defence ministry signed an LOA with the US government on Tuesday for six patrol boats.",
         [ev("agreement", ["GHA", "USA"], doc_type="contract", date="2026-03-17")]),
    # ---- the states joining a contact group's session by video are no call of its co-chairs
    case("en-nations-joining-by-video-link", "en", DAY,
         "The British defence secretary chaired the contact group's session on Tuesday alongside the German "
         "defence minister, with some 40 countries joining by video link.",
         []),
    # ---- joint or combined manoeuvres named by what the troops do
    case("en-combined-amphibious-landing", "en", DAY,
         "Greek and French troops conducted a combined amphibious landing on Crete on Tuesday.",
         [ev("exercise", ["FRA", "GRC"], date="2026-03-17")]),
    case("en-wet-gap-crossing", "en", DAY,
         "Polish and British sappers carried out a wet-gap crossing on the Vistula on Monday.",
         [ev("exercise", ["GBR", "POL"], date="2026-03-16")]),
    # ---- the Indian Navy's MILAN exercise names no place in Italy; Rosyth is a British dockyard
    case("en-milan-exercise-is-no-place", "en", DAY,
         "Indonesian and Indian warships took part in the Milan exercise in Visakhapatnam on Tuesday.",
         [ev("exercise", ["IDN", "IND"], location="IND", date="2026-03-17")]),
    case("en-rosyth-is-british", "en", DAY,
         "The Royal Navy handed over a minehunter to the Ukrainian navy at Rosyth on Tuesday.",
         [ev("aid", ["GBR", "UKR"], location="GBR", date="2026-03-17")]),
    # ---- the Pentagon's second name: the Secretary and Department of War are the United States
    case("en-secretary-of-war-is-the-us", "en", DAY,
         "Secretary of War Mark Tolland spoke by phone with the Japanese defense minister on Tuesday.",
         [ev("meeting", ["JPN", "USA"], mode="phone", date="2026-03-17")]),
    case("en-department-of-war-signs", "en", DAY,
         "The Department of War and the Polish defense ministry signed a memorandum on drone production on "
         "Tuesday.",
         [ev("agreement", ["POL", "USA"], doc_type="memorandum", date="2026-03-17")]),
    case("en-usfk-commander-is-the-us", "en", DAY,
         "The USFK commander met the South Korean defense minister in Seoul on Tuesday.",
         [ev("meeting", ["KOR", "USA"], location="KOR", date="2026-03-17")]),
    # ---- no event: a parliament approving an aid package; a contact group's session chaired by two ministers
    case("en-parliament-approved-package", "en", DAY,
         "The Norwegian parliament approved the country's latest military aid package for Ukraine on "
         "Tuesday.",
         []),
    case("en-co-chaired-contact-group", "en", DAY,
         "The British defence secretary co-chaired the 30th meeting of the Ukraine Defense Contact Group on "
         "Tuesday alongside the German defence minister.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
