"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/cee9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Baltic and Balkan defense news, the
subject of the cee9 set:
- sq "Mali i …" (the mountain of …: names of mountains and of drills named after them) is no mention of
  the state of Mali; "Mali i Zi" (Montenegro) still is Montenegro;
- lv the commanders or generals as the plural subject ("komandieri vienojās", "ģenerāļi vienojās") are the
  sides of the talks just told, as "ministri" are; the singular accusative "ar … komandieri" stays what
  it was;
- lt meeting soldiers, cadets or conscripts ("susitiko su … kariais", "… kariūnais") is no talks between
  officials of two states, as in Estonian ("kohtus … sõduritega");
- lv training named as a topic of the talks in the passive ("sarunā pārrunāta arī … apmācība", "tika
  apspriesta … apmācība") is no training given, as the active "pārrunāja … apmācību" was;
- mk the receiving side of a handover ("Донацијата ја предаде …, а ја прими …") is no reception of a
  guest; "го прими амбасадорот" still is.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-18"  # a Wednesday

CASES = [
    # ---- sq: "Mali i …" is a mountain, not Mali
    case("sq-mali-i-mountain-is-no-state", "sq", DAY,
         "Ushtarë shqiptarë dhe amerikanë zhvilluan të hënën stërvitjen e përbashkët \"Mali i Korabit\" "
         "pranë Peshkopisë.",
         [ev("exercise", ["ALB", "USA"], date="2026-11-16")]),
    case("sq-mali-i-zi-still-montenegro", "sq", DAY,
         "Ministri i Mbrojtjes priti të hënën në Tiranë homologun e tij nga Mali i Zi.",
         [ev("meeting", ["ALB", "MNE"], date="2026-11-16", mode="visit", location="ALB")]),
    # ---- lv: the commanders as the plural subject are the sides just named
    case("lv-komandieri-agree-are-the-sides", "lv", DAY,
         "Igaunijas, Latvijas un Lietuvas bruņoto spēku komandieri otrdien tikās Viļņā. Komandieri vienojās "
         "nākamgad kopīgi rīkot pretgaisa aizsardzības mācības.",
         [ev("meeting", ["EST", "LTU", "LVA"], date="2026-11-17", mode="multilateral"),
          ev("intent", ["EST", "LTU", "LVA"], date="2026-11-17")]),
    case("lv-generali-agree-are-the-sides", "lv", DAY,
         "Igaunijas, Latvijas un Lietuvas bruņoto spēku komandieri pirmdien tikās Tallinā. Ģenerāļi vienojās "
         "kopīgi iegādāties pretgaisa aizsardzības radarus.",
         [ev("meeting", ["EST", "LTU", "LVA"], date="2026-11-16", mode="multilateral"),
          ev("intent", ["EST", "LTU", "LVA"], date="2026-11-16")]),
    # the singular accusative "komandieri" (met the commander) stays a domestic meeting
    case("lv-komandieri-singular-domestic", "lv", DAY,
         "Aizsardzības ministrs otrdien Rīgā tikās ar Nacionālo bruņoto spēku komandieri un pārrunāja "
         "iesaucamo skaitu nākamajā gadā.",
         []),
    # ---- lt: meeting soldiers or cadets is no talks
    case("lt-met-soldiers-no-talks", "lt", DAY,
         "Krašto apsaugos ministras pirmadienį Vilniuje susitiko su Danijos gynybos ministru. Antradienį "
         "svečias susitiko su Lietuvos kariuomenės kariais.",
         [ev("meeting", ["DNK", "LTU"], date="2026-11-16", mode="visit", location="LTU")]),
    case("lt-met-cadets-no-talks", "lt", DAY,
         "Krašto apsaugos ministras antradienį Vilniuje priėmė Norvegijos gynybos ministrą. Trečiadienį "
         "svečias susitiko su Lietuvos kariuomenės kariūnais.",
         [ev("meeting", ["LTU", "NOR"], date="2026-11-17", mode="visit", location="LTU")]),
    # ---- lv: training talked about in the passive is no training given
    case("lv-parrunata-apmaciba-no-aid", "lv", DAY,
         "Latvijas aizsardzības ministrs otrdien Rīgā tikās ar Polijas aizsardzības ministru. Sarunā "
         "pārrunāta arī Ukrainas karavīru apmācība Polijā.",
         [ev("meeting", ["LVA", "POL"], date="2026-11-17", mode="visit", location="LVA")]),
    case("lv-apspriesta-apmaciba-no-aid", "lv", DAY,
         "Latvijas aizsardzības ministrs otrdien Rīgā tikās ar Polijas aizsardzības ministru. Tikšanās "
         "laikā tika apspriesta arī Ukrainas karavīru apmācība.",
         [ev("meeting", ["LVA", "POL"], date="2026-11-17", mode="visit", location="LVA")]),
    # ---- mk: a donation received is no reception of a guest
    case("mk-handover-a-ja-primi-no-meeting", "mk", DAY,
         "Во Скопје вчера беше одржана церемонија на примопредавање на опрема, донација од Владата на "
         "Германија за Армијата. Донацијата ја предаде германскиот амбасадор, а ја прими заменик-началникот "
         "на Генералштабот.",
         [ev("aid", ["DEU", "MKD"], date="2026-11-17")]),
    case("mk-go-primi-ambassador-still-meeting", "mk", DAY,
         "Министерот за одбрана вчера го прими амбасадорот на Германија во Скопје.",
         [ev("meeting", ["DEU", "MKD"], date="2026-11-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
