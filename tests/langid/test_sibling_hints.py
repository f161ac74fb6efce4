"""langid/_hints.py sibling hints on the real detector: a reliable answer between two close languages is
corrected by what only one of them writes (Kirundi "vy" where Kinyarwanda writes "by", never its "cy")."""

from __future__ import annotations

import pytest

from milwatch.langid import Detector
from milwatch.langid._hints import sibling_hint

KIRUNDI = ("Minisitiri w'ingabo z'igihugu yashikirije ivyo bikoresho ingabo z'Uburundi zoherejwe muri "
           "Somaliya, avuga ko ivyo vyose bizofasha abasoda mu bikorwa vyabo vyo kubungabunga amahoro.")
KINYARWANDA = ("Minisitiri w'ingabo yashyikirije ibyo bikoresho ingabo z'u Rwanda ziri muri Sudani y'Epfo, "
               "avuga ko icyo gikorwa kizafasha abasirikare mu bikorwa byabo byo kubungabunga amahoro.")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def test_kirundi_is_not_kinyarwanda(detector: Detector) -> None:
    assert detector.detect(KIRUNDI).lang == "rn"


def test_kinyarwanda_stays(detector: Detector) -> None:
    assert detector.detect(KINYARWANDA).lang == "rw"


def test_a_cy_word_keeps_the_answer() -> None:
    assert sibling_hint("rw", "ivyo vyose icyo") == "rw"
    assert sibling_hint("rw", "ivyo vyose") == "rn"
    assert sibling_hint("rw", "ivyo ivyo") == "rw"  # one distinct word
    assert sibling_hint("sw", "ivyo vyose") == "sw"  # no sibling
