"""Language identification: the dev set without hints, unknown text, hints, mixed texts, lazy lingua."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from milwatch.langid import UNKNOWN_LANG, Detector

DEV = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev"


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


@pytest.mark.skipif(not DEV.exists(), reason="shared dev corpus not available")
def test_every_dev_article_is_detected_without_its_hint(detector: Detector) -> None:
    wrong = []
    count = 0
    for path in sorted(DEV.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line)
            count += 1
            guess = detector.detect(gold["text"])
            if guess.lang != gold["lang"]:
                wrong.append((gold["id"], gold["lang"], guess))
    assert count >= 90 and wrong == []


def test_texts_without_letters_or_too_short_are_unknown(detector: Detector) -> None:
    for text in ("", "12 34 56", "— • —", "2024-03-12 10:38", "Hello"):
        assert detector.detect(text).lang == UNKNOWN_LANG


def test_short_texts_go_to_lingua(detector: Detector) -> None:
    assert detector.detect("Die Minister unterzeichneten ein Abkommen.").lang == "de"
    assert detector.detect("Hai Bộ trưởng đã ký kết Ý định thư.").lang == "vi"
    assert detector.detect("The ministers signed an agreement.").method in ("cld2", "lingua")


def test_a_hint_is_trusted(detector: Detector) -> None:
    guess = detector.detect("The ministers signed an agreement on training cooperation.", hint="de")
    assert (guess.lang, guess.method, guess.confidence) == ("de", "hint", 1.0)


def test_mixed_text_gets_paragraph_languages(detector: Detector) -> None:
    english = ("The defense ministers of the two countries met in the capital on Monday and agreed to expand "
               "their cooperation in officer training, maritime security and the clearing of old mines.\n")
    german = ("Die Verteidigungsminister der beiden Länder trafen sich am Montag in der Hauptstadt und "
              "vereinbarten, ihre Zusammenarbeit bei der Ausbildung von Offizieren auszubauen.\n")
    text = english * 3 + german * 3
    guess = detector.detect(text)
    assert guess.mixed
    spans = detector.paragraphs(text, guess.lang, mixed=guess.mixed)
    assert [lang for _s, _e, lang in spans] == ["en", "de"]
    assert spans[0][0] == 0 and spans[-1][1] == len(text) and spans[0][1] == spans[1][0] == len(english) * 3


def test_monolingual_text_is_one_span(detector: Detector) -> None:
    text = "The ministers met on Monday.\nThey signed a plan for joint training next year."
    assert detector.paragraphs(text, "en") == [(0, len(text), "en")]


def test_lingua_loads_lazily_once() -> None:
    detector = Detector()
    assert detector._lingua is None
    detector.detect("Die Minister unterzeichneten ein Abkommen.")
    first = detector._lingua
    detector.detect("Hai Bộ trưởng đã ký kết Ý định thư.")
    assert first is not None and detector._lingua is first


def test_bokmal_and_nynorsk_read_with_the_norwegian_pack() -> None:
    short = "Forsvarsministeren møtte i går sin svenske kollega i Oslo."  # short: lingua says nb
    assert Detector().detect(short).lang == "no"
