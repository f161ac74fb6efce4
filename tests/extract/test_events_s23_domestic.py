"""The extract stage on short articles of domestic defense news written for these tests (none of these
sentences is in tests/data/heldout/domestic.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of the session-23 domestic set's languages:
tr a reception told in reported speech ("… kabul ettiğini belirtti"); en, de, pl, ru, ko and ja a
weapon's maker named as its origin ("US-made", "aus israelischer Produktion", "produkcji amerykańskiej",
"американского производства", "독일제", "미국산", "米国製", "アメリカ製"), no party of a home drill; ko the
home services written with "우리" ("우리 해군은 … 호주 해군과"); fr troops named by their unit ("un
bataillon portugais", "la brigade française") and a foreign unit put into a home unit for an exercise
("est intégré à"), the exercise named by its phase ("pour cette phase de l'exercice"); ja a new ship's
handover with its commissioning ("引き渡し式と自衛艦旗授与式") as no delivery; ja a wish to check ("態勢を確認
したい") as no agreement.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- tr: a reception told in reported speech
    case("tr-kabul-ettigini-belirtti", "tr", DAY,
         "Bakanlık sözcüsü, Milli Savunma Bakanı'nın 16 Mart'ta Bakanlıkta Gürcistan Savunma Bakanı'nı kabul "
         "ettiğini belirtti.",
         [ev("meeting", ["GEO", "TUR"], date="2026-03-16")]),
    case("tr-kabul-ettiklerini-bildirdi", "tr", DAY,
         "Kara Kuvvetleri Komutanlığı, komutanların Salı günü Ankara'da Katar Kara Kuvvetleri heyetini kabul "
         "ettiklerini bildirdi.",
         [ev("meeting", ["QAT", "TUR"], date="2026-03-17", location="TUR")]),
    # ---- ko and ja: a weapon's maker named as its origin is no party of a home drill
    case("ko-german-made-missile-no-party", "ko", DAY,
         "육군은 17일 경기도에서 독일제 대전차 미사일 사격훈련을 실시했다.",
         []),
    case("ko-us-made-missile-no-party", "ko", DAY,
         "육군은 17일 강원도에서 미국산 대전차 미사일 사격훈련을 실시했다.",
         []),
    case("ja-us-made-missile-no-party", "ja", DAY,
         "陸上自衛隊は17日、北海道の演習場で米国製の対戦車ミサイルの射撃訓練を実施した。",
         []),
    case("ja-america-made-missile-no-party", "ja", DAY,
         "陸上自衛隊は17日、北海道の演習場でアメリカ製の対戦車ミサイルの射撃訓練を実施した。",
         []),
    # ---- en, de, pl, ru: "US-made", "aus israelischer Produktion", "produkcji amerykańskiej",
    # "американского производства" name a weapon's maker, no party of a home drill
    case("en-us-made-is-no-party", "en", DAY,
         "Estonian soldiers drilled with US-made Javelin missiles at the Central Training Area on Tuesday.",
         []),
    case("en-korean-built-is-no-party", "en", DAY,
         "Norwegian gunners trained with South Korean-built K9 howitzers at Setermoen on Tuesday.",
         []),
    case("de-aus-israelischer-produktion-is-no-party", "de", DAY,
         "Österreichische Jäger übten am Dienstag in Allentsteig mit Panzerabwehrlenkwaffen aus israelischer "
         "Produktion.",
         []),
    case("de-amerikanischer-bauart-is-no-party", "de", DAY,
         "Schweizer Artilleristen übten am Dienstag in Bière mit Haubitzen amerikanischer Bauart.",
         []),
    case("pl-produkcji-amerykanskiej-is-no-party", "pl", DAY,
         "Artylerzyści z Węgorzewa ćwiczyli we wtorek na poligonie w Drawsku z wyrzutniami produkcji "
         "amerykańskiej.",
         []),
    case("pl-koreanskiej-produkcji-is-no-party", "pl", DAY,
         "Żołnierze 11. Dywizji ćwiczyli we wtorek na poligonie w Orzyszu z czołgami koreańskiej produkcji.",
         []),
    case("ru-amerikanskogo-proizvodstva-is-no-party", "ru", DAY,
         "Военнослужащие провели во вторник учение под Санкт-Петербургом с применением трофейных "
         "бронемашин американского производства.",
         []),
    case("ru-proizvodstva-ssha-is-no-party", "ru", DAY,
         "Военнослужащие провели во вторник учение под Москвой с применением трофейной техники "
         "производства США.",
         []),
    # ---- ja: a new ship's handover from the yard with its commissioning is no delivery to the day's guest
    case("ja-hikiwatashi-and-jieikanki-is-no-delivery", "ja", DAY,
         "海上自衛隊の新型護衛艦「あさひ」の引き渡し式と自衛艦旗授与式が17日、長崎市の造船所で行われた。"
         "防衛相は同日、来日中のオーストラリア国防相と防衛省で会談した。",
         [ev("meeting", ["AUS", "JPN"], date="2026-03-17", mode="visit")]),
    # ---- ja: a wish to check something ("態勢を確認したい") is no agreement of the exercise's parties
    case("ja-kakunin-shitai-is-a-wish", "ja", "2025-10-20",
         "演習の一部には、アメリカ軍も参加し、九州の島々で自衛隊と共同で輸送の訓練を行います。"
         "鈴木官房長官は記者会見で「事態に対応できる態勢を確認したい」と述べました。",
         [ev("exercise", ["JPN", "USA"], date="2025-10", location="JPN")]),
    # ---- ko: the home navy written with "our"
    case("ko-uri-haegun-is-korea", "ko", DAY,
         "우리 해군은 다음 달 남해에서 호주 해군과 연합 기뢰전 훈련을 실시할 계획이라고 밝혔다.",
         [ev("intent", ["AUS", "KOR"])]),
    # ---- fr: troops named by their unit; a foreign unit put into a home unit for an exercise
    case("fr-bataillon-integre-a-la-brigade", "fr", DAY,
         "Un bataillon portugais est intégré à la brigade française pour l'exercice Griffon dans le Larzac.",
         [ev("exercise", ["FRA", "PRT"])]),
    case("fr-bataillon-participe-avec-la-brigade", "fr", DAY,
         "Un bataillon espagnol participe à l'exercice Griffon avec la brigade française dans les Alpes.",
         [ev("exercise", ["ESP", "FRA"])]),
    case("fr-phase-de-l-exercice", "fr", DAY,
         "Un bataillon portugais et un escadron espagnol sont intégrés à la brigade française pour cette "
         "phase de l'exercice Griffon.",
         [ev("exercise", ["ESP", "FRA", "PRT"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
