"""The exercise rules: an exercise held (or begun) in a sentence, the same exercise told again by its name,
and an exercise the states will hold (a plan: read by the intent rule of rules.py)."""

from __future__ import annotations

from milwatch.extract._spans import inside_any
from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.extract.bystanders import around_only, drill_around_other
from milwatch.extract.candidate import Candidate
from milwatch.extract.discourse import Discourse
from milwatch.extract.domestic import own_forces_drill
from milwatch.extract.exercise_names import names_in
from milwatch.extract.parties import country_sets
from milwatch.extract.rules_aid import as_document_subject
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.packs import Pack

# how far (characters) a "held/conducted" verb may be from an exercise noun
HELD_WINDOW = 55
# characters between an exercise word and "began" after its name ("Latihan ... 2025, bermula")
SPAN_WINDOW = 110


def held_window(info: SentenceInfo, pack: Pack) -> int:
    """How far a "held" verb may stand from an exercise word: anywhere in the sentence where the verb
    ends the clause (a verb-final language), else HELD_WINDOW."""
    return len(info.text) if pack.get("pack", "verb_final", False) else HELD_WINDOW


def _dated_between(info: SentenceInfo, first: int, last: int) -> int:
    """Characters of the sentence between offsets `first` and `last` taken by the dates written there."""
    offset = info.sentence.start
    return sum(ref.end - ref.start for ref in info.dates
               if first <= ref.start - offset and ref.end - offset <= last)


def held_near(info: SentenceInfo, window: int = HELD_WINDOW) -> bool:
    """Is an exercise word close to a verb saying it was held (not just discussed)?

    A verb after the exercise word may stand further off, past a long subject in the same
    clause ("The joint exercise of the armies of X and Y began yesterday").
    """
    for held in info.hits.get("exercise_held", []):
        for ex in info.hits.get("exercise", []):
            first, last = sorted((held.start(), ex.start()))
            if last - first - _dated_between(info, first, last) <= window:
                return True  # (the dates between them do not count: "realizaron entre el 30 de noviembre y
                # el 3 de diciembre el ejercicio")
            if held.start() <= ex.start() and ex.end() <= held.end():
                return True  # inside a split verb: "nehmen Kräfte aus A, B und C an der Übung teil"
            if (0 < held.start() - ex.end() <= 2 * window
                and not CLAUSE_BREAK.search(info.text, ex.end(), held.start())):
                return True
    return False


def exercise_rule(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
              pack: Pack) -> list[Candidate]:
    named = info.has("exercise_names")  # "Cobra Gold", "Balikatan": held by name, in any language
    if not (info.has("exercise") or named) or info.has("negative") or info.has("pending"):
        return []
    window = held_window(info, pack)
    held = held_near(info, window)
    started = _started(info) and not as_document_subject(info, pack, "exercise")
    if (info.has("marker_future") and not started) or info.has("intent"):
        return []  # (an exercise that began "and will last until Friday" is under way)
    if own_forces_drill(info, analysis, pack):
        return []  # a drill of one state's own forces: "the brigade held a tactical exercise"
    if drill_around_other(info, pack):
        return []  # one state's drill around another: "China held drills around Taiwan"
    earlier = info.has("marker_historical") and any(d.value for d in info.dates)
    troops = [] if earlier else _troops_before(info, analysis)  # ("The previous edition was held in 2024")
    if troops and (held or info.has("span_start")):  # "Soldiers from A, B and C train ... The exercise lasts"
        before = analysis.sentences[info.sentence.index - 1]
        days = [d.value for d in before.dates if d.value]
        # goes on: month (GUIDELINES)
        began = days[0][:7] if len(days) == 1 and len(days[0]) == 10 else None
        return [Candidate("exercise", before, before.states(), ["exercise:troops-of-the-sentence-before"],
                          confidence=0.45, date=began)]
    held = held or started  # "the joint exercise began on Monday": under way, so held
    if not (held or named):
        return []
    rules = ["exercise:name" if named and not held else "exercise:trigger+held"]
    # a stateless drill after talks or a delivery ("Par ailleurs, 3000 soldats participent à l'exercice
    # Hérisson"): the pair of the other event is not its parties unless the drill is told as joint, or as
    # an edition dated by its month or year ("The first Orruda exercise was held in November 2024")
    implicit = (info.has("exercise_joint") or discourse.focus_type in ("", "exercise") or bool(info.states())
                or any(d.value and len(d.value) < len("2026-01-01") for d in info.dates))
    sets = country_sets(info, analysis, discourse, pack, rules, implicit_parties=implicit, joint=True)
    return [Candidate("exercise", info, _less_around(info, c), rules, confidence=0.5) for c in sets]


