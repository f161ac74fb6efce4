"""The phrase syntax of language packs turned into regexes: a word character of every script, gaps
("lud ~ ein"), `*` word rests, one trie per list, and the word boundaries of a script
(docs/language-packs.md; loader.py compiles each list with them)."""

from __future__ import annotations

import re

# A word character: \w plus the combining marks and signs written inside words of Indic,
# Hebrew, Arabic, Thai, Lao, Tibetan, Burmese and Khmer script (vowel signs, virama, points),
# which Python's \w leaves out: without them a word boundary falls inside "सेना".
# Sentence marks of those scripts (danda ।॥, Thai ๚๛, Tibetan shad, Burmese ၊။, Khmer ។៕) are not.
WORD = (r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
        r"\u0900-\u0963\u0966-\u0dff\u0e00-\u0e4e\u0e50-\u0e59\u0e5c-\u0eff\u0f00-\u0f03\u0f15-\u0fff"
        # ZWNJ, ZWJ: inside words (ශ්‍රී, می‌خواهد)
        r"\u1000-\u1049\u104c-\u109f\u1780-\u17d3\u17d7\u17dc-\u17ff\u200c\u200d]")
_WORD_CHAR = re.compile(WORD)

# The full stops of every script (Latin, CJK and half-width, Devanagari danda, Urdu, Arabic question mark,
# Ethiopic, Burmese, Tibetan shad, Khmer, Armenian), the one table the sentence splitter, the boilerplate
# cleaner and the scanners that stop at a sentence's end all read.
FULL_STOPS = ".!?…。！？｡।॥۔؟።፧။།༎។៕։"
CLOSING_QUOTES = "\"'”»’」』)）"  # what may stand after a full stop and still end the sentence


def is_word_char(char: str) -> bool:
    """Is `char` part of a word (a letter, digit, underscore or an in-word mark)?"""
    return bool(char) and _WORD_CHAR.match(char) is not None


GAP = "~"  # a phrase token that stands for up to GAP_WORDS words: "lud ~ ein" finds "lud Pete Hegseth ein"
GAP_WORDS = 10
CLAUSE_GAP = "~~"  # up to CLAUSE_GAP_WORDS words of one clause: the verb bracket of verb-final languages
CLAUSE_GAP_WORDS = 30  # "wollen die ... Ukraine auch mit der Ausbildung von Soldaten ... unterstützen"


def _gap_regex(word: str) -> str | None:
    """The regex of a gap token, or None for an ordinary word.  A clause gap crosses no
    sentence or clause mark other than a comma."""
    if word == GAP:
        return rf"(?:\S+\s+){{0,{GAP_WORDS}}}?"
    if word == CLAUSE_GAP:
        return rf"(?:[^\s.;:!?]+\s+){{0,{CLAUSE_GAP_WORDS}}}?"
    return None


def phrase_to_regex(phrase: str) -> str:
    """Turn one pack phrase into a regex fragment (see packs/schema.py for the syntax)."""
    words = phrase.strip().lower().split()
    out = ""
    for i, word in enumerate(words):
        gap = _gap_regex(word)
        if gap:
            out += gap
            continue
        out += re.escape(word).replace(r"\*", WORD + "*")
        if i < len(words) - 1:
            out += r"\s+"
    return out


def phrase_units(phrase: str, rest: str = WORD + "*") -> list[str]:
    """One pack phrase as regex units (a character, `\\s+`, a word rest, a gap), for a trie.

    `rest` is what `*` becomes: `\\w*` for scripts without in-word marks (compiles faster)."""
    units: list[str] = []
    words = phrase.strip().lower().split()
    for i, word in enumerate(words):
        gap = _gap_regex(word)
        if gap:
            units.append(gap)
            continue
        units.extend(rest if ch == "*" else re.escape(ch) for ch in word)
        if i < len(words) - 1:
            units.append(r"\s+")
    return units


def trie_body(phrases: list[str], rest: str = WORD + "*") -> str:
    """One regex body matching every phrase, factored by common prefixes (a trie: Python's
    regex engine tries a plain alternation of hundreds of phrases at every position, a trie
    rejects most positions at its first character).  At each branch the longer continuation
    is tried first, so the longest phrase wins as with a longest-first alternation."""
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for unit in phrase_units(phrase, rest):
            node = node.setdefault(unit, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [unit + emit(child) for unit, child in sorted(node.items()) if unit]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def bounded_body(body: str, boundary: str = "word", clitics: tuple[str, ...] = (), word: str = WORD) -> str:
    """Wrap a regex body in the word boundaries of a script (pack.toml `word_boundary`, `clitics`).

    word: a non-word character on both sides ("sign" is not in "signal"); start: only
    before (Korean particles are written onto the word: 회담을); none: anywhere (Chinese,
    Japanese, Thai write no spaces).  Clitics are prefixes written onto any word (Arabic
    و ب ل ال, Hebrew ה ו ב ל ש): one or two of them may stand before a phrase.
    """
    if boundary == "none":
        return f"(?:{body})"
    prefix = ""
    if clitics:
        alts = "|".join(re.escape(c) for c in sorted(set(clitics), key=len, reverse=True))
        prefix = f"(?:{alts}){{0,2}}"
    tail = f"(?!{word})" if boundary == "word" else ""
    return rf"(?<!{word}){prefix}(?:{body}){tail}"


def compile_phrases(phrases: list[str], boundary: str = "word", clitics: tuple[str, ...] = (),
                    rest: str = WORD + "*") -> re.Pattern[str]:
    """One case-insensitive alternation over all phrases, longest first, bounded as the script needs."""
    unique = sorted({p.strip().lower() for p in phrases if p.strip()})
    if not unique:
        return re.compile(r"(?!x)x")
    word = WORD if rest.startswith(WORD) else r"\w"
    return re.compile(bounded_body(trie_body(unique, rest), boundary, clitics, word), re.IGNORECASE)
