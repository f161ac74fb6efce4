"""The participants of an exercise listed in a sentence after it, with no exercise word of its own.

"The Angolan armed forces host the joint exercise Felino 2026 in Namibe since Monday. Taking part are
troops of Angola, Brazil, Cabo Verde, Guinea-Bissau, Mozambique and Portugal, while Equatorial Guinea
sends observers.": the second sentence names the exercise's parties, the first only its host.  A sentence
right after an exercise (or one after it, when the sentence between names no state) that says who takes
part (`triggers.exercise_held`: "Participam", "take part", "nehmen teil"), names three states or more, some
the exercise does not have yet (observers left out) and no event word or date of its own, joins them to
that exercise.  One state joins too when the sentence says it "also" takes part ("Estados Unidos también
toma parte en las maniobras", "Ook Zweden doet dit jaar mee"), even with an exercise word referring back: that
sentence's own exercise is the one told, no second; it may follow the list ("I övningen deltar flygplan från
A, B och C. Även D deltar i år": "this year" is no date of its own) or a sentence between that names only
states of the exercise.
"""

from __future__ import annotations

from milwatch.extract.analysis import EVENT_TRIGGERS, ArticleAnalysis, SentenceInfo
from milwatch.extract.bystanders import parties_of
from milwatch.extract.candidate import Candidate
from milwatch.extract.parties import location_only
from milwatch.packs import Pack

PARTICIPANTS_AFTER = "countries:participants-after"
PARTICIPANTS_REACH = 3  # sentences after the exercise's within which its list of participants may follow
LIST = 3  # states a list of participants names at least (two may be a ship's maker and a border)


def _listed_participants(info: SentenceInfo, pack: Pack, told_before: bool, today: str | None) -> list[str]:
    """The states a sentence lists as taking part, when it has no event of its own (but the exercise it
    "also" takes part in, or, `told_before`, the exercise just told: "In the exercise take part A, B and
    C", a sentence that gave no exercise of its own).  The year of the news ("la versión de este año, en la
    que toman parte …") is no date of its own."""
    also = info.has("marker_also")
    this_year = today[:4] if today else None
    referring = also or told_before  # its exercise word is the exercise just told
    if (not info.has("exercise_held")
            or any(info.has(key) for key in EVENT_TRIGGERS if not (referring and key == "exercise"))
            or any(info.has(key) for key in ("marker_historical", "marker_future", "negative"))
            or any(d.value and not (len(d.value) == 4 and (also or d.value == this_year))
                   for d in info.dates)):
        return []
    venues = location_only(info, pack)
    return [c for c in parties_of(info, pack) if c not in venues]


def join_participants(analysis: ArticleAnalysis, candidates: list[Candidate], pack: Pack,
                      today: str | None = None) -> list[Candidate]:
    """Join to each current exercise the states the sentences right after it list as taking part; the
    exercise a sentence saying a state "also" takes part gave of its own is dropped."""
    own: dict[int, list[Candidate]] = {}
    for candidate in candidates:
        own.setdefault(candidate.info.sentence.index, []).append(candidate)
    joined: set[int] = set()
    for candidate in candidates:
        if candidate.type != "exercise" or candidate.info.has("marker_historical") or id(candidate) in joined:
            continue
        index = candidate.info.sentence.index
        for after in analysis.sentences[index + 1:index + 1 + PARTICIPANTS_REACH]:
            itself = own.get(after.sentence.index, [])
            if itself and not (after.has("marker_also") and all(c.type == "exercise" for c in itself)):
                break  # (a sentence with an event of its own tells something else)
            listed = _listed_participants(after, pack, told_before=not itself, today=today)
            enough = 1 if after.has("marker_also") else LIST
            if len(listed) >= enough and not set(listed) <= set(candidate.countries):
                # a list names all the parties (not the pair guessed for the sentence); "also", one more
                named = (candidate.countries if after.has("marker_also") else
                         [c for c in candidate.info.states() if c not in location_only(candidate.info, pack)])
                candidate.countries = list(dict.fromkeys([*named, *listed]))
                if PARTICIPANTS_AFTER not in candidate.rules:
                    candidate.rules.append(PARTICIPANTS_AFTER)
                joined |= {id(c) for c in itself}
                continue  # ("Taking part are A, B and C. C also takes part."): one more may follow
            if itself or not set(after.states()) <= set(candidate.countries):
                break  # (a sentence between that names other states tells of them)
    return [c for c in candidates if id(c) not in joined]
