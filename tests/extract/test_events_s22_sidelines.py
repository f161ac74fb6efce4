"""The extract stage on short articles about forums and the talks on their sidelines, written for these tests
(none of these sentences is in tests/data/heldout/sidelines.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the press of several languages: a German pledge to
pay for arms ("will … finanzieren"); a speech at a forum (en "speaks at the … Dialogue", a photo caption; ja
全体会合で講演) as no talks with the host or a state the speech names.

Second round: a state hosting a ministers' meeting as the forum itself (en "is hosting the … Defence
Ministers' Meeting, which brings together …"); urging others to keep their pledges (de "ihre Zusagen …
einzuhalten") as no pledge; forums named as such (Manama Dialogue, the EU's defence ministers, the Munich
Security Conference in fr and es, vi "trong khuôn khổ Hội nghị", de "beim Rat der EU-Verteidigungsminister")
making the talks held there multilateral; Spanish names of European cities (Múnich, Ámsterdam) as places.

Third round: ko calling on the international community (국제사회의 … 촉구) or for others' cooperation to stop
(중단을 촉구) as no pledge; de states coordinating their military aid in a format ("ihre Militärhilfe …
abstimmen", "koordinieren … Militärhilfe") as no delivery of its chairs; ko and ja names of cities abroad
where ministers meet (핼리팩스, 뮌헨; ミュンヘン, ハリファックス) as places; de a remark to the press after a
meeting ("sagte nach dem Treffen vor Journalisten, …") as no talks with the state it names; en a meeting
referred back to for its timing ("The meeting came hours after …") as no new talks.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- de: paying for the other side's arms is a pledge, as delivering them is
    case("de-will-finanzieren-is-a-pledge", "de", DAY,
         "Brüssel - Belgien will der Ukraine in diesem Jahr weitere Luftabwehrraketen im Wert von 200 "
         "Millionen Euro finanzieren.",
         [ev("intent", ["BEL", "UKR"])]),
    # ---- en: a speech at a forum (a photo caption) is no talks with the host
    case("en-speaks-at-the-dialogue-is-no-talks", "en", DAY,
         "French Armed Forces Minister Catherine Vautrin speaks at the Raisina Dialogue in New Delhi, India, "
         "March 4, 2026.",
         []),
    case("en-talks-on-the-sidelines-still-count", "en", DAY,
         "On the sidelines of the Raisina Dialogue in New Delhi, the French armed forces minister met Indian "
         "Defence Minister Rajnath Singh on Tuesday.",
         [ev("meeting", ["FRA", "IND"], mode="multilateral", date="2026-03-17")]),
    # ---- ja: the plenary (全体会合, 全体会議) is the forum itself
    case("ja-plenary-speech-is-no-talks", "ja", DAY,
         "木原防衛相は2日、ソウルで開かれた国際会議の全体会合で講演し、北朝鮮の核開発を批判した。",
         []),
    case("ja-plenary-speech-naming-a-state-is-no-talks", "ja", DAY,
         "中谷防衛相は1日、全体会合で演説し、中国の軍事活動に強い懸念を示した。",
         []),
    # ---- en: a state hosting a ministers' meeting is the forum itself, no talks with each member it
    # names; the talks held there still count
    case("en-hosting-the-ministers-meeting-is-no-talks", "en", DAY,
         "Malaysia, which chairs ASEAN this year, is hosting the ASEAN Defence Ministers' Meeting-Plus, "
         "which brings together the bloc's members and the United States, China, Japan and India.",
         []),
    case("en-hosted-the-ministers-meeting-where-talks", "en", DAY,
         "Vietnam hosted the ASEAN Defence Ministers' Meeting in Hanoi on Tuesday, where General Phan Van "
         "Giang held talks with Australian Defence Minister Richard Marles.",
         [ev("meeting", ["AUS", "VNM"], date="2026-03-17")]),
    # ---- de: urging others to keep their pledges is no pledge
    case("de-zusagen-einzuhalten-is-no-pledge", "de", DAY,
         "Der polnische Verteidigungsminister forderte die Verbündeten auf, ihre Zusagen für mehr Munition "
         "an die Ukraine auch einzuhalten.",
         []),
    # ---- forums named as such make the talks held there multilateral (Manama, Munich, the EU's defence
    # ministers, vi "trong khuôn khổ Hội nghị")
    case("en-manama-dialogue-is-a-forum", "en", DAY,
         "British Defence Secretary John Healey met Qatar's defence minister at the Manama Dialogue in "
         "Bahrain on Saturday.",
         [ev("meeting", ["GBR", "QAT"], mode="multilateral", location="BHR")]),
    case("en-meeting-of-eu-defence-ministers-is-a-forum", "en", DAY,
         "The Dutch defence minister met his Polish counterpart at the meeting of EU defence ministers in "
         "Brussels on Tuesday.",
         [ev("meeting", ["NLD", "POL"], mode="multilateral", location="BEL")]),
    case("fr-conference-sur-la-securite-de-munich-is-a-forum", "fr", DAY,
         "Le ministre belge de la Défense a rencontré son homologue danois mardi à la Conférence sur la "
         "sécurité de Munich.",
         [ev("meeting", ["BEL", "DNK"], mode="multilateral", location="DEU")]),
    case("es-conferencia-de-seguridad-de-munich-is-a-forum", "es", DAY,
         "La ministra de Defensa española se reunió el sábado con su homólogo danés en la Conferencia de "
         "Seguridad de Múnich.",
         [ev("meeting", ["DNK", "ESP"], mode="multilateral", location="DEU")]),
    case("vi-trong-khuon-kho-hoi-nghi-is-a-forum", "vi", DAY,
         "Trong khuôn khổ Hội nghị, Đại tướng Phan Văn Giang đã gặp Bộ trưởng Quốc phòng Campuchia tại "
         "Manila ngày 17/3.",
         [ev("meeting", ["KHM", "VNM"], mode="multilateral", location="PHL")]),
    case("de-rat-der-eu-verteidigungsminister-is-a-forum", "de", DAY,
         "Der deutsche Verteidigungsminister traf am Dienstag beim Rat der EU-Verteidigungsminister in "
         "Brüssel seinen niederländischen Amtskollegen.",
         [ev("meeting", ["DEU", "NLD"], mode="multilateral", location="BEL")]),
    # ---- es: Spanish names of European cities are places
    case("es-amsterdam-is-a-place", "es", DAY,
         "La ministra de Defensa española se reunió el martes en Ámsterdam con su homólogo danés.",
         [ev("meeting", ["DNK", "ESP"], location="NLD")]),
    # ---- ko: calling on the international community, or for others' cooperation to stop, is no pledge
    case("ko-urging-the-international-community-is-no-pledge", "ko", DAY,
         "이에 앞서 국방부 장관은 샹그릴라 대화 본회의 발언을 통해 북한의 도발에 대한 국제사회의 단호한 "
         "대응을 촉구했다.",
         []),
    case("ko-urging-a-stop-is-no-pledge", "ko", DAY,
         "안 장관은 호주 국방장관과의 회담에 앞서 본회의 연설에서 러시아와 북한의 군사협력 중단을 촉구했다.",
         [ev("meeting", ["AUS", "KOR"])]),
    # ---- de: states coordinating their military aid in a format is no delivery of the format's chairs
    case("de-militaerhilfe-abstimmen-is-no-delivery", "de", DAY,
         "Die Gruppe, in der rund 40 Staaten ihre Militärhilfe für Kiew abstimmen, wird von Frankreich und "
         "Italien geleitet.",
         []),
    case("de-koordinieren-militaerhilfe-is-no-delivery", "de", DAY,
         "In dem Format koordinieren mehr als 50 Staaten ihre Militärhilfe für die Ukraine; geleitet wird es "
         "von Großbritannien und Deutschland.",
         []),
    # ---- ko, ja: cities abroad where ministers meet are places
    case("ko-halifax-is-a-place", "ko", DAY,
         "안규백 국방부 장관은 17일 핼리팩스에서 영국 국방장관과 회담했다.",
         [ev("meeting", ["GBR", "KOR"], location="CAN")]),
    case("ja-munich-is-a-place", "ja", DAY,
         "小泉防衛相は14日、ミュンヘン安全保障会議に合わせて英国の国防相と会談した。",
         [ev("meeting", ["GBR", "JPN"], location="DEU", mode="multilateral")]),
    # ---- de: a remark to the press after a meeting told before is no talks with the state it names
    case("de-nach-dem-treffen-vor-journalisten-is-no-talks", "de", DAY,
         "Der französische Verteidigungsminister sagte nach dem Treffen vor Journalisten, die Hilfe für die "
         "Ukraine werde weitergehen.",
         []),
    # ---- en: a meeting referred back to for its timing is no new talks with a state the rest names
    case("en-the-meeting-came-hours-after-is-no-new-talks", "en", DAY,
         "Japanese Defence Minister Gen Nakatani met his Australian counterpart Richard Marles in Tokyo on "
         "Tuesday. The meeting came hours after Nakatani told parliament that China was expanding its navy.",
         [ev("meeting", ["AUS", "JPN"], date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
