"""The extract stage on very short items (posts, flashes, captions) in en, ru, uk, ar, fr, es, id and vi,
written for these tests (none of these sentences is in tests/data/heldout/short_forms.jsonl or in any shared
set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin what the short_forms set showed: a repost of an old event dated by
"a year ago today" and its equivalents (the exact day a year back, a background event), "a year ago" in
Ukrainian and Vietnamese, support of the other side's efforts (ru "поддерживает усилия", uk "підтримує
зусилля"), thanks for the other side's support as no support statement (en "for your steadfast support"), a
"ÚLTIMA HORA |" flash opening that makes nothing background, a signed "defence framework", and titles in
short posts: the air chief marshal (uk, ru), the US Secretary of War in Arabic ("وزير الحرب"), Morocco's
minister delegate for the national defence administration (fr). A second round, found with probe sentences
of the helper's own: a post's trailing hashtags trimmed by the cleaning (they made "#Ukraine" a party of a
meeting), headline English "X to send / to provide" as a pledge ("the first country to send troops" is
none), ru and ar weapon designations and air defence as military words, Arabic warships in the dual,
Indonesian prefixless "akan kirim". A third round: the French present of captions ("mènent un exercice
conjoint"), and Vietnamese "kế hoạch" (a plan) no longer a future marker by itself ("đã ký kế hoạch hợp tác"
is a plan signed now; "theo kế hoạch", "có kế hoạch" stay).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-06-10"  # a Wednesday
YEAR_AGO = "2025-06-10"

CASES = [
    # ---- a repost of an old event: the day a year back, told as background
    case("en-a-year-ago-today", "en", DAY,
         "#OnThisDay 📸 A year ago today, Germany handed over two air defence systems to the armed forces of "
         "Moldova at a ceremony in Chisinau. 🇩🇪🤝🇲🇩",
         [ev("aid", ["DEU", "MDA"], date=YEAR_AGO, historical=True)]),
    case("en-on-this-day-last-year", "en", DAY,
         "On this day last year, the defence ministers of Kenya and Ethiopia met in Addis Ababa and reviewed "
         "border security.",
         [ev("meeting", ["ETH", "KEN"], date=YEAR_AGO, historical=True)]),
    case("fr-jour-pour-jour", "fr", DAY,
         "Il y a un an jour pour jour, les ministres de la Défense du Sénégal et de la Mauritanie "
         "signaient un "
         "accord de coopération militaire à Dakar.",
         [ev("agreement", ["MRT", "SEN"], date=YEAR_AGO, historical=True, doc_type="agreement")]),
    case("es-hoy-hace-un-ano", "es", DAY,
         "#TalDíaComoHoy Hoy hace un año, los ministros de Defensa de Chile y Perú firmaron un memorando de "
         "entendimiento sobre desminado humanitario.",
         [ev("agreement", ["CHL", "PER"], date=YEAR_AGO, historical=True, doc_type="memorandum")]),
    case("ru-rovno-god-nazad", "ru", DAY,
         "Ровно год назад министры обороны Киргизии и Таджикистана подписали в Бишкеке меморандум о военном "
         "сотрудничестве.",
         [ev("agreement", ["KGZ", "TJK"], date=YEAR_AGO, historical=True, doc_type="memorandum")]),
    case("uk-rivno-rik-tomu", "uk", DAY,
         "Рівно рік тому міністри оборони України та Естонії підписали меморандум про спільне виробництво "
         "дронів.",
         [ev("agreement", ["EST", "UKR"], date=YEAR_AGO, historical=True, doc_type="memorandum")]),
    case("uk-rik-tomu", "uk", DAY,
         "Рік тому міністри оборони України та Фінляндії підписали угоду про спільне виробництво "
         "боєприпасів.",
         [ev("agreement", ["FIN", "UKR"], date="2025", historical=True)]),
    case("id-tepat-setahun-lalu", "id", DAY,
         "Tepat setahun lalu, Kementerian Pertahanan RI dan Kementerian Pertahanan Turki menandatangani "
         "kontrak "
         "pengadaan kapal perang.",
         [ev("agreement", ["IDN", "TUR"], date=YEAR_AGO, historical=True, doc_type="contract")]),
    case("vi-cach-day-mot-nam", "vi", DAY,
         "Cách đây một năm, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Hàn Quốc đã ký bản ghi nhớ hợp tác "
         "đào tạo.",
         [ev("agreement", ["KOR", "VNM"], date="2025", historical=True, doc_type="memorandum")]),
    case("ar-fi-mithl-hatha-al-yawm", "ar", DAY,
         "في مثل هذا اليوم من العام الماضي، وقع وزيرا الدفاع الأردني والعراقي مذكرة تفاهم للتعاون العسكري "
         "في عمان.",
         [ev("agreement", ["IRQ", "JOR"], date=YEAR_AGO, historical=True, doc_type="memorandum")]),
    # ---- support of the other side's efforts
    case("ru-supports-efforts", "ru", DAY,
         "Министр обороны Мьянмы заявил, что Мьянма поддерживает усилия России по обеспечению безопасности в "
         "регионе.",
         [ev("support", ["MMR", "RUS"])]),
    case("uk-supports-efforts", "uk", DAY,
         "Міністр оборони Латвії заявив, що Латвія підтримує зусилля України щодо захисту свого "
         "суверенітету.",
         [ev("support", ["LVA", "UKR"])]),
    # ---- thanks for support is no support statement
    case("en-thanks-for-steadfast-support", "en", DAY,
         "Thank you, Australia, for your steadfast support of the Papua New Guinea Defence Force! 🇵🇬🇦🇺 "
         "#Partners",
         []),
    case("en-thanked-for-unwavering-support", "en", DAY,
         "The Estonian defence minister thanked Denmark for its unwavering support in a post on X.",
         []),
    # ---- a flash opening is no background
    case("es-ultima-hora-flash", "es", DAY,
         "ÚLTIMA HORA | Uruguay y Paraguay firman un acuerdo de cooperación en defensa.",
         [ev("agreement", ["PRY", "URY"], date=DAY, historical=False, doc_type="agreement")]),
    # ---- a signed defence framework
    case("en-defence-framework", "en", DAY,
         "BREAKING: Indonesia and Japan sign a 10-year defence framework, Jakarta says.",
         [ev("agreement", ["IDN", "JPN"], date=DAY, doc_type="agreement")]),
    # ---- titles of short posts
    case("uk-air-chief-marshal", "uk", DAY,
         "Головнокомандувач ЗСУ провів телефонну розмову з Начальником Штабу оборони Австралії головним "
         "маршалом "
         "авіації Марком Бінскіном.",
         [ev("meeting", ["AUS", "UKR"], mode="phone", persons=["Марком Бінскіном"])]),
    case("ru-air-chief-marshal", "ru", DAY,
         "Начальник Генштаба Индии провел переговоры с командующим ВВС Великобритании главным маршалом "
         "авиации "
         "Джоном Смитом.",
         [ev("meeting", ["GBR", "IND"], persons=["Джоном Смитом"])]),
    case("ar-secretary-of-war", "ar", DAY,
         "استقبل وزير الدفاع القطري وزير الحرب الأمريكي جون سميث في الدوحة.",
         [ev("meeting", ["QAT", "USA"], location="QAT", persons=["جون سميث"])]),
    case("fr-moroccan-minister-delegate", "fr", DAY,
         "Le ministre délégué chargé de l'Administration de la Défense nationale, Karim Alaoui, a reçu "
         "mardi à "
         "Rabat le chef d'état-major de l'armée sénégalaise.",
         [ev("meeting", ["MAR", "SEN"], location="MAR", persons=["Karim Alaoui"])]),
    # ---- headline English without "will", and a record that is no pledge
    case("en-headline-to-send", "en", DAY,
         "Canada to send 40 armoured vehicles to Latvia, defence minister says",
         [ev("intent", ["CAN", "LVA"])]),
    case("en-headline-to-provide", "en", DAY,
         "South Korea to provide two patrol vessels to the Philippine Navy, DND says",
         [ev("intent", ["KOR", "PHL"])]),
    case("en-first-country-to-send-is-no-pledge", "en", DAY,
         "Turkey was the first NATO country to send troops to the UN mission in Korea, the Korean army chief "
         "recalled.",
         []),
    # ---- weapon designations and air defence as military words (ru, ar), prefixless verbs (id)
    case("ru-air-defence-designation", "ru", DAY,
         "⚡️Германия передаст Молдове две системы IRIS-T — Писториус",
         [ev("intent", ["DEU", "MDA"])]),
    case("ar-warships-dual", "ar", DAY,
         "عاجل | باكستان سترسل سفينتين حربيتين إلى البحرين",
         [ev("intent", ["BHR", "PAK"])]),
    case("ar-aircraft-type", "ar", DAY,
         "عاجل | اليونان ستزود قبرص بطائرات رافال مستعملة",
         [ev("intent", ["CYP", "GRC"])]),
    case("id-akan-kirim", "id", DAY,
         "Korea Selatan akan kirim dua kapal patroli ke TNI AL tahun ini, kata Kemhan.",
         [ev("intent", ["IDN", "KOR"])]),
    # ---- a caption's present tense of an exercise held (fr); a plan signed is no future (vi)
    case("fr-captions-present-exercise", "fr", DAY,
         "Les armées sénégalaise et marocaine mènent un exercice conjoint près de Thiès.",
         [ev("exercise", ["MAR", "SEN"])]),
    case("es-entrenan-juntos", "es", DAY,
         "Infantes de marina de Perú y Ecuador entrenan juntos en la frontera.",
         [ev("exercise", ["ECU", "PER"])]),
    case("vi-plan-signed-is-no-future", "vi", DAY,
         "Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Campuchia đã ký kế hoạch hợp tác trong lĩnh vực đào tạo.",
         [ev("agreement", ["KHM", "VNM"], date=DAY, doc_type="plan")]),
    case("vi-according-to-plan-stays-future", "vi", DAY,
         "Theo kế hoạch, hải quân Việt Nam và Ấn Độ sẽ diễn tập chung trên biển.",
         [ev("intent", ["IND", "VNM"])]),
]

# (id, lang, raw post, text that must stay, furniture that must go)
POSTS = [
    ("en-trailing-hashtags", "en",
     "Defence Minister met his Japanese counterpart in Canberra today. 🇦🇺🇯🇵 #Australia #Japan #Ukraine\n",
     ["met his Japanese counterpart in Canberra today."], ["#Ukraine", "#Japan"]),
    ("es-hashtag-run", "es",
     "La ministra de Defensa ha recibido hoy a su homóloga de Portugal #Defensa #España #Portugal\n",
     ["ha recibido hoy a su homóloga de Portugal"], ["#Defensa", "#Portugal"]),
    ("ar-hashtags-after-sentence", "ar",
     "استقبل وزير الدفاع نظيره الإيطالي في الرياض. #السعودية #إيطاليا\n",
     ["استقبل وزير الدفاع نظيره الإيطالي في الرياض."], ["#إيطاليا"]),
    ("en-hashtag-inside-a-sentence-stays", "en",
     "Canada reaffirmed its support for #Ukraine at the meeting in Brussels.\n",
     ["support for #Ukraine at the meeting"], []),
]


@pytest.mark.parametrize(("lang", "raw", "kept", "dropped"),
                         [pytest.param(lang, raw, kept, dropped, id=case_id)
                          for case_id, lang, raw, kept, dropped in POSTS])
def test_post_hashtags_are_trimmed(registry: PackRegistry, lang: str, raw: str, kept: list[str],
                                   dropped: list[str]) -> None:
    check_cleaning(registry, lang, raw, kept, dropped)


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
