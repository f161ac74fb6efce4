"""The participants of an exercise listed in a sentence after it, with no exercise word of its own.

"The Angolan armed forces host the joint exercise Felino 2026 in Namibe since Monday. Taking part are
troops of Angola, Brazil, Cabo Verde, Guinea-Bissau, Mozambique and Portugal, while Equatorial Guinea
sends observers.": the second sentence names the exercise's parties, the first only its host.  A sentence
right after an exercise (or one after it, when the sentence between names no state) that says who takes
part (`triggers.exercise_held`: "Participam", "take part", "nehmen teil"), names three states or more, some
the exercise does not have yet (observers left out) and no event word or date of its own, joins them to
that exercise.
"""

from __future__ import annotations

from milwatch.extract.analysis import EVENT_TRIGGERS, ArticleAnalysis, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.parties import location_only, parties_of
from milwatch.packs import Pack

PARTICIPANTS_AFTER = "countries:participants-after"
PARTICIPANTS_REACH = 2  # sentences after the exercise's within which its list of participants may follow
LIST = 3  # states a list of participants names at least (two may be a ship's maker and a border)


def _listed_participants(info: SentenceInfo, pack: Pack) -> list[str]:
    """The states a sentence lists as taking part, when it has no event of its own."""
    if (not info.has("exercise_held") or any(info.has(key) for key in EVENT_TRIGGERS)
            or any(info.has(key) for key in ("marker_historical", "marker_future", "negative"))
            or any(d.value for d in info.dates)):
        return []
    venues = location_only(info, pack)
    return [c for c in parties_of(info, pack) if c not in venues]


def join_participants(analysis: ArticleAnalysis, candidates: list[Candidate], pack: Pack) -> None:
    """Join to each current exercise the states the sentences right after it list as taking part."""
    own = {c.info.sentence.index for c in candidates}
    for candidate in candidates:
        if candidate.type != "exercise" or candidate.info.has("marker_historical"):
            continue
        index = candidate.info.sentence.index
        for after in analysis.sentences[index + 1:index + 1 + PARTICIPANTS_REACH]:
            if after.sentence.index in own:
                break  # (a sentence with an event of its own tells something else)
            listed = _listed_participants(after, pack)
            if len(listed) >= LIST and not set(listed) <= set(candidate.countries):
                named = [c for c in candidate.info.states() if c not in location_only(candidate.info, pack)]
                candidate.countries = list(dict.fromkeys([*named, *listed]))
                candidate.rules.append(PARTICIPANTS_AFTER)
                break
            if after.states():
                break  # (a sentence between that names states tells of them)
