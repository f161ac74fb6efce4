"""The extract stage on short articles in six languages that got their first pack in session 30 (Javanese,
Guarani, Yiddish, Tongan, Bashkir, Aymara), written for these tests (none of these sentences is in
tests/data/heldout/new_packs6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin the general vocabulary of each new pack: jv "nampi kunjungan" with
"dina Selasa (15/9/2026)"; gn "ohupyty kuehe" and "ohai peteĩ acuerdo" (no intent from "acuerdo"), "peteĩ aty"
(a ceremony) no meeting; yi the periphrastic past ("האָט זיך … באַגעגנט") with the official's name after the
title; to "Kemi Tau" (military camp) no combat, the
ergative "ʻe" no future, "ako fakataha" (joint training) no meeting, "tali" (accept) no reception; ba the
meeting and the signed plan; ay the remote past "tantachasïna" (met), "yanapapat" (for the help) no aid,
Japón.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- jv: a visit received at headquarters, the day in the Indonesian style
    case("jv-nampi-kunjungan-is-a-visit", "jv", DAY,
         "Menteri Pertahanan Indonesia nampi kunjungan Menteri Pertahanan Singapura ing Kantor Kemhan, "
         "Jakarta, "
         "dina Selasa (15/9/2026). Kalorone ngrembug kerjasama latihan lan pendhidhikan militer.",
         [ev("meeting", ["IDN", "SGP"], date="2026-09-15", location="IDN", mode="visit")]),
    # ---- gn: a minister received yesterday and an agreement signed, no intent from "acuerdo"
    case("gn-ohupyty-kuehe-and-ohai-acuerdo", "gn", DAY,
         "Ministro de Defensa Nacional ohupyty kuehe ministro de Defensa de Uruguay-pe, Ministerio de "
         "Defensa Nacional-pe, Asunción-pe. "
         "Upéi, mokõivéva ohai peteĩ acuerdo de cooperación Fuerzas Armadas mbo'epy rehegua.",
         [ev("meeting", ["PRY", "URY"], date="2026-09-15", location="PRY", mode="visit"),
          ev("agreement", ["PRY", "URY"], date="2026-09-15", doc_type="agreement")]),
    # ---- gn: "peteĩ aty" is the ceremony of a donation, no meeting
    case("gn-aty-is-no-meeting", "gn", DAY,
         "Embajada de Japón ome'ẽ ko árape mbohapy vehículo Ejército Paraguayo-pe, peteĩ aty Luque-pe.",
         [ev("aid", ["JPN", "PRY"], date="2026-09-16")]),
    # ---- yi: a meeting told in the periphrastic past, the official named after the title
    case("yi-hot-zikh-bagegnt-with-the-name-after-the-title", "yi", DAY,
         "ישׂראלס פֿאַרטיידיקונג־מיניסטער דוד לוי האָט זיך מאָנטיק באַגעגנט אין פּאַריז מיט זײַן "
         "פֿראַנצייזישן קאָלעגע.",
         [ev("meeting", ["FRA", "ISR"], date="2026-09-14", location="FRA", mode="visit",
             persons=["דוד לוי"])]),
    # ---- to: a donation at the military camp ("Kemi Tau"), given BY ("ʻe") Japan
    case("to-foaki-at-the-kemi-tau-is-aid", "to", DAY,
         "Naʻe foaki ʻe Siapani ha ngaahi loli ʻe 10 ki he Kau Tau ʻa ʻEne ʻAfio ʻi he Kemi Tau ʻi Vilai "
         "he ʻaho Tūsite.",
         [ev("aid", ["JPN", "TON"], date="2026-09-15", location="TON")]),
    # ---- to: "ako fakataha" (joint training) is an exercise, no meeting
    case("to-ako-fakataha-is-an-exercise-not-a-meeting", "to", DAY,
         "Naʻe fakahoko mei he ʻaho 7 ki he ʻaho 11 ʻo Sepitema ʻa e ako fakataha ʻa e Kau Tau ʻa ʻEne "
         "ʻAfio mo e "
         "kau tau ʻa Fisi ʻi Nukuʻalofa.",
         [ev("exercise", ["FJI", "TON"], date="2026-09", location="TON")]),
    # ---- to: "naʻe tali" (accepted) the donation is no reception, "ʻa e foaki" no future pledge
    case("to-tali-is-no-meeting", "to", DAY,
         "Naʻe fakahoko ʻe he ʻAmipasitoa ʻo ʻAositelēlia ʻa e foaki ʻo ha vaka leʻo ki he Kau Tau ʻa "
         "ʻEne ʻAfio "
         "he ʻaho Mōnite, pea naʻe tali ia ʻe he Komanitā ʻo e HMAF.",
         [ev("aid", ["AUS", "TON"], date="2026-09-14")]),
    # ---- ba: a visit and a signed cooperation plan
    case("ba-osrashty-and-plan-signed", "ba", DAY,
         "Рәсәй оборона министры дүшәмбе көндө Мәскәүҙә Ҡаҙағстан оборона министры менән осрашты. "
         "Осрашыу һөҙөмтәләре буйынса министрҙар 2027 йылға хәрби хеҙмәттәшлек планына ҡул ҡуйҙы.",
         [ev("meeting", ["KAZ", "RUS"], date="2026-09-14", location="RUS", mode="visit"),
          ev("agreement", ["KAZ", "RUS"], date="2026-09-14", doc_type="plan")]),
    # ---- ay: the remote past "tantachasïna" (they met)
    case("ay-tantachasina-is-a-meeting", "ay", DAY,
         "Bolivia markan ministro de Defensa jupax Chile markan ministro de Defensa jupampiw Santa Cruz "
         "markan "
         "lunes urux tantachasïna.",
         [ev("meeting", ["BOL", "CHL"], date="2026-09-14", location="BOL")]),
    # ---- ay: thanks "for the help" (yanapapat) is no second aid
    case("ay-yanapapat-is-no-aid", "ay", DAY,
         "Brasil markan ministro de Defensa jupax Bolivia markan ministro de Defensa jupampiw La Paz markan "
         "tantachasipxi, masürü. Ministro de Defensa jupax Brasil markan yanapapat yuspajarawayi.",
         [ev("meeting", ["BOL", "BRA"], date="2026-09-15", location="BOL")]),
    # ---- ay: Japan as the radio writes it (Japón), with the case ending -x on "marka"
    case("ay-japon-is-japan", "ay", DAY,
         "Japón markax Bolivia markan Ejército ukar 15 camionanak churi, masürü.",
         [ev("aid", ["BOL", "JPN"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
