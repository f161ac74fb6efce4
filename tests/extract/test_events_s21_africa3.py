"""The extract stage on short African-language press articles written for these tests (none of these sentences
is in tests/data/heldout/africa3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the Swahili, Amharic, Igbo, Afaan Oromoo, Yoruba and
Somali press: Swahili "Jumatatu wiki hii" (Monday this week) as a day, a pledge opened by a connector
("Aidha, walikubaliana", "Vilevile, waliahidi": the parties just named), "Wakati huo huo," (meanwhile) as no
background marker, a thing that "will help" (msaada huo utasaidia, boti hizo zitaongeza utayari) and "utayari"
(readiness) as no pledge; Amharic "ፍላጎት" (interest) named by a critic as no pledge, an army graduating its
own recruits ("ምልምሎች … አስመርቋል") as no training given, a course finished ("ስልጠና … አጠናቀዋል") as
training given; the Igbo perfect "amalitela" (have begun) as an exercise held; Oromo "walii galaniiru" written
as two words; Yoruba "lọ́jọ́rú" (on Wednesday, one word); a Yoruba "ilé-iṣẹ́ kan láti China" (a company
from China) as a company's home; Somali "Sheekh" inside a name.

Second round: Swahili "mkataba wa maelewano" as a memorandum, Zulu "ngase-" (near, at) written onto a place
("ngaseThekwini"), and the Nigerian Army's Mogadishu Cantonment in Abuja (Yoruba, Hausa, Igbo) as no Somali
place. Third round: Malagasy "Shina" (China) and "an-telefaona" (by phone); an exercise begun on a day
runs on and is dated by its month (Kinyarwanda "zatangiye", Somali "bilaabay", Hausa "sun fara", Oromo
"jalqabaniiru"); a head of state's message handed over in person as talks, no aid (Swahili "aliwasilisha
ujumbe maalum", Hausa "ya isar da saƙon", Kinyarwanda "yashyikirije … ubutumwa bwa Perezida"); Somali
"taageerayo midnimada" (supports the unity of).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-19"  # a Thursday
INDIA_BOATS = ("Dodoma. Mkuu wa Majeshi wa Tanzania Jumanne alikutana na ujumbe wa jeshi la India uliowasili "
               "nchini kwa ziara ya siku tatu.\n\nBaada ya mazungumzo, ujumbe huo ulikabidhi boti nne za "
               "doria kwa Jeshi la Wanamaji.\n\n")

CASES = [
    # ---- Swahili: a weekday of this week is that day
    case("sw-weekday-wiki-hii", "sw", DAY,
         "Dodoma. Waziri wa Ulinzi wa Tanzania Jumatatu wiki hii alimpokea mwenzake wa Burundi katika ofisi "
         "za wizara jijini Dodoma.",
         [ev("meeting", ["BDI", "TZA"], date="2026-03-16", location="TZA", mode="visit")]),
    # ---- Swahili: a pledge of the pair just named, opened by a connector
    case("sw-vilevile-waliahidi", "sw", DAY,
         "Kampala. Mkuu wa Majeshi wa Uganda Jumanne alikutana na mwenzake wa Sudan Kusini mjini Kampala.\n\n"
         "Vilevile, waliahidi kuanzisha mafunzo ya pamoja kwa maafisa wa vikosi maalum.",
         [ev("meeting", ["SSD", "UGA"], date="2026-03-17", location="UGA", mode="visit"),
          ev("intent", ["SSD", "UGA"], date="2026-03-17")]),
    # ---- Swahili: "Wakati huo huo," (meanwhile) tells news, no background
    case("sw-wakati-huo-huo-is-news", "sw", DAY,
         "Arusha. Waziri wa Ulinzi wa Tanzania Jumanne alikutana na mwenzake wa Uganda mjini Arusha.\n\n"
         "Wakati huo huo, wanajeshi wa Kenya na Uganda wanaendesha zoezi la pamoja katika kaunti ya Turkana.",
         [ev("meeting", ["TZA", "UGA"], date="2026-03-17", location="TZA", mode="visit"),
          ev("exercise", ["KEN", "UGA"], date="2026-03", historical=False)]),
    # ---- Swahili: what the gift "will help" is no pledge; the handover stays aid
    case("sw-msaada-huo-utasaidia-no-pledge", "sw", DAY,
         INDIA_BOATS + "Mkuu wa Majeshi aliishukuru Serikali ya India kwa msaada huo na kusema utasaidia "
         "ulinzi wa mwambao.",
         [ev("meeting", ["IND", "TZA"], date="2026-03-17", location="TZA", mode="visit"),
          ev("aid", ["IND", "TZA"], date="2026-03-17")]),
    case("sw-utayari-is-readiness", "sw", DAY,
         INDIA_BOATS + "Mkuu wa Majeshi aliishukuru Serikali ya India kwa msaada huo na kusema boti hizo "
         "zitaongeza utayari wa jeshi la wanamaji.",
         [ev("meeting", ["IND", "TZA"], date="2026-03-17", location="TZA", mode="visit"),
          ev("aid", ["IND", "TZA"], date="2026-03-17")]),
    # ---- Amharic: an interest a critic names is no pledge
    case("am-flagot-of-a-critic", "am", DAY,
         "የግብፅ መከላከያ ሚኒስትር ትናንት ለሠራዊቱ ባደረጉት ንግግር ኢትዮጵያ በአባይ ወንዝ ላይ ያላትን ፍላጎት አውግዘዋል።",
         []),
    # ---- Amharic: an army graduating its own recruits
    case("am-own-recruits-graduate", "am", DAY,
         "የሱዳን ጦር ሠራዊት ያሰለጠናቸውን 3 ሺህ ምልምሎች ትናንት በኦምዱርማን አስመርቋል። ሠራዊቱ ከግብፅ ጋር ያለው ግንኙነት "
         "ጠንካራ ነው ተብሏል።",
         []),
    # ---- Amharic: a course finished by one state's trainers for another's troops
    case("am-course-finished-is-training", "am", DAY,
         "የቱርክ ወታደራዊ አሰልጣኞች ለ60 የሶማሊያ ልዩ ኃይል አባላት በሞቃዲሾ ሲሰጡ የቆየውን ስልጠና ማክሰኞ አጠናቀዋል።",
         [ev("aid", ["SOM", "TUR"], date="2026-03-17")]),
    # ---- Igbo: the perfect "amalitela" (have begun)
    case("ig-amalitela-exercise", "ig", DAY,
         "Ndị agha Ghana na ndị agha Togo amalitela mmega ahụ ọnụ n'ókè ala mba abụọ ahụ na Mọnde.",
         [ev("exercise", ["GHA", "TGO"], date="2026-03")]),
    # ---- Oromo: "walii galaniiru" in two words
    case("om-walii-galaniiru", "om", DAY,
         "Ministirri Ittisa Itoophiyaa fi Ministirri Ittisa Sudaan Kibxata Finfinneetti mari'ataniiru.\n\n"
         "Ministiroonni lamaan leenjii waraanaa waloo jalqabuuf walii galaniiru.",
         [ev("meeting", ["ETH", "SDN"], date="2026-03-17", location="ETH"),
          ev("intent", ["ETH", "SDN"], date="2026-03-17")]),
    # ---- Yoruba: "lọ́jọ́rú" (on Wednesday) in one word
    case("yo-lojoru-one-word", "yo", DAY,
         "Ìjọba orílẹ̀-èdè Tọ́kì fa ọkọ̀ ojú omi ológun méjì lé ẹ̀ka ọmọ ogun ojú omi Nàìjíríà lọ́wọ́ nílùú Èkó "
         "lọ́jọ́rú.",
         [ev("aid", ["NGA", "TUR"], date="2026-03-18", location="NGA")]),
    # ---- Yoruba: "a company from China" signs with a private company: no state signs
    case("yo-company-from-china", "yo", DAY,
         "Ní ọ̀sẹ̀ tó kọjá, ilé-iṣẹ́ aládàáni kan nílùú Abuja buwọ́ lu àdéhùn pẹ̀lú ilé-iṣẹ́ kan láti China láti "
         "máa tún ọkọ̀ ológun ṣe.",
         []),
    # ---- Swahili: "mkataba wa maelewano" (agreement of understanding) is a memorandum
    case("sw-mkataba-wa-maelewano", "sw", DAY,
         "Kigali. Waziri wa Ulinzi wa Rwanda na mwenzake wa Burundi Jumanne walitia saini mkataba wa "
         "maelewano kuhusu mafunzo ya kijeshi.",
         [ev("agreement", ["BDI", "RWA"], date="2026-03-17", doc_type="memorandum")]),
    # ---- Zulu: "ngase-" (near, at) written onto a place
    case("zu-ngase-place", "zu", DAY,
         "Imikhumbi yempi yaseNdiya neyaseNingizimu Afrika iqale ukuzilolonga ngokuhlanganyela olwandle "
         "ngaseThekwini ngoMsombuluko.",
         [ev("exercise", ["IND", "ZAF"], date="2026-03", location="ZAF")]),
    # ---- Nigerian press: the Army's Mogadishu Cantonment in Abuja is no Somali place
    case("yo-mogadishu-cantonment", "yo", DAY,
         "Aṣojú ológun Amẹ́ríkà fa ọkọ̀ ayọ́kẹ́lẹ́ ológun mẹ́fà lé ẹ̀ka ológun Nàìjíríà lọ́wọ́ ní Mogadishu "
         "Cantonment nílùú Abuja lánàá.",
         [ev("aid", ["NGA", "USA"], date="2026-03-18", location="NGA")]),
    case("ha-mogadishu-cantonment", "ha", DAY,
         "Jakadan sojin Amurka ya mika wa rundunar sojin Najeriya motocin yaki guda shida a barikin "
         "Mogadishu Cantonment da ke Abuja a ranar Laraba.",
         [ev("aid", ["NGA", "USA"], date="2026-03-18", location="NGA")]),
    case("ig-mogadishu-cantonment", "ig", DAY,
         "Ndị agha Amerịka nyefere ndị agha Naịjirịa ụgbọ ala agha isii na Mogadishu Cantonment dị "
         "n'Abuja na Wenezdee.",
         [ev("aid", ["NGA", "USA"], date="2026-03-18", location="NGA")]),
    # ---- third round: Malagasy "Shina" (China) and "an-telefaona" (by phone)
    case("mg-shina-is-china", "mg", DAY,
         "Nanolotra fiara fitaterana miaramila valo ho an'ny Tafika malagasy i Shina ny alarobia teo.",
         [ev("aid", ["CHN", "MDG"], date="2026-03-18")]),
    case("mg-an-telefaona-is-a-call", "mg", DAY,
         "Niresaka an-telefaona tamin'ny Minisitry ny Fiarovana indiana ny Minisitry ny Tafika malagasy "
         "omaly.",
         [ev("meeting", ["IND", "MDG"], date="2026-03-18", mode="phone")]),
    # ---- a head of state's message handed over in person is talks, no aid (sw "aliwasilisha ujumbe maalum wa
    # Rais", ha "ya isar da saƙon Shugaba", rw "yashyikirije … ubutumwa bwa Perezida")
    case("sw-ujumbe-maalum-is-talks", "sw", DAY,
         "Waziri wa Ulinzi wa Kenya aliwasilisha ujumbe maalum wa Rais kwa Rais wa Uganda mjini Entebbe "
         "Jumanne.",
         [ev("meeting", ["KEN", "UGA"], date="2026-03-17", location="UGA")]),
    case("ha-isar-da-sakon-is-talks", "ha", DAY,
         "Ministan tsaron Nijar ya isar da sakon shugaban kasarsa ga shugaban kasar Chadi a birnin N'Djamena "
         "ranar Talata.",
         [ev("meeting", ["NER", "TCD"], date="2026-03-17", location="TCD")]),
    case("rw-ubutumwa-bwa-perezida-is-talks", "rw", DAY,
         "Minisitiri w'Ingabo z'u Rwanda yashyikirije Perezida wa Uganda ubutumwa bwa Perezida Kagame ku wa "
         "Kabiri i Entebbe.",
         [ev("meeting", ["RWA", "UGA"], date="2026-03-17", location="UGA")]),
    # ---- Somali: "supports the unity of" a state
    case("so-taageerayo-midnimada", "so", DAY,
         "Wasiirka Gaashaandhigga Jabuuti ayaa shalay Muqdisho ku sheegay in dalkiisu si buuxda u taageerayo "
         "midnimada Soomaaliya.",
         [ev("support", ["DJI", "SOM"], date="2026-03-18")]),
    # ---- Somali: "Sheekh" inside a name
    case("so-sheekh-inside-a-name", "so", DAY,
         "Madaxweyne Xasan Sheekh Maxamuud ayaa shalay Muqdisho kula kulmay Wasiirka Gaashaandhigga Turkiga.",
         [ev("meeting", ["SOM", "TUR"], date="2026-03-18", location="SOM",
             persons=["Xasan Sheekh Maxamuud"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# an exercise that began on a day runs on: month precision, not the day it began (rw "zatangiye", so
# "bilaabay", ha "sun fara", om "jalqabaniiru" with its plural "have begun"); `check_case` accepts a finer
# date, so the month is checked exactly here
BEGUN = [
    ("rw", "Ingabo z'u Rwanda n'iza Uganda zatangiye imyitozo ya gisirikare ihuriweho ku wa Mbere i Gabiro.",
     ["RWA", "UGA"]),
    ("so", "Ciidamada Soomaaliya iyo kuwa Kenya ayaa Isniintii bilaabay tababar wadajir ah oo ka socda "
     "gobolka Jubbada Hoose.", ["KEN", "SOM"]),
    ("ha", "Sojojin Najeriya da na Nijar sun fara atisayen hadin gwiwa a jihar Sokoto a ranar Litinin.",
     ["NER", "NGA"]),
    ("om", "Waraanni Itoophiyaa fi Keeniyaa shaakala waraanaa waloo Wiixata Mooyaleetti jalqabaniiru.",
     ["ETH", "KEN"]),
]


@pytest.mark.parametrize(("lang", "text", "countries"), BEGUN, ids=[row[0] + "-begun" for row in BEGUN])
def test_exercise_begun_is_dated_by_month(extractor: Any, lang: str, text: str, countries: list[str]) -> None:
    article = Article(id="case", lang=lang, lang_hint=lang, published=DAY, title=None, text=text)
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert [(sorted(e.countries), e.date) for e in events] == [(countries, "2026-03")]
