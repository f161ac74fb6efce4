"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/analysis5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the analysis genre of the analysis5 set: a
signing only possible in the Polish conditional ("mogłaby … podpisać"), a Turkish declaration
("Beyannamesi") signed years ago and a treaty's terms ("saldırı halinde", "karşılıklı askeri yardım"), a
Turkish "Bu habere de bakın:" line (another story's headline), a Korean declaration adopted by two leaders
("채택한 … 선언") and an export only pursued ("수출을 추진"), a Hindi cooperation framework ("सहयोग ढांचे
पर हस्ताक्षर"), the Italian pluperfect of training given ("aveva addestrato"), demining among the topics
of talks ("ha discusso di …, sminamento e …"), a Ukrainian ranking of donors ("найбільшим донором військової
допомоги") and a state urging others to give ("закликає інші країни", "наполягає, щоб інші країни").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-11-25"  # a Wednesday

CASES = [
    # ---- pl: a signing only possible in the conditional or with "może/mogą" is no signing
    case("pl-mogłaby-podpisać-is-no-signing", "pl", DAY,
         "We wtorek w Bukareszcie minister obrony Polski spotkał się z ministrem obrony Rumunii. Eksperci "
         "uważają, że Rumunia mogłaby podpisać z Polską kontrakt na dostawy amunicji jeszcze w tym roku.",
         [ev("meeting", ["POL", "ROU"], date="2026-11-24")]),
    case("pl-mogą-zawrzeć-is-no-signing", "pl", DAY,
         "We wtorek w Bukareszcie minister obrony Polski spotkał się z ministrem obrony Rumunii. "
         "Nieoficjalnie mówi się, że oba kraje mogą zawrzeć umowę o wspólnej produkcji dronów.",
         [ev("meeting", ["POL", "ROU"], date="2026-11-24")]),
    # ---- tr: a declaration ("beyannamesi") signed years ago is a background signing
    case("tr-beyannamesi-is-a-declaration", "tr", DAY,
         "Türkiye ile Gürcistan arasında Mart 2019'da imzalanan savunma beyannamesi, ortak tatbikatları "
         "öngörüyor.",
         [ev("agreement", ["GEO", "TUR"], date="2019-03", historical=True)]),
    # ---- tr: a treaty's terms: an attack only supposed is no combat, mutual assistance no delivery
    case("tr-saldiri-halinde-is-a-treaty-term", "tr", DAY,
         "Türkiye ile Gürcistan arasında Haziran 2021'de imzalanan savunma anlaşması, taraflardan birine "
         "saldırı halinde karşılıklı askeri yardımı öngörüyor.",
         [ev("agreement", ["GEO", "TUR"], date="2021-06", historical=True)]),
    # ---- ko: a declaration adopted by the two leaders years ago
    case("ko-채택한-선언-is-a-declaration", "ko", DAY,
         "양국 국방 협력의 기반은 2019년 6월 한국과 호주 정상이 채택한 국방협력 공동선언이다.",
         [ev("agreement", ["AUS", "KOR"], date="2019-06", historical=True)]),
    # ---- ko: an export only pursued is no delivery
    case("ko-수출을-추진-is-no-delivery", "ko", DAY,
         "안규백 국방부 장관은 24일 서울에서 방한한 인도네시아 국방장관과 회담했다. 프랑스도 인도네시아에 "
         "잠수함 수출을 추진하고 있다.",
         [ev("meeting", ["IDN", "KOR"], date="2026-11-24")]),
    # ---- hi: a cooperation framework signed
    case("hi-सहयोग-ढांचे-is-a-document", "hi", DAY,
         "जून 2024 में भारत और फ्रांस ने रक्षा सहयोग ढांचे पर हस्ताक्षर किए थे।",
         [ev("agreement", ["FRA", "IND"], date="2024-06", historical=True)]),
    # ---- it: the pluperfect of training given
    case("it-aveva-addestrato-is-training-given", "it", DAY,
         "Già nel 2021 l'Italia aveva addestrato un battaglione dell'esercito somalo a Mogadiscio.",
         [ev("aid", ["ITA", "SOM"], date="2021", historical=True)]),
    # ---- it: demining among the topics of talks is a subject, no demining help
    case("it-discusso-di-sminamento-is-a-topic", "it", DAY,
         "Il capo di stato maggiore della Difesa è stato martedì a Beirut, dove ha incontrato il comandante "
         "dell'esercito libanese, con cui ha discusso di cooperazione, formazione, sminamento e sicurezza "
         "dei confini.",
         [ev("meeting", ["ITA", "LBN"], date="2026-11-24")]),
    # ---- uk: a state ranked as a donor delivers nothing
    case("uk-донором-is-no-delivery", "uk", DAY,
         "Відтоді Швеція стала найбільшим донором військової допомоги Молдові серед північних країн.",
         []),
    # ---- uk: a state urging others to give gives nothing itself
    case("uk-закликає-інші-країни-is-no-delivery", "uk", DAY,
         "Литва закликає інші країни ЄС виділяти більше коштів на військову допомогу Україні.",
         []),
    case("uk-наполягає-щоб-інші-країни-is-no-delivery", "uk", DAY,
         "Латвія наполягає, щоб інші країни альянсу щороку спрямовували частку ВВП на військову допомогу "
         "Україні.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_tr_bu_habere_de_bakin_is_furniture(registry: PackRegistry) -> None:
    """ "Bu habere de bakın: <headline>" is another story's headline, dropped by the clean stage."""
    check_cleaning(registry, "tr",
                   "Milli Savunma Bakanı dün Ankara'da Gürcistan Savunma Bakanı ile görüştü.\n\n"
                   "Bu habere de bakın: Gürcistan'a yeni zırhlı araç teslimatı\n\nEtiketler: savunma",
                   kept=["Milli Savunma Bakanı dün Ankara'da Gürcistan Savunma Bakanı ile görüştü."],
                   dropped=["Gürcistan'a yeni zırhlı araç teslimatı"])
