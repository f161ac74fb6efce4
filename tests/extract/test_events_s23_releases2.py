"""The extract stage on short official releases written for these tests (none of these sentences is in
tests/data/heldout/releases2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording and site furniture of defence ministries'
releases: a share label ("Поделиться") and a photo caption ("（写真）会談の様子") standing above the related
news label are no "read also" labels, so "Другие новости" / "関連リンク" still close the page and the
headlines after them are no events; the state of joint training welcomed ("共同訓練の実施状況を歓迎") is no
drill held; the PLA resolving to defend its own sovereignty ("坚决捍卫国家主权和领土完整") is no support of
another state.

Second round: a graduation ceremony ("cérémonie de remise des diplômes") hands nothing over; Western arms
supplies to Kyiv named in a remark ("поставки западного оружия Киеву") are no delivery; strengthening
personnel training ("加强人员培训", a field of cooperation) is no training given; South Asian capitals
and ports written after their state ("スリランカ・コロンボ沖", "インド・ムンバイ沖") are the place of a drill.

Third round: confirming to go on coordinating closely ("緊密に連携していくことを確認しました", a readout's
closing line) is no pledge; Indian states and ports where joint exercises are held (Meghalaya, Uttarakhand,
Assam, Kochi) are places; a demining centre named as a place ("el Centro Internacional de Desminado") is
no demining help given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-03-06"  # a Friday

CASES = [
    # ---- the state of joint training welcomed is no drill held
    case("ja-jisshi-joukyou-welcomed-is-no-drill", "ja", DAY,
         "令和8年3月5日（木）、小泉防衛大臣は、東京においてマールズ豪国防大臣と防衛相会談を行いました。"
         "両大臣は、日豪円滑化協定の下での共同訓練の実施状況を歓迎しました。",
         [ev("meeting", ["AUS", "JPN"], date="2026-03-05")]),
    # ---- the PLA defending its own sovereignty is no support of another state; backing another's stays
    case("zh-own-sovereignty-is-no-support", "zh", DAY,
         "国防部新闻发言人表示，日方近年来不断扩充军备，引起地区国家警惕。中国人民解放军将坚决捍卫国家主权和领土完整。",
         []),
    case("zh-backing-anothers-sovereignty-stays-support", "zh", DAY,
         "3月5日，国防部长在北京会见巴基斯坦参联会主席。国防部长表示，中方坚定支持巴方维护国家主权和领土完整。",
         [ev("meeting", ["CHN", "PAK"]), ev("support", ["CHN", "PAK"])]),
    # ---- a graduation ceremony hands nothing over
    case("fr-remise-des-diplomes-is-no-handover", "fr", DAY,
         "Le chef d'état-major des armées sénégalais a reçu jeudi à Dakar son homologue gambien. "
         "Le même jour, le général a présidé à Dakar la cérémonie de remise des diplômes des officiers de "
         "l'armée sénégalaise.",
         [ev("meeting", ["GMB", "SEN"], date="2026-03-05")]),
    # ---- Western arms supplies named in a remark are no delivery
    case("ru-western-arms-supplies-remark-is-no-aid", "ru", DAY,
         "Министр обороны России 5 марта провел в Москве переговоры с министром обороны Никарагуа. По словам "
         "министра, страны НАТО стягивают войска к границам России, а поставки западного оружия Киеву лишь "
         "продлевают конфликт.",
         [ev("meeting", ["NIC", "RUS"], date="2026-03-05")]),
    # ---- strengthening personnel training is a field of cooperation, no training given
    case("zh-jiaqiang-renyuan-peixun-is-no-aid", "zh", DAY,
         "3月5日，海军司令员在京会见孟加拉国海军参谋长。孟方表示，愿同中方加强人员培训和舰艇维修合作。",
         [ev("meeting", ["BGD", "CHN"])]),
    # ---- Sri Lanka's and India's capitals and ports after their state are the place of a drill
    case("ja-srilanka-colombo-oki-is-the-place", "ja", DAY,
         "護衛艦「すずつき」は、3月3日、スリランカ・コロンボ沖においてスリランカ海軍と親善訓練を実施しました。",
         [ev("exercise", ["JPN", "LKA"], location="LKA", date="2026-03-03")]),
    case("ja-india-mumbai-oki-is-the-place", "ja", DAY,
         "護衛艦「すずつき」は、3月2日、インド・ムンバイ沖においてインド海軍と共同訓練を実施しました。",
         [ev("exercise", ["IND", "JPN"], location="IND", date="2026-03-02")]),
    # ---- confirming to go on coordinating closely is no new pledge
    case("ja-renkei-shite-iku-koto-wo-kakunin-is-no-pledge", "ja", DAY,
         "小泉防衛大臣は、3月5日、マールズ豪国防大臣と電話会談を行いました。両大臣は、インド太平洋地域の平和と"
         "安定のため、今後も緊密に連携していくことを確認しました。",
         [ev("meeting", ["AUS", "JPN"], mode="phone", date="2026-03-05")]),
    # ---- Indian states and ports where joint exercises are held
    case("fr-dans-l-uttarakhand-is-the-place", "fr", DAY,
         "Des soldats français et indiens ont mené en février un exercice conjoint de combat en montagne "
         "dans l'Uttarakhand.",
         [ev("exercise", ["FRA", "IND"], location="IND", date="2026-02")]),
    case("en-in-meghalaya-is-the-place", "en", DAY,
         "Indian and Japanese troops held a joint exercise in Meghalaya in February.",
         [ev("exercise", ["IND", "JPN"], location="IND", date="2026-02")]),
    case("de-vor-kochi-is-the-place", "de", DAY,
         "Deutsche und indische Marinesoldaten übten im Februar gemeinsam vor Kochi.",
         [ev("exercise", ["DEU", "IND"], location="IND", date="2026-02")]),
    # ---- a demining centre named as a place is no demining help given
    case("es-centro-de-desminado-is-no-aid", "es", DAY,
         "La ministra de Defensa recibió el jueves en Madrid al ministro de Defensa de Ecuador. Ambos "
         "firmaron un acuerdo de cooperación, que permitirá a militares ecuatorianos formarse en el Centro "
         "Internacional de Desminado.",
         [ev("meeting", ["ECU", "ESP"], date="2026-03-05"),
          ev("agreement", ["ECU", "ESP"], date="2026-03-05")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    # a share label is no "read also" label: "Другие новости" under it still closes the page
    ("ru-share-label-then-other-news", "ru",
     "Министр обороны Российской Федерации Андрей Белоусов 5 марта в Москве провел переговоры с министром "
     "обороны Лаосской Народно-Демократической Республики.\n\n"
     "Управление пресс-службы и информации Министерства обороны Российской Федерации\n\n"
     "Поделиться\nДругие новости\nРоссийские и казахстанские военные провели совместные учения на полигоне\n",
     ["провел переговоры с министром обороны Лаосской"], ["казахстанские военные", "Другие новости"]),
    # a photo caption is no "read also" label: "関連リンク" under it still closes the page
    ("ja-photo-caption-then-related-links", "ja",
     "令和8年3月5日（木）、小泉防衛大臣は、防衛省においてマールズ豪国防大臣と防衛相会談を行いました。\n\n"
     "（写真）会談の様子\n関連リンク\n日英防衛相会談（令和8年1月）\n",
     ["マールズ豪国防大臣と防衛相会談"], ["日英防衛相会談", "会談の様子"]),
]


test_page_furniture_is_dropped = cleaning_test(PAGES)
