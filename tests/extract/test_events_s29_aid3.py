"""The extract stage on short articles in seven languages written for these tests (none of these sentences is
in tests/data/heldout/aid3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the military-aid reports of the aid3 set: a sum
contributed to a fund for the other side (nl "draagt … euro bij"), the purchase of American weapons for a
third state through PURL naming no US party (no "innkjøp av amerikansk …"), the Danish ministry's numbered
donation packages as military (da "donationspakke"), future training told in the passive with the trainees
or the training as subject (pl "Szkolenia … będą kontynuowane", sv "ska … utbildas"), a pledge to go on with
the object before the verb (cs "bude v … pokračovat", not "… pokračovat jen/pouze" on a condition) and
soldiers trained since a time as a running total (fr "Depuis … a formé", pl "Od … przeszkolili").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- nl: a sum contributed to a fund for the other side is a pledge
    case("nl-draagt-euro-bij-is-a-pledge", "nl", DAY,
         "België draagt dit jaar nog 40 miljoen euro bij aan een fonds voor de aankoop van munitie voor "
         "Oekraïne, maakte de minister van Defensie dinsdag bekend.",
         [ev("intent", ["BEL", "UKR"], date="2026-10-13")]),
    # ---- no: American weapons bought for Ukraine through PURL: the seller is no party of the pledge
    case("no-innkjop-av-amerikansk-is-no-us-party", "no", DAY,
         "Forsvarsministeren opplyste tirsdag at Danmark vil bidra med 500 millioner kroner til innkjøp av "
         "amerikanske luftvernmissiler til Ukraina gjennom Natos PURL-ordning.",
         [ev("intent", ["DNK", "UKR"], date="2026-10-13")]),
    # ---- da: the ministry's numbered donation package is military aid pledged
    case("da-donationspakke-is-military", "da", DAY,
         "Regeringen har i dag præsenteret Danmarks 31. donationspakke til Ukraine.",
         [ev("intent", ["DNK", "UKR"], date=DAY)]),
    # ---- pl: the training as subject, in the passive future
    case("pl-szkolenia-beda-kontynuowane-is-a-plan", "pl", DAY,
         "Szkolenie litewskich saperów w Polsce będzie kontynuowane w przyszłym roku, poinformował rzecznik "
         "resortu.",
         [ev("intent", ["LTU", "POL"], date=DAY)]),
    # ---- sv: the trainees as subject, in the passive future
    case("sv-ska-utbildas-is-a-plan", "sv", DAY,
         "Nästa år ska ytterligare 200 litauiska soldater utbildas i Sverige, meddelar Försvarsmakten.",
         [ev("intent", ["LTU", "SWE"], date=DAY)]),
    # ---- fr: soldiers trained since a time are a running total, no training of its own
    case("fr-depuis-a-forme-is-a-running-total", "fr", DAY,
         "Depuis le début de la guerre, la Belgique a formé quelque 8 000 militaires ukrainiens, a rappelé "
         "mardi le ministère de la Défense.",
         []),
    # ---- pl: soldiers trained since a time are a running total, no training of its own
    case("pl-od-przeszkolili-is-a-running-total", "pl", DAY,
         "Od 2023 r. litewscy instruktorzy przeszkolili w Polsce ponad 2 tys. ukraińskich saperów.",
         []),
    # ---- cs: going on only on a condition pledges nothing
    case("cs-pokracovat-jen-pokud-is-no-pledge", "cs", DAY,
         "Slovensko bude ve výcviku ukrajinských vojáků pokračovat pouze tehdy, pokud to schválí parlament.",
         []),
    # ---- cs: going on with it, the object before the verb
    case("cs-bude-ve-pokracovat-is-a-pledge", "cs", DAY,
         "Slovensko bude ve výcviku ukrajinských vojáků pokračovat i v příštím roce, uvedl ministr obrany.",
         [ev("intent", ["SVK", "UKR"], date=DAY)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
