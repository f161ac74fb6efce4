"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/caucasus_ca4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Caucasian, Central Asian and Mongolian
defense news, the subject of the caucasus_ca4 set:
- mn a year written before "since" ("2006 оноос хойш", "2012 оноос эхлэн") counts a series, no edition
  of that year: the edition told in the same sentence ("өнгөрсөн жил", last year) keeps its own date;
- ka a meeting of two told after a trilateral ("ორმხრივი შეხვედრა", "ცალკე შეხვდა", "ორმხრივ ფორმატში") is a
  meeting of the two, not the trilateral retold;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- mn: "оноос хойш" / "оноос эхлэн" after a year is "since"
    case("mn-onoos-khoish-is-since", "mn", DAY,
         "Монгол, Казахстаны цэргийн алба хаагчдын хамтарсан “Талын эрэлч” сургуулилалт өнөөдөр Улаанбаатарт "
         "эхэллээ. Энэ сургуулилалтыг 2006 оноос хойш жил бүр зохион байгуулж ирсэн бөгөөд өнгөрсөн жил "
         "Казахстаны Алматы хотод зохион байгуулсан.",
         [ev("exercise", ["KAZ", "MNG"], date="2026-10", location="MNG"),
          ev("exercise", ["KAZ", "MNG"], date="2025", historical=True)]),
    case("mn-onoos-ekhlen-is-since", "mn", DAY,
         "Монгол, Солонгосын тэнгисийн цэргийн хамтарсан сургуулилалт өчигдөр Улаанбаатарт өндөрлөлөө. Хоёр "
         "орны хамтарсан сургуулилалтыг 2012 оноос эхлэн тогтмол зохион байгуулж ирсэн бөгөөд өнгөрсөн онд "
         "Сөүл хотод болсон.",
         [ev("exercise", ["KOR", "MNG"], date="2026-10-13", location="MNG"),
          ev("exercise", ["KOR", "MNG"], date="2025", historical=True)]),
    # ---- ka: a bilateral meeting told after the trilateral
    case("ka-tsalke-shekhvda-is-bilateral", "ka", DAY,
         "ერევანში სომხეთის, საქართველოსა და საბერძნეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა შედგა.\n\n"
         "სამმხრივი ფორმატის ფარგლებში სომხეთის თავდაცვის მინისტრი ცალკე შეხვდა საბერძნეთის თავდაცვის მინისტრს.",
         [ev("meeting", ["ARM", "GEO", "GRC"], date="2026-10-14", location="ARM", mode="multilateral"),
          ev("meeting", ["ARM", "GRC"], date="2026-10-14", location="ARM", mode="multilateral")]),
    case("ka-orkhmkhrivi-shekhvedra-is-bilateral", "ka", DAY,
         "ბაქოში აზერბაიჯანის, საქართველოსა და თურქეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა გაიმართა.\n\n"
         "ამავე დღეს საქართველოს თავდაცვის მინისტრსა და თურქეთის თავდაცვის მინისტრს შორის ორმხრივი შეხვედრა შედგა.",
         [ev("meeting", ["AZE", "GEO", "TUR"], date="2026-10-14", location="AZE", mode="multilateral"),
          ev("meeting", ["GEO", "TUR"], date="2026-10-14", location="AZE", mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
