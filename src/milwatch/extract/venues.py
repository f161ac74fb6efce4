"""Where a sentence's visit goes and where an article's lead story happens (the venue of its events).

`visited_state` reads the state after "visit to" or before a visit word that follows its object;
`lead_venue` the first city, else the state visited, of the lead sentences.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from milwatch.extract.analysis import SentenceInfo

VENUE_SENTENCES = 6  # the lead sentences that may name where the story happens
VISIT_TO_REACH = 25  # characters between "visit to" and the name of the country visited
# characters (a case particle: を, 을, की) between the state and a following visit word
VISIT_TO_AFTER_REACH = 6


# a particle making the visit a clause on the visitor ("来华访问的柬埔寨国防大臣"): no visit to his state
ATTRIBUTIVE = re.compile("[的の]")


def visited_state(info: SentenceInfo) -> str | None:
    """The state named right after "visit to" ("chuyến thăm chính thức Hàn Quốc", "Besuch in X"),
    or right before a visit word that follows its object ("フィリピンを訪問", "नेपाल की यात्रा")."""
    for marker in info.hits.get("marker_visit_to", []):
        end = info.sentence.start + marker.end()
        for mention in info.countries:
            if (mention.is_state and mention.kind == "name" and 0 <= mention.start - end <= VISIT_TO_REACH
                    and not ATTRIBUTIVE.search(info.text, end - info.sentence.start,
                                               mention.start - info.sentence.start)):
                return mention.code
    for marker in info.hits.get("marker_visit_to_after", []):
        start = info.sentence.start + marker.start()
        for mention in reversed(info.countries):
            if (mention.is_state and mention.kind == "name"
                and 0 <= start - mention.end <= VISIT_TO_AFTER_REACH):
                return mention.code
    return None


def lead_venue(infos: list[SentenceInfo]) -> str | None:
    """The state where the lead story happens: a city named in the lead, or the state visited."""
    for info in infos[:VENUE_SENTENCES]:
        places = info.places()
        if places:
            return places[0].code
        visited = visited_state(info)
        if visited:
            return visited
    return None
