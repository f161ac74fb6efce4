"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/fr_press3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of French-language defense news from
France, Belgium, Switzerland, Quebec and francophone Africa, the subject of the fr_press3 set:
- fr "compter" + infinitive ("les deux pays comptent organiser …", "comptent renforcer …") is a plan of the
  sides: an intent, as "prévoient de" was;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- fr: "compter" + infinitive is a plan (intent)
    case("fr-comptent-organiser-is-intent", "fr", DAY,
         "Les armées du Gabon et du Congo comptent organiser des patrouilles conjointes le long du fleuve.",
         [ev("intent", ["COG", "GAB"])]),
    case("fr-comptent-renforcer-is-intent", "fr", DAY,
         "Selon le communiqué, la Tunisie et l'Italie comptent renforcer leur coopération militaire en "
         "matière de surveillance maritime.",
         [ev("intent", ["ITA", "TUN"])]),
    case("fr-comptent-mener-is-intent", "fr", DAY,
         "Le Sénégal et la Gambie comptent mener des opérations militaires conjointes en Casamance.",
         [ev("intent", ["GMB", "SEN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
