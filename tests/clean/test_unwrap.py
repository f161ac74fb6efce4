"""Hard-wrapped text (PDF, OCR) is joined back into its sentences; other text keeps its lines
(milwatch.clean.unwrap, its joins applied by clean.core.assemble).  Texts written for these tests."""

from __future__ import annotations

import pytest

from milwatch.clean import clean_text, rules_for
from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry

WRAPPED_EN = """JOINT COMMUNIQUE

Canberra, 4 May 2026

1. The Minister for Defence of Australia welcomed the Minister of National
Defence of the Republic of Indonesia to Canberra for the annual defence mi-
nisters' meeting, the fourth since the two countries upgraded their rela-
tionship.

2. The Ministers signed an Arrangement on cooperation in maritime security
and agreed to hold a joint exercise of their marines in Darwin next year.

3. The Ministers noted the progress of the UK-Australia-
Indonesia trilateral dialogue on
(a) maritime domain awareness in the eastern Indian Ocean;
(b) disaster relief and humanitarian assistance in the region.
"""

WRAPPED_DE = """Gemeinsame Erklärung

Die Verteidigungsminister der Bundesrepublik Deutschland und des König-
reichs Norwegen haben am Dienstag in Oslo eine Vereinbarung über die Zusam-
menarbeit bei der Beschaffung von U-Booten unterzeichnet und die gemeinsame
Ausbildung der Besatzungen in Eckernförde bekräftigt, wie beide Ministerien
mitteilten.
"""

WEB_PAGE = """Ministers meet in Hanoi
Vietnam and Japan agree to deepen defence ties
The Vietnamese defence minister met his Japanese counterpart in Hanoi on Monday for talks on security.
Both sides agreed to expand training and defence industry cooperation.
Related stories
Japan donates patrol boats to the Philippines
Australia and Indonesia hold joint naval drills
India and France sign submarine deal
"""


def _clean(registry: PackRegistry, text: str, lang: str = "en") -> tuple[str, list[int]]:
    return clean_text(text, rules_for(registry.get(lang)))


def test_wrapped_lines_are_joined_into_their_sentences(registry: PackRegistry) -> None:
    text, cmap = _clean(registry, WRAPPED_EN)
    assert ("1. The Minister for Defence of Australia welcomed the Minister of National Defence of the "
            "Republic of Indonesia to Canberra for the annual defence ministers' meeting, the fourth since "
            "the two countries upgraded their relationship.") in text.split("\n")
    assert ("2. The Ministers signed an Arrangement on cooperation in maritime security and agreed to hold "
            "a joint exercise of their marines in Darwin next year.") in text.split("\n")
    assert "Canberra, 4 May 2026" in text.split("\n")  # a short line stays a line of its own
    assert "the UK-Australia-Indonesia trilateral" in text  # a compound's own hyphen is kept
    # a list item stays a line of its own
    assert "(a) maritime domain awareness in the eastern Indian Ocean;" in text.split("\n")
    assert len(cmap) == len(text) and all(a < b for a, b in zip(cmap, cmap[1:], strict=False))
    for i, char in enumerate(text):  # every kept character maps back to itself in the raw text
        assert char == " " or WRAPPED_EN[cmap[i]] == char


def test_hyphenated_german_words_are_joined(registry: PackRegistry) -> None:
    text, _ = _clean(registry, WRAPPED_DE, "de")
    assert "des Königreichs Norwegen" in text and "über die Zusammenarbeit bei" in text
    assert text.split("\n")[-1].startswith("Die Verteidigungsminister") and text.endswith("mitteilten.")


def test_a_web_page_and_a_headline_list_keep_their_lines(registry: PackRegistry) -> None:
    text, _ = _clean(registry, WEB_PAGE)
    assert "Vietnam and Japan agree to deepen defence ties\n" in text
    assert "Japan donates patrol boats to the Philippines\nAustralia" in text or "Japan donates" not in text


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", WRAPPED_EN, {("meeting", ("AUS", "IDN")), ("agreement", ("AUS", "IDN"))}),
    ("de", WRAPPED_DE, {("agreement", ("DEU", "NOR"))}),
])
def test_events_of_a_wrapped_text_are_found(registry: PackRegistry, lang: str, text: str,
                                            expected: set[tuple[str, tuple[str, ...]]]) -> None:
    cleaned, cmap = _clean(registry, text, lang)
    article = Article(id="w", text=text, lang=lang, lang_hint=lang, published="2026-05-05",
                      clean_text=cleaned, clean_map=cmap)
    found = {(e.type, tuple(e.countries)) for e in Extractor(registry).extract(article).events}
    assert expected <= found
