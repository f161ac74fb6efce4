"""The names an article gives its exercise, so that a later sentence naming it alone is that exercise.

"The navies of A, B and C held the exercise 'Freedom Edge' ... Freedom Edge was first held in June 2024":
the second sentence names neither an exercise word nor a state, yet it tells an earlier edition of the
same exercise, with the same parties.  A name is taken from the sentence of a held exercise: a quoted
segment («Арол», „Feldberg“, '프리덤 에지'), a recurring exercise of `_base` ("Cobra Gold"), or a run of
capitalised words right after or before the exercise word in a cased script ("Latihan Keris Strike
2025", "the Orient Shield exercise").  The year written in an exercise's name ("Übung „Feldberg 2022“")
dates the exercise told elsewhere in the article (`named_exercise_years`).
"""

from __future__ import annotations

import re

from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo

QUOTE_OPEN, QUOTE_CLOSE = "«„“「『\"", "»“”」』\""
# a quoted name (single quotes too: Korean '프리덤 에지'), its text without quotes or line breaks
_OPEN, _CLOSE = QUOTE_OPEN + "'‘", QUOTE_CLOSE + "'’"
QUOTED = re.compile(f"[{_OPEN}]([^{_OPEN}{_CLOSE}\n]{{3,40}})[{_CLOSE}]")
CAPITALISED_AFTER = re.compile(r"\s+((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)")
CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*\s){0,2}[A-Z][\w’'-]*)\s+$")
BRACKETS = re.compile(r"[()（）\[\]]")
NAME_REACH = 40  # characters from an exercise word to a quoted name that belongs to it
MIN_NAME = 4  # letters a name needs (no initials or abbreviations of one word)


def _not_a_state(info: SentenceInfo, start: int, end: int) -> bool:
    """Does the span (sentence-relative) hold no country mention ("the Japanese-American exercise")?"""
    offset = info.sentence.start
    return not any(m.start - offset < end and start < m.end - offset for m in info.countries)


def exercise_names(info: SentenceInfo) -> list[str]:
    """The names the sentence gives its exercise, casefolded."""
    names: list[str] = [hit.group(0) for hit in info.hits.get("exercise_names", [])]
    text = info.text
    for hit in info.hits.get("exercise", []):
        for quoted in QUOTED.finditer(text):
            near = min(abs(quoted.start() - hit.end()), abs(hit.start() - quoted.end())) <= NAME_REACH
            if near and _not_a_state(info, quoted.start(1), quoted.end(1)):
                names += BRACKETS.split(quoted.group(1))  # "프리덤 에지(Freedom Edge)": both
        after = CAPITALISED_AFTER.match(text, hit.end())
        if after and _not_a_state(info, after.start(1), after.end(1)):
            names.append(after.group(1))
        before = CAPITALISED_BEFORE.search(text, 0, hit.start())
        if before and before.start(1) > 0 and _not_a_state(info, before.start(1), before.end(1)):
            names.append(before.group(1))  # (a capitalised word opening the sentence may be any word)
    found = {n.strip().casefold() for n in names}
    return sorted(n for n in found if sum(ch.isalpha() for ch in n) >= MIN_NAME)


def names_in(info: SentenceInfo, names: list[str]) -> bool:
    """Does the sentence name one of `names` (casefolded)?"""
    folded = info.text.casefold()
    return any(name in folded for name in names)


NAMED_YEAR_REACH = 40  # characters after an exercise word within which a year belongs to its name


def named_exercise_years(analysis: ArticleAnalysis) -> set[str]:
    """Years written right after an exercise word anywhere in the article ("Übung „Feldberg 2022“")."""
    years: set[str] = set()
    for info in analysis.sentences:
        if info.has("marker_historical") or info.has("marker_previous_edition"):
            continue  # "Бұған дейін мұндай жаттығу 2023 жылы ...", "the previous edition in 2024"
        for hit in info.hits.get("exercise", []) + info.hits.get("exercise_names", []):
            anchor = info.sentence.start + hit.start()
            years |= {d.value for d in info.dates if d.kind == "year" and d.value and d.start >= anchor
                      and (d.start - anchor <= NAMED_YEAR_REACH or _quoted(info, d.start))
                      and not info.dated_since(d)}
    return years


QUOTED_NAME_REACH = 30  # characters from an opening quote to a year inside the quoted name


def _quoted(info: SentenceInfo, position: int) -> bool:
    """Does `position` (absolute) stand inside a quoted name ("«Арол-2025»", "„Feldberg 2022“")?"""
    at = position - info.sentence.start
    before = info.text[max(0, at - QUOTED_NAME_REACH):at]
    opened = max(before.rfind(q) for q in QUOTE_OPEN)
    return opened >= 0 and not any(q in before[opened + 1:] for q in QUOTE_CLOSE if q not in QUOTE_OPEN)
