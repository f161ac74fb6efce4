"""milwatch event types mapped to PLOVER categories (with mode/context) and CAMEO codes.

CAMEO codes follow the CAMEO 1.1b3 codebook (as listed in the PLOVER manual):

| milwatch event | CAMEO | why |
|---|---|---|
| meeting, no mode | 040 consult | |
| meeting by phone/video | 041 discuss by telephone | |
| visit | 042 make a visit | the visitor is the source (043, host a visit, is the host's view of it) |
| meeting at a third party | 044 meet at a "third" location | |
| multilateral meeting | 040 consult | CAMEO has no multilateral code; 045 is "mediate" |
| agreement | 057 sign formal agreement | |
| intent (default) | 0312 express intent to cooperate militarily | milwatch intents are defense cooperation |
| intent, area peacekeeping | 0334 express intent to provide military protection or peacekeeping | |
| intent, area intelligence | 0314 express intent to cooperate on intelligence | |
| exercise | 062 cooperate militarily | |
| aid | 072 provide military aid | |
| support | 051 praise or endorse | |

PLOVER quad codes (manual, "PLOVER quad categories"): 1 verbal cooperation (AGREE, CONSULT,
SUPPORT, CONCEDE), 2 material cooperation (COOPERATE, AID, RETREAT, INVESTIGATE).
"""

from __future__ import annotations

from typing import NamedTuple


class PloverCode(NamedTuple):
    category: str
    context: str | None
    cameo: str


PLOVER_BY_TYPE: dict[str, PloverCode] = {
    "meeting": PloverCode("CONSULT", "military", "040"),
    "agreement": PloverCode("SUPPORT", "military", "057"),
    "intent": PloverCode("AGREE", "military", "0312"),
    "exercise": PloverCode("COOPERATE", "military", "062"),
    "aid": PloverCode("AID", "military", "072"),
    "support": PloverCode("SUPPORT", "political", "051"),
}

# CAMEO refines CONSULT by how the parties met
CAMEO_MEETING_BY_MODE: dict[str | None, str] = {
    "phone": "041",  # discuss by telephone
    "visit": "042",  # make a visit (043 host a visit, seen from the host)
    "third-party": "044",  # meet at a third location
    "multilateral": "040",  # CAMEO has no multilateral meeting (045 is "mediate"): consult
    None: "040",
}
# CAMEO refines an intent by what is intended (the event's areas), first match wins
CAMEO_INTENT_BY_AREA: dict[str, str] = {
    "peacekeeping": "0334",  # express intent to provide military protection or peacekeeping
    "intelligence": "0314",  # express intent to cooperate on intelligence
}
# PLOVER modes of the other categories (manual: AID modes economic, military, humanitarian, asylum)
PLOVER_MODE_BY_TYPE: dict[str, str] = {"aid": "military"}
QUAD_CODE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
PLOVER_MODE_BY_MEETING: dict[str | None, str | None] = {
    "phone": "phone", "visit": "visit", "third-party": "third-party",
    "multilateral": "multilateral", None: None,
}


def plover_for(event_type: str, mode: str | None = None) -> tuple[str, str | None, str | None, str]:
    """(PLOVER category, PLOVER mode, PLOVER context, CAMEO code) of an event."""
    code = PLOVER_BY_TYPE[event_type]
    if event_type == "meeting":
        return (code.category, PLOVER_MODE_BY_MEETING.get(mode), code.context,
                CAMEO_MEETING_BY_MODE.get(mode, "040"))
    return code.category, None, code.context, code.cameo


def cameo_for(event_type: str, mode: str | None = None, areas: tuple[str, ...] | list[str] = ()) -> str:
    """The CAMEO code of an event: by meeting mode for meetings, by what is intended for intents."""
    if event_type == "intent":
        return next((CAMEO_INTENT_BY_AREA[a] for a in areas if a in CAMEO_INTENT_BY_AREA),
                    PLOVER_BY_TYPE["intent"].cameo)
    return plover_for(event_type, mode)[3]


def plover_mode_for(event_type: str, mode: str | None = None) -> str | None:
    """The PLOVER mode: how a CONSULT was held; `military` for AID."""
    return plover_for(event_type, mode)[1] if event_type == "meeting" else PLOVER_MODE_BY_TYPE.get(event_type)
