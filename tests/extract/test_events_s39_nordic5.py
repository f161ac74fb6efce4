"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/nordic5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Nordic defense news, the subject of
the nordic5 set:
- no, sv, da, fi the other side's soldiers who complete or go through a course in the giving state
  ("ukrainske soldater fullførte en opplæring i Norge", "avslutade en utbildning i Sverige", "afsluttede et
  uddannelsesforløb i Danmark", "kävi koulutuksen Suomessa") received training (aid);
- no, da, fi, is the bare government of a national outlet ("Regjeringen skal sende", "Regeringen vil
  sende", "Hallitus aikoo lähettää", "Ríkisstjórnin ætlar") is its own state; qualified ("den ukrainske
  regering", "Ukraines regering") it is not.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- no, sv, da, fi: trainees complete a course in the giving state
    case("no-fullforte-opplaering-is-aid", "no", DAY,
         "Omkring 150 ukrainske soldater fullførte mandag en fem uker lang opplæring i Norge.",
         [ev("aid", ["NOR", "UKR"])]),
    case("no-avsluttet-utdanningen-is-aid", "no", DAY,
         "Et kull ukrainske piloter avsluttet i forrige uke utdanningen ved Ørland flystasjon i Norge.",
         [ev("aid", ["NOR", "UKR"])]),
    case("sv-avslutade-utbildning-is-aid", "sv", DAY,
         "Ett hundratal ukrainska soldater avslutade i måndags en fyra veckor lång utbildning i Sverige.",
         [ev("aid", ["SWE", "UKR"])]),
    case("sv-genomfort-utbildning-is-aid", "sv", DAY,
         "Ukrainska sjömän har genomfört en utbildning på stridsbåtar i Sverige, meddelade Marinen i går.",
         [ev("aid", ["SWE", "UKR"])]),
    case("da-afsluttede-uddannelsesforlob-is-aid", "da", DAY,
         "Omkring 200 ukrainske soldater afsluttede mandag et seks uger langt uddannelsesforløb i Danmark.",
         [ev("aid", ["DNK", "UKR"])]),
    case("da-gennemfort-uddannelse-is-aid", "da", DAY,
         "Ukrainske piloter har gennemført den første del af deres uddannelse i Danmark.",
         [ev("aid", ["DNK", "UKR"])]),
    case("fi-kavivat-koulutuksen-is-aid", "fi", DAY,
         "Noin 200 ukrainalaista sotilasta kävi syyskuussa kuuden viikon koulutuksen Suomessa.",
         [ev("aid", ["FIN", "UKR"])]),
    case("fi-suorittivat-koulutuksen-is-aid", "fi", DAY,
         "Ukrainalaiset sotilaat suorittivat viime viikolla koulutuksen Suomessa.",
         [ev("aid", ["FIN", "UKR"])]),
    # ---- no, da, fi, is: the bare own government (sv: tried and dropped, see README_nordic5.md)
    case("no-bare-regjeringen-is-nor", "no", DAY,
         "Regjeringen skal sende flere luftvernsystemer til Ukraina.",
         [ev("intent", ["NOR", "UKR"])]),
    case("da-bare-regeringen-is-dnk", "da", DAY,
         "Regeringen vil sende en ny donationspakke til Ukraine.",
         [ev("intent", ["DNK", "UKR"])]),
    case("fi-bare-hallitus-is-fin", "fi", DAY,
         "Hallitus aikoo lähettää Ukrainalle uuden puolustustarvikeapupaketin.",
         [ev("intent", ["FIN", "UKR"])]),
    case("is-bare-rikisstjornin-is-isl", "is", DAY,
         "Ríkisstjórnin ætlar að leggja fram aukið fé til kaupa á búnaði fyrir úkraínska herinn.",
         [ev("intent", ["ISL", "UKR"])]),
    case("da-qualified-regering-is-not-own", "da", DAY,
         "Den ukrainske regering har bedt om flere fregatter, siger Ukraines ambassadør i København.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
