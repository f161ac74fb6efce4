"""Which states an article is about: the main states (title, lead and officials weigh most) and the states
it names only in passing, which are no implicit party of its events (analysis.py `analyse_article`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from milwatch.extract.analysis import PersonRef, SentenceInfo

TITLE_WEIGHT = 3  # a state in the title
LEAD_SENTENCES = 4  # sentences whose states weigh double


def state_salience(infos: Sequence[SentenceInfo], title_states: Sequence[str]) -> Counter[str]:
    """How much the article is about each state: the title, the lead and its titled officials weigh most;
    a state named only as a place counts once per mention."""
    salience: Counter[str] = Counter()
    for code in title_states:
        salience[code] += TITLE_WEIGHT
    for rank, info in enumerate(infos):
        weight = 2 if rank < LEAD_SENTENCES else 1
        for mention in info.countries:
            if mention.is_state:
                salience[mention.code] += weight if mention.kind != "place" else 1
        for person in info.persons:
            if person.country and (person.role or person.rank):
                salience[person.country] += weight + 1
    return salience


def main_states(salience: Counter[str], trilateral: bool) -> list[str]:
    """The states the article is mainly about: the two most salient, and a third one close behind them (or
    in a trilateral article)."""
    ranked = [code for code, _ in salience.most_common()]
    if len(ranked) <= 2:
        return ranked
    top = ranked[:2]
    third = ranked[2]
    if trilateral or salience[third] >= salience[top[1]] * 0.75:
        top.append(third)
    return top


def named_in_passing(infos: Sequence[SentenceInfo], title_states: Sequence[str], persons: Sequence[PersonRef],
                     event_keys: Sequence[str]) -> frozenset[str]:
    """States the article names only after it has told an event, in sentences that tell none (no list of
    `event_keys` and no participants' "took part"), never in its title, by an official or as the venue of an
    event ("Volgens analisten zal Rusland …" below a domestic drill): asides, no implicit party of the
    events the article tells."""
    keys = (*event_keys, "exercise_held")  # "Taking part are troops of A and B" names parties
    party: set[str] = set(title_states)
    party.update(p.country for p in persons if p.country and (p.role or p.rank))
    named: set[str] = set()
    told = False  # an event sentence came before
    for info in infos:
        event = any(info.has(key) for key in keys)
        if event or not told:  # (the venue of an event too: "en el golfo de Cádiz")
            party.update(m.code for m in info.countries if m.is_state)
        named.update(m.code for m in info.countries if m.is_state and m.kind != "place")
        told = told or event
    return frozenset(named - party)
