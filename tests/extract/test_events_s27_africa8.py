"""The extract stage on short articles in ten African languages written for these tests (none of these
sentences is in tests/data/heldout/africa8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the national press of the africa8 set: the
trainees' side of future training (st "a tla koetlisoa ke", "ba tla ya … ho ya fumana koetliso"), the
possessive of the isiZulu exercise noun (zu "uhlelo lokuzilolonga") and a place after the relative of being
at (zu "okuseMozambique"), the remote past of -bamba (xh "wabamba umthambo") and months with "ngo-" written
onto them (xh "ngoSeptemba 2025"), a patrol craft that is no observer (mg "sambo mpanara-maso"), Saturday
without CLDR's a- (mg "ny Sabotsy teo"), a joint exercise "done" (ha "sun yi atisayen"), the giver's "e
file", "o neile" (tn), the receiver's "akagamuchira ndege dzehondo" (sn), the host's "gbà àlejò" with its
tone (yo) and joint training with "military" inside (om "leenjii waraanaa waloo"); and a Somali site menu
whose "Muuqaal" (video) is furniture.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- st: the trainees' side of future training: "will be trained by", "will go to X to receive training"
    case("st-tla-koetlisoa-ke-is-an-intent", "st", DAY,
         "Masole a sesole sa Lesotho a tla koetlisoa ke Chaena ho tsamaisa lifofane tse se nang bakhanni.",
         [ev("intent", ["CHN", "LSO"])]),
    case("st-tla-ya-ho-ya-fumana-koetliso-is-an-intent", "st", DAY,
         "Balaoli ba leshome ba LDF ba tla ya Afrika Borwa ho ya fumana koetliso ea sesole khoeling e tlang.",
         [ev("intent", ["LSO", "ZAF"])]),
    # ---- zu: the exercise noun in the possessive ("uhlelo lokuzilolonga": a programme of exercise)
    case("zu-lokuzilolonga-is-an-exercise", "zu", DAY,
         "Amasosha aseNingizimu Afrika naseMozambique aqale uhlelo lokuzilolonga ngoMsombuluko.",
         [ev("exercise", ["MOZ", "ZAF"], date="2026-09")]),
    # ---- zu: the relative of being at a place ("okuseMozambique": that is in Mozambique) names the place
    case("zu-okuse-is-a-place", "zu", DAY,
         "Amasosha aseNingizimu Afrika naseMozambique aqede ukuzivocavoca okuhlanganyelwe okuseMozambique "
         "ngoLwesibili.",
         [ev("exercise", ["MOZ", "ZAF"], location="MOZ")]),
    # ---- xh: the remote past "wabamba" (held), as an earlier exercise is told
    case("xh-wabamba-umthambo-is-an-exercise-held", "xh", DAY,
         "Umkhosi waselwandle woMzantsi Afrika wabamba umthambo kunye nomkhosi waselwandle "
         "waseBrazil ngo-2024.",
         [ev("exercise", ["BRA", "ZAF"], date="2024", historical=True)]),
    # ---- xh: a month with "ngo-" written onto it ("ngoSeptemba 2025": in September 2025)
    case("xh-ngoseptemba-is-the-month", "xh", DAY,
         "NgoSeptemba 2025, amajoni oMzantsi Afrika naseBotswana enze umthambo odibeneyo eBotswana.",
         [ev("exercise", ["BWA", "ZAF"], date="2025-09", location="BWA", historical=True)]),
    # ---- mg: "sambo mpanara-maso" is a patrol boat, its giver no observer
    case("mg-sambo-mpanara-maso-is-no-observer", "mg", DAY,
         "Nanome sambo mpanara-maso telo ny tafika an-dranomasina malagasy i Japana.",
         [ev("aid", ["JPN", "MDG"])]),
    # ---- mg: Saturday as the press writes it, without CLDR's a- ("ny Sabotsy teo": last Saturday)
    case("mg-ny-sabotsy-teo-is-last-saturday", "mg", DAY,
         "Nandray ny minisitry ny fiarovana indiana tao Antananarivo ny minisitry ny "
         "fiarovam-pirenena malagasy ny Sabotsy teo.",
         [ev("meeting", ["IND", "MDG"], date="2026-09-12")]),
    # ---- tn: the perfect of "go fa" / "go naya" (to give): "e file", "o neile"
    case("tn-e-file-is-a-delivery", "tn", DAY,
         "China e file Botswana Defence Force dikoloi tsa sesole tse di masome mabedi ka Labobedi.",
         [ev("aid", ["BWA", "CHN"], date="2026-09-15")]),
    case("tn-o-neile-is-a-delivery", "tn", DAY,
         "India e neile masole a Botswana dikoloi di le lesome maabane.",
         [ev("aid", ["BWA", "IND"], date="2026-09-15")]),
    # ---- sn: the receiver of war material ("akagamuchira ndege dzehondo kubva ku-": received warplanes from)
    case("sn-gamuchira-ndege-dzehondo-is-a-delivery", "sn", DAY,
         "Mauto eZimbabwe akagamuchira ndege dzehondo mbiri kubva kuChina neChipiri.",
         [ev("aid", ["CHN", "ZWE"], date="2026-09-15")]),
    # ---- ha: "yi" (do) with the exercise noun: "sun yi atisayen haɗin gwiwa" (they held a joint exercise)
    case("ha-sun-yi-atisaye-is-an-exercise-held", "ha", DAY,
         "Sojojin Chadi da na Kamaru sun yi atisayen haɗin gwiwa a yankin tafkin Chadi ranar Litinin.",
         [ev("exercise", ["CMR", "TCD"])]),
    # ---- yo: the host "gbà àlejò" (received the guest) with the verb's low tone written
    case("yo-gba-alejo-with-tone-is-a-reception", "yo", DAY,
         "Olórí ọmọ ogun Ghana gbà àlejò olórí ọmọ ogun Togo ní Accra ní ọjọ́ Ìṣẹ́gun.",
         [ev("meeting", ["GHA", "TGO"], date="2026-09-15", mode="visit", actor=["TGO"], recipient=["GHA"])]),
    # ---- om: joint training with "military" between its words ("leenjii waraanaa waloo")
    case("om-leenjii-waraanaa-waloo-is-an-exercise", "om", DAY,
         "Loltoonni Itoophiyaa fi Jibuutii leenjii waraanaa waloo torban darbe xumuran.",
         [ev("exercise", ["DJI", "ETH"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("so-menu-line-with-muuqaal", "so",
     "Wararka | Siyaasad | Amni | Dhaqaale | Muuqaal\n\n"
     "Taliyaha ciidamada Soomaaliya ayaa Muqdisho ku qaabilay wafdi ka socday ciidamada Kenya.\n\n"
     "Labada dhinac ayaa ka wada hadlay amniga xuduudda.\n",
     ["Taliyaha ciidamada Soomaaliya", "Labada dhinac ayaa"], ["Siyaasad | Amni"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)
