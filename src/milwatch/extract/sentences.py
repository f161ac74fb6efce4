"""Split article text into sentences with character spans (language-light, rule-based)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from milwatch.packs import CLOSING_QUOTES, FULL_STOPS

# A sentence ends at . ! ? (optionally followed by a closing quote/bracket) when the next
# non-space character starts a new sentence (capital letter, digit, an opening quote of any style:
# “ ‘ „ « ‹ 「), or at a line break.
_END = re.compile(r"""[.!?…]["'”»)\]]*\s+(?=["'“‘„‚«‹「『(\[]?[^\W\d_a-zđàáâãèéêìíòóôõùúýăơư]|\d)|\n+"""
                  r"""|(?<=[a-zà-ỹ]{3})\.(?=[A-ZÀ-Ỹ][a-zà-ỹ])"""  # "novembre.Lors": a lost space
                  r"""|(?<=[\uac00-\ud7a3])\.(?=[\uac00-\ud7a3])"""  # "했다.국방부에": Korean, a lost space
                  # Armenian sites type a colon for the full stop "։" ("...հանդիպում: Կողմերը ...")
                  r"""|(?<=[\u0531-\u0556\u0561-\u0587]):\s+(?=[\u0531-\u0556«"(\d])"""
                  # "국방장관 방한…한미일 훈련": a Korean headline's items, joined by an ellipsis
                  r"""|(?<=[\uac00-\ud7a3])…+(?=[\uac00-\ud7a3'‘"“])"""
                  # Chinese and Japanese full stops need no space after them
                  r"""|[。！？｡][」』”"’)）]*\s*"""
                  # Devanagari, Urdu, Arabic, Ethiopic, Burmese, Tibetan, Khmer, Armenian
                  r"""|[।॥۔؟።။།។։](?!\d)\s*""")
QUESTION_MARKS = ("?", "？", "؟", "\u037e", "፧")  # a question: Latin, full-width, Arabic, Greek, Ethiopic
CLAUSE_BREAK = re.compile(r"[,;:.!?،、，；：。]")  # any punctuation that ends a clause between two words
# Abbreviations after which a period does not end a sentence (title words, initials).
_ABBREV = re.compile(
    r"(?:\b(?:Gen|Lt|Lieut|Col|Maj|Brig|Adm|Sen|Sgt|Capt|Cdr|Mr|Mrs|Ms|Dr|Prof|St|No|Nr|Jr|Sr|Gov|Rep|"
    r"Hon|Vol|vs|bzw|ca|Dipl|Ing|Mag|usw|z\.B|u\.a|Abs|Art|Fig|Nos|Inc|Ltd|Co|Corp|Dept|Gen\.Lt|"
    r"Jan|Feb|Mar|Apr|Aug|Sep|Sept|Oct|Nov|Dec|ggf|inkl|evtl|Th|ThS|TS|PGS|GS|Thượng|Đ/c|đ/c)"
    r"|\b[A-ZĐ])\.$"
)
SENTENCE_ENDS = FULL_STOPS
_CLOSED = re.compile(f"[{re.escape(SENTENCE_ENDS)}][{re.escape(CLOSING_QUOTES)}\\]]*\\s*$")
_ORDINAL = re.compile(r"(?:^|\s)\d{1,2}\.$")
_INITIAL = re.compile(r"(?:^|[\s(])([^\W\d_])\.$")  # "Н.", "Ε.", "J." : an initial in any cased script
# Georgian (Mkhedruli) has no capitals in running text, though Python calls its letters lower case (their
# Mtavruli capitals, used only in headings, came with Unicode 11): a word of it after a full stop may open
# a sentence, and one of its letters with a dot is an initial ("ი. ბერიძე")
_CASELESS = re.compile(r"[\u10d0-\u10ff]")


@dataclass(slots=True, frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int


def split_sentences(text: str, *, ordinal_dot: bool = False,
                    abbreviations: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences of `text` with [start, end) spans; empty stretches are skipped.

    `ordinal_dot`: the language writes ordinals with a dot ("am 4. September"), so a
    one- or two-digit number followed by a dot does not end a sentence.  `abbreviations`
    (lower case, with their dot: "dkt.", "z.", "พล.อ.") never end a sentence either.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        cut = match.start() + len(match.group(0).rstrip())
        if "\n" not in match.group(0):
            head = text[start:cut].rstrip("\"'”»)]")
            if _ABBREV.search(head[-12:]) or (ordinal_dot and _ORDINAL.search(head[-4:])):
                continue
            if abbreviations and head[-12:].split()[-1:] and head[-12:].split()[-1].lower() in abbreviations:
                continue
            initial = _INITIAL.search(head[-3:])
            if initial and (initial.group(1).isupper() or _CASELESS.match(initial.group(1))):
                continue
            nxt = text[match.end():match.end() + 1]
            if nxt.isalpha() and nxt.islower() and not _CASELESS.match(nxt):
                continue  # "2018 г. двете", "18. марта": a lower-case word goes on the sentence
        spans.append((start, cut))
        start = match.end()
    spans.append((start, len(text)))
    sentences: list[Sentence] = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            sentences.append(Sentence(s, e, text[s:e], len(sentences)))
    return sentences


def paragraph_index(text: str, sentences: list[Sentence]) -> list[int]:
    """For each sentence, the number of the paragraph (blank-line or line separated) it is in."""
    result: list[int] = []
    para = 0
    last_end = 0
    for sentence in sentences:
        if "\n" in text[last_end:sentence.start]:
            para += 1
        result.append(para)
        last_end = sentence.end
    return result


def is_closed(sentence: Sentence) -> bool:
    """Does the sentence end with a full stop (of any script)?  Menus, headlines, bylines and a page's
    date line do not: running text does."""
    return _CLOSED.search(sentence.text) is not None
