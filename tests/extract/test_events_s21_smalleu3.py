"""The extract stage on short articles in Europe's smaller languages written for these tests (none of these
sentences is in tests/data/heldout/smalleu3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the session-21 smalleu3 round: Maltese
"għamlu eżerċizzju" (held an exercise with the everyday verb "to do"), the passive-reflexive "qegħdin
jitħarrġu mill-" (are being trained by) and "minn nofs Frar" (from mid-February) as a month; Irish
"chomhaontaigh … go" (agreed that); Icelandic "hefur heitið því að" (has pledged); Welsh "yn derbyn
hyfforddiant gan" (receive training from); Galician "adestran … a … soldados" (train soldiers, present
tense, a time phrase inside); Belarusian training of personnel named as a topic of the talks
("абмеркавалі … падрыхтоўку кадраў") as no training given, the Taiwan question as no party, "вучыліся
разам" (trained together) as an exercise held; a Galician related-news heading ("Relacionadas") that ends
the article. Second round: Belarusian regions and cities in both spellings (Гарадзенская вобласьць,
Берасьце, Магілёўшчына) as places; Welsh "ers dechrau'r mis" (since the start of the month) as this
month; "yn gwylio … yn ymarfer" (watching troops train) as no exercise. Third round, general wording beyond
the set: Luxembourgish "eng Übung gemaach", "zesumme mat … trainéiert", "wëll … ginn" (a pledge), army sites
(Diekirch, Bastogne, Arel) as places; Irish "bhuail … lena chomhghleacaí"; Basque "hasi dute" (they
have started it) for an exercise; Welsh "rhoddodd" (gave) as a donation; Catalan
"ensinistren … soldats", "han ensinistrat" (training given); the related-news headings "Albiste
gehiago" (EITB) and "Och interessant" (RTL) end the article; Afrikaans "steun vir … se stryd teen"
(backing the other's fight) as support; Irish "rinne" (did) for
an exercise held; Icelandic "hófu" / "luku" (began, finished) and "gert með sér samkomulag"; Maltese
"kkunsinnaw"; Belarusian "сумесную тактычную трэніроўку".
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Maltese: "għamlu" (did) holds the exercise; trained by the other side's forces; "minn nofs Frar"
    case("mt-ghamlu-ezercizzju-konguent", "mt", DAY,
         "Nhar it-Tlieta, il-Forzi Armati ta' Malta u l-Marina Taljana għamlu eżerċizzju konġunt ta' "
         "salvataġġ barra l-Port il-Kbir.",
         [ev("exercise", ["ITA", "MLT"], date="2026-03-17")]),
    case("mt-qeghdin-jitharrgu-mill", "mt", DAY,
         "Tużżana piloti minn Tuneżija qegħdin jitħarrġu mill-Forzi Armati ta' Malta f'Ħal Far "
         "minn nofs Frar.",
         [ev("aid", ["MLT", "TUN"], date="2026-02")]),
    # ---- Irish: "chomhaontaigh … go" (agreed that …) is a pledge
    case("ga-chomhaontaigh-go", "ga", DAY,
         "Chomhaontaigh Aire Cosanta na hÉireann agus Aire Cosanta na Fraince go ndéanfaí níos mó oiliúna "
         "comhpháirtí sa bhliain seo chugainn.",
         [ev("intent", ["FRA", "IRL"])]),
    # ---- Icelandic: "hefur heitið því að" (has pledged that) is a pledge, no delivery
    case("is-hefur-heitid-thvi", "is", DAY,
         "Varnarmálaráðherra Noregs hefur heitið því að Noregur sendi fleiri loftvarnarkerfi til Úkraínu.",
         [ev("intent", ["NOR", "UKR"])]),
    # ---- Welsh: "yn derbyn hyfforddiant gan" (are receiving training from) is training given
    case("cy-derbyn-hyfforddiant-gan", "cy", DAY,
         "Mae 200 o filwyr o Latfia yn derbyn hyfforddiant gan Fyddin Prydain yng Nghymru yr wythnos hon.",
         [ev("aid", ["GBR", "LVA"])]),
    # ---- Galician: present-tense training with a time phrase between the verb and the trainees
    case("gl-adestran-desde-a-soldados", "gl", DAY,
         "Militares do Exército español adestran desde febreiro a cen soldados ucraínos en Zaragoza.",
         [ev("aid", ["ESP", "UKR"], date="2026-02")]),
    # ---- Belarusian: training of personnel discussed is a topic; the Taiwan question names no party
    case("be-abmerkavali-padryhtouku-kadrau", "be", DAY,
         "Міністр абароны Беларусі сустрэўся ў Мінску з міністрам абароны Казахстана. Бакі абмеркавалі "
         "ваеннае супрацоўніцтва, падрыхтоўку кадраў і сувязь.",
         [ev("meeting", ["BLR", "KAZ"], location="BLR")]),
    # ---- Belarusian: "вучыліся разам" (trained together) holds an exercise; the last one is background
    case("be-vuchylisia-razam", "be", DAY,
         "Беларускія і расейскія сапёры пачалі сумесныя вучэньні ў панядзелак. Апошні раз вайскоўцы Беларусі "
         "і Расеі вучыліся разам у 2024 годзе.",
         [ev("exercise", ["BLR", "RUS"], date="2026-03"),
          ev("exercise", ["BLR", "RUS"], date="2024", historical=True)]),
    case("be-taiwan-question-no-party", "be", DAY,
         "Міністр абароны Беларусі заявіў, што Мінск падтрымлівае пазіцыю Пекіна ў тайваньскім пытанні.",
         [ev("support", ["BLR", "CHN"])]),
    # ---- second round: Belarusian regions and cities in the classical spelling are places
    case("be-garadzenskaj-voblasci-is-the-place", "be", DAY,
         "Беларускія і расейскія сапёры пачалі ў панядзелак сумесныя вучэньні на палігоне ў Гарадзенскай "
         "вобласьці.",
         [ev("exercise", ["BLR", "RUS"], location="BLR")]),
    case("be-pad-berascem-is-the-place", "be", DAY,
         "Беларускія і кітайскія вайскоўцы правялі сумесныя вучэнні на палігоне пад Берасьцем.",
         [ev("exercise", ["BLR", "CHN"], location="BLR")]),
    # ---- Welsh: "ers dechrau'r mis" (since the start of the month) dates ongoing training, no background;
    # visitors watching troops train hold no exercise
    case("cy-ers-dechraur-mis", "cy", DAY,
         "Mae 300 o filwyr o Latfia yn derbyn hyfforddiant gan Fyddin Prydain yng Nghymru ers dechrau'r mis.",
         [ev("aid", ["GBR", "LVA"], date="2026-03")]),
    case("cy-gwylio-milwyr-yn-ymarfer", "cy", DAY,
         "Ddydd Llun, croesawodd Ysgrifennydd Amddiffyn y Deyrnas Unedig Weinidog Amddiffyn Denmarc i "
         "Aberhonddu. Buodd y ddau weinidog yn gwylio milwyr yn ymarfer ar y maes tanio.",
         [ev("meeting", ["DNK", "GBR"], date="2026-03-16")]),
    case("cy-gwylior-milwyr-yn-ymarfer", "cy", DAY,
         "Ddydd Mawrth, croesawodd Ysgrifennydd Amddiffyn y Deyrnas Unedig Weinidog Amddiffyn Sweden i "
         "Sennybridge. Buodd y ddau'n gwylio'r milwyr yn ymarfer gyda thanciau.",
         [ev("meeting", ["GBR", "SWE"], date="2026-03-17")]),
    # ---- third round, beyond the set: Luxembourgish "eng Übung gemaach" (did an exercise), "zesumme mat …
    # trainéiert" (trained together with), "wëll … ginn" (wants to give) as a pledge; army sites as places
    case("lb-ubung-gemaach", "lb", DAY,
         "Lëtzebuergesch an hollännesch Zaldoten hunn e Freideg eng gemeinsam Übung gemaach.",
         [ev("exercise", ["LUX", "NLD"], date="2026-03-13")]),
    case("lb-zesumme-mat-traineiert-zu-arel", "lb", DAY,
         "Lëtzebuerger Zaldoten hunn zesumme mat belschen Zaldoten zu Arel trainéiert.",
         [ev("exercise", ["BEL", "LUX"], location="BEL")]),
    case("lb-well-ginn-is-a-pledge", "lb", DAY,
         "Lëtzebuerg wëll der Moldau d'nächst Joer Militärcamionen an Dronen ginn.",
         [ev("intent", ["LUX", "MDA"])]),
    case("lb-diekirch-is-the-place", "lb", DAY,
         "De belsche Verdeedegungsminister huet e Méindeg zu Diekirch seng Lëtzebuerger Homologin getraff.",
         [ev("meeting", ["BEL", "LUX"], location="LUX")]),
    case("lb-bastogne-is-the-place", "lb", DAY,
         "Lëtzebuerger a belsch Zaldote maachen dës Woch eng gemeinsam Übung zu Bastogne.",
         [ev("exercise", ["BEL", "LUX"], location="BEL")]),
    # ---- Irish: "bhuail … lena chomhghleacaí" (met with his counterpart)
    case("ga-bhuail-lena-chomhghleacai", "ga", DAY,
         "Bhuail Aire Cosanta na hÉireann lena chomhghleacaí ón Ísiltír sa Háig Dé Máirt.",
         [ev("meeting", ["IRL", "NLD"], date="2026-03-17")]),
    # ---- Basque: the transitive "hasi dute" (they have started it) holds an exercise that runs on
    case("eu-ariketa-hasi-dute", "eu", DAY,
         "Portugalgo eta Espainiako itsas armadek ariketa bateratu bat hasi dute astelehenean Kantauri "
         "itsasoan.",
         [ev("exercise", ["ESP", "PRT"], date="2026-03")]),
    # ---- Welsh: "rhoddodd" (gave), the preterite of rhoi, is a donation
    case("cy-rhoddodd-is-aid", "cy", DAY,
         "Rhoddodd Norwy ddeg o gerbydau arfog i Wcráin yr wythnos diwethaf.",
         [ev("aid", ["NOR", "UKR"])]),
    # ---- Catalan: present-tense training with a time phrase before the trainees; "han ensinistrat"
    case("ca-ensinistren-soldats", "ca", DAY,
         "Militars francesos ensinistren des de gener cent soldats moldaus a Chişinău.",
         [ev("aid", ["FRA", "MDA"])]),
    case("ca-han-ensinistrat", "ca", DAY,
         "L'exèrcit italià ha ensinistrat cent militars libanesos a Beirut.",
         [ev("aid", ["ITA", "LBN"], location="LBN")]),
    # ---- Afrikaans: backing of the other's fight is support
    case("af-steun-vir-stryd-teen", "af", DAY,
         "Die minister van verdediging het Suid-Afrika se steun vir Mosambiek se stryd teen opstandelinge in "
         "Cabo Delgado herbevestig.",
         [ev("support", ["MOZ", "ZAF"])]),
    # ---- Irish: "rinne" (did, made) holds an exercise
    case("ga-rinne-cleachtadh", "ga", DAY,
         "Rinne Óglaigh na hÉireann agus Arm na Fraince cleachtadh comhpháirteach i gCill Dara an tseachtain "
         "seo.",
         [ev("exercise", ["FRA", "IRL"])]),
    # ---- Icelandic "hófu" (began) and "luku" (finished) hold an exercise; "hafa gert með sér samkomulag"
    # (have concluded an agreement) is a signing
    case("is-hofu-aefingu", "is", DAY,
         "Landhelgisgæslan og breski sjóherinn hófu sameiginlega æfingu á mánudag.",
         [ev("exercise", ["GBR", "ISL"], date="2026-03")]),
    case("is-luku-aefingu", "is", DAY,
         "Íslenskir og sænskir hermenn luku sameiginlegri æfingu á föstudag.",
         [ev("exercise", ["ISL", "SWE"])]),
    case("is-gert-med-ser-samkomulag", "is", DAY,
         "Ísland og Noregur hafa gert með sér samkomulag um samstarf í varnarmálum.",
         [ev("agreement", ["ISL", "NOR"])]),
    # ---- Maltese verbs written without their initial i after a vowel ("kkunsinnat", delivered)
    case("mt-kkunsinnaw", "mt", DAY,
         "Franza kkunsinnat tliet dgħajjes tal-għassa lill-Forzi Armati ta' Malta.",
         [ev("aid", ["FRA", "MLT"])]),
    # ---- Belarusian: a qualified joint training ("сумесную тактычную трэніроўку") is an exercise
    case("be-sumesnuyu-taktychnuyu-treniroyku", "be", DAY,
         "Беларускія і казахстанскія вайскоўцы завяршылі сумесную тактычную трэніроўку пад Брэстам.",
         [ev("exercise", ["BLR", "KAZ"], location="BLR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_gl_relacionadas_heading_ends_the_article(extractor: Any) -> None:
    """A bare "Relacionadas" heading opens the related-news list: a signing headline under it is no event."""
    text = ("O ministro de Defensa de Portugal reuniuse onte en Vigo coa ministra española de Defensa.\n\n"
            "Relacionadas\n"
            "Portugal e Marrocos asinan un acordo de cooperación militar\n")
    article = Article(id="case", text=text, title=None, published=DAY, lang="gl", lang_hint="gl")
    cleaned = clean_article(article, extractor.registry.get("gl"))
    events = extractor.extract(cleaned).events
    assert [(e.type, sorted(e.countries)) for e in events] == [("meeting", ["ESP", "PRT"])]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # EITB's "Albiste gehiago" (more news) heading opens the list of other stories
    ("eu", "Espainiako Defentsa ministroa Portugalgo Defentsa ministroarekin bildu zen astelehenean "
           "Lisboan.\n\nAlbiste gehiago\n"
           "Frantziak eta Marokok defentsa arloko lankidetza-hitzarmena sinatu dute\n",
     [("meeting", ["ESP", "PRT"])]),
    # RTL's "Och interessant" (also of interest) heading opens the list of other stories
    ("lb", "De Verdeedegungsminister vu Lëtzebuerg huet e Méindeg säin däitsche Kolleg zu Berlin getraff.\n\n"
           "Och interessant\nFrankräich an Holland ënnerschreiwen Accord iwwer Verdeedegung\n",
     [("meeting", ["DEU", "LUX"])]),
], ids=["eu-albiste-gehiago", "lb-och-interessant"])
def test_related_news_heading_ends_the_article(extractor: Any, lang: str, text: str,
                                               expected: list[tuple[str, list[str]]]) -> None:
    article = Article(id="case", text=text, title=None, published=DAY, lang=lang, lang_hint=lang)
    cleaned = clean_article(article, extractor.registry.get(lang))
    assert [(e.type, sorted(e.countries)) for e in extractor.extract(cleaned).events] == expected
