"""States a sentence names that take no part in its event: observers ("and, as observers, Algeria and
Jordan") and targets ("to counter Russia", "у границ с Финляндией"); `parties_of` is what remains."""

from __future__ import annotations

import re

from milwatch.extract.analysis import LIST_MARKS, ArticleAnalysis, SentenceInfo, conjunctions
from milwatch.extract.countries import CountryMention
from milwatch.extract.sentences import CLAUSE_BREAK
from milwatch.packs import Pack


def parties_of(info: SentenceInfo, pack: Pack, kept: list[str] | None = None) -> list[str]:
    """The sentence's states, less those named only after an observer word ("and, as
    observers, Algeria and Jordan"), as long as two parties remain; none when all are observers.
    A state named right after a target word ("to track Chinese submarines", "gegen Russland", "у границ с
    Финляндией") is what the parties act against or near, not one of them (none when two or more are named
    and all are).  `kept`: `without_targets` of the sentence's states, when the caller has it already."""
    states = without_targets(info, info.states()) if kept is None else kept
    if not info.has("marker_observer"):
        return states
    word = info.hits["marker_observer"][0]
    cut = info.sentence.start + word.start()
    # "..., while X and Y attend as observers", "越南、印度尼西亚和新加坡派员观摩": the list of states
    # right before; "..., and observers of 20 states": the clause's start
    if not any(m.is_state and m.start > cut for m in info.countries):
        listed = list_before(info, cut, pack)
        clause = info.sentence.start + max(info.text.rfind(mark, 0, word.start()) for mark in CLAUSE_BREAKS)
        cut = min(listed, clause) if listed is not None else clause  # (the earlier of the two)
    before = {m.code for m in info.countries if m.is_state and m.start < cut}
    before |= {p.country for p in info.persons if p.country and p.start < cut}
    parties = [c for c in states if c in before]
    if not parties:
        return []  # "observers from A, B and C also attend": nobody here takes part
    return parties if len(parties) >= 2 else states


LIST_PARTICLE = 2  # a particle that joins two names ("말레이시아와 베트남"): no word of its own


def list_before(info: SentenceInfo, at: int, pack: Pack) -> int | None:
    """Where the list of states right before offset `at`, in its clause, begins ("while X, Y and Z attend
    as observers": X); None when no state stands before `at` in the clause.  Names of one list stand
    apart by list marks and the pack's conjunctions only ("、", ", ", " and "), or a particle ("와")."""
    start = info.sentence.start
    before = sorted((m for m in info.countries if m.is_state and m.end <= at), key=lambda m: m.start)
    if not before or CLAUSE_BREAK.search(info.text[before[-1].end - start:at - start]):
        return None
    joins = conjunctions(pack)
    first = before[-1]
    for mention in reversed(before[:-1]):
        gap = info.text[mention.end - start:first.start - start].casefold()
        joined = all(w.strip(LIST_MARKS) in joins for w in gap.split() if w.strip(LIST_MARKS))
        if mention.end > first.start or not (joined or len(gap.strip()) <= LIST_PARTICLE):
            break
        first = mention
    return first.start


TARGET_REACH = 25  # characters from a target word to the state it names ("to track Chinese submarines")


def target_states(info: SentenceInfo) -> set[str]:
    """The states named right after a target word of their clause ("to counter Russia", "to track Chinese
    submarines")."""
    targets = set()
    for hit in info.hits.get("marker_target", []):
        end = info.sentence.start + hit.end()
        for mention in info.countries:
            gap = info.text[hit.end():mention.start - info.sentence.start]
            if (mention.is_state and 0 <= mention.start - end <= TARGET_REACH
                    and not CLAUSE_BREAK.search(gap)):
                targets.add(mention.code)
    return targets


