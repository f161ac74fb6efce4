"""milwatch event types mapped to PLOVER categories (with mode/context) and CAMEO codes."""

from __future__ import annotations

from typing import NamedTuple


class PloverCode(NamedTuple):
    category: str
    context: str | None
    cameo: str


PLOVER_BY_TYPE: dict[str, PloverCode] = {
    "meeting": PloverCode("CONSULT", "military", "040"),
    "agreement": PloverCode("SUPPORT", "military", "057"),
    "intent": PloverCode("AGREE", "military", "036"),
    "exercise": PloverCode("COOPERATE", "military", "062"),
    "aid": PloverCode("AID", "military", "072"),
    "support": PloverCode("SUPPORT", "political", "051"),
}

# CAMEO refines CONSULT by how the parties met
CAMEO_MEETING_BY_MODE: dict[str | None, str] = {
    "phone": "041",  # discuss by telephone
    "visit": "042",  # make a visit (043 host a visit, seen from the host)
    "third-party": "044",  # meet at a third location
    "multilateral": "045",  # mediate / meet in a multilateral frame
    None: "040",
}
PLOVER_MODE_BY_MEETING: dict[str | None, str | None] = {
    "phone": "phone", "visit": "visit", "third-party": "third-party", "multilateral": "multilateral", None: None,
}


def plover_for(event_type: str, mode: str | None = None) -> tuple[str, str | None, str | None, str]:
    """(PLOVER category, PLOVER mode, PLOVER context, CAMEO code) of an event."""
    code = PLOVER_BY_TYPE[event_type]
    if event_type == "meeting":
        return code.category, PLOVER_MODE_BY_MEETING.get(mode), code.context, CAMEO_MEETING_BY_MODE.get(mode, "040")
    return code.category, None, code.context, code.cameo
