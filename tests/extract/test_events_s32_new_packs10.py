"""The extract stage on short articles in six languages that had no pack before session 32 (written for these
tests; none of these sentences is in tests/data/heldout/new_packs10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py.  They pin the general vocabulary of the new packs:
- ss (siSwati): "uvakashele … wahlangana ne-" (visited … met), "basayine sivumelwano" (signed an agreement),
  "unikete" (handed over: "weTaiwan" before it holds "ta", which the future marker must not read), "ente
  kuvivinya ndzawonye" (held a joint exercise);
- dz (Dzongkha): "ལྟ་སྐོར་ … མཇལ་འཕྲད་འབད་ཡི" (visit, met), "མིང་རྟགས་བཀོད" (signed), "ཕུལ་ཡི" (gave), weekdays read as
  Kuensel writes them (CLDR's one-syllable abbreviations are not weekdays: "གཟའ་མིག་དམར" is Tuesday);
- hmn (Hmong): "tau mus xyuas … sib tham nrog" (visited, held talks with), "kos npe rau daim ntawv cog lus"
  (signed an agreement), "kev cob qhia tub rog ua ke … tau muaj" (a joint exercise was held), "muab … rau"
  (handed over), demining as military context ("yuav pab … kev tshem foob pob": a pledge);
- gv (Manx): "haink … quail rish" (met), "screeu … coardail" (signed an agreement), "cleaghtey caggee
  cooidjagh" (joint exercise), "hug … da" (gave to);
- bh (Bhojpuri): "से भेंट कइलें" (met), "समझौता पर दस्तखत कइलें" (signed), "संयुक्त अभ्यास … शुरू भइल" (a joint
  exercise began), "सौंप दिहलस" (handed over); "से" (with, from) alone starts no exercise;
- sco (Scots): "forgaithert wi" (met), "pit their names tae a letter o intent" (signed), "stertit the
  exercise" (began), "will train … neist year" (a pledge).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- ss: siSwati
    case("ss-vakashele-wahlangana-is-a-visit", "ss", DAY,
         "Ngcongcoshe weTekuvikela waseBotswana uvakashele Eswatini ngeLesibili wahlangana nemkhuzi we-UEDF "
         "eManzini.",
         [ev("meeting", ["BWA", "SWZ"], date="2026-09-15", location="SWZ", mode="visit")]),
    case("ss-basayine-sivumelwano-is-an-agreement", "ss", DAY,
         "Eswatini neZimbabwe basayine sivumelwano sekubambisana etintfweni tekuvikela ngeMsombuluko "
         "eMbabane.",
         [ev("agreement", ["SWZ", "ZWE"], date="2026-09-14", location="SWZ", doc_type="agreement")]),
    case("ss-unikete-timoto-temasotja-is-aid-not-a-pledge", "ss", DAY,
         "Hulumende weTaiwan unikete Libutfo Lwemasotja aseEswatini (UEDF) tikhali ngeLesihlanu eMatsapha.",
         [ev("aid", ["SWZ", "TWN"], date="2026-09-11", location="SWZ")]),
    case("ss-enta-kuvivinya-ndzawonye-is-an-exercise", "ss", DAY,
         "Emasotja aseEswatini naseNingizimu Afrika ente kuvivinya ndzawonye eLomahasha ngeLesibili.",
         [ev("exercise", ["SWZ", "ZAF"], date="2026-09-15", location="SWZ")]),
    # ---- dz: Dzongkha
    case("dz-lta-skor-mjal-phrad-is-a-visit", "dz", DAY,
         "བལ་ཡུལ་གྱི་དམག་སྡེའི་འགོ་དཔོན་གྱིས་ གཟའ་མིག་དམར་ ཐིམ་ཕུག་ལུ་ ལྟ་སྐོར་འབད་དེ་ འབྲུག་རྒྱལ་གཞུང་དམག་སྡེའི་ "
         "གོང་བློན་གོང་མ་ དང་ མཇལ་འཕྲད་འབད་ཡི།",
         [ev("meeting", ["BTN", "NPL"], date="2026-09-15", location="BTN", mode="visit")]),
    case("dz-ming-rtags-bkod-is-an-agreement", "dz", DAY,
         "འབྲུག་དང་ བང་ལ་དེཤ་གཉིས་ཀྱིས་ གཟའ་ཟླཝ་ ཐིམ་ཕུག་ལུ་ དམག་སྡེའི་སྦྱོང་བརྡར་གྱི་ གྲོས་ཆོད་ལུ་ མིང་རྟགས་བཀོད་ཡི།",
         [ev("agreement", ["BGD", "BTN"], date="2026-09-14", location="BTN", doc_type="agreement")]),
    case("dz-phul-is-aid", "dz", DAY,
         "ཇ་པཱན་གཞུང་གིས་ གཟའ་ཕུར་བུ་ འབྲུག་རྒྱལ་གཞུང་དམག་སྡེ་ལུ་ དམག་སྡེའི་སྣུམ་འཁོར་ ༡༠ ཕུལ་ཡི།",
         [ev("aid", ["BTN", "JPN"], date="2026-09-10")]),
    # ---- hmn: Hmong
    case("hmn-mus-xyuas-sib-tham-is-a-visit", "hmn", DAY,
         "Tus Thawj Saib Xyuas Kev Tiv Thaiv Teb Chaws ntawm Nplog tau mus xyuas Kas Pus Cias thiab tau sib "
         "tham nrog tus Thawj Saib Xyuas Kev Tiv Thaiv Teb Chaws ntawm Kas Pus Cias nyob hauv nroog "
         "Phnom Penh hnub Ob.",
         [ev("meeting", ["KHM", "LAO"], date="2026-09-15", location="KHM", mode="visit")]),
    case("hmn-kos-npe-daim-ntawv-cog-lus-is-an-agreement", "hmn", DAY,
         "Nplog thiab Lavxias tau kos npe rau daim ntawv cog lus txog kev koom tes tub rog hnub Ib.",
         [ev("agreement", ["LAO", "RUS"], date="2026-09-14", doc_type="agreement")]),
    case("hmn-cob-qhia-tub-rog-ua-ke-tau-muaj-is-an-exercise", "hmn", DAY,
         "Tub rog Nplog thiab tub rog Nyab Laj tau ua kev cob qhia tub rog ua ke nyob rau hauv xeev "
         "Xiengkhouang hnub Ob.",
         [ev("exercise", ["LAO", "VNM"], date="2026-09-15", location="LAO")]),
    case("hmn-yuav-pab-demining-is-an-intent", "hmn", DAY,
         "Tsoom fwv Nyiv Pooj hais tias Nyiv Pooj yuav pab Nplog ntxiv rau kev tshem foob pob xyoo tom ntej.",
         [ev("intent", ["JPN", "LAO"])]),
    # ---- gv: Manx
    case("gv-haink-quail-rish-is-a-meeting", "gv", DAY,
         "Haink Shirveishagh Coadee Nerin quail rish Shirveishagh Coadee y Rank ayns Paarys Jemayrt.",
         [ev("meeting", ["FRA", "IRL"], date="2026-09-15", location="FRA")]),
    case("gv-screeu-coardail-is-an-agreement", "gv", DAY,
         "Screeu shirveishee coadee ny Bretyn as Norlynn coardail er sauchys y vooir ayns Lunnin Jelune.",
         [ev("agreement", ["GBR", "NOR"], date="2026-09-14", location="GBR", doc_type="agreement")]),
    case("gv-cleaghtey-caggee-cooidjagh-is-an-exercise", "gv", DAY,
         "Ren saighdeyryn Yernagh as saighdeyryn Germaanagh cleaghtey caggee cooidjagh ayns Nerin Jemayrt.",
         [ev("exercise", ["DEU", "IRL"], date="2026-09-15", location="IRL")]),
    # ---- bh: Bhojpuri
    case("bh-se-bhent-kailen-is-a-meeting", "bh", DAY,
         "श्रीलंका के सेना प्रमुख मंगर के नई दिल्ली में भारत के रक्षा मंत्री से भेंट कइलें।",
         [ev("meeting", ["IND", "LKA"], date="2026-09-15", location="IND", mode="visit")]),
    case("bh-samjhauta-dastkhat-is-an-agreement", "bh", DAY,
         "भारत आ मॉरीशस के बीच सोमार के पोर्ट लुई में रक्षा सहयोग के समझौता पर दस्तखत भइल।",
         [ev("agreement", ["IND", "MUS"], date="2026-09-14", doc_type="agreement")]),
    case("bh-sanyukt-abhyas-shuru-is-an-exercise", "bh", DAY,
         "भारत आ फ्रांस के सेना के संयुक्त अभ्यास मंगर से राजस्थान में शुरू भइल।",
         [ev("exercise", ["FRA", "IND"], date="2026-09", location="IND")]),
    case("bh-sadhe-se-in-a-title-starts-no-exercise", "bh", DAY,
         "नेपाली सेना प्रमुख से रक्षा मंत्री के भेंट, संयुक्त अभ्यास पर चर्चा",
         []),
    # ---- sco: Scots
    case("sco-forgaithert-wi-is-a-meeting", "sco", DAY,
         "The Danish defence meenister cam tae Embra on Tysday, whaur he forgaithert wi the UK Defence "
         "Secretar.",
         [ev("meeting", ["DNK", "GBR"], date="2026-09-15", location="GBR", mode="visit")]),
    case("sco-pit-their-names-tae-is-an-agreement", "sco", DAY,
         "The defence meenisters o Breetain an Swaden pit their names tae a letter o intent in Lunnon on "
         "Monanday.",
         [ev("agreement", ["GBR", "SWE"], date="2026-09-14", location="GBR", doc_type="letter_of_intent")]),
    case("sco-will-train-neist-year-is-an-intent", "sco", DAY,
         "The Meenistry o Defence said Breetain will train Polish sodgers in Scotland neist year.",
         [ev("intent", ["GBR", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
