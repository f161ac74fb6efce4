"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/exercise10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of military-exercise news, the subject of
the exercise10 set:
- en a state named after a compass direction ("west of South Korea's islands", "north of Poland") is where
  the drill is held near, not a party of it, when two parties remain ("Japanese and Australian warships …
  east of the Philippines"); one state's own drill near another (xfail) needs the engine;
- en "… ever hosted" ("the largest exercise this base has ever hosted") praises an event held; no reception;
- id a ship visit in an exercise's programme ("kunjungan kapal", "kunjungan antarkapal") is no meeting of the
  two sides;
- ar the Egyptian "أ.ح" (short for أركان حرب, staff) after a rank ("اللواء أ.ح", "العميد بحري أ.ح") is
  part of the rank, not the first word of the name;
- tr an exercise named with its year and "Eğitimi" ("Anadolu Yıldızı-2026 Eğitimi", "… Eğitimine
  katılıyor") is an exercise word, as "Tatbikatı" is;
- id "Komodor" and "Komodor Udara" (a foreign navy's or air force's one-star rank) are ranks before a name;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-12"  # a Thursday

CASES = [
    # ---- en: a state after a compass direction is where, not who
    case("en-own-drill-north-of-state", "en", DAY,
         "Russia's Baltic Fleet began three days of anti-submarine drills on Tuesday some 40 "
         "kilometres north of Poland's coast, the fleet's press office said.",
         []),  # (one state's drill around another: markers.around, bystanders.around_only)
    case("en-joint-drill-east-of-third-state", "en", DAY,
         "Japanese and Australian warships held a joint anti-submarine exercise east of the Philippines on "
         "Monday.",
         [ev("exercise", ["AUS", "JPN"], date="2026-11-09")]),
    case("en-joint-drill-south-of-party", "en", DAY,
         "The navies of India and Sri Lanka held a joint drill south of Sri Lanka on Monday.",
         [ev("exercise", ["IND", "LKA"], date="2026-11-09")]),
    # ---- en: "the biggest … we have ever hosted" praises an exercise; it receives nobody
    case("en-ever-hosted-is-no-reception", "en", DAY,
         "Thai and American marines opened the annual amphibious drills at Sattahip on Monday. \"It is "
         "the largest landing exercise this base has ever hosted,\" Vice Admiral Chatchai Wongsa of the "
         "Royal Thai Navy told reporters next to Brigadier General Aaron Pike of the US Marine Corps.",
         [ev("exercise", ["THA", "USA"], date="2026-11")]),
    case("en-ever-hosted-past-perfect", "en", DAY,
         "Singaporean and Indian warships wrapped up a week of joint drills off Changi on Friday. Rear "
         "Admiral Lim Wei Jie of Singapore said it was the most complex edition his navy had ever hosted, "
         "standing beside Rear Admiral Vikram Rao of India.",
         [ev("exercise", ["IND", "SGP"], date="2026-11")]),
    # ---- id: ship visits of an exercise's programme are no meeting
    case("id-kunjungan-kapal-in-exercise", "id", "2026-11-14",
         "Latihan bersama TNI Angkatan Laut dan Angkatan Laut Singapura di perairan Batam ditutup pada Jumat "
         "(13/11). Selama latihan, kedua angkatan laut juga menggelar kunjungan kapal, seminar dan olahraga "
         "bersama.",
         [ev("exercise", ["IDN", "SGP"], date="2026-11-13")]),
    case("id-kunjungan-antarkapal", "id", "2026-11-14",
         "Kapal perang TNI AL dan Angkatan Laut Malaysia melaksanakan latihan komunikasi di Selat Malaka, "
         "Kamis (12/11). Usai latihan, kedua pihak melakukan kunjungan antarkapal.",
         [ev("exercise", ["IDN", "MYS"], date="2026-11-12")]),
    # ---- id: "Komodor" (commodore, a foreign navy's one-star rank) and "Komodor Udara" are ranks, no names
    case("id-komodor-is-a-rank", "id", DAY,
         "Latihan bersama TNI AL dan Angkatan Laut Singapura dibuka di Batam, Rabu (11/11). Upacara "
         "pembukaan dipimpin Laksamana Muda TNI Bambang Sutrisno dan Komodor Tan Wei Ming dari Angkatan "
         "Laut Singapura.",
         [ev("exercise", ["IDN", "SGP"], date="2026-11", persons=["Bambang Sutrisno", "Tan Wei Ming"])]),
    case("id-komodor-udara-is-a-rank", "id", DAY,
         "Komodor Udara Rajesh Kumar dari Angkatan Udara India mengikuti latihan bersama dengan TNI AU di "
         "Lanud Iswahjudi, Selasa (10/11).",
         [ev("exercise", ["IDN", "IND"], date="2026-11-10", persons=["Rajesh Kumar"])]),
    # ---- ar: the Egyptian "أ.ح" (أركان حرب, staff) after a rank belongs to the rank, not to the name
    case("ar-staff-abbreviation-after-rank", "ar", DAY,
         "انطلقت اليوم فعاليات التدريب المصري الأردني المشترك بحضور اللواء أ.ح طارق سمير منصور "
         "قائد المنطقة الجنوبية العسكرية.",
         [ev("exercise", ["EGY", "JOR"], date="2026-11", persons=["طارق سمير منصور"])]),
    case("ar-staff-abbreviation-after-navy-rank", "ar", DAY,
         "نفذت القوات البحرية المصرية والفرنسية أمس تدريبا بحريا مشتركا في البحر المتوسط بحضور "
         "العميد بحري أ.ح هشام كمال يوسف.",
         [ev("exercise", ["EGY", "FRA"], date="2026-11-11", persons=["هشام كمال يوسف"])]),
    # ---- tr: an exercise named with its year and "Eğitimi" ("Anadolu Yıldızı-2026 Eğitimi")
    case("tr-named-egitimi-with-year", "tr", DAY,
         "Konya'da dün başlayan Anadolu Yıldızı-2026 Eğitimine Türkiye'nin yanı sıra Pakistan ve Azerbaycan "
         "hava kuvvetleri katılıyor.",
         [ev("exercise", ["AZE", "PAK", "TUR"], date="2026-11")]),
    case("tr-named-egitimi-ended-today", "tr", DAY,
         "Türk ve Pakistan deniz kuvvetlerinin katıldığı Denizkurdu-2026 Eğitimi bugün Aksaz'da sona erdi.",
         [ev("exercise", ["PAK", "TUR"], date="2026-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