def _less_around(info: SentenceInfo, states: list[str]) -> list[str]:
    """The parties less the states named only around the drill ("held a joint exercise near the Chinese
    border"), when two remain."""
    beside = around_only(info, states) if len(states) >= 3 else set()
    kept = [c for c in states if c not in beside]
    return kept if len(kept) >= 2 else states


def same_exercise_by_name(info: SentenceInfo, analysis: ArticleAnalysis, discourse: Discourse,
                           pack: Pack) -> list[Candidate]:
    """A dated sentence saying the exercise the article named was held, with no exercise word or other
    state of its own ("Freedom Edge was first held in June 2024"): that exercise, with its parties (an
    earlier edition is told as background by its date)."""
    if (info.has("exercise") or info.has("exercise_names") or not discourse.exercise_names
            or not info.has("exercise_held") or info.has("negative") or info.has("marker_future")
            or not any(d.value and not info.dated_since(d) for d in info.dates)
            # ("Ibsamar word sedert 2008 gereeld gehou": the series, no edition)
            or not set(info.states()) <= set(discourse.exercise)
            or not names_in(info, discourse.exercise_names)):
        return []
    return [Candidate("exercise", info, list(discourse.exercise),
                      ["exercise:same-name", "countries:same-exercise"], confidence=0.4)]


FUTURE_BEFORE_START = 12  # characters between "will" and "start": an exercise still to begin


def _started(info: SentenceInfo) -> bool:
    """Has an exercise of the sentence begun ("began on Monday", "започна", "bermula semalam")? A start word
    near an exercise word and not itself told in the future ("will start", "ще продължи" is no start)."""
    futures = info.hits.get("marker_future", [])
    for start in info.hits.get("span_start", []):
        if any(f.start() < start.end() and start.start() < f.end()
               or 0 <= start.start() - f.end() <= FUTURE_BEFORE_START for f in futures):
            continue
        if any(abs(start.start() - ex.start()) <= SPAN_WINDOW for ex in info.hits.get("exercise", [])):
            return True
    return False


def _troops_before(info: SentenceInfo, analysis: ArticleAnalysis) -> list[str]:
    """The states whose troops the sentence right before names, when this exercise sentence names no other."""
    index = info.sentence.index
    if not 0 < index < len(analysis.sentences) or analysis.sentences[index] is not info:
        return []
    before = analysis.sentences[index - 1]
    if before.has("exercise"):
        return []  # (a sentence with its own exercise word is an exercise of its own)
    states = before.states()
    if len(states) < 2 or not set(info.states()) <= set(states):
        return []
    talks = [(hit.start(), hit.end()) for hit in before.hits.get("meeting", [])]
    troops_held = any(not inside_any(hit.start(), talks)  # not the "held" of "held talks"
                      for hit in before.hits.get("exercise_held", []))
    return states if troops_held and before.has("defense_context") else []


def future_exercise(info: SentenceInfo, pack: Pack) -> bool:
    """An exercise the states will hold ("Россия и Китай проведут совместные учения"): a plan, so an intent
    (unless a signed document is what allows it: then the document is the news)."""
    if (not (info.has("marker_future") and info.has("exercise")) or info.has("intent")
        or info.has("agreement")):
        return False
    window = held_window(info, pack)
    return held_near(info, window) or any(
        abs(future.start() - ex.start()) <= window for future in info.hits["marker_future"]
        for ex in info.hits["exercise"])
