"""The extract stage on short English articles in the styles of ministries' readouts and
releases (US DoD, UK MoD, India's PIB, Australian transcripts) and of Asian English-language
papers and wire services (invented officials, dates resolved against `published`).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; a case
passes when every expected event is found (type and country set) with the fields it states,
and no other event is predicted.  Same checks as tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- host verbs and visit wording in their inflections (pack audit of single-article entries) ---
    case("en-hosts-a-reception-for", "en", "2025-03-06",
         "Defence Minister Alan Reeve of Australia hosts a reception for visiting "
         "Indonesian Defence Minister "
         "Budi Santoso in Canberra on Tuesday. The two ministers discussed maritime security.",
         [ev("meeting", ["AUS", "IDN"], date="2025-03-04", mode="visit", actor=["IDN"], recipient=["AUS"])]),
    # --- readouts: a title that names its state (Secretary of Defense, Raksha Mantri) ------------
    case("en-aid-as-topic-of-a-call", "en", "2025-12-11",
         "British Defence Secretary John Smith held a phone call with his Ukrainian "
         "counterpart, with whom he "
         "discussed military aid.",
         [ev("meeting", ["GBR", "UKR"], mode="phone")]),
    case("en-aid-delivered-after-talks", "en", "2025-12-11",
         "After the talks in Kyiv, Britain delivered military aid to Ukraine, the Defence Ministry said.",
         [ev("meeting", ["GBR", "UKR"]), ev("aid", ["GBR", "UKR"])]),
    case("en-exercise-held-after-long-subject", "en", "2025-03-06",
         "The joint military exercise between the armed forces of India and the Nepali Army "
         "was held in Pithoragarh last week.",
         [ev("exercise", ["IND", "NPL"])]),
    case("en-exercise-discussed-in-another-clause", "en", "2025-03-06",
         "The ministers reviewed the joint exercise programme of the armed forces of "
         "India and Nepal; the talks "
         "were held in Delhi.",
         [ev("meeting", ["IND", "NPL"], location="IND")]),
    case("en-received-equipment-is-no-meeting", "en", "2025-08-29",
         "Kenya has received 16 armoured personnel carriers from the United States to "
         "support the operations of "
         "the Kenya Defence Forces.",
         []),
    case("en-received-a-guest-is-a-meeting", "en", "2025-08-29",
         "Kenya's Defence Cabinet Secretary received the visiting US Army chief in Nairobi on Thursday.",
         [ev("meeting", ["KEN", "USA"], date="2025-08-28", location="KEN")]),
    case("en-readout-spoke-by-phone", "en", "2024-07-04",
         "Secretary of Defense Martin Greer spoke by phone with Japanese Minister of "
         "Defense Haruto Ueda today "
         "to discuss the alliance and regional security.",
         [ev("meeting", ["JPN", "USA"], date="2024-07-04", mode="phone",
             persons=["Martin Greer", "Haruto Ueda"])]),
    case("en-readout-welcomed-to-pentagon", "en", "2025-03-12",
         "Secretary of Defense Martin Greer welcomed Latvian Minister of Defence Aivars "
         "Kalns to the Pentagon "
         "today. The leaders discussed defense spending. The two leaders committed to deepening defense "
         "industrial cooperation.",
         [ev("meeting", ["LVA", "USA"], date="2025-03-12", persons=["Martin Greer", "Aivars Kalns"]),
          ev("intent", ["LVA", "USA"])]),
    case("en-pib-bilateral-series", "en", "2024-07-04",
         "Raksha Mantri Shri Arvind Mehra held bilateral meetings with Minister of Defence "
         "of Oman Salim Harthi, "
         "Minister of Defence of Kenya Peter Otieno and Minister of Defence of Ghana Kofi Mensah on the "
         "sidelines of the conclave in New Delhi on July 3, 2024.",
         [ev("meeting", ["IND", "OMN"], date="2024-07-03", mode="multilateral"),
          ev("meeting", ["IND", "KEN"], date="2024-07-03", mode="multilateral"),
          ev("meeting", ["GHA", "IND"], date="2024-07-03", mode="multilateral")]),
    case("en-pib-telephonic-conversation", "en", "2024-07-05",
         "Raksha Mantri Shri Arvind Mehra held a telephonic conversation with Australian Defence Minister "
         "Mr Liam Porter on July 4, 2024. A range of issues pertaining to bilateral defence cooperation were "
         "reviewed.",
         [ev("meeting", ["AUS", "IND"], date="2024-07-04", mode="phone",
             persons=["Arvind Mehra", "Liam Porter"])]),
    # --- wire leads: phone talks, separate calls, 'the three countries' after a series -------------
    case("en-wire-phone-talks", "en", "2024-07-04",
         "Vietnamese Defence Minister General Tran Van Long held phone talks with his Chinese counterpart "
         "Zhou Ming on Wednesday.",
         [ev("meeting", ["CHN", "VNM"], date="2024-07-03", mode="phone")]),
    case("en-series-then-three-countries", "en", "2023-04-29",
         "Raksha Mantri Arvind Mehra held bilateral meetings with Minister of Defence of "
         "Uzbekistan Lieutenant "
         "General Aziz Karimov, Minister of Defence of Belarus Lieutenant General Ivan "
         "Petrovich and Minister of "
         "Defence of Kyrgyzstan Lieutenant General Asan Toktogulov on the sidelines of "
         "the meeting in New Delhi "
         "on April 28, 2023. Defence cooperation with the three countries was reviewed during the meetings.",
         [ev("meeting", ["IND", "UZB"], date="2023-04-28"), ev("meeting", ["BLR", "IND"], date="2023-04-28"),
          ev("meeting", ["IND", "KGZ"], date="2023-04-28")]),
    # --- exercises: progressive and other verbs of holding -----------------------------------------
    case("en-exercise-are-conducting", "en", "2024-07-04",
         "Indian and French troops are conducting a joint military exercise in Rajasthan, the Indian Army "
         "said on Wednesday.",
         [ev("exercise", ["FRA", "IND"])]),
    case("en-exercise-staged-drills", "en", "2024-07-04",
         "The navies of India and Sri Lanka staged joint naval drills off Colombo on Tuesday.",
         [ev("exercise", ["IND", "LKA"], date="2024-07-02")]),
    case("en-exercise-discussed-not-held", "en", "2022-10-04",
         "Turkish Defence Minister Kemal Aydin received his Georgian counterpart Levan Beridze in Ankara on "
         "Monday. At the meeting, the importance of holding joint military exercises was stressed.",
         [ev("meeting", ["GEO", "TUR"], date="2022-10-03")]),
    # --- agreements: press idioms, guidelines, documents that enable transfers -------------------
    case("en-agreement-put-pen-to-paper", "en", "2024-10-23",
         "British Defence Secretary Alan Marsh and his Norwegian counterpart Erik Dahl put pen to paper on a "
         "defence agreement in London this morning.",
         [ev("agreement", ["GBR", "NOR"], date="2024-10-23", doc_type="agreement")]),
    case("en-agreement-enabling-transfers", "en", "2024-07-04",
         "The defence ministers of Japan and Indonesia inked an agreement on the "
         "transfer of defence equipment "
         "and technology in Jakarta on Tuesday.",
         [ev("agreement", ["IDN", "JPN"], date="2024-07-02", doc_type="agreement")]),
    # --- aid and support ---------------------------------------------------------------------------
    case("en-support-ironclad", "en", "2024-07-04",
         "Secretary of Defense Martin Greer spoke with Philippine Secretary of National "
         "Defense Ramon Cruz on "
         "Wednesday. He reaffirmed the ironclad U.S. alliance commitment to the Philippines.",
         [ev("meeting", ["PHL", "USA"], date="2024-07-03", mode="phone"), ev("support", ["PHL", "USA"])]),
    case("en-no-meeting-meets-the-needs", "en", "2025-06-26",
         "More than 5,000 Ukrainian soldiers have been trained by the UK. British "
         "instructors deliver training "
         "that meets the needs of the Armed Forces of Ukraine.",
         [ev("aid", ["GBR", "UKR"])]),
    case("en-intent-would-like-to", "en", "2016-01-01",
         "Chinese Defense Minister Zhou Ming had a phone conversation with his South Korean counterpart Park "
         "Jin-ho on Thursday. China would like to enhance military cooperation with South Korea, Zhou said.",
         [ev("meeting", ["CHN", "KOR"], date="2015-12-31", mode="phone"), ev("intent", ["CHN", "KOR"])]),
    # --- VNA and army papers: friendship exchanges; arms deals and trainees in the wire register ------
    case("en-vna-friendship-exchange", "en", "2024-07-04",
         "Vietnam and Laos held their 5th Border Defence Friendship Exchange in Dien Bien on Tuesday.",
         [ev("meeting", ["LAO", "VNM"], date="2024-07-02")]),
    case("en-wire-contract-for-tanks", "en", "2024-07-04",
         "South Korea and Norway on Tuesday inked a $2 billion contract for 50 tanks, "
         "Seoul's arms procurement "
         "agency said.",
         [ev("agreement", ["KOR", "NOR"], date="2024-07-02", doc_type="contract")]),
    case("en-wire-trainees-completed-training", "en", "2024-07-04",
         "The first group of Ukrainian pilots completed their fighter jet training in "
         "Denmark on Tuesday, the "
         "Danish defence ministry said.",
         [ev("aid", ["DNK", "UKR"], date="2024-07-02")]),
    case("en-no-agreement-would-not-sign", "en", "2024-07-04",
         "Japanese Defense Minister Haruto Ueda said on Wednesday that Japan would not "
         "sign any deal with China "
         "that undermines its security.",
         []),
    case("en-agreement-under-the-deal-still-signed", "en", "2024-06-02",
         "Secretary of Defense Martin Greer spoke with Philippine Secretary of National Defense Ramon Cruz. "
         "The secretaries hailed the progress made over the past year, including expanding cooperation under "
         "the Enhanced Defense Cooperation Agreement and concluding Bilateral Defense Guidelines.",
         [ev("meeting", ["PHL", "USA"], mode="phone"), ev("agreement", ["PHL", "USA"], historical=True)]),
    case("en-au-release-hon-mp", "en", "2024-07-04",
         "The Hon Liam Porter MP, Deputy Prime Minister and Minister for Defence, today "
         "met with the Philippine "
         "Secretary of National Defense, Ramon Cruz, in Canberra.",
         [ev("meeting", ["AUS", "PHL"], date="2024-07-04", persons=["Liam Porter", "Ramon Cruz"])]),
    case("en-pib-exchange-of-mous", "en", "2024-07-04",
         "Raksha Mantri Shri Arvind Mehra and Vietnamese Defence Minister General Tran "
         "Van Long witnessed the "
         "exchange of MoUs on cyber security and military medicine in New Delhi on Tuesday.",
         [ev("agreement", ["IND", "VNM"], date="2024-07-02", doc_type="memorandum")]),
    case("en-pib-co-chaired-dialogue", "en", "2024-07-04",
         "Indian Defence Secretary Vikram Rao and Vietnamese Deputy Defence Minister Le "
         "Van Minh co-chaired the "
         "annual India-Vietnam defence review in New Delhi on Tuesday.",
         [ev("meeting", ["IND", "VNM"], date="2024-07-02")]),
    # --- wire stories from a forum: threats are no events; 'his X, Y and Z counterparts' meet together ---
    case("en-wire-forum-threat-and-four-way", "en", "2024-06-02",
         "SINGAPORE, June 1 (AFP) - Chinese Defence Minister Wang Lei warned on Saturday "
         "that Beijing would take "
         "resolute action against Taiwan independence, in a speech at the Shangri-La Dialogue. US Defense "
         "Secretary Martin Greer also held talks with his Japanese, Australian and "
         "Philippine counterparts in a "
         "four-way meeting on Saturday.",
         [ev("meeting", ["AUS", "JPN", "PHL", "USA"], date="2024-06-01", mode="multilateral")]),
    case("en-wire-offensive-is-no-meeting", "en", "2024-06-14",
         "NATO defence ministers met in Brussels on Thursday to discuss support for "
         "Ukraine, as Russian forces "
         "pressed their offensive in the Kharkiv region.",
         []),
    # --- ministers' transcripts and Indian headlines ------------------------------------------------
    case("en-transcript-pleasure-to-welcome", "en", "2025-08-11",
         "Joint press conference, Geelong\n\nLIAM PORTER, DEPUTY PRIME MINISTER: It's a "
         "real pleasure to welcome "
         "the Japanese Defence Minister Kenta Mori to Geelong today. The relationship "
         "between Australia and Japan "
         "has never been stronger.",
         [ev("meeting", ["AUS", "JPN"], date="2025-08-11")], title="Joint press conference, Geelong"),
    case("en-india-dialled-counterpart", "en", "2025-08-11",
         "Defence Minister Arvind Mehra on Tuesday dialled his US counterpart Martin Greer "
         "and discussed ways to "
         "deepen the India-US defence partnership.",
         [ev("meeting", ["IND", "USA"], date="2025-08-05", mode="phone")]),
    case("en-philippine-secretary-of-defense-is-not-us", "en", "2024-07-04",
         "Philippine Secretary of Defense Ramon Cruz met Japanese Defense Minister Haruto Ueda in Tokyo on "
         "Tuesday.",
         [ev("meeting", ["JPN", "PHL"], date="2024-07-02", location="JPN")]),
    case("en-wire-possessive-capital", "en", "2024-07-04",
         "Japanese Defence Minister Haruto Ueda held talks with Beijing's defence chief "
         "Zhou Ming on Saturday.",
         [ev("meeting", ["CHN", "JPN"], date="2024-06-29")]),
    # --- background: earlier occurrences listed by date; one multinational exercise -----------------
    case("en-background-visits-listed", "en", "2024-05-10",
         "Jordan's Chief of the General Staff General Omar Haddad arrived in Islamabad on "
         "Thursday for talks with "
         "Pakistani Army Chief General Tariq Khan. Haddad had previously visited Pakistan in July 2018 and "
         "October 2019.",
         [ev("meeting", ["JOR", "PAK"], date="2024-05-09"),
          ev("meeting", ["JOR", "PAK"], date="2018-07", historical=True),
          ev("meeting", ["JOR", "PAK"], date="2019-10", historical=True)]),
    case("en-background-visits-without-publication-day", "en", None,
         "Jordan's Chief of the General Staff General Omar Haddad will travel to "
         "Islamabad at the invitation of "
         "Pakistani Army Chief General Tariq Khan. Haddad had previously visited Pakistan in July 2018 and "
         "October 2019.",
         [ev("intent", ["JOR", "PAK"]),
          ev("meeting", ["JOR", "PAK"], date="2018-07", historical=True, mode="visit"),
          ev("meeting", ["JOR", "PAK"], date="2019-10", historical=True, mode="visit")]),
    case("en-intent-of-a-third-pair-is-a-topic", "en", "2025-09-09",
         "South Korean Defense Minister Ahn Min-jae held talks with Japanese Defense Minister Kenji Sato in "
         "Seoul on Monday. The two ministers also stressed the need to counter the deepening military "
         "cooperation between North Korea and Russia, which will supply more weapons.",
         [ev("meeting", ["JPN", "KOR"], date="2025-09-08")]),
    case("en-background-visit-by-an-unnamed-minister", "en", "2025-09-09",
         "Japanese Defense Minister Kenji Sato held talks with South Korean Defense Minister Ahn Min-jae in "
         "Seoul on Monday. A Japanese defense minister last visited South Korea in October 2015.",
         [ev("meeting", ["JPN", "KOR"], date="2025-09-08"),
          ev("meeting", ["JPN", "KOR"], date="2015-10", historical=True)]),
    case("en-background-state-visit-is-no-defense-meeting", "en", "2025-09-09",
         "Vietnamese Defense Minister Phan Van Lam held talks with Azerbaijani Defense "
         "Minister Zakir Aliyev in "
         "Baku on Monday. During the state visit of General Secretary To Minh to "
         "Azerbaijan in May 2025, the two "
         "countries agreed to expand defense cooperation.",
         # agreed in May, at an earlier visit: background (GUIDELINES), dated when it was agreed
         [ev("meeting", ["AZE", "VNM"], date="2025-09-08"),
          ev("intent", ["AZE", "VNM"], date="2025-05", historical=True)]),
    case("en-intent-year-is-its-horizon-not-its-day", "en", None,
         "Serbian Defense Minister Milan Petrovic and Hungarian Defense Minister Kristof "
         "Szabo signed a military "
         "cooperation plan in Belgrade on Tuesday. Under the plan, the two armies will "
         "hold 79 joint activities "
         "in 2025.",
         [ev("agreement", ["HUN", "SRB"], date=None), ev("intent", ["HUN", "SRB"], date=None)]),
    case("en-counterparts-of-the-unnamed-home-state", "en", "2016-01-01",
         "China opened direct military phone links with Vietnam and South Korea on "
         "Thursday. Defense Minister "
         "Chen Hao had his first phone conversations with his Vietnamese counterpart Tran Van Long and South "
         "Korean counterpart Park Jin-su separately on Thursday.",
         [ev("meeting", ["CHN", "VNM"], date="2015-12-31", mode="phone"),
          ev("meeting", ["CHN", "KOR"], date="2015-12-31", mode="phone")]),
    case("en-signings-listed-with-their-years", "en", "2025-12-13",
         "Defence Minister Ahmad Rahman said Malaysia has also signed defence cooperation memorandums with "
         "China (2016), Japan (2018) and Laos (2019).",
         [ev("agreement", ["CHN", "MYS"], date="2016", historical=True, doc_type="memorandum"),
          ev("agreement", ["JPN", "MYS"], date="2018", historical=True, doc_type="memorandum"),
          ev("agreement", ["LAO", "MYS"], date="2019", historical=True, doc_type="memorandum")]),
    case("en-two-day-patrol-keeps-its-first-day", "en", "2025-11-25",
         "From 19 to 20 November, the Vietnamese and Chinese navies conducted their 39th joint patrol in the "
         "Gulf of Tonkin.",
         [ev("exercise", ["CHN", "VNM"], date="2025-11-19")]),
    case("en-week-long-exercise-by-its-month", "en", "2025-11-25",
         "From 10 to 16 November, Indian and Thai troops conducted a joint exercise in Meghalaya.",
         [ev("exercise", ["IND", "THA"], date="2025-11")]),
    case("en-exercise-held-in-listed-years", "en", "2023-03-15",
         "China, Iran and Russia began a joint naval exercise in the Gulf of Oman today. According to the "
         "Russian defence ministry, the joint exercise was also held in 2019 and 2022.",
         [ev("exercise", ["CHN", "IRN", "RUS"], date="2023-03"),
          ev("exercise", ["CHN", "IRN", "RUS"], date="2019", historical=True),
          ev("exercise", ["CHN", "IRN", "RUS"], date="2022", historical=True)]),
    case("en-exercise-part-of-multinational", "en", "2024-08-22",
         "Thailand, Indonesia and Singapore began the joint exercise on Monday. "
         "An Indonesian marine battalion conducted a joint exercise drill with Thai forces on the beach.",
         [ev("exercise", ["IDN", "SGP", "THA"], date="2024-08")]),
    # a joint press event of two ministers is their meeting
    case("en-meeting-joint-press-event", "en", "2024-03-12",
         "At a joint press event in Oslo on Tuesday, Norwegian Defence Minister Lars Berg and his Swedish "
         "counterpart Erik Lund said the two countries would deepen cooperation in the High North.",
         [ev("meeting", ["NOR", "SWE"], date="2024-03-12", location="NOR")]),
    # equipment words (radars, drones, mine clearance) are the military context of an offer or a handover
    case("en-intent-ready-radars", "en", "2024-06-12",
         "Finland is ready to hand over several coastal radars to Latvia.",
         [ev("intent", ["FIN", "LVA"])]),
    case("en-aid-drones-mine-clearance", "en", "2024-06-12",
         "Denmark has handed over two drones and mine clearance equipment to Lithuania.",
         [ev("aid", ["DNK", "LTU"])]),
    case("en-no-aid-civil-handover", "en", "2024-06-12",
         "Denmark handed over the keys of a new embassy building to Lithuania.",
         []),
    # the host's greeting in joint remarks names the visiting counterpart
    case("en-meeting-acknowledge-friend", "en", "2025-08-11",
         "Australia's Defence Minister Tom Reid said in Port Moresby: Can I acknowledge my good friend, "
         "Papua New Guinea's Minister for Defence John Kila.",
         [ev("meeting", ["AUS", "PNG"], location="PNG")]),
    # "is set to deliver", "considering sending", "are to jointly develop": plans, so intents
    case("en-intent-set-to-deliver", "en", "2024-06-12",
         "Germany is set to deliver more air defence systems to Ukraine, the ministry said.",
         [ev("intent", ["DEU", "UKR"])]),
    case("en-intent-considering-sending", "en", "2024-06-12",
         "Sweden is considering sending fighter jets to Ukraine.",
         [ev("intent", ["SWE", "UKR"])]),
    case("en-intent-to-jointly-develop", "en", "2024-06-12",
         "Britain and Germany are to jointly develop a long-range missile.",
         [ev("intent", ["DEU", "GBR"])]),
    case("en-intent-earmarked", "en", "2024-06-12",
         "Germany has earmarked 500 million euros in military aid for Ukraine.",
         [ev("intent", ["DEU", "UKR"])]),
    case("en-intent-committed-another", "en", "2024-06-12",
         "Australia has committed another batch of armoured vehicles to Ukraine.",
         [ev("intent", ["AUS", "UKR"])]),
    # "provided X with", "has sent X", training another army's pilots: aid
    case("en-aid-provided-with", "en", "2024-06-12",
         "Canada has provided Latvia with additional tanks.",
         [ev("aid", ["CAN", "LVA"])]),
    case("en-aid-has-sent-batch", "en", "2024-06-12",
         "The United States has sent Ukraine another batch of howitzers.",
         [ev("aid", ["UKR", "USA"])]),
    case("en-aid-training-pilots", "en", "2024-06-12",
         "Britain is training Ukrainian pilots on Typhoon jets.",
         [ev("aid", ["GBR", "UKR"])]),
    # joining or standing next to the counterpart is a joint appearance
    case("en-meeting-joined-counterpart", "en", "2024-06-12",
         "Britain's Defence Secretary joined his Polish counterpart at a press conference "
         "in Warsaw on Tuesday.",
         [ev("meeting", ["GBR", "POL"], date="2024-06-11", location="POL")]),
    case("en-meeting-standing-next-to", "en", "2024-06-12",
         "Britain's Defence Secretary, standing next to his Polish counterpart in Warsaw, "
         "said the alliance was "
         "united.",
         [ev("meeting", ["GBR", "POL"], location="POL")]),
    # "struck a ... pact", "finalised": a signing
    case("en-agreement-struck-pact", "en", "2024-06-12",
         "Britain and Poland struck a defence pact on Tuesday.",
         [ev("agreement", ["GBR", "POL"], date="2024-06-11")]),
    case("en-agreement-finalised", "en", "2024-06-12",
         "Britain and Poland finalised a defence cooperation agreement on Tuesday.",
         [ev("agreement", ["GBR", "POL"], date="2024-06-11")]),
    # an offer is an intent, condolences are none
    case("en-intent-has-offered", "en", "2024-06-12",
         "Britain has offered Poland more air defence systems.",
         [ev("intent", ["GBR", "POL"])]),
    case("en-no-intent-condolences", "en", "2024-06-12",
         "Britain has offered its deepest condolences to Poland after a military "
         "helicopter crashed on Tuesday.",
         []),
    case("en-aid-has-handed", "en", "2024-06-12",
         "Britain has handed Ukraine more than 100 armoured vehicles.",
         [ev("aid", ["GBR", "UKR"])]),
    case("en-exercise-forces-wrapped-up", "en", "2024-06-12",
         "British and Polish forces wrapped up a two-week exercise on Tuesday.",
         [ev("exercise", ["GBR", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
