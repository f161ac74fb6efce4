"""Official defense-ministry releases and readouts in en, it, de, es, ja and ko, written for these tests
(none of these sentences is in tests/data/heldout/releases.jsonl or in any shared set).

They pin general wording of the ministries' own pages: a joint declaration "adopted" at a meeting is
concluded like one signed (it "hanno adottato una dichiarazione congiunta"); the terms of a
document told with "darin" ("Darin verpflichten sich beide Seiten …") are no new pledge (de); a
commitment "conveyed" to the host ("le trasladó el compromiso de España con …") is no new pledge (es);
the results of drills held over time welcomed or praised ("共同訓練の成果を歓迎しました") are no drill held
now (ja); an industry's export results ("수출 실적") are no delivery (ko); and the furniture of a Korean
ministry's board: the previous / next post links under a release ("이전글 …", "다음글 …"), whose
headlines report other meetings, are cut with everything after them, and the post's meta line
("작성자 대변인실 등록일 …") gives no person. Norway's northern counties and bases where allied troops
train (Finnmark, Troms, Setermoen, Bardufoss, Evenes …) are places in Norway (_base).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- a joint declaration adopted at a meeting is concluded
    case("it-adottato-dichiarazione-congiunta", "it", DAY,
         "Il ministro della Difesa italiano ha ricevuto martedì a Roma l'omologo greco. Al termine del "
         "colloquio i due ministri hanno adottato una dichiarazione congiunta sulla sicurezza nel "
         "Mediterraneo.",
         [ev("meeting", ["GRC", "ITA"], location="ITA"),
          ev("agreement", ["GRC", "ITA"], doc_type="declaration")]),
    # ---- the terms of a document told with "darin" are no new pledge
    case("de-darin-verpflichten-sich-is-no-pledge", "de", DAY,
         "Der niederländische Verteidigungsminister hat am Dienstag in Den Haag seinen belgischen "
         "Amtskollegen empfangen. Beide unterzeichneten eine Vereinbarung über die Ausbildung von "
         "Marinetauchern. Darin verpflichten sich beide Länder, ab 2027 eine gemeinsame Tauchschule zu "
         "betreiben.",
         [ev("meeting", ["BEL", "NLD"], location="NLD"), ev("agreement", ["BEL", "NLD"])]),
    # ---- a commitment conveyed to the host is no new pledge
    case("es-traslado-el-compromiso-is-no-pledge", "es", DAY,
         "La ministra de Defensa se reunió el martes en Nuakchot con su homólogo de Mauritania. La ministra "
         "le trasladó el compromiso de España con la seguridad del Sahel.",
         [ev("meeting", ["ESP", "MRT"], location="MRT")]),
    # ---- Norway's northern counties and bases, where allied troops train, are Norway
    case("en-setermoen-is-norway", "en", DAY,
         "Dutch and Norwegian troops began a winter exercise near Setermoen on Monday.",
         [ev("exercise", ["NLD", "NOR"], location="NOR")]),
    case("en-finnmark-is-norway", "en", DAY,
         "US Marines and Norwegian soldiers held a joint exercise in Finnmark in February.",
         [ev("exercise", ["NOR", "USA"], location="NOR", date="2026-02")]),
    # ---- the results of drills held over time, welcomed or praised, are no drill held now
    case("ja-kunren-no-seika-is-no-drill", "ja", DAY,
         "小泉防衛大臣は17日、来日中のニュージーランド国防大臣と防衛省で会談しました。"
         "両大臣は、これまでに実施された共同訓練の成果を歓迎しました。",
         [ev("meeting", ["JPN", "NZL"], location="JPN")]),
    case("ja-enshu-no-seika-is-no-drill", "ja", DAY,
         "防衛大臣は17日、来日中のカナダ国防大臣と防衛省で会談しました。"
         "両大臣は、2024年以降に行われた共同演習の成果を高く評価しました。",
         [ev("meeting", ["CAN", "JPN"], location="JPN")]),
    # ---- export results are no delivery
    case("ko-export-results-are-no-delivery", "ko", DAY,
         "국방부 장관은 17일 국방부 청사에서 방한 중인 호주 국방부 장관과 회담했다. "
         "한편 국내 방산업체들의 올해 호주 수출 실적은 지난해보다 30% 늘었다.",
         [ev("meeting", ["AUS", "KOR"], location="KOR")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# (id, lang, raw page, body lines that must stay, furniture that must go)
PAGES = [
    ("ko-previous-next-post", "ko",
     "국방부 장관은 17일 국방부 청사에서 방한 중인 캐나다 국방부 장관과 회담을 갖고 "
     "양국 국방협력 방안을 논의했다.\n\n"
     "이전글 국방부 장관, 필리핀 국방부 장관과 전화 회담\n다음글 합참의장, 미 합참의장과 화상 회의\n\n목록\n",
     ["캐나다 국방부 장관과 회담"], ["필리핀 국방부 장관과 전화 회담", "화상 회의"]),
    ("ko-board-meta-line", "ko",
     "국방부 보도자료\n\n작성자 대변인실 등록일 2026-03-17 조회수 512\n\n"
     "국방부 장관은 17일 국방부 청사에서 방한 중인 캐나다 국방부 장관과 회담을 갖고 "
     "양국 국방협력 방안을 논의했다.\n",
     ["캐나다 국방부 장관과 회담"], ["작성자 대변인실"]),
]


test_page_furniture_is_dropped = cleaning_test(PAGES)
