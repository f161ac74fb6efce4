"""Lead's cases of session 23: each an invented short article.

A drill of one state's own forces is no exercise with the article's other state (extract/domestic.py
`own_forces_drill`; the word lists are each pack's concept `domestic_exercise`, fed into
`triggers.exercise_domestic`): "Meanwhile, the 3rd Infantry Division held a tactical exercise at Fort
Stewart" told after talks of the US and Poland gave a POL-USA exercise, completed with the article's other
state.  A sentence with a domestic-drill word ("tactical exercise", "ćwiczenia taktyczne", "тактическое
учение", "diễn tập khu vực phòng thủ"), no joint word (`exercise_joint`, fed by the concepts
joint_exercise, joint_training, joint_patrol), no exercise known by name and at most one state named gives
no exercise now, nor does an exercise sentence naming no other state that tells the same drill on ("The
exercise will last until Friday").  A joint word, or a second state named, keeps the exercise.

A current visit told only by a visit word, whose officials are all of the article's own state (the pack's,
else the article's home state) and whose sentence names no other state or place of one, is the official
among his own troops (tours.py `visit_at_home`): "V četrtek je Sajovic obiskal vojašnico v Postojni" after his
talks with Croatia two weeks before gave a second HRV-SVN meeting, completed with the article's other state.
A foreign visitor (not of the pack's own state) keeps the meeting.

A company's delivery to its own state's forces is no aid (_companies.py `delivery_at_home`): a sentence with a
company word, no official and no "both sides", whose one state named is the pack's own state, else the
article's home ("Корпорация передала Министерству обороны России новую партию танков"), gave an aid of that
state and the article's other state.

"Trained together" is an exercise word that holds the training word "trained" (rules_aid.py
`_training_in_exercise`): only an exercise word inside a training word (ta "பயிற்சி", one word for both)
is that training; "Dutch and Belgian marines trained together" gave an aid beside the exercise.

An arrival word ("aliwasili nchini", "arrived in") is a part of a visit, as a visit word is (tours.py
`_talk_words`): a sentence told only by arrival and visit words is `meeting:visit-word-only`, so the
arrival on Tuesday merges with the talks on Wednesday into one meeting dated by the talks; before, the
arrival was a second meeting.

A meeting that "also" took place ("także", "also"), naming one other state, is of the pack's own state when
that state was in the talks just told (parties.py, countries:sentence+main): "Minister spotkał się także z
fińskim ministrem" after the Polish minister's talks with Lithuania gave FIN-LTU, the partner of the talks
before, not the minister who met both.

Hardware told after its arrival word ("El miércoles llegaron a Ucrania los primeros dos cazas", the verb
first as verb-second and verb-first orders have it) is a delivery too (rules_aid.py `_arrival_first`),
with no official named and no signing or plan word ("llegaron a un acuerdo sobre la compra": reached).

Bilateral talks of the pack's own minister, named by his title only, with the ministers of two states or
more are one meeting with each (parties.py, countries:bilaterals-of-own and the subject of a bilateral
series): "국방부장관은 … 필리핀·태국 국방장관과 양자회담을 가졌다", "รมว.กห. พบหารือทวิภาคีกับรัฐมนตรีกลาโหม
ญี่ปุ่นและฟิลิปปินส์"; before, the two others met each other.  The Thai titles written as one word
("รมว.กห.", "ผบ.ทบ.") no longer end a sentence (th pack abbreviations).
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-19"

CASES = [
    case("en-tactical-exercise-of-own-division", "en", DAY,
         "US Defense Secretary Pete Hegseth met Polish Defence Minister Władysław Kosiniak-Kamysz at the "
         "Pentagon on Tuesday. Meanwhile, the 3rd Infantry Division held a tactical exercise at Fort Stewart "
         "on Wednesday.",
         [ev("meeting", ["POL", "USA"], date="2026-11-17")]),
    case("pl-tactical-exercise-of-own-brigade-told-on", "pl", DAY,
         "Minister obrony narodowej Władysław Kosiniak-Kamysz spotkał się we wtorek w Warszawie z "
         "litewskim ministrem obrony Dovile Šakalienė. W środę żołnierze 12. Brygady Zmechanizowanej "
         "rozpoczęli ćwiczenia taktyczne na poligonie w Drawsku Pomorskim. Manewry potrwają do piątku.",
         [ev("meeting", ["LTU", "POL"], date="2026-11-17")]),
    case("ru-tactical-exercise-of-own-district", "ru", DAY,
         "Министр обороны России Андрей Белоусов провел во вторник в Москве переговоры с министром обороны "
         "Белоруссии Виктором Хрениным. Мотострелки Южного военного округа в среду провели тактическое "
         "учение на полигоне под Ростовом.",
         [ev("meeting", ["BLR", "RUS"], date="2026-11-17")]),
    case("vi-provincial-defence-zone-drill", "vi", DAY,
         "Ngày 17-11, tại Hà Nội, Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng Việt Nam đã hội đàm "
         "với Bộ trưởng Quốc phòng Campuchia Tea Seiha. Ngày 18-11, Bộ Tư lệnh Quân khu 9 tổ chức diễn tập "
         "khu vực phòng thủ tỉnh Kiên Giang năm 2026.",
         [ev("meeting", ["KHM", "VNM"], date="2026-11-17")]),
    case("sl-minister-visits-own-barracks", "sl", DAY,
         "Obrambni minister Borut Sajovic se je 5. novembra v Ljubljani sestal s hrvaškim obrambnim "
         "ministrom Ivanom Anušićem. V četrtek je Sajovic obiskal vojašnico v Postojni.",
         [ev("meeting", ["HRV", "SVN"], date="2026-11-05")]),
    case("ru-company-delivers-to-own-ministry", "ru", DAY,
         "Министр обороны России Андрей Белоусов провел 17 ноября в Москве переговоры с министром обороны "
         "Белоруссии Виктором Хрениным. Корпорация «Уралвагонзавод» в среду передала Министерству обороны "
         "России новую партию танков Т-90М.",
         [ev("meeting", ["BLR", "RUS"], date="2026-11-17")]),
    case("en-trained-together-is-no-aid", "en", DAY,
         "Belgian Defence Minister Theo Francken met his Dutch counterpart Ruben Brekelmans in Brussels on "
         "Monday. On Tuesday, Dutch and Belgian marines trained together near Zeebrugge.",
         [ev("meeting", ["BEL", "NLD"], date="2026-11-16"), ev("exercise", ["BEL", "NLD"])]),
    case("sw-arrival-is-part-of-the-visit", "sw", DAY,
         "Waziri wa Ulinzi wa Uturuki, Bw Yaşar Güler, aliwasili nchini Jumanne kwa ziara rasmi ya siku "
         "tatu. Jumatano, Bw Güler alifanya mazungumzo na Waziri wa Ulinzi wa Tanzania Dkt Stergomena Tax "
         "mjini Dodoma.",
         [ev("meeting", ["TUR", "TZA"], date="2026-11-18")]),
    case("pl-also-met-is-the-own-minister", "pl", DAY,
         "Wicepremier, minister obrony narodowej Władysław Kosiniak-Kamysz w środę na marginesie spotkania "
         "ministrów obrony NATO w Brukseli spotkał się z ministrem obrony Litwy Dovilė Šakalienė. Minister "
         "spotkał się także z fińskim ministrem obrony Anttim Häkkänenem, z którym podpisał list intencyjny.",
         [ev("meeting", ["LTU", "POL"], date="2026-11-18"), ev("meeting", ["FIN", "POL"], date="2026-11-18"),
          ev("agreement", ["FIN", "POL"], date="2026-11-18")]),
    case("es-arrival-told-before-the-hardware", "es", DAY,
         "El ministro de Defensa de Bélgica, Theo Francken, se reunió el lunes en Kiev con su homólogo "
         "ucraniano, Denys Shmyhal. El miércoles llegaron a Ucrania los primeros dos cazas F-16 belgas.",
         [ev("meeting", ["BEL", "UKR"], date="2026-11-16"), ev("aid", ["BEL", "UKR"], date="2026-11-18")]),
    case("ko-bilaterals-of-the-own-minister", "ko", "2026-11-20",
         "국방부장관은 19일 쿠알라룸푸르에서 열린 ADMM-Plus 계기에 필리핀·태국 국방장관과 양자회담을 가졌다.",
         [ev("meeting", ["KOR", "PHL"], date="2026-11-19"),
          ev("meeting", ["KOR", "THA"], date="2026-11-19")]),
    case("th-bilaterals-of-the-own-minister", "th", "2026-06-02",
         "รมว.กห. พบหารือทวิภาคีกับรัฐมนตรีกลาโหมญี่ปุ่นและฟิลิปปินส์ นอกรอบการประชุม Shangri-La Dialogue "
         "เมื่อวันที่ 31 พ.ค.",
         [ev("meeting", ["JPN", "THA"], date="2026-05-31"),
          ev("meeting", ["PHL", "THA"], date="2026-05-31")]),
    case("en-joint-tactical-drill-keeps-the-pair", "en", DAY,
         "Indian Defence Minister Rajnath Singh met French Armed Forces Minister Catherine Vautrin in New "
         "Delhi on Tuesday. On Wednesday, troops of the two armies began a joint tactical exercise in "
         "Rajasthan.",
         [ev("meeting", ["FRA", "IND"], date="2026-11-17"), ev("exercise", ["FRA", "IND"])]),
    case("de-tactical-exercise-of-two-states-stays", "de", DAY,
         "Verteidigungsminister Boris Pistorius traf am Dienstag in Vilnius seine litauische Amtskollegin "
         "Dovilė Šakalienė. Am Mittwoch begannen Soldaten aus Deutschland und Litauen eine taktische Übung "
         "auf dem Truppenübungsplatz Pabradė.",
         [ev("meeting", ["DEU", "LTU"], date="2026-11-17"), ev("exercise", ["DEU", "LTU"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
