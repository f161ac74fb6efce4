"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/midlangs.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the press of mid-resource languages
on defense diplomacy, the subject of the midlangs set:
- af an earlier edition of the exercise just told ("Die vorige uitgawe het ... plaasgevind") is that
  exercise again at its date, a background event; "sedert 2015" counts a series from a year, no event;
- is an adverb between "gerðu" and the agreement ("gerðu einnig samkomulag", "gerðu fyrst með sér
  samning") is a signing (verb second: the adverb follows the finite verb);
- lb a call is an "Appell" ("Telefonsappell", "Videoappell"); standing by a side ("bäistoen", "steet ...
  bäi") is verbal support, as nl "staat pal achter" is;
- om the verbal noun of agreeing ("... cimsuuf waliigaluu isaanii ibsan") is an intent; Kenya's Cabinet
  Secretary for Defence ("Sekreterii Kaabineetii Ittisa Biyyaa") is a minister of defense;
- pa flowers or a tribute laid at a memorial ("ਸ਼ਰਧਾਂਜਲੀ ਭੇਟ ਕੀਤੀ") is courtesy, no aid;
- mt contributing equipment ("ikkontribwiet ... lill-") is aid;
- kn training given in the passive perfect ("ತರಬೇತಿ ನೀಡಲಾಗಿದೆ") is aid;
- ig a purpose clause "iji kwado" (in order to back) tells what aid is for, no support;
- mr a discussion of enhancing cooperation ("सहकार्य वाढवण्यावर ... चर्चा झाली") is no pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- af: the previous edition, a series counted from a year
    case("af-vorige-uitgawe-is-earlier-edition", "af", DAY,
         "Soldate van Suid-Afrika en Botswana het Maandag die gesamentlike oefening Kgwele in Mahikeng "
         "gehou. Die vorige uitgawe het in Maart 2023 in Gaborone plaasgevind.",
         [ev("exercise", ["BWA", "ZAF"], date="2026-11-30"),
          ev("exercise", ["BWA", "ZAF"], date="2023-03", historical=True)]),
    case("af-sedert-counts-a-series", "af", DAY,
         "Die vlote van Suid-Afrika en Frankryk het Maandag 'n gesamentlike oefening in Valsbaai gehou. "
         "Die oefening word sedert 2015 gereeld gehou.",
         [ev("exercise", ["FRA", "ZAF"], date="2026-11-30")]),
    # ---- is: an adverb after the finite verb of "gera samkomulag"
    case("is-gerdu-adverb-samkomulag", "is", DAY,
         "Svíþjóð og Ísland gerðu einnig samkomulag um varnarsamstarf árið 2021.",
         [ev("agreement", ["ISL", "SWE"], date="2021", historical=True)]),
    case("is-gerdu-adverb-med-ser-samning", "is", DAY,
         "Ísland og Noregur gerðu fyrst með sér samning um varnarmál árið 2010.",
         [ev("agreement", ["ISL", "NOR"], date="2010", historical=True)]),
    # ---- lb: a call is an Appell; standing by a side is support
    case("lb-telefonsappell-is-phone", "lb", DAY,
         "De lëtzebuergesche Verdeedegungsminister huet en Dënschdeg en Telefonsappell mat sengem däitsche "
         "Kolleeg iwwer d'Zesummenaarbecht vun den Arméien gehat.",
         [ev("meeting", ["DEU", "LUX"], date="2026-12-01", mode="phone")]),
    case("lb-videoappell-is-phone", "lb", DAY,
         "D'Verdeedegungsministesch vu Lëtzebuerg huet e Méindeg e Videoappell mat hirem belsche Kolleeg "
         "gemaach.",
         [ev("meeting", ["BEL", "LUX"], date="2026-11-30", mode="phone")]),
    case("lb-baistoen-is-support", "lb", DAY,
         "De Verdeedegungsminister sot, Lëtzebuerg wäert Moldawien an hirer Verdeedegung bäistoen.",
         [ev("support", ["LUX", "MDA"])]),
    # ---- om: the verbal noun of agreeing
    case("om-waliigaluu-is-intent", "om", DAY,
         "Ministirri Ittisa Biyyaa Itoophiyaa fi Ministirri Ittisa Biyyaa Jibuutii leenjii waraanaa waloo "
         "babal'isuuf waliigaluu isaanii ibsan.",
         [ev("intent", ["DJI", "ETH"])]),
    # ---- om: Kenya's Cabinet Secretary for Defence is its minister of defense
    case("om-sekreterii-kaabineetii-is-minister", "om", DAY,
         "Sekreterii Kaabineetii Ittisa Biyyaa Keeniyaa Roseline Njogu Ministira Ittisa Biyyaa Itoophiyaa "
         "waliin har'a Naayiroobitti mari'atan.",
         [ev("meeting", ["ETH", "KEN"], date="2026-12-02", persons=["Roseline Njogu"])]),
    # ---- pa: a tribute at a memorial is no aid
    case("pa-shardhanjali-bhet-is-no-aid", "pa", DAY,
         "ਰੱਖਿਆ ਮੰਤਰੀ ਰਾਜਨਾਥ ਸਿੰਘ ਨੇ ਅੱਜ ਇਥੇ ਵੀਅਤਨਾਮ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਫਾਨ ਵਾਨ ਜਿਆਂਗ ਨਾਲ ਗੱਲਬਾਤ ਕੀਤੀ। "
         "ਫਾਨ ਵਾਨ ਜਿਆਂਗ ਨੇ ਸਵੇਰੇ ਕੌਮੀ ਜੰਗੀ ਯਾਦਗਾਰ 'ਤੇ ਸ਼ਰਧਾਂਜਲੀ ਭੇਟ ਕੀਤੀ।",
         [ev("meeting", ["IND", "VNM"], date="2026-12-02")]),
    # ---- mt: a contribution of equipment
    case("mt-ikkontribwiet-is-aid", "mt", DAY,
         "Il-Ġermanja kkontribwiet tliet vetturi militari lill-Forzi Armati ta' Malta nhar it-Tnejn.",
         [ev("aid", ["DEU", "MLT"], date="2026-11-30")]),
    # ---- ig: a purpose clause "iji kwado" (in order to back) tells what aid is for, no support of a side
    case("ig-iji-kwado-is-no-support", "ig", DAY,
         "Amerịka nyere ndị agha Ghana ụgbọ elu abụọ n'ụbọchị Mọnde iji kwado ọrụ nche n'ókè ala.",
         [ev("aid", ["GHA", "USA"], date="2026-11-30")]),
    # ---- mr: a discussion of enhancing cooperation is no pledge
    case("mr-vadhavnyavar-charcha-is-no-intent", "mr", DAY,
         "फ्रान्सच्या नौदल प्रमुखांनी सोमवारी मुंबईत भारतीय नौदल प्रमुखांची भेट घेतली. "
         "दोन्ही देशांमधील संरक्षण सहकार्य वाढवण्यावर या बैठकीत चर्चा झाली.",
         [ev("meeting", ["FRA", "IND"], date="2026-11-30")]),
    # ---- kn: training given, passive perfect
    case("kn-tarabeti-nidalagide-is-aid", "kn", DAY,
         "ಶ್ರೀಲಂಕಾ ನೌಕಾಪಡೆಯ ಅಧಿಕಾರಿಗಳಿಗೆ ಕೊಚ್ಚಿಯಲ್ಲಿ ಭಾರತೀಯ ನೌಕಾಪಡೆಯಿಂದ ತರಬೇತಿ ನೀಡಲಾಗಿದೆ.",
         [ev("aid", ["IND", "LKA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
