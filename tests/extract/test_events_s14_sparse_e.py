"""The extract stage on short articles in Afrikaans, Macedonian, Tamil, Tajik, Kyrgyz and Kurdish (Sorani),
written for these tests (none of these sentences is in tests/data/heldout/sparse_e.jsonl or in any shared
set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording found through the sparse_e set: Afrikaans "SA"
(South Africa) is no Saturday, an exercise told in a relative clause ("die oefening X, wat … gehou word"),
visiting ships are no delegation, "steun … se aanspraak op" a support, "die twee bevelvoerders" both sides and
"*maatskappy" a company; Macedonian "Програма за воена соработка" a plan, companies signing alone and a
unit's own training centre; Tamil "இருவரும் ஒப்புக்கொண்டனர்", months in the locative (அக்டோபரில்) and
"இப்பயிற்சி"; Tajik "пас аз ба имзо расидани" (after the signing of) as no signing; Kyrgyz continuative
"-а берет" (keeps on) as no giving; Sorani "تەرخان دەکات" (allocates) as a pledge, the perfect
"پێشکەشی … کردووە" as aid, and "دوای هێرشەکانی" (after the attacks of) as a time, no fighting; a second
round: a Sinhala phone talk (දුරකථන සාකච්ඡාව), exercise ranges and regions as places (Ысык-Көл, «Ляур»), and
a Kurmanji Arabic surname with its article (el-Ebasî); a third round: Afrikaans joint border patrols,
Kurmanji manoeuvres (manovreke) and the oblique "Wezareta Berevaniyê", Tamil press spellings (வியத்நாம்,
பிலிப்பின்ஸ்) and weapon names (ரஃபேல், பிரம்மோஸ்), Turkmen "geçirmegi meýilleşdirdiler" (planned to hold);
Macedonian "пренесе" (reported) no handover, a Sorani consul general (کونسوڵی گشتی) a resident diplomat.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-19"  # a Thursday

CASES = [
    # ---- Afrikaans
    case("af-sa-is-no-saturday", "af", DAY,
         "Die Botswana se weermaghoof het Dinsdag in Pretoria met die hoof van die SA Nasionale Weermag "
         "gesprekke gevoer.",
         [ev("meeting", ["BWA", "ZAF"], date="2026-03-17", location="ZAF")]),
    case("af-exercise-relative-clause", "af", DAY,
         "Skepe van Indië en Brasilië het in Durban vasgemeer vir die vlootoefening “Ibsamar IX”, wat tot "
         "Saterdag saam met die Suid-Afrikaanse Vloot gehou word.",
         [ev("exercise", ["BRA", "IND", "ZAF"], date="2026-03")]),
    case("af-visiting-ships-no-delegation", "af", DAY,
         "Durban – Oorlogskepe van Indië en Brasilië het Maandag in Durban vasgemeer vir die vlootoefening "
         "IBSAMAR, wat tot Saterdag saam met die SA Vloot gehou word.\n\nDie SA Vloot se fregat SAS "
         "Spioenkop neem saam met die besoekende skepe aan die oefening deel, wat op "
         "maritieme veiligheid fokus.",
         [ev("exercise", ["BRA", "IND", "ZAF"], date="2026-03")]),
    case("af-support-claim", "af", DAY,
         "Die minister van verdediging het Woensdag gesê Suid-Afrika steun Kenia se aanspraak op ’n setel "
         "in die VN se Veiligheidsraad.",
         [ev("support", ["KEN", "ZAF"])]),
    case("af-the-two-commanders", "af", DAY,
         "Die Britse weermaghoof het Dinsdag in Pretoria met die hoof van die Suid-Afrikaanse weermag "
         "gesprekke gevoer.\n\nVolgens die SANW het die twee bevelvoerders ooreengekom om volgende jaar "
         "gesamentlike opleiding te hou.",
         [ev("meeting", ["GBR", "ZAF"], date="2026-03-17"), ev("intent", ["GBR", "ZAF"])]),
    # ---- Macedonian
    case("mk-military-cooperation-programme", "mk", DAY,
         "Министрите за одбрана на Северна Македонија и Хрватска денеска во Загреб потпишаа Програма за "
         "воена соработка за 2027 година.",
         [ev("agreement", ["HRV", "MKD"], doc_type="plan", date="2026-03-19")]),
    case("mk-companies-alone", "mk", DAY,
         "Македонската компанија „Алкалоид“ и италијанскиот концерн „Леонардо“ денеска потпишаа договор "
         "за производство на делови за хеликоптери.",
         []),
    case("mk-own-training-centre", "mk", DAY,
         "Во касарната во Куманово денеска 120 војници ја завршија основната обука во Центарот за обука на "
         "Армијата. На церемонијата присуствуваше и германскиот воен аташе.",
         []),
    # ---- Tamil
    case("ta-both-agreed", "ta", DAY,
         "மத்திய பாதுகாப்பு அமைச்சர் ராஜ்நாத் சிங், பிரான்ஸ் ஆயுதப் படைகள் அமைச்சருடன் நேற்று தொலைபேசியில் "
         "பேசினார்.\n\nஇந்த உரையாடலின்போது, ரஃபேல் விமானங்களுக்கான உதிரிபாகங்களை இந்தியாவில் தயாரிக்க இருவரும் "
         "ஒப்புக்கொண்டனர்.",
         [ev("meeting", ["FRA", "IND"], mode="phone"), ev("intent", ["FRA", "IND"])]),
    case("ta-month-locative", "ta", DAY,
         "இந்தியா மற்றும் ஜப்பான் கடற்படைகளின் கூட்டுப் பயிற்சி கடந்த 2025 செப்டம்பரில் நடைபெற்றது.",
         [ev("exercise", ["IND", "JPN"], date="2025-09", historical=True)]),
    # ---- Tajik
    case("tg-after-the-signing", "tg", DAY,
         "Вазири мудофиаи Тоҷикистон бо вазири мудофиаи Қазоқистон мулоқот кард. Ҷонибҳо вазъи ҳамкориҳоро "
         "пас аз ба имзо расидани Созишнома дар бораи ҳамкории ҳарбӣ баррасӣ намуданд.",
         [ev("meeting", ["KAZ", "TJK"])]),
    # ---- Kyrgyz
    case("ky-continuative-is-no-giving", "ky", DAY,
         "Түркия Кыргызстандын Коргоо министрлигине аскердик унааларды бүгүн тапшырды. Министр эки өлкөнүн "
         "ортосундагы кызматташтык мындан ары да бекемделе берет деген ишенимин билдирди.",
         [ev("aid", ["KGZ", "TUR"], date="2026-03-19")]),
    # ---- Sinhala: a phone talk
    case("si-phone-talk", "si", DAY,
         "ආරක්ෂක නියෝජ්‍ය අමාත්‍ය අරුණ ජයසේකර මහතා ඊයේ පාකිස්තාන ආරක්ෂක අමාත්‍යවරයා සමඟ දුරකථන "
         "සාකච්ඡාවක නිරත විය.",
         [ev("meeting", ["LKA", "PAK"], mode="phone", date="2026-03-18")]),
    # ---- ranges and regions of joint exercises as places
    case("ky-issyk-kul-region", "ky", DAY,
         "Кыргызстан менен Өзбекстандын аскер кызматчыларынын биргелешкен машыгуусу Ысык-Көл облусунда "
         "өттү.",
         [ev("exercise", ["KGZ", "UZB"], location="KGZ")]),
    case("tg-lyaur-range", "tg", DAY,
         "Имрӯз дар майдони тирпаронии «Ляур» машқи муштараки тактикии воҳидҳои Қувваҳои Мусаллаҳи "
         "Тоҷикистон ва Қазоқистон оғоз гардид.",
         [ev("exercise", ["KAZ", "TJK"], location="TJK")]),
    # ---- Kurmanji: an Arabic surname with its article
    case("ku-kurmanji-el-surname", "ku", DAY,
         "Wezîrê Berevaniyê yê Iraqê Sabit el-Ebasî îro li Bexdayê pêşwazî li Wezîrê Berevaniyê yê Urdunê "
         "kir.",
         [ev("meeting", ["IRQ", "JOR"], persons=["Sabit el-Ebasî"])]),
    # ---- a third round: joint patrols and manoeuvres, Kurmanji oblique "berevaniyê", Tamil press spellings,
    # Turkmen plans
    case("af-joint-border-patrol", "af", DAY,
         "Die SANW en die weermag van Botswana het Maandag ’n gesamentlike grenspatrollie langs die Limpopo "
         "uitgevoer.",
         [ev("exercise", ["BWA", "ZAF"], date="2026-03-16")]),
    case("ku-kurmanji-manoeuvre", "ku", DAY,
         "Hêzên Pêşmerge û artêşa Brîtanyayê li nêzîkî Hewlêrê manovreke hevbeş pêk anîn.",
         [ev("exercise", ["GBR", "IRQ"])]),
    case("ku-kurmanji-ministries-of-defense", "ku", DAY,
         "Wezareta Berevaniyê ya Urdunê û Wezareta Berevaniyê ya Iraqê îro yaddaşteke têgihîştinê îmze "
         "kirin.",
         [ev("agreement", ["IRQ", "JOR"], doc_type="memorandum")]),
    case("ta-press-spellings", "ta", DAY,
         "மத்திய பாதுகாப்பு அமைச்சர் ராஜ்நாத் சிங் தில்லியில் வியத்நாம் பாதுகாப்பு அமைச்சரை புதன்கிழமை "
         "சந்தித்தார்.",
         [ev("meeting", ["IND", "VNM"], date="2026-03-18")]),
    case("ta-brahmos-to-the-philippines", "ta", DAY,
         "பிலிப்பின்ஸுக்கு பிரம்மோஸ் ஏவுகணைகளை இந்தியா வழங்கியது.",
         [ev("aid", ["IND", "PHL"])]),
    case("ta-rafale-contract", "ta", DAY,
         "இந்தியாவும் பிரான்ஸும் ரஃபேல் விமானங்கள் வாங்குவதற்கான ஒப்பந்தத்தில் கையெழுத்திட்டன.",
         [ev("agreement", ["FRA", "IND"])]),
    case("tk-planned-exercise", "tk", DAY,
         "Türkmenistanyň goranmak ministri şu gün Gazagystanyň goranmak ministriniň orunbasary bilen "
         "duşuşdy. Taraplar 2027-nji ýylda bilelikdäki türgenleşik geçirmegi meýilleşdirdiler.",
         [ev("meeting", ["KAZ", "TKM"]), ev("intent", ["KAZ", "TKM"])]),
    # ---- Macedonian "пренесе" (reported) is no handover; a Sorani consul general is a resident diplomat
    case("mk-reported-is-no-handover", "mk", DAY,
         "Министерот за одбрана Мисајловски денеска се сретна со германскиот министер за одбрана, пренесе "
         "руската новинска агенција ТАСС.",
         [ev("meeting", ["DEU", "MKD"])]),
    case("ku-sorani-consul-general", "ku", DAY,
         "وەزیری کاروباری پێشمەرگە ئەمڕۆ لەگەڵ کونسوڵی گشتیی بەریتانیا کۆبووەوە و باسیان لە ڕاهێنانی "
         "هێزەکانی پێشمەرگە کرد.",
         [ev("meeting", ["GBR", "IRQ"], mode=None)]),
    # ---- Sorani
    case("ku-sorani-allocates", "ku", DAY,
         "وەزیری کاروباری پێشمەرگە ئەمڕۆ پێشوازیی لە شاندێکی وەزارەتی بەرگریی هۆڵەندا کرد. شاندە هۆڵەندییەکە "
         "ڕایگەیاند کە وڵاتەکەی لە ساڵی 2027دا پێنج ملیۆن یۆرۆ بۆ ڕاهێنانی پێشمەرگە تەرخان دەکات.",
         [ev("meeting", ["IRQ", "NLD"], mode="visit"), ev("intent", ["IRQ", "NLD"])]),
    case("ku-sorani-perfect-aid-after-attacks", "ku", DAY,
         "وەزیری کاروباری پێشمەرگە ئەمڕۆ پێشوازیی لە شاندێکی وەزارەتی بەرگریی ئیتاڵیا کرد. ئیتاڵیا لە ساڵی "
         "2015ەوە، دوای هێرشەکانی داعش، تەقەمەنیی پێشکەشی هێزەکانی پێشمەرگە کردووە.",
         [ev("meeting", ["IRQ", "ITA"], mode="visit"), ev("aid", ["IRQ", "ITA"], historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
