"""From an analysed article to candidate events, one sentence at a time.

Each rule (rules.py) is small and named; `candidate_events` runs them over every sentence in order
and returns every candidate with the rules that fired, and `assemble` (in assemble.py) merges and
completes them.
"""

from __future__ import annotations

from milwatch.extract.analysis import ArticleAnalysis
from milwatch.extract.candidate import Candidate
from milwatch.extract.discourse import Discourse
from milwatch.extract.exercise_names import exercise_names
from milwatch.extract.rules import RULES
from milwatch.packs import Pack

QUESTION_MARKS = ("?", "？", "؟", "\u037e", "፧")  # Latin, full-width, Arabic, Greek, Ethiopic


def candidate_events(analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    """Every candidate event of the article, in sentence order."""
    candidates: list[Candidate] = []
    if not analysis.defense_context:
        return candidates
    discourse = Discourse()
    for index, info in enumerate(analysis.sentences):
        if info.text.rstrip().endswith(QUESTION_MARKS):
            continue  # a question ("能否证实？", a reporter's "Will they sign?") reports nothing
        for rule in RULES:
            found = rule(info, analysis, discourse, pack)
            candidates.extend(found)
            if found and "countries:bilateral-series" in found[0].rules:
                discourse.series = [found[0].countries[0], *(c.countries[1] for c in found)]
            if found and "countries:joined-the-talks" in found[0].rules:
                # the host's meeting told before with a guessed partner is this meeting of all of them
                candidates = [c for c in candidates if not (
                    c.type == "meeting" and "countries:sentence+main" in c.rules
                    and c.info.sentence.index == index - 1 and set(c.countries) <= set(found[0].countries))]
            if found and found[0].type == "exercise" and "exercise:same-name" not in found[0].rules:
                names = exercise_names(info)
                if names:
                    discourse.exercise, discourse.exercise_names = list(found[0].countries), names
            if len(found) == 1 and len(found[0].countries) >= 2:
                talks = found[0].type in ("meeting", "agreement") and len(found[0].countries) == 2
                if talks:
                    discourse.focus_sentence = index
                elif found[0].type != "intent" or set(found[0].countries) != set(discourse.focus):
                    discourse.focus_sentence = -1  # (what the talks' pair agreed may go on in the next ones)
                discourse.focus = list(found[0].countries)
    held = [set(c.countries) for c in candidates if c.type == "exercise"]
    return [c for c in candidates  # the plan of an exercise the article reports held is that exercise
            if not ("intent:future-exercise" in c.rules
                    and any(set(c.countries) <= states for states in held))]
