"""The extract stage on short articles in Swahili, Amharic and Arabic written for these tests (none of these
sentences is in tests/data/heldout/africa7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general press wording of the africa7 genres: things received at a
handover (sw "vifaa hivyo vilipokelewa na …": vi-/zi- class subjects, no guest received), what an exercise
will strengthen (sw "zoezi hilo litaimarisha uwezo", am "ስልጠናው … አቅም እንደሚያሳድግ": no pledge), a state that
also takes part, told in the next sentence (sw "linashirikisha pia", "pia wanashiriki"), and training given
by the other side's instructors that "was completed" (am "በ… አሰልጣኞች … ሲሰጥ የነበረው ስልጠና … ተጠናቋል"), and
Botswana's "Minister of Defence and Security" as a minister's title before his name (en).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- sw: things received from someone (vi-/zi- class subject) are a handover, no reception of a guest
    case("sw-vilipokelewa-na-is-a-handover", "sw", DAY,
         "Jeshi la Uganda limekabidhiwa jana vifaa vya mawasiliano vya kijeshi na Ujerumani. Vifaa hivyo "
         "vilipokelewa na Kamanda wa Jeshi la Nchi Kavu, Meja Jenerali Peter Okello, kutoka kwa Balozi wa "
         "Ujerumani nchini Uganda.",
         [ev("aid", ["DEU", "UGA"])]),
    # ---- sw: what an exercise will strengthen is no pledge
    case("sw-litaimarisha-uwezo-is-no-pledge", "sw", DAY,
         "Zoezi la pamoja la kijeshi kati ya Tanzania na Msumbiji limeanza Jumatatu mkoani Mtwara. Waziri wa "
         "Ulinzi Juma Haji alisema zoezi hilo litaimarisha uwezo wa kanda kukabiliana na uharamia baharini.",
         [ev("exercise", ["MOZ", "TZA"])]),
    # ---- sw: a state that also takes part, told in the next sentence
    case("sw-linashirikisha-pia-joins-the-exercise", "sw", DAY,
         "Wanajeshi wa Kenya na Uganda walianza jana zoezi la pamoja la kijeshi mjini Jinja. Zoezi hilo la "
         "siku kumi linashirikisha pia wanajeshi wa Ufaransa.",
         [ev("exercise", ["FRA", "KEN", "UGA"])]),
    # ---- am: training given by the other side's instructors, "was completed"; what it raises is no pledge
    case("am-beasalatagnoch-sisetew-is-training-given", "am", DAY,
         "በቱርክ ወታደራዊ አሰልጣኞች ለኢትዮጵያ ሰራዊት አባላት ሲሰጥ የነበረው የድሮን ስልጠና ትናንት በባህር ዳር ተጠናቋል። የሰራዊቱ "
         "አዛዥ ሜጀር ጄኔራል ተስፋዬ አለሙ ስልጠናው የሰራዊቱን አቅም እንደሚያሳድግ ገልጸዋል።",
         [ev("aid", ["ETH", "TUR"], date="2026-09-15")]),
    # ---- en: "Minister of Defence and Security" before a name is the minister of defence
    case("en-minister-of-defence-and-security-is-a-title", "en", DAY,
         "Zambia and Botswana signed a defence cooperation agreement in Lusaka on Tuesday. The Botswana side "
         "was led by Minister of Defence and Security Tebogo Molefhe.",
         [ev("agreement", ["BWA", "ZMB"], persons=["Tebogo Molefhe"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
