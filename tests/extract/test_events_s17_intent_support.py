"""The extract stage on short articles about pledges, plans and support statements in English,
French, Spanish, Russian, Arabic, Chinese and Turkish, written for these tests (none of these
sentences is in tests/data/heldout/intent_support.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py. They pin general wording of each language's
press: a document "to be signed" later with no day stated is a plan, so an intent and no signing
("devrait être signé l'an prochain", "será firmado", "планируется подписать", "من المقرر توقيع",
"将于明年签署", "imzalanması bekleniyor"), while the same signing announced for a stated day stays a
signing of that day; the mutual-defense clause of a pact with the Arabic accusative ("يُعد
اعتداءً على كليهما") is no attack that hides the pact; material received from a state (ru
"получила из"), a gift told in the French pluperfect ("avait offert"), and the Spanish support
of a state's place in international bodies with the supporter named between ("el apoyo de X a la
participación de Y").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-06-17"  # a Wednesday

CASES = [
    # ---- a document to be signed later, no day: an intent, no signing
    case("fr-to-be-signed-next-year", "fr", DAY,
         "Le ministre sénégalais de la Défense a reçu mardi à Dakar son homologue portugais. Un accord de "
         "coopération militaire entre le Sénégal et le Portugal devrait être signé l'an prochain.",
         [ev("meeting", ["PRT", "SEN"], mode="visit", location="SEN"), ev("intent", ["PRT", "SEN"])]),
    case("es-will-be-signed", "es", DAY,
         "El ministro de Defensa de Perú recibió el martes en Lima a su homólogo chileno. Un memorando de "
         "cooperación en defensa entre Perú y Chile será firmado en los próximos meses.",
         [ev("meeting", ["CHL", "PER"], mode="visit", location="PER"), ev("intent", ["CHL", "PER"])]),
    case("ru-planned-to-sign", "ru", DAY,
         "Министры обороны Армении и Индии провели переговоры во вторник в Ереване. Соглашение о военно-"
         "техническом сотрудничестве между Арменией и Индией планируется подписать до конца года.",
         [ev("meeting", ["ARM", "IND"], location="ARM"), ev("intent", ["ARM", "IND"])]),
    case("ar-scheduled-signing", "ar", DAY,
         "عقد وزيرا الدفاع الأردني والعراقي محادثات في عمّان يوم الثلاثاء. ومن المقرر توقيع مذكرة تفاهم "
         "للتعاون العسكري بين الأردن والعراق خلال الأشهر المقبلة.",
         [ev("meeting", ["IRQ", "JOR"], location="JOR"), ev("intent", ["IRQ", "JOR"])]),
    case("zh-to-sign-next-year", "zh", DAY,
         "6月16日，中国国防部长在北京会见柬埔寨国防大臣。中柬两国将于明年签署新的军事合作协议。",
         [ev("meeting", ["CHN", "KHM"], location="CHN"), ev("intent", ["CHN", "KHM"])]),
    case("tr-signing-expected", "tr", DAY,
         "Millî Savunma Bakanı, Ankara'da Azerbaycan Savunma Bakanı ile görüştü. Türkiye ile Azerbaycan "
         "arasında askeri eğitim anlaşmasının yıl sonuna kadar imzalanması bekleniyor.",
         [ev("meeting", ["AZE", "TUR"]), ev("intent", ["AZE", "TUR"])]),
    case("en-would-be-signed", "en", DAY,
         "Ghana's defence minister held talks with his visiting Nigerian counterpart in Accra on Tuesday. "
         "They also decided that a defence cooperation memorandum between Ghana and Nigeria would be "
         "signed at the next joint commission.",
         [ev("meeting", ["GHA", "NGA"], location="GHA"), ev("intent", ["GHA", "NGA"])]),
    case("en-expected-to-be-signed", "en", DAY,
         "The defence ministers of Kenya and Tanzania met in Arusha on Tuesday. A defence pact between Kenya "
         "and Tanzania is expected to be signed early next year.",
         [ev("meeting", ["KEN", "TZA"]), ev("intent", ["KEN", "TZA"])]),
    # ---- the same signing announced for a stated day stays a signing of that day
    case("fr-will-sign-on-friday", "fr", DAY,
         "La Grèce et Chypre signeront vendredi à Nicosie un accord de coopération en matière de défense.",
         [ev("agreement", ["CYP", "GRC"], date="2026-06-19", doc_type="agreement")]),
    # ---- the mutual-defense clause of a pact is no attack
    case("ar-mutual-defense-clause-accusative", "ar", DAY,
         "استقبل وزير الدفاع القطري نظيره التركي في الدوحة اليوم. وتنص الاتفاقية التي وقعها البلدان في أنقرة "
         "في 3 مارس 2021 على أن أي اعتداء على أحدهما يُعد اعتداءً على الآخر.",
         [ev("meeting", ["QAT", "TUR"], location="QAT"),
          ev("agreement", ["QAT", "TUR"], date="2021-03-03", historical=True)]),
    # ---- urging the other side to abide by the one-China principle is no support
    case("zh-urge-one-china-no-support", "zh", DAY,
         "国防部新闻发言人表示，我们敦促美方恪守一个中国原则，停止美台军事联系。",
         []),
    # ---- deliveries and gifts told as background
    case("ru-received-from", "ru", DAY,
         "Министр обороны Лаоса провел переговоры с министром обороны России в Москве. В 2019 году Лаос "
         "получил из России учебно-боевые самолеты Як-130.",
         [ev("meeting", ["LAO", "RUS"], location="RUS"),
          ev("aid", ["LAO", "RUS"], date="2019", historical=True)]),
    case("fr-pluperfect-gift", "fr", DAY,
         "Le ministre de la Défense du Niger a reçu mardi l'ambassadeur de Turquie. La Turquie avait offert "
         "en 2022 des véhicules blindés aux forces armées nigériennes.",
         [ev("meeting", ["NER", "TUR"], location="NER"),
          ev("aid", ["NER", "TUR"], date="2022", historical=True)]),
    # ---- support of a state's place in international bodies
    case("es-support-participation", "es", DAY,
         "El ministro de Defensa de Guatemala recibió el martes al embajador de Taiwán. Durante la reunión, "
         "el ministro reiteró el respaldo de Guatemala a la participación de Taiwán en los foros "
         "internacionales.",
         [ev("meeting", ["GTM", "TWN"], location="GTM"), ev("support", ["GTM", "TWN"])]),
    # ---- support told with other wording of each press
    case("en-reiterated-backing", "en", DAY,
         "Zambia's defence minister received his Malawian counterpart in Lusaka on Tuesday. The Zambian "
         "minister reiterated Zambia's backing for Malawi's sovereignty over the lake.",
         [ev("meeting", ["MWI", "ZMB"]), ev("support", ["MWI", "ZMB"])]),
    case("fr-reiterated-the-support-of", "fr", DAY,
         "Le ministre de la Défense du Maroc a reçu mardi à Rabat son homologue comorien. Le ministre "
         "comorien a réitéré le soutien des Comores au plan d'autonomie marocain.",
         [ev("meeting", ["COM", "MAR"]), ev("support", ["COM", "MAR"])]),
    case("es-expressed-the-backing-of", "es", DAY,
         "El ministro de Defensa de Colombia recibió el martes en Bogotá a su homólogo panameño. El ministro "
         "colombiano expresó el respaldo de Colombia a la soberanía de Panamá sobre el canal.",
         [ev("meeting", ["COL", "PAN"]), ev("support", ["COL", "PAN"])]),
    case("ru-support-with-supporter-between", "ru", DAY,
         "Министр обороны России провел во вторник в Москве переговоры с министром обороны Венесуэлы. "
         "Венесуэльский министр поблагодарил за поддержку Россией суверенитета Венесуэлы.",
         [ev("meeting", ["RUS", "VEN"]), ev("support", ["RUS", "VEN"])]),
    case("ar-support-for-preserving-unity", "ar", DAY,
         "استقبل وزير الدفاع السعودي يوم الثلاثاء في الرياض نظيره اليمني. وجدد الوزير السعودي دعم المملكة "
         "للجيش اليمني في الحفاظ على وحدة اليمن.",
         [ev("meeting", ["SAU", "YEM"]), ev("support", ["SAU", "YEM"])]),
    case("tr-support-for-just-cause", "tr", DAY,
         "Millî Savunma Bakanı Ankara'da Pakistan Savunma Bakanı ile görüştü. Bakan, Türkiye'nin Pakistan'ın "
         "haklı davasına desteğini sürdüreceğini belirtti.",
         [ev("meeting", ["PAK", "TUR"]), ev("support", ["PAK", "TUR"])]),
    case("tr-invitation-accepted", "tr", DAY,
         "Millî Savunma Bakanı Ankara'da Kazakistan Savunma Bakanı ile görüştü. Kazakistan Savunma Bakanı, "
         "Türkiye'yi gelecek yıl yeniden ziyaret etme davetini kabul etti.",
         [ev("meeting", ["KAZ", "TUR"]), ev("intent", ["KAZ", "TUR"])]),
    # ---- a supply that will go on is a pledge, no delivery now
    case("tr-will-continue-to-supply", "tr", DAY,
         "Millî Savunma Bakanı Ankara'da Cibuti Savunma Bakanı ile görüştü. Türkiye, Cibuti ordusuna zırhlı "
         "araç tedarik etmeye devam edecek.",
         [ev("meeting", ["DJI", "TUR"]), ev("intent", ["DJI", "TUR"])]),
    case("de-will-supply", "de", DAY,
         "Der deutsche Verteidigungsminister empfing am Dienstag in Berlin seinen estnischen Amtskollegen. "
         "Deutschland wird Estland auch im kommenden Jahr mit Artilleriemunition beliefern.",
         [ev("meeting", ["DEU", "EST"]), ev("intent", ["DEU", "EST"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
