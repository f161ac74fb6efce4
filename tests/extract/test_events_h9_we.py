"""The extract stage on short English articles in the style of the English services of national news
agencies and ministries of non-English-speaking countries (session 9, wires helper), with invented officials.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of that press: Gulf and royal styles before a name
("Sheikh", "Sayyid", "His Royal Highness Prince"), Malay and Bruneian titles ("Datu Pahlawan Haji"), Morocco's
"Minister Delegate" for defence, "Minister of State for Defence Affairs" (no one named "Affairs"), joint EEZ
surveillance by two navies, "reiterated his country's support for", armed forces known by their acronyms (GAF,
VMF), Ghana's Burma Camp (no Burmese place), "the two U.S. allies" (the United States takes no part), a past
visit told as a noun ("the last visit to X by ..."), approvals of a transfer and rankings of donors that
deliver nothing, equipment that "will enhance the army's capacity" (no pledge), and "More news:" / "Also Read
|" lines.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-sheikh-honorific", "en", "2026-05-05",
         "KUWAIT, May 4 (KUNA) -- Kuwait's Minister of Defense Sheikh Nasser Fahad received on Monday the "
         "visiting French Chief of Defence Staff General Pierre Lambert.",
         [ev("meeting", ["FRA", "KWT"], date="2026-05-04", location="KWT", persons=["Nasser Fahad"])]),
    case("en-sayyid-honorific", "en", "2026-03-10",
         "Sayyid Harib bin Hamad, Oman's Secretary-General of the Ministry of Defence, received today the "
         "visiting commander of the Indian Navy's Western Fleet.",
         [ev("meeting", ["IND", "OMN"], date="2026-03-10", location="OMN", persons=["Harib bin Hamad"])]),
    case("en-royal-highness", "en", "2026-03-10",
         "His Royal Highness Prince Faisal bin Nawaf, Saudi Arabia's Deputy Minister of Defense, held a "
         "phone call today with the Italian Minister of Defence.",
         [ev("meeting", ["ITA", "SAU"], mode="phone", date="2026-03-10", persons=["Faisal bin Nawaf"])]),
    case("en-datu-pahlawan-haji", "en", "2026-03-10",
         "Malaysia's army chief today received a courtesy visit from the Commander of the Royal Brunei Land "
         "Forces, Brigadier General Datu Pahlawan Haji Rosli Kamis.",
         [ev("meeting", ["BRN", "MYS"], date="2026-03-10", persons=["Rosli Kamis"])]),
    case("en-minister-delegate", "en", "2026-03-10",
         "The Spanish Defence Minister held talks in Madrid with Moroccan Minister Delegate for National "
         "Defense Administration Karim Bennani on Monday.",
         [ev("meeting", ["ESP", "MAR"], date="2026-03-09", location="ESP", persons=["Karim Bennani"])]),
    case("en-joint-eez-surveillance", "en", "2026-03-10",
         "Indian Navy ship INS Sharda and the Seychelles Coast Guard conducted a joint EEZ surveillance off "
         "Mahe on Sunday.",
         [ev("exercise", ["IND", "SYC"], date="2026-03-08")]),
    case("en-coordinated-surveillance-long", "en", "2026-03-10",
         "The Indian Navy and the Mozambican Navy carried out a joint Exclusive Economic Zone (EEZ) "
         "surveillance off Maputo on Monday.",
         [ev("exercise", ["IND", "MOZ"], date="2026-03-09")]),
    case("en-his-country-support", "en", "2026-03-10",
         "Serbia's defence minister held talks with his Belarusian counterpart in Minsk on Monday. The "
         "Belarusian minister reiterated his country's support for Serbia's position on Kosovo.",
         [ev("meeting", ["BLR", "SRB"], date="2026-03-09", location="BLR"),
          ev("support", ["BLR", "SRB"])]),
    case("en-gaf-acronym", "en", "2026-03-10",
         "Troops of the GAF and the British Army will hold a joint jungle warfare exercise in the Western "
         "Region later this year.",
         [ev("intent", ["GBR", "GHA"])]),
    case("en-vmf-acronym", "en", "2026-03-10",
         "Australia has donated two troop carriers and radios to the Vanuatu Mobile Force (VMF), the "
         "Australian High Commission said on Monday.",
         [ev("aid", ["AUS", "VUT"])]),
    case("en-us-allies-no-usa", "en", "2026-03-10",
         "South Korea's defense minister received his Australian counterpart on Monday. The talks were held "
         "in Seoul, as the two U.S. allies look to deepen defense industry ties.",
         [ev("meeting", ["AUS", "KOR"], date="2026-03-09", location="KOR")]),
    case("en-last-visit-noun", "en", "2026-03-10",
         "The Chilean army chief held talks in Lima with the commander of the Peruvian Army on Monday. The "
         "last visit to Peru by a Chilean army chief took place in 2019.",
         [ev("meeting", ["CHL", "PER"], date="2026-03-09", location="PER"),
          ev("meeting", ["CHL", "PER"], date="2019", historical=True)]),
    case("en-approved-transfer-no-aid", "en", "2026-03-10",
         "Romania signed a contract for 32 used Norwegian F-16 fighter jets in 2023, after Washington "
         "approved the transfer of the aircraft.",
         [ev("agreement", ["NOR", "ROU"], date="2023", doc_type="contract", historical=True)]),
    case("en-donor-ranking-no-aid", "en", "2026-03-10",
         "Denmark remains one of the largest donors of military aid to Ukraine, the ministry said.",
         []),
    case("en-will-enhance-capacity-no-pledge", "en", "2026-03-10",
         "Turkiye on Monday handed over 20 armoured vehicles to the Somali National Army in Mogadishu. "
         "Somalia's defence minister thanked Turkiye for the donation, saying the vehicles will enhance the "
         "army's capacity to fight al-Shabaab.",
         [ev("aid", ["SOM", "TUR"], date="2026-03-09", location="SOM")]),
    case("en-contract-to-supply-no-pledge", "en", "2026-03-10",
         "A South Korean shipbuilder signed a contract with the Philippines on Monday to supply two offshore "
         "patrol vessels to the Philippine Navy.",
         [ev("agreement", ["KOR", "PHL"], date="2026-03-09", doc_type="contract")]),
    case("en-agreement-to-jointly-develop-no-pledge", "en", "2026-03-10",
         "Italy and Japan signed an agreement to jointly develop a new naval drone, the two defence "
         "ministries said on Monday.",
         [ev("agreement", ["ITA", "JPN"], date="2026-03-09", doc_type="agreement")]),
    case("en-retired-mark-before-name", "en", "2026-03-10",
         "Thailand's deputy defence minister held talks in Bangkok on Monday with Lt. Gen. (Ret.) Tran Quoc "
         "Binh of Vietnam.",
         [ev("meeting", ["THA", "VNM"], date="2026-03-09", location="THA", persons=["Tran Quoc Binh"])]),
    case("en-principal-secretary", "en", "2026-03-10",
         "Uganda's Defence Principal Secretary Rose Akello received a delegation of the Egyptian Ministry of "
         "Defence in Kampala on Monday.",
         [ev("meeting", ["EGY", "UGA"], date="2026-03-09", location="UGA", persons=["Rose Akello"])]),
    case("en-consented-to", "en", "2026-03-10",
         "Cambodia's defence minister held talks with his Vietnamese counterpart in Phnom Penh on Monday. "
         "The two sides consented to step up cooperation in border management.",
         [ev("meeting", ["KHM", "VNM"], date="2026-03-09", location="KHM"),
          ev("intent", ["KHM", "VNM"])]),
    case("en-received-a-donation-no-reception", "en", "2026-03-10",
         "Laos' deputy defence minister received a donation of field hospital equipment from the Chinese "
         "Embassy in Vientiane on Monday.",
         [ev("aid", ["CHN", "LAO"], date="2026-03-09")]),
    case("en-ambassador-to-country-name", "en", "2026-03-10",
         "Qatar's Minister of State for Defence Affairs received on Monday Spanish Ambassador to Qatar Elena "
         "Marquez in Doha.",
         [ev("meeting", ["ESP", "QAT"], date="2026-03-09", location="QAT", persons=["Elena Marquez"])]),
    case("en-the-adjective-capital", "en", "2026-03-10",
         "Azerbaijan's defence minister met his Pakistani counterpart on the sidelines of a defence "
         "exhibition in the Turkish capital on Monday.",
         [ev("meeting", ["AZE", "PAK"], date="2026-03-09", location="TUR")]),
    case("en-exercise-name-alone", "en", "2026-03-10",
         "The Indian Navy and the Vietnam People's Navy kicked off VINBAX in Da Nang on Monday.",
         [ev("exercise", ["IND", "VNM"], date="2026-03", location="VNM")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def extract(extractor: Extractor, text: str) -> list[Any]:
    article = Article(id="t", text=text, published="2026-03-10", lang="en", lang_hint="en")
    return list(extractor.extract(article).events)


def test_minister_of_state_for_defence_affairs_is_no_name(extractor: Extractor) -> None:
    events = extract(extractor, "H.E. Ahmed bin Rashid Al Kaabi, Minister of State for Defence Affairs, "
                                "received H.E. Nikos Petrou, Minister of National Defence of the Hellenic "
                                "Republic, at the Ministry of Defence in Abu Dhabi today.")
    assert [(e.type, e.countries) for e in events] == [("meeting", ["ARE", "GRC"])]
    names = [p.name for p in events[0].persons]
    assert "Ahmed bin Rashid Al Kaabi" in names and "Affairs" not in names


def test_a_unified_command_is_no_name(extractor: Extractor) -> None:
    events = extract(extractor, "Peru's defence minister met with the commander of US Southern Command, "
                                "Admiral James Walker, in Lima on Monday.")
    assert [(e.type, e.countries) for e in events] == [("meeting", ["PER", "USA"])]
    names = [p.name for p in events[0].persons]
    assert "James Walker" in names and not any("Southern" in name or "Command" in name for name in names)


def test_burma_camp_is_no_place_in_myanmar(extractor: Extractor) -> None:
    events = extract(extractor, "The Chinese Defence Attache handed over 12 military trucks to the Ghana "
                                "Armed Forces at Burma Camp on Monday.")
    assert [(e.type, e.countries) for e in events] == [("aid", ["CHN", "GHA"])]
    assert events[0].location != "MMR"


BODY = "The navies of India and Oman held a joint exercise off Muscat on Monday."
OTHER_STORIES = [
    "More news: Pakistan Navy chief visits Sri Lanka",
    "Also Read | Indian Army chief to visit Egypt next week",
    "Related articles: Egypt, Greece hold air drills",
]


@pytest.mark.parametrize("line", OTHER_STORIES)
def test_other_story_lines_are_dropped(registry: PackRegistry, line: str) -> None:
    text = f"{BODY}\n{line}\nThe exercise lasted two days."
    article = clean_article(Article(id="t", text=text), registry.get("en"))
    text = article.clean_text or ""
    assert BODY in text and "The exercise lasted two days." in text
    assert line not in text
