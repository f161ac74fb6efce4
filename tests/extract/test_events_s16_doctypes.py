"""The extract stage on document names and signing formulas in en, fr, de, es, zh and ar, written
for these tests (none of these sentences is in tests/data/heldout/doctypes.jsonl or in any
shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py. They pin: documents extended or renewed (en
"extended their memorandum", fr "ont prolongé … l'accord", de "erneuerten … ihr Abkommen", ru
"продлили … соглашение", ar "جدد … اتفاقية", vi "gia hạn Bản ghi nhớ") and an exchange of
letters as signings, and a talk prolonged as none; arrangements (implementing, technical; fr
"arrangement technique"; zh 实施安排, 技术安排) as doc type `other`, as the gold has them, and the zh
"实施" of a document's name as no exercise carried out; a build contract (de "Bauvertrag",
"Vertrag über die Beschaffung") as a contract, a Vertrag of stationing still an agreement; the
Arabic accusative "إعلاناً مشتركاً" as a declaration and "تمهيداً لتوقيع" (paving the way for
a later signing) as an intent; fr "se sont également engagés à" as a pledge; thanks for the
other side's support or commitment (en) and a commitment praised (es "ha destacado el
compromiso de") as no support and no pledge; the Philippine Senate's "concurred in" a treaty
as no intent; zh firms (业者, 厂商, 企业) signing with each other, and documents signed by civil
(health, education …) ministers, and memoranda on political consultations, as no event;
capitals in Chinese (达累斯萨拉姆) and Evere (fr) as places. The en "READ: <headline>" link line is
pinned in test_read_line_is_dropped.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-06-17"  # a Wednesday

CASES = [
    # ---- arrangements are `other`
    case("en-technical-arrangement", "en", DAY,
         "Canada's Defence Minister visited Helsinki on Monday and met Finnish Defence Minister "
         "Antti Hakkanen.\n"
         "The two ministers signed a technical arrangement on the exchange of military engineers.",
         [ev("meeting", ["CAN", "FIN"], mode="visit", location="FIN"),
          ev("agreement", ["CAN", "FIN"], doc_type="other")]),
    case("en-implementing-arrangement", "en", DAY,
         "The defence ministries of Japan and Australia signed an implementing arrangement on Monday on "
         "the use of each other's training ranges.",
         [ev("agreement", ["AUS", "JPN"], doc_type="other")]),
    case("fr-arrangement-technique", "fr", DAY,
         "Le ministre sénégalais des Forces armées et l'ambassadeur de France ont signé lundi à Dakar un "
         "arrangement technique sur la formation des officiers sénégalais.",
         [ev("agreement", ["FRA", "SEN"], doc_type="other", location="SEN")]),
    case("zh-implementing-arrangement", "zh", DAY,
         "本报北京6月16日电 6月16日，中国人民解放军与巴基斯坦陆军在北京签署"
         "《关于2027年度联合训练的实施安排》。",
         [ev("agreement", ["CHN", "PAK"], doc_type="other")]),
    case("zh-technical-arrangement", "zh", DAY,
         "新华社北京6月16日电 中国与老挝两国国防部当天签署了关于军事医学合作的技术安排。",
         [ev("agreement", ["CHN", "LAO"], doc_type="other")]),
    # ---- where: capitals in Chinese, Evere
    case("zh-capital-dar-es-salaam", "zh", DAY,
         "新华社达累斯萨拉姆6月16日电 中国海军舰艇编队16日抵达达累斯萨拉姆，与坦桑尼亚海军举行联合训练。",
         [ev("exercise", ["CHN", "TZA"], location="TZA")]),
    case("fr-evere", "fr", DAY,
         "Le ministre belge de la Défense a reçu ce mardi à Evere son homologue néerlandais pour des "
         "entretiens sur la défense aérienne.",
         [ev("meeting", ["BEL", "NLD"], location="BEL")]),
    # ---- contracts and declarations by their names
    case("de-bauvertrag", "de", DAY,
         "Deutschland und die Niederlande unterzeichneten am Dienstag in Den Haag einen Bauvertrag für vier "
         "Minenabwehrboote.",
         [ev("agreement", ["DEU", "NLD"], doc_type="contract")]),
    case("de-vertrag-ueber-beschaffung", "de", DAY,
         "Die Beschaffungsämter Deutschlands und Schwedens schlossen am Dienstag einen Vertrag über die "
         "gemeinsame Beschaffung von Artilleriemunition.\n"
         "Zudem unterzeichneten Verteidigungsminister Boris Pistorius und sein schwedischer Amtskollege "
         "Pål Jonson eine Absichtserklärung über gemeinsame Übungen.",
         [ev("agreement", ["DEU", "SWE"], doc_type="contract"),
          ev("agreement", ["DEU", "SWE"], doc_type="letter_of_intent")]),
    case("de-vertrag-treaty-stays", "de", DAY,
         "Die Verteidigungsminister Deutschlands und Litauens unterzeichneten am Dienstag in Vilnius "
         "einen Vertrag über die Stationierung einer Brigade der Bundeswehr.",
         [ev("agreement", ["DEU", "LTU"], doc_type="agreement")]),
    case("ar-joint-declaration-accusative", "ar", DAY,
         "استقبل وزير الدفاع الكويتي اليوم في الكويت وزير الدفاع البريطاني. ووقع الوزيران إعلاناً مشتركاً "
         "للتعاون في مجال الأمن البحري.",
         [ev("meeting", ["GBR", "KWT"]),
          ev("agreement", ["GBR", "KWT"], doc_type="declaration")]),
    case("ar-paving-the-way", "ar", DAY,
         "التقى رئيس أركان الجيش المغربي اليوم في الرباط قائد القوات المسلحة الموريتانية. وجاء اللقاء تمهيدًا "
         "لتوقيع اتفاقية تعاون عسكري بين المغرب وموريتانيا خلال الأشهر المقبلة.",
         [ev("meeting", ["MAR", "MRT"]),
          ev("intent", ["MAR", "MRT"])]),
    # ---- pledges and what is none
    case("fr-also-pledged", "fr", DAY,
         "La ministre des Armées a reçu lundi à Paris son homologue estonien.\n"
         "Les deux ministres se sont également engagés à renforcer la coopération entre leurs forces "
         "spéciales.",
         [ev("meeting", ["EST", "FRA"], location="FRA"),
          ev("intent", ["EST", "FRA"])]),
    case("en-thanks-for-commitment", "en", DAY,
         "Philippine Defense Secretary Gilberto Teodoro met Japanese Defense Minister Shinjiro Koizumi "
         "in Tokyo on Tuesday.\nTeodoro thanked Japan for its \u201cunwavering commitment to a free and "
         "open Indo-Pacific\u201d.",
         [ev("meeting", ["JPN", "PHL"], location="JPN")]),
    case("en-senate-concurred", "en", DAY,
         "The Philippine Senate on Monday concurred in the ratification of the defence cooperation agreement "
         "with New Zealand.",
         [ev("agreement", ["NZL", "PHL"], doc_type="agreement")]),
    case("es-commitment-praised", "es", DAY,
         "La ministra de Defensa recibió este martes en Madrid a su homólogo lituano.\n"
         "La ministra ha destacado el compromiso de España con Lituania, donde hay militares españoles "
         "desplegados en misiones de la OTAN.",
         [ev("meeting", ["ESP", "LTU"], location="ESP")]),
    # ---- a document extended or renewed is a signing
    case("en-extended-mou", "en", DAY,
         "Poland and South Korea's defence ministries on Monday extended their memorandum of understanding "
         "on defence industry cooperation for five years.",
         [ev("agreement", ["KOR", "POL"], doc_type="memorandum")]),
    case("en-exchange-of-letters", "en", DAY,
         "The defence ministers of Fiji and New Zealand signed an exchange of letters on maritime "
         "surveillance in Suva on Monday.",
         [ev("agreement", ["FJI", "NZL"], doc_type="other")]),
    case("fr-accord-prolonge", "fr", DAY,
         "Les ministres de la Défense de la Belgique et des Pays-Bas ont prolongé lundi de cinq ans l'accord "
         "sur la coopération navale.",
         [ev("agreement", ["BEL", "NLD"], doc_type="agreement")]),
    case("de-abkommen-erneuert", "de", DAY,
         "Die Verteidigungsministerien Österreichs und Ungarns erneuerten am Montag in Wien ihr Abkommen "
         "über die militärische Ausbildung.",
         [ev("agreement", ["AUT", "HUN"], doc_type="agreement")]),
    case("de-gespraech-verlaengert-no-signing", "de", DAY,
         "Die Verteidigungsminister Deutschlands und Litauens trafen sich am Montag in Vilnius. Sie "
         "verlängerten ihr Gespräch über die Umsetzung des Abkommens von 2023.",
         [ev("meeting", ["DEU", "LTU"])]),
    case("ru-soglashenie-prodlili", "ru", DAY,
         "Министерства обороны России и Белоруссии продлили в понедельник соглашение о совместной охране "
         "внешней границы.",
         [ev("agreement", ["BLR", "RUS"], doc_type="agreement")]),
    case("ru-obsuzhdenie-prodlili-no-signing", "ru", DAY,
         "Министры обороны России и Таджикистана провели переговоры в понедельник в Москве. Стороны продлили "
         "обсуждение вопросов реализации соглашения о военном сотрудничестве.",
         [ev("meeting", ["RUS", "TJK"])]),
    case("ar-renewed-agreement", "ar", DAY,
         "الكويت (كونا) - أعلنت وزارة الدفاع اليوم أن الكويت والولايات المتحدة مددا اتفاقية التعاون "
         "الدفاعي لمدة عشر سنوات.",
         [ev("agreement", ["KWT", "USA"], doc_type="agreement")]),
    case("vi-gia-han-ban-ghi-nho", "vi", DAY,
         "Chiều 16-6, tại Hà Nội, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào đã gia hạn Bản ghi nhớ về "
         "hợp tác đào tạo.",
         [ev("agreement", ["LAO", "VNM"], doc_type="memorandum")]),
    # ---- documents signed by civil ministers are no defense signings
    case("ar-health-ministers-sign", "ar", DAY,
         "القاهرة - استقبل وزير الدفاع المصري اليوم وزير الدفاع الكيني. ووقع الوزيران بروتوكول تعاون عسكري. "
         "وفي سياق آخر، وقّع وزيرا التعليم في البلدين مذكرة تفاهم للتبادل الطلابي.",
         [ev("meeting", ["EGY", "KEN"]),
          ev("agreement", ["EGY", "KEN"], doc_type="protocol")]),
    case("fr-health-minister-signs", "fr", DAY,
         "Le ministre sénégalais des Forces armées a signé lundi à Dakar un accord de coopération militaire "
         "avec son homologue gambien.\nPar ailleurs, le ministre de la Santé et son homologue gambien "
         "ont signé un mémorandum d'entente sur la formation des médecins.",
         [ev("agreement", ["GMB", "SEN"], doc_type="agreement")]),
    case("de-interior-ministers-signed", "de", DAY,
         "Die Verteidigungsminister Deutschlands und Tschechiens unterzeichneten am Montag in Prag ein "
         "Abkommen über die Ausbildung von Soldaten.\nEin Abkommen über den Katastrophenschutz hatten die "
         "Innenminister beider Länder bereits im Frühjahr unterzeichnet.",
         [ev("agreement", ["CZE", "DEU"], doc_type="agreement")]),
    case("en-health-ministers-sign", "en", DAY,
         "Kenya's Defence Cabinet Secretary hosted his Ugandan counterpart in Nairobi on Monday, and the two "
         "signed a defence cooperation agreement.\nSeparately, the health ministers of the two countries "
         "signed a memorandum of understanding on vaccine production.",
         [ev("meeting", ["KEN", "UGA"]),
          ev("agreement", ["KEN", "UGA"], doc_type="agreement")]),
    case("es-education-ministers-sign", "es", DAY,
         "El ministro de Defensa de Perú recibió este lunes en Lima a su homólogo chileno, con quien firmó "
         "un acuerdo de cooperación en materia de defensa.\nPor otra parte, los ministros de Educación "
         "de ambos países firmaron un memorando de entendimiento sobre becas universitarias.",
         [ev("meeting", ["CHL", "PER"]),
          ev("agreement", ["CHL", "PER"], doc_type="agreement")]),
    case("es-political-consultations", "es", DAY,
         "La ministra de Defensa recibió este martes en Madrid a su homólogo letón.\nLos ministros de "
         "Asuntos Exteriores de ambos países firmaron en marzo un memorando de entendimiento sobre consultas "
         "políticas.",
         [ev("meeting", ["ESP", "LVA"], location="ESP")]),
    case("en-political-consultations", "en", DAY,
         "Latvia's defence minister met his Spanish counterpart in Madrid on Tuesday.\nThe foreign ministers "
         "of the two countries signed a memorandum on political consultations in March.",
         [ev("meeting", ["ESP", "LVA"], location="ESP")]),
    case("fr-political-consultations", "fr", DAY,
         "La ministre des Armées a reçu mardi à Paris son homologue letton pour des entretiens.\n"
         "Les ministres des Affaires étrangères des deux pays ont signé en mars un mémorandum sur les "
         "consultations politiques.",
         [ev("meeting", ["FRA", "LVA"], location="FRA")]),
    # ---- firms signing with each other
    case("zh-firms-sign", "zh", DAY,
         "（中央社記者台北16日電）國防部長今天接見美國參議員訪問團。\n"
         "另外，國內無人機業者與美國廠商今天在台北簽署合作備忘錄，將共同開發反無人機系統。",
         [ev("meeting", ["TWN", "USA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_read_line_is_dropped(registry: PackRegistry) -> None:
    body = ["The defence ministers of the two states held talks in Manila on Monday.",
            "Both sides agreed to expand maritime cooperation."]
    raw = "\n".join([body[0], "READ: Navy, coast guard hold joint drills off Palawan", body[1]])
    text = clean_article(Article(id="t", text=raw), registry.get("en")).clean_text or ""
    assert body[0] in text and body[1] in text
    assert "Palawan" not in text
