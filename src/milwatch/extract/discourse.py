"""What the sentences read so far tell the event rules about the next ones.

`candidate_events` (events.py) makes one `Discourse` per article and updates it after each rule;
the rules (rules.py) and `country_sets` (parties.py) only read it.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Discourse:
    """The discourse state of one article's walk: the pair (or group) in focus and the last series."""

    focus: list[str] = field(default_factory=list)  # the states of the last event found (discourse focus)
    focus_type: str = ""  # the type of that event
    focus_sentence: int = -1  # the index of the sentence that set the focus (while it may go on telling it)
    focus_found: int = -1  # the index of the sentence whose event set the focus, of any type
    # the last series of bilateral meetings ("held bilateral meetings with A, B and C"): its subject first
    series: list[str] = field(default_factory=list)
    # the states of the last event of three or more ("the ministers of A, B and C met"): "the three ministers"
    group: list[str] = field(default_factory=list)
    # the parties of the last exercise reported held, and the names the article gave it (exercise_names.py)
    exercise: list[str] = field(default_factory=list)
    exercise_names: list[str] = field(default_factory=list)
    # the parties of the last meeting and of the last exercise of two or more states found, by type: what "the
    # previous edition was held in 2024" refers back to (earlier_editions.py)
    recurring: dict[str, list[str]] = field(default_factory=dict)