def without_targets(info: SentenceInfo, states: list[str]) -> list[str]:
    if not info.has("marker_target"):
        return states
    targets = target_states(info)
    named_elsewhere = {m.code for m in info.countries if m.is_state and m.code in targets and not any(
        0 <= m.start - (info.sentence.start + h.end()) <= TARGET_REACH for h in info.hits["marker_target"])}
    kept = [c for c in states if c not in targets - named_elsewhere]
    return kept if len(kept) >= 2 or (not kept and len(states) >= 2) else states  # (none when all of two are)


CLAUSE_BREAKS = (",", ";", "،", "，", "、", "(")  # where the clause naming observers before the word begins


def observers_only(analysis: ArticleAnalysis, pack: Pack) -> set[str]:
    """The states the article names only as observers ("Des officiers belges et néerlandais suivent
    l'exercice en tant qu'observateurs"): no party of an exercise whose sentence names no state."""
    watching: set[str] = set()
    named: set[str] = set()
    for info in analysis.sentences:
        if info.has("marker_observer"):
            watching |= set(info.states()) - set(parties_of(info, pack))
        else:
            named |= set(info.states())
    return watching - named


# characters from an around word to its state ("near the Chinese border"; not "près de 180 militaires
# français")
AROUND_BEFORE_REACH = 5
AROUND_AFTER_REACH = 6  # from a state to a word after it ("Tajvan körül", "Japonya'nın açıklarında")
# between them: a case ending or one short word at most ("Japonya'nın ", "台湾岛周边"), no phrase
# ("新西兰海军在奥克兰附近")
_SUFFIX_GAP = re.compile(r"[\s'’-]*(?:\w{1,3}[\s'’-]*)?")


def _plain_gap(gap: str) -> bool:
    """No clause break and no number between an around word and its state."""
    return not CLAUSE_BREAK.search(gap) and not any(ch.isdigit() for ch in gap)


def drill_around_other(info: SentenceInfo, pack: Pack) -> bool:
    """Is the sentence's exercise one state's drill around another ("China held drills around Taiwan",
    "учения у берегов Японии", "Tajvan körül")?  Two parties, one of them named only around (`around_only`),
    and no joint word: that state is where the drill is held next to, not a second party."""
    if info.has("exercise_joint") or not (info.has("marker_around") or info.has("marker_around_after")):
        return False  # ("exercice conjoint au large de La Réunion": told as joint, both take part)
    states = parties_of(info, pack)
    return len(states) == 2 and len(around_only(info, states)) == 1


def around_only(info: SentenceInfo, states: list[str]) -> set[str]:
    """The states of `states` the sentence names only right after an around word of the pack ("around",
    "near", "au large de", "у берегов") or right before one written after its state ("Tajvan körül",
    "台湾周辺で"), and by no official: where a drill is held next to, not who holds it."""
    offset = info.sentence.start
    before = info.hits.get("marker_around", [])
    after = info.hits.get("marker_around_after", [])
    if not before and not after:
        return set()

    def between(first: int, last: int) -> bool:  # another mention between (the word is its, not ours)
        return any(first <= m.start - offset and m.end - offset <= last for m in info.countries)

    def around(mention: CountryMention) -> bool:
        start, end = mention.start - offset, mention.end - offset
        return (any(0 <= start - hit.end() <= AROUND_BEFORE_REACH and _plain_gap(info.text[hit.end():start])
                    and not between(hit.end(), start) for hit in before)
                or any(0 <= hit.start() - end <= AROUND_AFTER_REACH
                       and _SUFFIX_GAP.fullmatch(info.text, end, hit.start()) is not None for hit in after))

    def only_around(code: str) -> bool:
        mentions = [m for m in info.countries if m.is_state and m.code == code]
        names = [m for m in mentions if m.kind != "place"]  # (a dateline town, "SEOUL, Nov. 24": nothing)
        # "near Ulaanbaatar", "ジャカルタ沖": a town's surroundings are in its state
        towns_around = any(m.kind == "place" and around(m) for m in mentions)
        return bool(names) and all(around(m) for m in names) and not towns_around

    officials = {p.country for p in info.persons if p.country}
    return {code for code in states if code not in officials and only_around(code)}
