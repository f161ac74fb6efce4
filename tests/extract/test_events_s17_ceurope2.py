"""The extract stage on short articles in Croatian, Hungarian and Latvian (and the other languages of the
ceurope2 set), written for these tests (none of these sentences is in tests/data/heldout/ceurope2.jsonl or
in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of each language's press: Croatian relative years
with a clitic between the words ("prošle je godine", the clitic comes second), the dative of a feminine
state name after a visit word ("u službenom posjetu Njemačkoj" places the visit in Germany: the adjective
stem njemačk* took the form), "od" (since) before the year a running total counts from, Hungarian companies
as signatories (a letter of intent of two firms is no event of their states), "egyetértési nyilatkozat" (a
memorandum of understanding) as no pledge and "hadgyakorlat" as a military word, the Czech and Slovak
genitive of state names in -sko ("návštěvu Chorvatska", "do Polska": the adjective stems took it) and the
locative "na návštěvě / návšteve", an Estonian infinitive "külastama / külastada" after an invitation as no
visit, the war or the situation in Ukraine as a topic of talks and no venue (cs sk sl hr lt lv et), weapons
named alone as defense context of a donation (bruņutransportieri, tankitõrjeraketid, protitankové střely,
protuoklopne rakete), lower-case adjectives no longer shadowed by a name "X*" of the same stem (češki,
švicarski, nizozemski, holandský), and Latvian "kopš" (since) before a running total.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Croatian: a clitic between the words of a relative year
    case("hr-last-year-with-clitic", "hr", DAY,
         "Hrvatski i poljski vojnici ovaj tjedan vježbaju na poligonu Slunj. Prošle su godine hrvatski i "
         "poljski vojnici održali zajedničku vježbu u Poljskoj.",
         [ev("exercise", ["HRV", "POL"], date="2025", location="POL", historical=True),
          ev("exercise", ["HRV", "POL"])]),
    case("hr-last-year-with-clitic-je", "hr", DAY,
         "Ministar obrane Hrvatske danas je u Zagrebu primio ministra obrane Albanije. Albanski ministar "
         "obrane prošle je godine posjetio Hrvatsku.",
         [ev("meeting", ["ALB", "HRV"], date=DAY, location="HRV"),
          ev("meeting", ["ALB", "HRV"], date="2025", historical=True)]),
    # ---- Croatian: the dative of a feminine state name after the visit word
    case("hr-visit-dative-name", "hr", DAY,
         "Hrvatski ministar obrane boravi u službenom posjetu Njemačkoj, gdje se sastao s njemačkim "
         "ministrom obrane.",
         [ev("meeting", ["DEU", "HRV"], mode="visit", location="DEU")]),
    case("hr-visit-dative-name-slovakia", "hr", DAY,
         "Načelnik Glavnog stožera Oružanih snaga RH u radnom je posjetu Slovačkoj, gdje ga je primio "
         "slovački načelnik glavnog stožera.",
         [ev("meeting", ["HRV", "SVK"], mode="visit", location="SVK")]),
    # ---- Croatian: "od" (since) before the year of a running total
    case("hr-since-running-total", "hr", DAY,
         "Hrvatski ministar obrane primio je slovenskog ministra obrane. Hrvatska je od 2022. Ukrajini "
         "isporučila 12 paketa vojne pomoći.",
         [ev("meeting", ["HRV", "SVN"], mode="visit", location="HRV")]),
    case("hr-range-from-to-still-dated", "hr", DAY,
         "Ministar obrane Hrvatske sastao se s ministrom obrane Slovenije od 10. do 12. ožujka u Ljubljani.",
         [ev("meeting", ["HRV", "SVN"], date="2026-03", location="SVN")]),
    # ---- Hungarian: companies as signatories
    case("hu-companies-letter-of-intent", "hu", DAY,
         "A lengyel és a magyar honvédelmi minisztérium keretmegállapodást írt alá. A tárgyalások szünetében "
         "egy lengyel és egy magyar cég szándéknyilatkozatot írt alá közös gyártásról.",
         [ev("agreement", ["HUN", "POL"], doc_type="agreement")]),
    case("hu-company-alone", "hu", DAY,
         "A német Rheinmetall és egy magyar védelmiipari vállalat együttműködési megállapodást írt alá.",
         []),
    case("hu-ministry-with-company-is-states", "hu", DAY,
         "A Honvédelmi Minisztérium szerződést írt alá a svéd Saab vállalattal Gripen repülőgépek "
         "karbantartásáról.",
         [ev("agreement", ["HUN", "SWE"])]),
    # ---- Czech and Slovak: the genitive of a state name in -sko after a visit or travel word
    case("cs-visit-genitive-name", "cs", DAY,
         "Ministr obrany přijel na oficiální návštěvu Chorvatska, kde jednal s chorvatským ministrem obrany.",
         [ev("meeting", ["CZE", "HRV"], mode="visit", location="HRV")]),
    case("cs-travel-to-genitive-name", "cs", DAY,
         "Český ministr obrany odcestoval do Polska, kde jednal s polským ministrem obrany.",
         [ev("meeting", ["CZE", "POL"], mode="visit", location="POL")]),
    case("cs-on-a-visit-locative", "cs", DAY,
         "Náčelník generálního štábu je na pracovní návštěvě Rakouska, kde se setkal s rakouskou "
         "ministryní obrany.",
         [ev("meeting", ["AUT", "CZE"], mode="visit", location="AUT")]),
    case("sk-on-a-visit-locative-genitive", "sk", DAY,
         "Minister obrany SR je na oficiálnej návšteve Poľska, kde sa stretol s poľským ministrom národnej "
         "obrany.",
         [ev("meeting", ["POL", "SVK"], mode="visit", location="POL")]),
    # ---- Hungarian: a memorandum of understanding is a document; the military exercise word is military
    case("hu-memorandum-of-understanding-no-pledge", "hu", DAY,
         "A magyar és a szlovák honvédelmi miniszter egyetértési nyilatkozatot írt alá a katonai "
         "együttműködésről.",
         [ev("agreement", ["HUN", "SVK"], doc_type="memorandum")]),
    case("hu-states-held-military-exercise", "hu", DAY,
         "Magyarország és Szlovákia közös hadgyakorlatot tartott.",
         [ev("exercise", ["HUN", "SVK"])]),
    # ---- Estonian: an infinitive of "visit" after an invitation is no visit made
    case("et-invited-to-visit-no-visit", "et", DAY,
         "Eesti kaitseminister kutsus Rootsi kolleegi Eestit külastama.",
         [ev("intent", ["EST", "SWE"])]),
    case("et-came-to-visit-and-met", "et", DAY,
         "Rootsi kaitseminister tuli Eestit külastama ja kohtus Eesti kaitseministriga.",
         [ev("meeting", ["EST", "SWE"], mode="visit")]),
    # ---- the war or the situation in Ukraine as the topic of talks: no venue
    case("cs-war-in-ukraine-topic", "cs", DAY,
         "Český ministr obrany jednal v úterý s polským ministrem obrany o válce na Ukrajině.",
         [ev("meeting", ["CZE", "POL"], date="2026-03-17", location=None)]),
    case("sk-war-in-ukraine-topic", "sk", DAY,
         "Slovenský minister obrany rokoval s českým ministrom obrany o vojne na Ukrajine.",
         [ev("meeting", ["CZE", "SVK"], location=None)]),
    case("sl-situation-in-ukraine-topic", "sl", DAY,
         "Slovenski obrambni minister se je s hrvaškim kolegom pogovarjal o razmerah v Ukrajini.",
         [ev("meeting", ["HRV", "SVN"], location=None)]),
    case("hr-war-in-ukraine-topic", "hr", DAY,
         "Hrvatski ministar obrane razgovarao je sa slovenskim ministrom obrane o ratu u Ukrajini.",
         [ev("meeting", ["HRV", "SVN"], location=None)]),
    case("lt-war-in-ukraine-topic", "lt", DAY,
         "Lietuvos gynybos ministras su Latvijos gynybos ministru aptarė karą Ukrainoje.",
         [ev("meeting", ["LTU", "LVA"], location=None)]),
    case("lv-war-in-ukraine-topic", "lv", DAY,
         "Latvijas aizsardzības ministrs ar Igaunijas kolēģi pārrunāja karu Ukrainā.",
         [ev("meeting", ["EST", "LVA"], location=None)]),
    case("et-war-in-ukraine-topic", "et", DAY,
         "Eesti kaitseminister arutas Läti kolleegiga sõda Ukrainas.",
         [ev("meeting", ["EST", "LVA"], location=None)]),
    case("cs-talks-held-in-ukraine-still-placed", "cs", DAY,
         "Český ministr obrany jednal na Ukrajině s ukrajinským ministrem obrany o válce na Ukrajině.",
         [ev("meeting", ["CZE", "UKR"], location="UKR")]),
    # ---- weapons named alone make the defense context of a donation
    case("lv-donated-armoured-personnel-carriers", "lv", DAY,
         "Latvija dāvināja Ukrainai bruņutransportierus.",
         [ev("aid", ["LVA", "UKR"])]),
    case("et-handed-over-anti-tank-missiles-last-year", "et", DAY,
         "Eesti andis mullu Ukrainale üle Javelin tankitõrjeraketid.",
         [ev("aid", ["EST", "UKR"], date="2025", historical=True)]),
    case("et-donated-apcs", "et", DAY,
         "Eesti kinkis Ukrainale soomustransportöörid.",
         [ev("aid", ["EST", "UKR"])]),
    case("cs-donated-anti-tank-missiles", "cs", DAY,
         "Česko darovalo Ukrajině protitankové střely.",
         [ev("aid", ["CZE", "UKR"])]),
    case("sk-donated-anti-tank-missiles", "sk", DAY,
         "Slovensko darovalo Ukrajine protitankové strely.",
         [ev("aid", ["SVK", "UKR"])]),
    case("hr-donated-anti-armour-missiles", "hr", DAY,
         "Hrvatska je Ukrajini donirala protuoklopne rakete.",
         [ev("aid", ["HRV", "UKR"])]),
    # ---- a name written "X*" with the stem of the adjective shadowed the lower-case adjective
    case("hr-czech-adjective", "hr", DAY,
         "Hrvatski i češki vojnici održali su zajedničku vježbu.",
         [ev("exercise", ["CZE", "HRV"])]),
    case("hr-swiss-adjective", "hr", DAY,
         "Hrvatski ministar obrane sastao se sa švicarskim ministrom obrane.",
         [ev("meeting", ["CHE", "HRV"])]),
    case("sl-dutch-adjective-at-nato", "sl", DAY,
         "Ob robu zasedanja obrambnih ministrov Nata v Bruslju se je slovenski obrambni minister sestal z "
         "nizozemskim kolegom.",
         [ev("meeting", ["NLD", "SVN"], mode="multilateral", location="BEL")]),
    case("sk-dutch-adjective-at-nato", "sk", DAY,
         "Na okraj zasadnutia ministrov obrany NATO v Bruseli sa slovenský minister obrany stretol s "
         "holandským ministrom obrany.",
         [ev("meeting", ["NLD", "SVK"], mode="multilateral", location="BEL")]),
    case("sl-visit-to-the-netherlands", "sl", DAY,
         "Slovenski obrambni minister je bil na obisku na Nizozemskem.",
         [ev("meeting", ["NLD", "SVN"], mode="visit", location="NLD")]),
    # ---- Balkan capitals in their cases in the Baltic languages
    case("lt-in-tirana", "lt", DAY,
         "Lietuvos krašto apsaugos ministras Tiranoje susitiko su Albanijos gynybos ministru.",
         [ev("meeting", ["ALB", "LTU"], location="ALB")]),
    case("lv-in-ljubljana", "lv", DAY,
         "Latvijas aizsardzības ministrs Ļubļanā tikās ar Slovēnijas aizsardzības ministru.",
         [ev("meeting", ["LVA", "SVN"], location="SVN")]),
    case("et-in-tbilisi", "et", DAY,
         "Eesti kaitseminister kohtus Tbilisis Gruusia kaitseministriga.",
         [ev("meeting", ["EST", "GEO"], location="GEO")]),
    case("et-in-sarajevo", "et", DAY,
         "Eesti kaitseminister kohtus Sarajevos Bosnia ja Hertsegoviina kaitseministriga.",
         [ev("meeting", ["BIH", "EST"], location="BIH")]),
    # ---- Latvian: "kopš" (since) before a running total
    case("lv-since-running-total", "lv", DAY,
         "Latvijas aizsardzības ministrs tikās ar Ukrainas aizsardzības ministru. Kopš 2022. gada Latvija "
         "Ukrainai nodevusi militāro palīdzību vairāk nekā 600 miljonu eiro vērtībā.",
         [ev("meeting", ["LVA", "UKR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
