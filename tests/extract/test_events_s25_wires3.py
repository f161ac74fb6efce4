"""The extract stage on short wire items in seven languages written for these tests (none of these sentences
is in tests/data/heldout/wires3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wire wording found missing by the wires3 set: an exercise
that "memulakan" (starts, active voice) in a Bernama dispatch (ms) and "memulai" in an ANTARA one (id), a
past joint drill told with the auxiliary "ได้ฝึก…" (th), a proposal with an adverb between auxiliary and
participle ("a par ailleurs proposé", fr), a bare "ambos" as the subject of a pledge in the paragraph after
the meeting (es; wire items put every sentence in its own paragraph), and, none of them an event, a Chinese
"joint combat readiness patrol" and ships "sent to monitor" another state's (en), and the next stop
"ziyaretinin ardından" (tr).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- ms: the active "memulakan" starts the exercise it names
    case("ms-memulakan-latihan-is-held", "ms", DAY,
         "JAKARTA, 18 Nov (Bernama) -- Tentera Darat Indonesia dan Tentera Darat Australia memulakan latihan "
         "bersama di Jawa Timur hari ini, menurut kenyataan tentera.",
         [ev("exercise", ["AUS", "IDN"], date="2026-11")]),
    # ---- id: the active "memulai" (Indonesian) starts the exercise too
    case("id-memulai-latihan-is-held", "id", DAY,
         "Bangkok (ANTARA) - Angkatan Laut Thailand dan Angkatan Laut Vietnam memulai latihan bersama di "
         "Teluk Thailand, Rabu.",
         [ev("exercise", ["THA", "VNM"], date="2026-11")]),
    # ---- th: "ได้" + the drill verb tells a joint drill held
    case("th-dai-fuek-is-held", "th", DAY,
         "เมื่อปีที่แล้ว กองทัพอากาศไทยและกองทัพอากาศมาเลเซียได้ฝึกผสมทางอากาศที่จังหวัดสงขลา",
         [ev("exercise", ["MYS", "THA"], date="2025", location="THA", historical=True)]),
    # ---- fr: an adverb between "a" and "proposé" keeps the proposal
    case("fr-a-egalement-propose-is-intent", "fr", DAY,
         "L'Italie a également proposé d'organiser un exercice naval conjoint avec la Tunisie.",
         [ev("intent", ["ITA", "TUN"])]),
    # ---- es: bare "ambos" in the next paragraph are the two sides of the meeting just told
    case("es-ambos-acordaron-next-paragraph", "es", DAY,
         "El jefe del Estado Mayor de la Defensa recibió el lunes en Madrid a su homólogo de Portugal.\n\n"
         "Según fuentes del ministerio, ambos acordaron celebrar en 2027 unas maniobras conjuntas en "
         "Extremadura.",
         [ev("meeting", ["ESP", "PRT"], date="2026-11-16", location="ESP"), ev("intent", ["ESP", "PRT"])]),
    # ---- en: a "joint combat readiness patrol" is one military's show of force, no joint activity
    case("en-joint-combat-readiness-patrol-is-no-exercise", "en", DAY,
         "BEIJING, Nov 18 (Reuters) - China's military staged a joint combat readiness patrol around "
         "Taiwan on Wednesday, state media said.",
         []),
    # ---- en: ships "sent to monitor" another state's warships are no delivery to that state
    case("en-had-sent-to-monitor-is-no-aid", "en", DAY,
         "TOKYO, Nov 18 (Kyodo) - Japan's Defense Ministry said it had sent two destroyers to monitor "
         "Russian warships sailing through the Tsugaru Strait.",
         []),
    # ---- tr: the next stop "after the visit" is no meeting of its own
    case("tr-ziyaretinin-ardindan-is-no-meeting", "tr", DAY,
         "Milli Savunma Bakanı Ali Demir, Katar Savunma Bakanı ile Doha'da bir araya geldi. Demir, "
         "ziyaretinin ardından Umman'a geçecek.",
         [ev("meeting", ["QAT", "TUR"], location="QAT")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
