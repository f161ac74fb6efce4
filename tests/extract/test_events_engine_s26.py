"""Lead's cases of session 26: each an invented short article.

A state the article names only in passing, after it has told an event, in sentences that tell none (no event
trigger, no participants' "took part"), never in its title, by an official, as a venue of an event or as the
dateline's, and once only, is an aside (analysis.py `named_in_passing`, `ArticleAnalysis.asides`): no
implicit party of a drill whose sentence names no state, and no partner taken from the article's main
states for a sentence that names one.  "Volgens analisten zal Rusland …" below a Dutch drill made it a
Dutch-Russian exercise; "Enligt forskare … kommer Ryssland att …" made FMV's contract with a Swedish yard an
agreement with Russia.  The pack's or the site's own state is never an aside.

A sentence whose every state is named after a target word names no party, as one whose every state is an
observer (bystanders.py `without_targets`): "… провели более 150 учений, в том числе у границ с Финляндией и
Норвегией" (ru pack `markers.target` "у границ*", "границ* с") gave a Finnish-Norwegian exercise.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("nl-analysts-state-is-no-party-of-a-domestic-drill", "nl", "2026-10-14",
         "Landmacht oefent op de Veluwe\n\n"
         "Deze week houdt de landmacht de oefening Herfstwind op de Veluwe, met zo'n 2000 militairen. "
         "Volgens deskundigen van de universiteit zal Rusland zijn strijdkrachten de komende jaren verder "
         "uitbreiden.",
         []),
    case("sv-researchers-state-is-no-partner-of-a-contract", "sv", "2026-10-14",
         "Försvarets materielverk har tecknat ett avtal med Bofors om nya haubitsar till armén. "
         "Leveranserna ska ske mellan 2028 och 2030. "
         "Enligt forskare kommer Ryssland att bygga upp sina styrkor vid gränsen inom några år.",
         []),
    case("en-aside-state-leaves-the-named-pair-alone", "en", "2026-10-14",
         "The Indonesian and Australian navies held a joint exercise off Darwin on Tuesday. "
         "It was the largest such drill in a decade. "
         "Analysts said China would keep expanding its fleet.",
         [ev("exercise", ["AUS", "IDN"], date="2026-10-13")]),
    case("ru-states-near-whose-border-troops-drill-are-no-parties", "ru", "2026-11-20",
         "Более тысячи военнослужащих мотострелковой бригады провели на полигоне тактическое учение. Всего в "
         "этом году войска округа провели более 150 учений, в том числе у границ с Финляндией и Норвегией.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
