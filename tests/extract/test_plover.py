"""PLOVER categories and CAMEO codes of the six event types (GUIDELINES section 2 table)."""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from milwatch.extract.plover import CAMEO_MEETING_BY_MODE, PLOVER_BY_TYPE, plover_for
from milwatch.model import EVENT_TYPES, MEETING_MODES, Article

# type -> (PLOVER category, allowed CAMEO codes) as the GUIDELINES table states them
GUIDELINES = {
    "meeting": ("CONSULT", {"040", "041", "042", "043", "044", "045", "046"}),
    "agreement": ("SUPPORT", {"057"}),
    "intent": ("AGREE", {"030", "031", "0312", "032", "033", "034", "035", "036", "037", "038", "039"}),
    "exercise": ("COOPERATE", {"062"}),
    "aid": ("AID", {"072"}),
    "support": ("SUPPORT", {"051", "052"}),
}


def test_every_event_type_is_mapped() -> None:
    assert set(PLOVER_BY_TYPE) == set(EVENT_TYPES) == set(GUIDELINES)


@pytest.mark.parametrize("event_type", EVENT_TYPES)
def test_type_codes_follow_the_guidelines(event_type: str) -> None:
    category, plover_mode, context, cameo = plover_for(event_type)
    want_category, cameos = GUIDELINES[event_type]
    assert category == want_category
    assert cameo in cameos
    assert plover_mode is None
    assert context in ("military", "political")


def test_military_context_except_verbal_support() -> None:
    """Agreements and support share PLOVER SUPPORT; the context tells them apart."""
    assert plover_for("agreement")[2] == "military"
    assert plover_for("support")[2] == "political"
    assert all(plover_for(t)[2] == "military" for t in EVENT_TYPES if t != "support")


@pytest.mark.parametrize(("mode", "cameo"), [
    ("phone", "041"),
    ("visit", "042"),
    ("third-party", "044"),
    ("multilateral", "040"),  # CAMEO has no multilateral meeting; 045 is "mediate"
    (None, "040"),
])
def test_meeting_cameo_per_mode(mode: str | None, cameo: str) -> None:
    category, plover_mode, context, code = plover_for("meeting", mode)
    assert (category, plover_mode, context, code) == ("CONSULT", mode, "military", cameo)


def test_every_meeting_mode_has_a_cameo_code() -> None:
    assert set(MEETING_MODES) | {None} == set(CAMEO_MEETING_BY_MODE)
    assert set(CAMEO_MEETING_BY_MODE.values()) <= {"040", "041", "042", "043", "044", "046"}  # never 045


def test_unknown_meeting_mode_falls_back_to_generic_consult() -> None:
    assert plover_for("meeting", "carrier-pigeon")[3] == "040"


@pytest.mark.parametrize("event_type", [t for t in EVENT_TYPES if t != "meeting"])
def test_mode_does_not_change_other_types(event_type: str) -> None:
    assert plover_for(event_type, "phone") == plover_for(event_type, None)


def test_unknown_type_is_an_error() -> None:
    with pytest.raises(KeyError):
        plover_for("parade")


def test_extracted_intent_carries_the_cameo_of_its_area(extractor: Extractor) -> None:
    article = Article(id="p1", lang="en", published="2024-05-02",
                      text="Estonia and Finland agreed to expand intelligence sharing "
                           "between their armed forces, "
                           "the defence ministers said.")
    events = extractor.extract(article).events
    assert [(e.type, e.cameo) for e in events] == [("intent", "0314")]
