"""Documents signed as a list: "the following documents were signed:" and one line per document.

A ministry's release often tells one signing ceremony and then lists what was signed, one document a
line after a bullet or a number ("– une lettre d'intention relative à ...", "・…に関する覚書",
"- اتفاقية تعاون في مجال ..."). Each listed document is a signing of its own (GUIDELINES: one signing
of one document is one agreement), by the parties of the sentence that opens the list; that sentence
only announces them, so its own agreement gives way to the listed ones.
"""

from __future__ import annotations

import re

from milwatch.extract._merge import LISTED_DOCUMENT
from milwatch.extract.analysis import ArticleAnalysis, SentenceInfo
from milwatch.extract.candidate import Candidate
from milwatch.extract.rules import DOC_PRIORITY
from milwatch.extract.rules_aid import document_words
from milwatch.extract.sentences import QUESTION_MARKS
from milwatch.packs import Pack

# what opens a list line: a dash or bullet, or a number (any script's digits), a roman numeral or a letter in
# the usual forms ("1.", "2)", "(3)", "（４）", "١.", "(ii)", "iv.", "①", "a)")
ITEM_MARK = re.compile(r"(?:[-‐‑–—•·・*▪●◦■□➢►✓]|[(（]?\d{1,2}[.)）\-]|[(（][一二三四五六七八九十]{1,2}[)）]"
                       r"|[(（]?(?:[ivx]{1,4}|[IVX]{1,4})[.)）]|[①-⑳]|[a-zа-я][)）])")
ITEM_CHARS = 300  # a list line names a document; a longer one is a paragraph of prose
LIST_OPENER_REACH = 2  # sentences back to the talks whose signing an opener without parties announces
PROSE_KEYS = ("meeting", "intent")  # a line that tells talks or a pledge is prose, not a document's name


def _list_line(info: SentenceInfo, text: str, documents: list[tuple[str, re.Match[str]]]) -> bool:
    """Does the sentence stand on a line of its own after a list mark (its own, or a number the sentence
    splitter cut off: "1." then "Memorandum ...") and is it short and no prose (a word of talks or a pledge
    that is no part of a document's name: "합의서" holds "합의", agreed)?"""
    start = info.sentence.start
    before = text[text.rfind("\n", 0, start) + 1:start].strip()
    marked = ITEM_MARK.fullmatch(before) if before else ITEM_MARK.match(info.text.lstrip())
    prose = any(not any(doc.start() <= hit.start() and hit.end() <= doc.end() for _, doc in documents)
                for key in PROSE_KEYS for hit in info.hits.get(key, []))
    short = len(info.text) <= ITEM_CHARS
    if info.text.rstrip().endswith(QUESTION_MARKS):
        return False  # an interviewer's next question ("* Are there new deals?"), not a document signed
    return marked is not None and short and not prose


def _mark_only(info: SentenceInfo) -> bool:
    return ITEM_MARK.fullmatch(info.text.strip()) is not None


def _doc_type(info: SentenceInfo, pack: Pack) -> str:
    """The most specific kind of document the line names ("the protocol amending the agreement": protocol)."""
    ranks = [DOC_PRIORITY.index(label) if label in DOC_PRIORITY else len(DOC_PRIORITY)
             for label, _ in document_words(pack, info)]
    return DOC_PRIORITY[min(ranks)] if min(ranks) < len(DOC_PRIORITY) else "other"


def _announces_list(opening: SentenceInfo) -> bool:
    """A sentence that names no state and ends on a colon ("De bewindspersonen tekenden:", "Under besöket
    undertecknades följande dokument:"): the signing of the talks just told, announced as a list."""
    return not opening.states() and opening.text.rstrip().endswith((":", "："))


def _told_before(candidates: list[Candidate], opening: SentenceInfo, main: list[str]) -> Candidate | None:
    """The last event of two states told in the LIST_OPENER_REACH sentences before the opening one; one
    of the article's main pair first (not the talks' subject: "... and the support to Ukraine")."""
    index = opening.sentence.index
    earlier = [c for c in candidates if len(c.countries) >= 2
               and index - LIST_OPENER_REACH <= c.info.sentence.index < index]
    return max(earlier, key=lambda c: (set(c.countries) == set(main), c.info.sentence.index), default=None)


def listed_documents(analysis: ArticleAnalysis, candidates: list[Candidate], pack: Pack) -> list[Candidate]:
    """`candidates` with one agreement per document listed after a signing sentence (in sentence order);
    the opening sentence's own agreement is left out when its list names at least one document."""
    sentences = analysis.sentences
    dropped: list[Candidate] = []
    added: list[Candidate] = []
    for index, opening in enumerate(sentences):
        if not opening.has("agreement") or opening.has("negative"):
            continue
        own = [c for c in candidates if c.info is opening and len(c.countries) >= 2]
        parties = next((c for c in own if c.type == "agreement"), own[0] if own else None)
        if parties is None and _announces_list(opening):
            parties = _told_before(candidates, opening, analysis.main_states[:2])
            own = [parties] if parties is not None else []
        if parties is None:
            continue
        items: list[SentenceInfo] = []
        for info in sentences[index + 1:]:
            if _mark_only(info):
                continue  # "2." cut off from its line
            documents = document_words(pack, info)
            if not _list_line(info, analysis.text, documents):
                break
            if documents:  # (a line naming no document the pack knows stays in the list)
                items.append(info)
        if not items:
            continue
        dropped += [c for c in own if c.type == "agreement"]
        for info in items:
            if any(c.info is info and c.type == "agreement" for c in candidates + added):
                continue  # the line tells its own signing ("• Un contrat ... signé avec ..."), or an opener
                # before this one took it already
            named = info.states()  # "iv. Defence Cooperation Plan Malaysia–Brunei": the line's own pair
            countries = named if len(named) >= 2 else list(parties.countries)
            added.append(Candidate("agreement", info, countries, [LISTED_DOCUMENT],
                                   doc_type=_doc_type(info, pack), confidence=parties.confidence,
                                   dated_by=parties.info))
    if not added and not dropped:
        return candidates
    kept = [c for c in candidates if not any(c is d for d in dropped)] + added
    return sorted(kept, key=lambda c: c.info.sentence.index)  # (stable: a sentence's own order stays)
