"""An earlier edition of the meeting or exercise just told, in a sentence that names no event word.

"The seventh edition of the India-Japan exercise Dharma Guardian began on Tuesday. The previous edition was
held at Camp East Fuji in March last year.": the second sentence names no exercise word and no state but
the venue's, yet it tells an earlier edition of the same exercise, with the same parties ("Предыдущее
заседание состоялось в ноябре 2025 года в Москве" after the talks). It is read from a word saying the
event is an earlier one of a series (`markers.previous_edition`: "the previous edition", "Предыдущее",
"前回"), a word saying it was held (`triggers.exercise_held`: "was held", "состоялось", "notika") and a
date, in a sentence with no trigger of any event rule (those read it themselves) and no state but the
parties and venues.  (The series itself, "held every year since 2004", is no edition:
since_dates.since_dates.)
"""

from __future__ import annotations

from milwatch.extract.analysis import EVENT_TRIGGERS, ArticleAnalysis, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.discourse import Discourse
from milwatch.extract.parties import location_only
from milwatch.packs import Pack

RECURRING = ("exercise", "meeting")  # the event types that come in editions, the likelier first


def earlier_edition(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
                    pack: Pack) -> list[Candidate]:
    """The exercise (else the meeting) last told (`discourse.recurring`), held at the sentence's date."""
    if not (discourse.recurring and info.has("marker_previous_edition") and info.has("exercise_held")
            and any(d.value for d in info.dates)) or info.has("marker_future") or info.has("negative"):
        return []
    if any(info.has(key) for key in EVENT_TRIGGERS):
        return []  # (a sentence with a trigger of the other event rules is theirs to read)
    # editions are mostly an exercise's: the last exercise told, else the last meeting ("previous session")
    kind = next(k for k in RECURRING if k in discourse.recurring)
    parties = discourse.recurring[kind]
    venues = location_only(info, pack)
    named = [c for c in info.states() if c not in venues]
    if not set(info.states()) <= set(parties) | venues and (len(named) < 2 or not set(named) & set(parties)):
        return []  # another state's event (an edition with other guests names two states, one a party)
    if len(named) >= 2:
        parties = named  # "… held in Crete in 2025 between the Egyptian and Greek forces": those of them
    if any(p.country and p.country not in parties for p in info.persons):
        return []
    return [Candidate(kind, info, list(parties), [f"{kind}:earlier-edition", "countries:earlier-edition"],
                      confidence=0.4)]



def with_the_home_host(candidate: Candidate, analysis: ArticleAnalysis, discourse: Discourse) -> None:
    """An earlier edition of the exercise just told, read by the exercise rule with the foreign troops that
    took part ("Poprzednia edycja … z udziałem m.in. żołnierzy amerykańskich i litewskich", "Predchádzajúci
    ročník … za účasti vojakov z Česka a Maďarska"), was held with the home state too: the article's own
    (else home) state, a party of the current edition, is added when a state named is one of its parties
    (not when the edition is all other states': another series)."""
    current = discourse.recurring.get("exercise", [])
    own = analysis.own_or_home_state
    if (candidate.type == "exercise" and own and own in current and own not in candidate.countries
            and candidate.info.has("marker_previous_edition") and set(candidate.countries) & set(current)):
        candidate.countries = [*candidate.countries, own]
        candidate.rules.append("countries:edition-host")
