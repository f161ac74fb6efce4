"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/weaklangs.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the defense-diplomacy press of the
languages milwatch reads worst (Estonian, Albanian, Bulgarian, Romanian, Hebrew, Hindi, Chinese, Arabic),
the subject of the weaklangs set:
- ar a state's territorial waters or airspace with its adjective after ("في المياه الإقليمية الكويتية", "في
  الأجواء الأردنية") is the place of the drill;
- ar a naval or air training ("التدريب البحري المشترك بين تونس وإيطاليا", "تدريباً جوياً") is military by
  itself, as "التدريب المشترك" was;
- bg joint patrols or drills as what the sides discussed ("обсъдиха съвместното патрулиране", "обсъдиха
  съвместни учения") are a topic of the talks, none held;
- et meeting cadets, students or soldiers ("kohtus Leedu ja Eesti kadettidega", "kohtus …
  kaitseväelastega") is no talks between officials of two states;
- bg an ambassador named after his posting ("посланика на Канада в София Джон Смит", "… в България …") is
  named (titles connectors "в", "във");
- et a contract named by the translative of its action noun ("lepingu … haubitsate hankeks", "… tarneks",
  "… soetuseks") is a contract, as "… ostmiseks" was;
- bg a "договор" for a number of aircraft, ships or vehicles ("договор за шест хеликоптера", "договор за два
  патрулни кораба") is a contract;
- he an acronym written with gershayim ("כטב״מים", "נגמ״שים", "מל״טים", "צה״ל") is the same word as with the
  ASCII quote ("כטב\"מים"), as the countries list already had it;
- he radars and interceptors ("מכ\"ם", "מכ״מים", "מיירטים") are defense hardware;
- ro a deputy minister titled with the state's adjective inside ("adjunctul ministrului ungar al
  apărării", "ministrul adjunct polonez al apărării") is a named official of that state;
- sq NATO's Secretary General in the accusative or dative ("me Sekretarin e Përgjithshëm të NATO-s, Mark
  Rutte", "Sekretarit të Përgjithshëm të NATO-s") is NATO's official, so NATO is the partner;
- zh the other side's wish to work with China's armed forces ("愿与中国海军进一步加强合作", "愿同中国军队")
  is one side's wish, no pledge of both (as "愿同中方" was).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- ar: a state's territorial waters or airspace with its adjective after is the place
    case("ar-fi-almiyah-aliqlimiya-adj-is-place", "ar", DAY,
         "نفذت القوات البحرية الكويتية ونظيرتها الإيطالية أمس تدريباً بحرياً عابراً "
         "في المياه الإقليمية الكويتية.",
         [ev("exercise", ["ITA", "KWT"], date="2026-11-17", location="KWT")]),
    case("ar-fi-alajwaa-adj-is-place", "ar", DAY,
         "اختتمت القوات الجوية الأردنية والفرنسية الأسبوع الماضي تدريباً جوياً مشتركاً في الأجواء الأردنية.",
         [ev("exercise", ["FRA", "JOR"], date="2026-11", location="JOR")]),
    # ---- ar: a naval or air training of two states is military by itself
    case("ar-altadrib-albahri-almushtarak-is-defense", "ar", DAY,
         "اختتمت أمس فعاليات التدريب البحري المشترك بين تونس وإيطاليا.",
         [ev("exercise", ["ITA", "TUN"], date="2026-11-17")]),
    case("ar-tadriban-jawiyan-is-defense", "ar", DAY,
         "نفذت المغرب وفرنسا يوم الاثنين تدريباً جوياً في سماء مراكش.",
         [ev("exercise", ["FRA", "MAR"], date="2026-11-16")]),
    # ---- bg: joint patrols or drills as the topic of talks are none held
    case("bg-obsadiha-savmestno-patrulirane-is-topic", "bg", DAY,
         "Министрите на отбраната на България и Унгария проведоха във вторник разговор, на който обсъдиха "
         "съвместното патрулиране на въздушното пространство.",
         [ev("meeting", ["BGR", "HUN"], date="2026-11-17")]),
    case("bg-obsadiha-savmestni-uchenia-is-topic", "bg", DAY,
         "Началниците на отбраната на България и Гърция проведоха в понеделник в Атина разговори и "
         "обсъдиха съвместни учения на сухопътните войски.",
         [ev("meeting", ["BGR", "GRC"], date="2026-11-16", location="GRC")]),
    # ---- et: meeting cadets or soldiers is no talks between officials
    case("et-kohtus-kadettidega-is-no-meeting", "et", DAY,
         "Leedu kaitseminister kohtus esmaspäeval Tallinnas Eesti kaitseministriga, kes võõrustas teda "
         "kahepäevasel visiidil. Teisipäeval külastas Leedu minister Kaitseväe Akadeemiat Tartus, kus ta "
         "kohtus Leedu ja Eesti kadettidega.",
         [ev("meeting", ["EST", "LTU"], date="2026-11-16", location="EST")]),
    case("et-kohtus-kaitsevaelastega-is-no-meeting", "et", DAY,
         "Läti kaitseminister kohtus esmaspäeval Tallinnas Eesti kaitseministriga, kes võõrustas teda "
         "kahepäevasel visiidil. Teisipäeval külastas Läti minister Kaitseliidu kooli, kus ta kohtus Läti ja "
         "Eesti kaitseväelastega.",
         [ev("meeting", ["EST", "LVA"], date="2026-11-16", location="EST")]),
    # ---- bg: an ambassador's posting between his state and his name
    case("bg-poslanik-na-x-v-sofia-name", "bg", DAY,
         "Министърът на отбраната прие в сряда посланика на Канада в София Джон Смит, с когото обсъди "
         "присъствието на канадски военни в страната.",
         [ev("meeting", ["BGR", "CAN"], date="2026-11-18", persons=["Джон Смит"])]),
    case("bg-poslanik-na-x-v-balgaria-name", "bg", DAY,
         "Началникът на отбраната адмирал Емил Ефтимов прие в понеделник посланика на Норвегия в България "
         "Ингрид Олсен.",
         [ev("meeting", ["BGR", "NOR"], date="2026-11-16", persons=["Ингрид Олсен"])]),
    # ---- et: a contract named by the translative of its action noun
    case("et-lepingu-hankeks-is-contract", "et", DAY,
         "Eesti Kaitseinvesteeringute Keskus sõlmis teisipäeval Norra valitsusega lepingu NASAMS "
         "õhutõrjesüsteemide hankeks.",
         [ev("agreement", ["EST", "NOR"], date="2026-11-17", doc_type="contract")]),
    case("et-lepingu-tarneks-is-contract", "et", DAY,
         "Eesti ja Prantsusmaa allkirjastasid esmaspäeval Pariisis lepingu Mistral raketisüsteemide tarneks.",
         [ev("agreement", ["EST", "FRA"], date="2026-11-16", location="FRA", doc_type="contract")]),
    # ---- bg: a contract for a number of aircraft, ships or vehicles
    case("bg-dogovor-za-n-korabi-is-contract", "bg", DAY,
         "Министерството на отбраната на България подписа във вторник с правителството на Италия договор "
         "за два патрулни кораба за Военноморските сили.",
         [ev("agreement", ["BGR", "ITA"], date="2026-11-17", doc_type="contract")]),
    case("bg-dogovor-za-n-helikoptera-is-contract", "bg", DAY,
         "България и Франция подписаха в понеделник договор за шест хеликоптера за Военновъздушните сили.",
         [ev("agreement", ["BGR", "FRA"], date="2026-11-16", doc_type="contract")]),
    # ---- he: acronyms written with gershayim (״) as with the ASCII quote
    case("he-ktbm-gershayim-is-defense", "he", DAY,
         "ישראל ויוון חתמו ביום שלישי על עסקה לאספקת כטב״מים.",
         [ev("agreement", ["GRC", "ISR"], date="2026-11-17", doc_type="contract")]),
    case("he-nagmash-gershayim-is-defense", "he", DAY,
         "ישראל העבירה ביום שני לקפריסין שמונה נגמ״שים, כך נמסר.",
         [ev("aid", ["CYP", "ISR"], date="2026-11-16")]),
    # ---- he: radars and interceptors are defense hardware
    case("he-makam-is-defense", "he", DAY,
         "ישראל ופולין חתמו ביום שני על הסכם לאספקת מכ״מים.",
         [ev("agreement", ["ISR", "POL"], date="2026-11-16")]),
    case("he-meyartim-is-defense", "he", DAY,
         "ישראל וגרמניה חתמו ביום שלישי על עסקה לרכישת מיירטים נוספים.",
         [ev("agreement", ["DEU", "ISR"], date="2026-11-17", doc_type="contract")]),
    # ---- ro: deputy minister with the state adjective inside the title
    case("ro-adjunctul-ministrului-adj-al-apararii", "ro", DAY,
         "Adjunctul ministrului ungar al apărării, István Szabó, a fost primit marți la sediul MApN de "
         "ministrul apărării naționale, care a discutat cu oaspetele despre securitatea la Marea Neagră.",
         [ev("meeting", ["HUN", "ROU"], date="2026-11-17", persons=["Istvan Szabo"])]),
    case("ro-ministrul-adjunct-adj-al-apararii", "ro", DAY,
         "Ministrul adjunct bulgar al apărării, Nikolai Ivanov, s-a întâlnit luni la București cu șeful "
         "Statului Major al Apărării pentru a discuta despre poligoanele comune.",
         [ev("meeting", ["BGR", "ROU"], date="2026-11-16", persons=["Nikolai Ivanov"])]),
    case("ro-adjunctul-ministrului-adj-al-apararii-nationale", "ro", DAY,
         "Ministrul apărării naționale s-a întâlnit luni, la București, cu adjunctul ministrului polonez al "
         "apărării naționale, Cezary Tomczyk, aflat într-o vizită de lucru în România.",
         [ev("meeting", ["POL", "ROU"], date="2026-11-16", persons=["Cezary Tomczyk"])]),
    # ---- sq: NATO's Secretary General in the accusative and genitive
    case("sq-sekretarin-e-pergjithshem-te-nato-s", "sq", DAY,
         "Ministrja e Mbrojtjes së Maqedonisë së Veriut u takua të hënën në Bruksel me Sekretarin e "
         "Përgjithshëm të NATO-s, Mark Rutte, për përgatitjet e samitit.",
         [ev("meeting", ["MKD", "nato"], date="2026-11-16", location="BEL", persons=["Mark Rutte"])]),
    case("sq-sekretarit-te-pergjithshem-te-nato-s", "sq", DAY,
         "Ministri kroat i Mbrojtjes i paraqiti të martën Sekretarit të Përgjithshëm të NATO-s, Mark Rutte, "
         "planin e ri të modernizimit gjatë një takimi në Bruksel.",
         [ev("meeting", ["HRV", "nato"], date="2026-11-17", persons=["Mark Rutte"])]),
    # ---- zh: the other side's wish to work with China's forces is no pledge of both
    case("zh-yuan-yu-zhongguo-haijun-is-no-pledge", "zh", DAY,
         "国防部长董军17日在北京会见泰国皇家海军司令。泰国海军司令表示，泰国海军愿与中国海军进一步深化务实合作。",
         [ev("meeting", ["CHN", "THA"], date="2026-11-17")]),
    case("zh-yuan-tong-zhongguo-jundui-is-no-pledge", "zh", DAY,
         "中央军委联合参谋部参谋长刘振立16日在北京会见老挝人民军总参谋长。老方表示，老挝军队愿同中国军队加强人员培训合作。",
         [ev("meeting", ["CHN", "LAO"], date="2026-11-16")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
