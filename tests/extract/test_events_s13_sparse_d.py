"""The extract stage on short articles in Amharic, Hausa, Swahili, Urdu, Pashto and Mongolian, written for
these tests (none of these sentences is in tests/data/heldout/sparse_d.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording found through the sparse_d set: Swahili
joint patrols held ("zilifanya doria ya pamoja") and the habitual hu- tense of an agreement's terms
("hufanya mazoezi") as no exercise; Hausa company deals ("kamfanin X na Najeriya … da wani kamfanin … na
kasar Sin") as no agreement while a ministry signing with a company stays one, solidarity ("za ta ci gaba
da tsayawa tare da") and one side's hope ("ya bayyana fatan cewa … za ta taimaka") as no pledge, troops
expelled ("ta kori dakarun") as hostile; Amharic troops ready to defend their own country's sovereignty
as no support or pledge and the aim of a signed document ("… ለማጠናከር የሚያስችል የመግባቢያ ሰነድ ተፈራረሙ") as no
pledge of its own; Urdu "… معاہدہ ہوا تھا" as a signing; Hausa months with the linker -r ("a watan
Disambar 2024"); Pashto rounds of talks ("د خبرو نوې دوره") and "… رهبري کاوه" (led by) as no part of a
name; Mongolian "Хаан квест" as a recurring exercise and preparations ("бэлтгэл ажил") as no exercise
held; and, found by probing with sentences of the helper's own, a news agency named with its state (TASS,
AFP, Xinhua …) as no party in all eight languages of the set (uz in Latin script only), and company deals
(a company word next to its home state, no official, no ministry) as no agreement in sw, so, uz, mn and
ps, and a Pashto hope ("هیله وښوده چې … به … شي") as no pledge.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- Swahili
    case("sw-joint-patrol-held", "sw", DAY,
         "Jana, meli za Jeshi la Wanamaji la Kenya na meli za Ufaransa zilifanya doria ya pamoja katika "
         "pwani ya Mombasa.",
         [ev("exercise", ["FRA", "KEN"])]),
    case("sw-habitual-terms-no-exercise", "sw", DAY,
         "Waziri wa Ulinzi wa Tanzania alikutana na Balozi wa Ujerumani jana. Chini ya makubaliano ya nchi "
         "hizo, wanajeshi wa Ujerumani hufanya mazoezi nchini Tanzania kila mwaka.",
         [ev("meeting", ["DEU", "TZA"])]),
    # ---- Hausa
    case("ha-company-deal-no-agreement", "ha", DAY,
         "Kamfanin Innoson na Najeriya ya sanya hannu kan yarjejeniyar kera motocin sulke da wani kamfanin "
         "kera makamai na kasar Sin.",
         []),
    case("ha-ministry-with-company-stays", "ha", DAY,
         "Ma'aikatar tsaron Ghana ta sanya hannu kan yarjejeniyar sayen jiragen sama marasa matuka da "
         "kamfanin Baykar na kasar Turkiyya.",
         [ev("agreement", ["GHA", "TUR"])]),
    case("ha-stand-with-no-pledge", "ha", DAY,
         "Ministan tsaron Rasha ya gana da takwaransa na Mali a Moscow ranar Litinin. Ya ce Rasha za ta ci "
         "gaba da tsayawa tare da Mali.",
         [ev("meeting", ["MLI", "RUS"])]),
    case("ha-hope-no-pledge", "ha", DAY,
         "Ministan tsaron Ghana ya gana da jakadan Faransa ranar Talata. Ministan ya bayyana fatan cewa "
         "dangantakar kasashen biyu za ta taimaka wajen tsaron iyakoki.",
         [ev("meeting", ["FRA", "GHA"])]),
    case("ha-troops-expelled-no-meeting", "ha", DAY,
         "Ministan tsaron Chadi ya gana da takwaransa na Sudan ranar Talata. Masana na ganin ganawar na da "
         "nasaba da yadda Chadi ta kori dakarun Faransa daga kasar.",
         [ev("meeting", ["SDN", "TCD"])]),
    case("ha-month-with-linker-r", "ha", DAY,
         "Ministan tsaron Najeriya ya gana da jakadan Turkiyya jiya. A watan Disambar 2024 ma ministan ya "
         "kai ziyara Ankara, inda ya gana da ministan tsaron Turkiyya.",
         [ev("meeting", ["NGA", "TUR"], date="2026-05-19"),
          ev("meeting", ["NGA", "TUR"], date="2024-12", historical=True)]),
    # ---- Amharic
    case("am-own-sovereignty-no-support", "am", DAY,
         "የኢትዮጵያ መከላከያ ሠራዊት ጠቅላይ ኤታማዦር ሹም ትናንት የሩዋንዳ ጦር ኃይሎች ኤታማዦር ሹምን ተቀብለው አነጋገሩ። "
         "ጠቅላይ ኤታማዦር ሹሙ ሠራዊቱ የሀገሪቱን ሉዓላዊነት ከማንኛውም ጥቃት ለመጠበቅ ዝግጁ መሆኑን ገልጸዋል።",
         [ev("meeting", ["ETH", "RWA"])]),
    case("am-aim-of-signing-no-pledge", "am", DAY,
         "የኢትዮጵያና የኬንያ መከላከያ ሚኒስትሮች ወታደራዊ ትብብራቸውን ለማጠናከር የሚያስችል የመግባቢያ ሰነድ ዛሬ ተፈራረሙ።",
         [ev("agreement", ["ETH", "KEN"], doc_type="memorandum")]),
    case("am-agreed-to-strengthen-stays", "am", DAY,
         "የኢትዮጵያና የኬንያ መከላከያ ሚኒስትሮች ትብብራቸውን ለማጠናከር ተስማምተዋል።",
         [ev("intent", ["ETH", "KEN"])]),
    # ---- Urdu
    case("ur-agreement-happened-in-a-year", "ur", DAY,
         "پاکستان کے وزیر دفاع نے آج چین کے سفیر سے ملاقات کی۔ دونوں ممالک کے درمیان 2019 میں دفاعی تعاون کا "
         "معاہدہ ہوا تھا۔",
         [ev("meeting", ["CHN", "PAK"]),
          ev("agreement", ["CHN", "PAK"], date="2019", historical=True)]),
    # ---- Pashto
    case("ps-new-round-of-talks", "ps", DAY,
         "د افغانستان او ایران دفاعي پلاوو نن په تهران کې د خبرو نوې دوره پیل کړه.",
         [ev("meeting", ["AFG", "IRN"], location="IRN")]),
    case("ps-led-by-is-no-part-of-the-name", "ps", DAY,
         "د تاجکستان پلاوی د دفاع وزیر مرستیال احمد کمالوف رهبري کاوه او په کابل کې یې د افغانستان له ملي "
         "دفاع وزیر سره وکتل.",
         [ev("meeting", ["AFG", "TJK"], persons=["احمد کمالوف"])]),
    case("ps-hope-no-pledge", "ps", DAY,
         "د افغانستان د ملي دفاع وزیر پرون د ترکیې له سفیر سره وکتل. وزیر هیله وښوده چې د دواړو هېوادونو "
         "پوځي همکارۍ به نورې هم پراخې شي.",
         [ev("meeting", ["AFG", "TUR"])]),
    # ---- Mongolian
    case("mn-khaan-quest-by-name", "mn", DAY,
         "«Хаан квест» сургуульд Монгол, Япон, Франц улсын цэргийн алба хаагчид оролцож байна.",
         [ev("exercise", ["FRA", "JPN", "MNG"])]),
    case("mn-preparations-no-exercise", "mn", DAY,
         "Монгол, АНУ-ын «Хаан квест» сургуулийн бэлтгэл ажил эхэллээ.",
         []),
    # ---- a news agency named with its state reports: it takes no part
    case("so-agency-no-party", "so", DAY,
         "Wakaaladda wararka Ruushka ee TASS ayaa sheegtay in wasiirka gaashaandhigga Soomaaliya uu shalay "
         "la kulmay dhiggiisa Turkiga.",
         [ev("meeting", ["SOM", "TUR"])]),
    case("uz-agency-no-party", "uz", DAY,
         "Rossiyaning TASS axborot agentligi xabar berishicha, O'zbekiston va Qozog'iston mudofaa "
         "vazirlari kecha uchrashdi.",
         [ev("meeting", ["KAZ", "UZB"])]),
    case("sw-agency-no-party", "sw", DAY,
         "Kwa mujibu wa shirika la habari la Ufaransa AFP, mawaziri wa ulinzi wa Kenya na Somalia walikutana "
         "jana.",
         [ev("meeting", ["KEN", "SOM"])]),
    case("mn-agency-no-party", "mn", DAY,
         "ОХУ-ын ТАСС агентлагийн мэдээлснээр Монгол, Хятадын Батлан хамгаалахын сайд нар өчигдөр уулзжээ.",
         [ev("meeting", ["CHN", "MNG"])]),
    case("ps-agency-no-party", "ps", DAY,
         "د روسیې د تاس خبري اژانس په وینا، د افغانستان او ازبکستان د دفاع وزیرانو پرون وکتل.",
         [ev("meeting", ["AFG", "UZB"])]),
    case("am-agency-no-party", "am", DAY,
         "የሩሲያ ዜና አገልግሎት ታስ እንደዘገበው የኢትዮጵያና የኬንያ መከላከያ ሚኒስትሮች ትናንት ተወያይተዋል።",
         [ev("meeting", ["ETH", "KEN"])]),
    case("ha-agency-no-party", "ha", DAY,
         "Kamfanin dillancin labaran Faransa AFP ya ruwaito cewa ministocin tsaron Najeriya da Chadi sun "
         "gana a Abuja jiya.",
         [ev("meeting", ["NGA", "TCD"])]),
    case("ur-agency-no-party", "ur", DAY,
         "روسی خبر رساں ادارے تاس کے مطابق پاکستان اور ایران کے وزرائے دفاع نے کل ملاقات کی۔",
         [ev("meeting", ["IRN", "PAK"])]),
    # ---- companies signing with companies (each next to its home state): no agreement between states
    case("sw-company-deal-no-agreement", "sw", DAY,
         "Kampuni ya Kenya ya Tatu Motors ilitia saini mkataba wa kutengeneza magari ya kijeshi na "
         "kampuni ya Uturuki ya Otokar jana.",
         []),
    case("sw-ministry-with-company-stays", "sw", DAY,
         "Wizara ya Ulinzi ya Kenya ilitia saini mkataba wa kununua magari ya kijeshi na kampuni ya "
         "Uturuki ya Otokar jana.",
         [ev("agreement", ["KEN", "TUR"])]),
    case("so-company-deal-no-agreement", "so", DAY,
         "Shirkadda Soomaaliyeed ee Hormuud iyo shirkad Turki ah ayaa kala saxiixday heshiis lagu sameynayo "
         "gaadiid militari.",
         []),
    case("uz-company-deal-no-agreement", "uz", DAY,
         "O'zbekistonning Uzavtosanoat kompaniyasi va Turkiyaning Otokar kompaniyasi harbiy avtomobillar "
         "ishlab chiqarish bo'yicha shartnoma imzoladi.",
         []),
    case("uz-ministry-with-company-stays", "uz", DAY,
         "O'zbekiston Mudofaa vazirligi va Turkiyaning Otokar kompaniyasi harbiy avtomobillar yetkazib "
         "berish bo'yicha shartnoma imzoladi.",
         [ev("agreement", ["TUR", "UZB"])]),
    case("mn-company-deal-no-agreement", "mn", DAY,
         "Монголын Эрдэнэс компани Туркийн Отокар компанитай цэргийн машин үйлдвэрлэх гэрээнд гарын үсэг "
         "зурав.",
         []),
    case("ps-company-deal-no-agreement", "ps", DAY,
         "د افغانستان یوه خصوصي شرکت د ترکیې له یوه شرکت سره د نظامي موټرو د جوړولو تړون لاسلیک کړ.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
