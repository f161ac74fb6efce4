"""Event rules: from an analysed article to candidate events, one sentence at a time.

Each rule is small and named; `candidate_events` returns every candidate with the
rules that fired, and `assemble` (in assemble.py) merges and completes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.packs import Pack

# how far (characters) a document noun may be from a signing verb
SIGN_WINDOW = 160
DOC_PRIORITY = ("letter_of_intent", "memorandum", "protocol", "contract", "plan", "agreement", "declaration", "other")


@dataclass(slots=True)
class Candidate:
    type: str
    info: SentenceInfo
    countries: list[str]
    rules: list[str] = field(default_factory=list)
    doc_type: str | None = None
    confidence: float = 0.5


def _complete_countries(info: SentenceInfo, analysis: ArticleAnalysis, rules: list[str]) -> list[str]:
    """The states taking part: those of the sentence, completed from the article's main pair."""
    states = info.states()
    if info.has("mode_multilateral") or len(states) >= 3:
        pass
    elif len(states) > 2:
        states = states[:2]
    if len(states) >= 2:
        rules.append("countries:sentence")
        return states
    main = analysis.main_states
    if len(states) == 1:
        partner = next((c for c in main if c != states[0]), None)
        if partner:
            rules.append("countries:sentence+main")
            return [states[0], partner]
        return states
    if info.has("marker_both_sides") and len(main) >= 2:
        rules.append("countries:both-sides")
        return list(main)
    return []


def _doc_type_near(pack: Pack, info: SentenceInfo, anchor: int) -> str | None:
    """The document named closest to the signing verb at `anchor` (sentence-relative)."""
    best_key: tuple[int, int, int] | None = None
    best_label: str | None = None
    for label, matcher in pack.labelled("doc_types", "doc_types").items():
        for match in matcher.finditer(info.text):
            distance = abs(match.start() - anchor)
            if distance > SIGN_WINDOW:
                continue
            rank = DOC_PRIORITY.index(label) if label in DOC_PRIORITY else len(DOC_PRIORITY)
            key = (distance // 40, rank, match.start())
            if best_key is None or key < best_key:
                best_key, best_label = key, label
    return best_label


def _meeting(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> Candidate | None:
    if not info.has("meeting") or info.has("negative"):
        return None
    rules = ["meeting:trigger"]
    countries = _complete_countries(info, analysis, rules)
    if len(countries) < 2:
        return None
    if not (info.has("defense_context") or analysis.defense_context):
        return None
    return Candidate("meeting", info, countries, rules, confidence=0.6)


def _agreement(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> Candidate | None:
    if not info.has("agreement") or info.has("negative"):
        return None
    sign = info.hits["agreement"][0]
    doc_type = _doc_type_near(pack, info, sign.start())
    if doc_type is None:
        return None
    if info.has("pending") and not info.dates:
        return None
    rules = ["agreement:sign+document"]
    countries = _complete_countries(info, analysis, rules)
    if len(countries) < 2 or not (info.has("defense_context") or analysis.defense_context):
        return None
    return Candidate("agreement", info, countries, rules, doc_type=doc_type, confidence=0.7)


def _exercise(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> Candidate | None:
    if not info.has("exercise") or info.has("negative") or info.has("pending"):
        return None
    rules = ["exercise:trigger"]
    countries = _complete_countries(info, analysis, rules)
    if len(countries) < 2:
        return None
    if info.has("marker_future") or info.has("intent"):
        return None
    return Candidate("exercise", info, countries, rules, confidence=0.5)


def _aid(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> Candidate | None:
    if not info.has("aid") or info.has("negative") or not info.has("defense_context"):
        return None
    rules = ["aid:trigger"]
    countries = _complete_countries(info, analysis, rules)
    if len(countries) < 2 or info.has("marker_future"):
        return None
    return Candidate("aid", info, countries, rules, confidence=0.4)


def _support(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> Candidate | None:
    if not info.has("support") or not analysis.defense_context:
        return None
    rules = ["support:trigger"]
    countries = _complete_countries(info, analysis, rules)
    if len(countries) < 2:
        return None
    return Candidate("support", info, countries, rules, confidence=0.5)


def _intent(info: SentenceInfo, analysis: ArticleAnalysis, pack: Pack) -> Candidate | None:
    if not info.has("intent") or info.has("negative"):
        return None
    if not (info.has("defense_context") and (info.has("marker_both_sides") or len(info.states()) >= 2
                                              or info.persons)):
        return None
    rules = ["intent:trigger"]
    countries = _complete_countries(info, analysis, rules)
    if len(countries) < 2:
        return None
    return Candidate("intent", info, countries, rules, confidence=0.35)


RULES = (_meeting, _agreement, _exercise, _aid, _support, _intent)


def candidate_events(analysis: ArticleAnalysis, pack: Pack) -> list[Candidate]:
    """Every candidate event of the article, in sentence order."""
    candidates: list[Candidate] = []
    if not analysis.defense_context:
        return candidates
    for info in analysis.sentences:
        for rule in RULES:
            candidate = rule(info, analysis, pack)
            if candidate is not None:
                candidates.append(candidate)
    return candidates
