"""Page furniture and a few constructions in en, es, fr, ru, zh and ar, written for these tests (none of
these lines is in tests/data/heldout/boilerplate.jsonl or in any shared set).

The cleaning cases pin the boilerplate rules of each language pack: lists of other stories whose
headlines report other meetings, signings and exercises ("Read Next", "Up next", "Lo más leído",
"Seguir leyendo:", "Articles similaires", "Лента новостей", "热点推荐") are cut with everything after
them, a bare "Más información" label drops the headline under it, and a Chinese photo credit in
brackets after a caption ("（某国防部提供）") is trimmed, so that no headline or credit is read as an
event of the article.  The event cases (helpers of tests/extract/test_events.py) pin: fr praise or
thanks for the other side's role in training ("a salué, à cette occasion, le rôle … dans la formation
des …") as no aid given, a wish or a call that the other side commit ("souhaiter que la France
s'engage", "appelé … à s'engager") as no pledge, and "au terme de cet entretien" (pointing back to talks
already told) as no meeting of its own; ru "приступят" (will set about) as a future; the
Arabic passive written with its damma and no shadda ("وُقعت") as a signing.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-10-07"  # a Wednesday

# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("en-read-next", "en",
     "The defence ministers of Canada and Finland held talks in Helsinki on Tuesday.\n\n"
     "They agreed to expand joint training in the Arctic from next year.\n\n"
     "Read Next\nWorld\nJapan and Italy sign deal on fighter jet programme\nAsia Pacific\n"
     "Indonesian and Australian troops end jungle drills in Borneo\n",
     ["held talks in Helsinki", "expand joint training"], ["fighter jet", "jungle drills"]),
    ("en-up-next", "en",
     "Video: The Japanese defence minister met his Philippine counterpart in Manila on Tuesday.\n\n"
     "Transcript\n\nREPORTER: The two ministers signed an agreement on the supply of coastal radars.\n\n"
     "Up next\n2m 05s\nUS and South Korean marines hold landing drill\n1m 40s\nPM meets Pacific leaders\n",
     ["met his Philippine counterpart", "coastal radars"], ["landing drill", "Pacific leaders"]),
    ("es-lo-mas-leido", "es",
     "El ministro de Defensa de Chile recibió este martes en Santiago a su homólogo de Perú.\n\n"
     "Ambos firmaron un memorando de entendimiento sobre cooperación en desminado.\n\n"
     "Lo más leído\nEcuador y Colombia realizan un patrullaje conjunto en la frontera\n"
     "Brasil entrega dos helicópteros a Paraguay\n",
     ["recibió este martes", "memorando de entendimiento"], ["patrullaje conjunto", "helicópteros"]),
    ("es-seguir-leyendo", "es",
     "El jefe del Estado Mayor Conjunto de Uruguay visitó Buenos Aires este lunes.\n"
     "Durante la visita se reunió con el ministro de Defensa argentino.\n"
     "Seguir leyendo:\nLa Armada de México y la de Estados Unidos concluyen un ejercicio en el Golfo\n"
     "Bolivia recibe aviones de entrenamiento donados por China\n",
     ["visitó Buenos Aires", "se reunió con"], ["concluyen un ejercicio", "aviones de entrenamiento"]),
    ("es-mas-informacion-label", "es",
     "La ministra de Defensa recibió al jefe del Estado Mayor de Portugal en Madrid.\n\n"
     "Más información\nEspaña y Francia firman un acuerdo sobre helicópteros\n\n"
     "Ambos acordaron reforzar la cooperación en el Atlántico.\n",
     ["recibió al jefe", "reforzar la cooperación"], ["helicópteros"]),
    ("fr-articles-similaires", "fr",
     "Le ministre ivoirien de la Défense a reçu mardi à Abidjan son homologue ghanéen.\n\n"
     "Les deux ministres ont signé un protocole d'accord sur la sécurité des frontières.\n\n"
     "Articles similaires\nLe Bénin et le Niger relancent leurs patrouilles conjointes\n"
     "La Turquie livre des drones au Togo\n",
     ["a reçu mardi", "protocole d'accord"], ["patrouilles conjointes", "drones au Togo"]),
    ("ru-news-feed", "ru",
     "Министр обороны Киргизии провел в Бишкеке переговоры с министром обороны Таджикистана.\n\n"
     "Стороны подписали план сотрудничества на следующий год.\n\n"
     "Лента новостей\n12:40 Минобороны Казахстана и Узбекистана провели совместное учение\n"
     "12:15 Армения получила партию бронемашин из Индии\n",
     ["провел в Бишкеке переговоры", "подписали план"], ["совместное учение", "бронемашин"]),
    ("zh-hot-picks", "zh",
     "9月30日，国防部长在北京会见来访的老挝国防部长。\n\n双方同意加强两军在人员培训领域的合作。\n\n"
     "热点推荐\n中国和巴基斯坦海军举行联合演习\n中国向柬埔寨移交一批工程机械\n",
     ["在北京会见", "双方同意"], ["联合演习", "工程机械"]),
    ("zh-bracketed-credit", "zh",
     "马来西亚国防部长与新加坡国防部长在新加坡检阅仪仗队。（新加坡国防部提供）\n\n"
     "两国国防部长随后举行会谈。\n",
     ["检阅仪仗队", "举行会谈"], ["提供"]),
]


test_page_furniture_is_dropped = cleaning_test(PAGES)


CASES = [
    # ---- fr: praise of the other side's training role is no training given; a wish for its commitment is no
    # pledge
    case("fr-praise-of-training-role-no-aid", "fr", DAY,
         "Le ministre tunisien de la Défense a reçu mercredi à Tunis le ministre mauritanien de la "
         "Défense.\n\n"
         "Le ministre mauritanien a salué, au cours de l'entretien, l'apport de la Tunisie dans la formation "
         "des officiers mauritaniens.",
         [ev("meeting", ["MRT", "TUN"], mode="visit", location="TUN")]),
    case("fr-wish-that-other-side-commits-no-pledge", "fr", DAY,
         "Le ministre belge de la Défense a rencontré mercredi à Vilnius son homologue lituanien.\n\n"
         "Le ministre lituanien a dit souhaiter que la Belgique « s'engage davantage » dans la police du "
         "ciel balte.",
         [ev("meeting", ["BEL", "LTU"], mode="visit", location="LTU")]),
    case("fr-call-to-commit-no-pledge", "fr", DAY,
         "Le ministre estonien de la Défense a appelé mercredi la France à s'engager davantage dans la "
         "défense aérienne des pays baltes.",
         []),
    case("fr-commitment-still-a-pledge", "fr", DAY,
         "La France s'engage à livrer deux patrouilleurs à la Grèce d'ici 2028, ont annoncé mercredi les "
         "ministères de la Défense des deux pays.",
         [ev("intent", ["FRA", "GRC"])]),
    # ---- ru: "приступят" is a future
    case("ru-will-set-about-joint-patrol", "ru", DAY,
         "Корабли ВМФ России и ВМС Индии после учения приступят к совместному патрулированию в Индийском "
         "океане.",
         [ev("intent", ["IND", "RUS"])]),
    # ---- ar: the passive with its damma alone
    case("ar-passive-damma-signing", "ar", DAY,
         "وترتبط مصر والأردن باتفاقية للتعاون العسكري وُقعت عام 2019.",
         [ev("agreement", ["EGY", "JOR"], date="2019", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize("sentence", [
    "Au terme de cet entretien, les deux ministres ont signé un accord qui remplace celui conclu en 2008.",
    "À l'issue de cette rencontre, les deux chefs d'état-major ont signé un plan de coopération.",
])
def test_talks_pointed_back_to_are_masked(registry: PackRegistry, sentence: str) -> None:
    # without the mask, "entretien" / "rencontre" and the year 2008 made a second, historical meeting
    mask = registry.get("fr").matcher("triggers", "mask")
    assert mask.search(sentence) is not None


def test_replaced_accord_gives_no_meeting_of_its_year(extractor: Any) -> None:
    text = ("Le ministre sénégalais des Forces armées a reçu mercredi à Dakar le ministre gambien de la "
            "Défense.\n\nAu terme de cet entretien, les deux ministres ont signé un accord de coopération "
            "militaire qui remplace celui conclu en 2008.")
    events = extractor.extract(Article(id="t", text=text, published=DAY, lang="fr", lang_hint="fr")).events
    assert [(e.type, e.historical) for e in events if e.type == "meeting"] == [("meeting", False)]
