"""The extract stage on short articles in five languages that had no pack before session 33 (Afar, Abkhaz,
Khasi, Zhuang, Inuktitut), written for these tests (none of these sentences is in
tests/data/heldout/new_packs11.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py.  They pin the general vocabulary of the new packs:
- aa (Afar): "qaskari ministir" (defence minister), "yengeleh" (met), "kitaabah xaqqiseenih" (signed an
  agreement), "ittal mashqi abeenih" (held a joint exercise), "qaynat yecceenih" (gave as a gift), kimal
  (yesterday), month names (Nofeembar), case endings on names (Jabuutil, Itiyoophiyak);
- ab (Abkhaz): "атәылахьчара аминистр" (defence minister), "ддырԥылеит" (received), "анапы аҵарҩит" (signed),
  "еицырзеиԥшу ар рҿагылара" (joint exercise), "еиқәшаҳаҭхеит" (agreed), month before the day with "рзы"
  ("жьҭаара 12 рзы"), "and" written onto names (Урыстәылеи);
- kha (Khasi): "u Myntri Defence" (defence minister), "la ialang bad" (met), "la sain ia ka jingiateh"
  (signed an agreement), "ki sipai" (soldiers), "la ia kular ban" (agreed to), mynhynnin (yesterday), the
  Khasi months (Nohprah);
- za (Zhuang): "Guekfangz Buzcangj" (defence minister), "guh hoihdamz" (held talks), "ciemdingh ... hezyi"
  (signed an agreement), "guh lienzhab yenjsiz" (held a joint exercise: "guh" is the verb that holds it),
  "soengq hawj" (gave to), "ngoenz 24 ndwen 11" (the 24th of the 11th month);
- iu (Inuktitut, syllabics): stems with suffixes (ᑲᑎᒪ- meet, ᐊᑎᓕᐅᖅ- sign, ᐃᓕᓐᓂᐊᖃᑎᒌᒃ- train together),
  names with case endings (ᑲᓇᑕᐅᑉ, ᐊᒥᐊᕆᑲᒥ), ᐃᑉᐸᓱᒃ (yesterday), month before the day ("ᓯᑎᐱᕆ 9-ᒥ"); officials'
  names, in a script without capitals, are the syllabic words after their title up to the verb
  (titles.name_regex).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- aa (Afar)
    case("aa-qaskari-ministir-yengeleh-is-a-meeting", "aa", DAY,
         "Ertera qaskari ministir kimal Jabuutil yemeeteh, Jabuuti qaskari ministir luk yengeleh.",
         [ev("meeting", ["DJI", "ERI"], date="2026-09-15", location="DJI")]),
    case("aa-kitaabah-xaqqiseenih-is-an-agreement", "aa", DAY,
         "Jabuuti kee Turkiya qaskari ministir 14 Sebteembar 2026 qaskari barsiimoh kitaabah xaqqiseenih.",
         [ev("agreement", ["DJI", "TUR"], date="2026-09-14")]),
    case("aa-ittal-mashqi-abeenih-is-an-exercise", "aa", DAY,
         "Jabuuti qaskari kee Ameerika qaskari Obock dooqal ittal mashqi abeenih.",
         [ev("exercise", ["DJI", "USA"], location="DJI")]),
    case("aa-qaynat-yecceenih-is-aid", "aa", DAY,
         "Chayna qaskari Jabuuti qaskarih 20 qaskari gaadi qaynat yecceenih.",
         [ev("aid", ["CHN", "DJI"])]),
    # ---- ab (Abkhaz)
    case("ab-ddyrpyleit-is-a-meeting", "ab", DAY,
         "Урыстәыла атәылахьчара аминистр цәыббра 14 рзы Москва ддырԥылеит Сириа атәылахьчара аминистр.",
         [ev("meeting", ["RUS", "SYR"], date="2026-09-14", location="RUS")]),
    case("ab-anapy-atsarhwit-is-an-agreement", "ab", DAY,
         "Урыстәылеи Никарагуеи ртәылахьчара аминистрцәа ар рыла аусеицура иазку аиқәшаҳаҭра анапы аҵарҩит.",
         [ev("agreement", ["NIC", "RUS"])]),
    case("ab-eitsyrzeipshu-ar-rhagylara-is-an-exercise", "ab", DAY,
         "Урыстәылеи Иран ар рҟәшақәа еицырзеиԥшу ар рҿагылара мҩаԥыргеит.",
         [ev("exercise", ["IRN", "RUS"])]),
    case("ab-eikwshahathit-is-an-intent", "ab", DAY,
         "Урыстәылеи Беларуси ртәылахьчара аминистрцәа еиқәшаҳаҭхеит ар рыла аусеицура арҭбаарц.",
         [ev("intent", ["BLR", "RUS"])]),
    # ---- kha (Khasi)
    case("kha-myntri-defence-la-ialang-bad-is-a-meeting", "kha", DAY,
         "U Myntri Defence jong ka Ri Bangladesh u la ialang bad u Myntri Defence jong ka Ri India "
         "ha New Delhi mynhynnin.",
         [ev("meeting", ["BGD", "IND"], date="2026-09-15", location="IND")]),
    case("kha-la-sain-ia-ka-jingiateh-is-an-agreement", "kha", DAY,
         "Ka Ri India bad ka Ri Myanmar ki la sain ia ka jingiateh ha ka bynta ka jinghikai ki sipai.",
         [ev("agreement", ["IND", "MMR"])]),
    case("kha-joint-exercise-ki-sipai-is-an-exercise", "kha", DAY,
         "Ki sipai jong ka Ri India bad ka Ri Thailand ki la sdang ia ka joint exercise ha Umroi.",
         [ev("exercise", ["IND", "THA"], location="IND")]),
    case("kha-la-ia-kular-ban-is-an-intent", "kha", DAY,
         "U Myntri Defence jong ka Ri India bad u Myntri Defence jong ka Ri Nepal ki la ia kular ban "
         "pynskhem ia ka jingiatrei lang ha ka defence.",
         [ev("intent", ["IND", "NPL"])]),
    # ---- za (Zhuang)
    case("za-guekfangz-buzcangj-guh-hoihdamz-is-a-meeting", "za", DAY,
         "Ngoenz 14 ndwen 9, Guekfangz Buzcangj Cungguek caeuq Guekfangz Buzcangj Lauxvoh youq Baekging guh "
         "hoihdamz.",
         [ev("meeting", ["CHN", "LAO"], date="2026-09-14", location="CHN")]),
    case("za-ciemdingh-hezyi-is-an-agreement", "za", DAY,
         "Guekfangzbu Cungguek caeuq Guekfangzbu Daiguek ciemdingh le aen hezyi guh hozcoz guekfangz.",
         [ev("agreement", ["CHN", "THA"])]),
    case("za-guh-lienzhab-yenjsiz-is-an-exercise", "za", DAY,
         "Ginhduih Cungguek caeuq ginhduih Mienjden ngoenzlwenz caemh guh lienzhab yenjsiz.",
         [ev("exercise", ["CHN", "MMR"], date="2026-09-15")]),
    case("za-soengq-hawj-ci-ginhyungh-is-aid", "za", DAY,
         "Cungguek soengq hawj Lauxvoh 10 aen ci ginhyungh.",
         [ev("aid", ["CHN", "LAO"])]),
    # ---- iu (Inuktitut)
    case("iu-katima-is-a-meeting", "iu", DAY,
         "ᑲᓇᑕᐅᑉ ᒥᓂᔅᑕᖓ ᓴᐳᔾᔨᓂᕐᒧᑦ ᐃᑉᐸᓱᒃ ᑲᑎᒪᔪᖅ ᐊᒥᐊᕆᑲᐅᑉ ᒥᓂᔅᑕᖓᓂ ᓴᐳᔾᔨᓂᕐᒧᑦ ᐃᖃᓗᓐᓂ.",
         [ev("meeting", ["CAN", "USA"], date="2026-09-15", location="CAN")]),
    case("iu-atiliuq-is-an-agreement", "iu", DAY,
         "ᑲᓇᑕ ᐊᒻᒪ ᓄᐊᕈᐃ ᒥᓂᔅᑕᖏᑦ ᓴᐳᔾᔨᓂᕐᒧᑦ ᐊᑎᓕᐅᖅᑐᑦ ᐊᖏᖃᑎᒌᒍᑎᒥᒃ ᐅᑭᐅᖅᑕᖅᑐᒥ ᐱᓕᕆᖃᑎᒌᓐᓂᕐᒧᑦ.",
         [ev("agreement", ["CAN", "NOR"])]),
    case("iu-ilinniaqatigiik-is-an-exercise", "iu", DAY,
         "ᑲᓇᑕᐅᑉ ᐅᓇᑕᓕᕆᔨᖏᑦ ᐊᒻᒪ ᐱᓐᓛᓐᑦ ᐅᓇᑕᓕᕆᔨᖏᑦ ᐃᓕᓐᓂᐊᖃᑎᒌᒃᑐᑦ ᓄᓇᕗᒻᒥ ᓯᑎᐱᕆ 9-ᒥ.",
         [ev("exercise", ["CAN", "FIN"], date="2026-09-09", location="CAN")]),
    # iu: syllabics have no capitals: the name is the syllabic words right after the title, up to the verb
    case("iu-name-after-title-up-to-the-verb", "iu", DAY,
         "ᐊᐃᔅᓚᓐᑦ ᒥᓂᔅᑕᖓ ᓴᐳᔾᔨᓂᕐᒧᑦ ᑐᐊᕐᒍᕐᑦ ᑲᓐᓇᕐᓴᓐ ᐃᑉᐸᓱᒃ ᑲᑎᒪᔪᖅ ᑲᓇᑕᐅᑉ ᐅᓇᑕᓕᕆᔨᖏᓐᓂ ᑲᒪᔨᐅᔪᖅ ᐱᐅᑕ ᔅᒥᑦ "
         "ᐃᖃᓗᓐᓂ.",
         [ev("meeting", ["CAN", "ISL"], date="2026-09-15", location="CAN",
             persons=["ᑐᐊᕐᒍᕐᑦ ᑲᓐᓇᕐᓴᓐ", "ᐱᐅᑕ ᔅᒥᑦ"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
