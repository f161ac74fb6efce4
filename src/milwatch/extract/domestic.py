"""A drill of one state's own forces is no exercise with the article's other state.

"Ponad 3 tys. żołnierzy 18 Dywizji Zmechanizowanej rozpoczęło ćwiczenia taktyczne", "the brigade held a
snap readiness check": a domestic-drill word of the pack (`exercise_domestic`, the concept
`domestic_exercise`), no joint word (`exercise_joint`: "joint exercise", "trained together"), no
multinational exercise known by name and no second state named, by a country word or an official's
state.  Such a sentence in an article about two states tells the home army's own training, so the rules
do not complete it with the article's other state (parties.country_sets would).
"""

from __future__ import annotations

from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.extract.bystanders import parties_of
from milwatch.packs import Pack

DRILL_LOOKBACK = 4  # sentences back to the exercise sentence a later one tells on
DRILL_HOPS = 3  # exercise sentences a drill may be told on over


def own_forces_drill(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> bool:
    """Is the sentence's exercise a drill of one state's own forces (see the module's docstring)?"""
    return _drill_state(info, analysis, pack, DRILL_HOPS) is not None


def _drill_state(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack, hops: int) -> str | None:
    """The state ("" when unnamed) whose own forces the sentence's exercise drills, else None.  So does an
    exercise sentence naming no other state after one, with at most a few sentences between ("W manewrach
    biorą udział czołgi K2 i Abrams", "Manewry potrwają do końca maja"): the same drill told on."""
    if info.has("exercise_joint") or info.has("exercise_names"):
        return None
    states = set(parties_of(info, pack)) | {p.country for p in info.persons if p.country}
    if len(states) > 1:
        return None
    own = next(iter(states), "")
    if info.has("exercise_domestic"):
        return own
    index = info.sentence.index
    if not hops or not index:
        return None
    earlier = next((analysis.sentences[i] for i in range(index - 1, max(index - 1 - DRILL_LOOKBACK, -1), -1)
                    if analysis.sentences[i].has("exercise")), None)
    drilled = _drill_state(earlier, analysis, pack, hops - 1) if earlier is not None else None
    if drilled is None or (own and drilled and own != drilled):
        return None  # (no drill before, or one of another state)
    return own or drilled
