"""The extract stage on short Indian-language press articles written for these tests (none of these sentences
is in tests/data/heldout/indic3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the Odia press: consonant-final state names written
without CLDR's final virama (ଓମାନର, ବ୍ରାଜିଲରେ, କାଜାଖସ୍ତାନର) and the press spelling of Seychelles, training
given in the present progressive ("ପ୍ରଶିକ୍ଷଣ ଦିଆଯାଉଛି"), a corvette (କର୍ଭେଟ) that holds the meeting word ଭେଟ, a
month in the locative ("ଅକ୍ଟୋବରରେ"), a document word with its case ending ("ପ୍ରୋଟୋକଲରେ") and "ଦୁଇ ପକ୍ଷ" (the two
sides) as the parties.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Odia: state names without the final virama, the press spelling of Seychelles
    case("or-kazakhstan-without-virama", "or", DAY,
         "କାଜାଖସ୍ତାନର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "KAZ"], date="2026-03-17", location="IND")]),
    case("or-oman-without-virama", "or", DAY,
         "ଓମାନର ନୌସେନା ମୁଖ୍ୟ ମଙ୍ଗଳବାର ବିଶାଖାପାଟଣାରେ ଭାରତୀୟ ନୌସେନା ଅଧିକାରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "OMN"], date="2026-03-17", location="IND")]),
    case("or-brazil-without-virama", "or", DAY,
         "ବ୍ରାଜିଲର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["BRA", "IND"])]),
    case("or-seychelles-press-spelling", "or", DAY,
         "ସେସେଲ୍ସର ସେନା ମୁଖ୍ୟ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "SYC"])]),
    # ---- Odia: training given now; a corvette is no meeting
    case("or-training-present-progressive", "or", DAY,
         "ଭାରତୀୟ ନୌସେନା ପକ୍ଷରୁ ଗୋପାଳପୁରରେ ଶ୍ରୀଲଙ୍କାର ୩୦ ଜଣ ଯବାନଙ୍କୁ ପ୍ରଶିକ୍ଷଣ ଦିଆଯାଉଛି।",
         [ev("aid", ["IND", "LKA"])]),
    case("or-corvette-is-no-meeting", "or", DAY,
         "ଭାରତ ମଙ୍ଗଳବାର ଶ୍ରୀଲଙ୍କାକୁ ଏକ ଯୁଦ୍ଧଜାହାଜ କର୍ଭେଟ ହସ୍ତାନ୍ତର କରିଛି।",
         [ev("aid", ["IND", "LKA"], date="2026-03-17")]),
    # ---- Odia: a month in the locative; a document with its case ending signed by "the two sides"
    case("or-month-locative", "or", DAY,
         "ଉଲ୍ଲେଖଯୋଗ୍ୟ, ୨୦୧୯ ଅକ୍ଟୋବରରେ ଭାରତ ଓ ମାଳଦ୍ୱୀପ ଏକ ପ୍ରତିରକ୍ଷା ବୁଝାମଣାପତ୍ରରେ ସ୍ୱାକ୍ଷର କରିଥିଲେ।",
         [ev("agreement", ["IND", "MDV"], date="2019-10", doc_type="memorandum", historical=True)]),
    case("or-protocol-locative-two-sides", "or", DAY,
         "ଭାରତ ଓ ଇଣ୍ଡୋନେସିଆର ପ୍ରତିରକ୍ଷା ଅଧିକାରୀଙ୍କ ବୈଠକ ମଙ୍ଗଳବାର ଜାକର୍ତ୍ତାରେ ଅନୁଷ୍ଠିତ ହୋଇଥିଲା। ବୈଠକ ପରେ ସାମୁଦ୍ରିକ "
         "ସହଯୋଗ ସମ୍ପର୍କିତ ଏକ ପ୍ରୋଟୋକଲରେ ଦୁଇ ପକ୍ଷ ସ୍ୱାକ୍ଷର କରିଥିଲେ।",
         [ev("meeting", ["IDN", "IND"], location="IDN"),
          ev("agreement", ["IDN", "IND"], doc_type="protocol", date="2026-03-17")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
