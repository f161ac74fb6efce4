"""Name keys: one spelling-independent key per personal name, and a gated similarity on keys.

`name_key` transliterates any script to ASCII (anyascii) and folds the differences between the
usual romanisation conventions of Cyrillic-derived names (German, English, French schemes) so
that "Wiktar Chrenin", "Viktor Khrenin" and "Виктор Хренин" get (nearly) the same key:

* hushing and guttural digraphs collapse into one class: sch, tsch, tch, ch, sh, kh, zh, shch -> X
  (German "Chrenin" = English "Khrenin"; German "Tschikowani" = English "Chikovani";
  French "Choïgou" = English "Shoigu");
* dzh, dsch, dj -> J; ts, tz, z -> s; w -> v; ph -> f; c, ck, q -> k; x -> ks;
* j and y -> i, then doubled letters collapse ("Alijew", "Aliyev", "Aliev" -> "aliev");
* French ou -> u, gue/gui -> ge/gi; final -off -> -ov; initial ye/je -> e;
* Azerbaijani ə -> a (anyascii would give e).

`key_similarity` compares keys token by token in any order ("Kihara Minoru" = "Minoru Kihara").
Every token of the shorter name must match a distinct token of the longer one, so two people
who share only a family name ("Ilham Aliyev" / "Heydar Aliyev") score 0: the given name gates
the match.  Short tokens (under 6 letters) must be equal; longer ones may differ by a few letters
(rapidfuzz ratio >= 90), by vowels only ("viktar" / "viktor"), by an inflection suffix, or by an
initial h/g (Russian Г is written H or G: "Hasanov" / "Gasanov").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import permutations

from anyascii import anyascii
from rapidfuzz import fuzz

PAIR_CACHE = 1 << 16  # memoised token and name pairs (pure functions of strings): bounded
MATCH_THRESHOLD = 85.0  # key_similarity at or above this: the same person (given compatible countries)
MAX_TOKENS = 6

# Characters anyascii folds in a way that breaks a convention (ə -> e, but the press writes a).
# (the katakana middle dots between the parts of a foreign name, "ギルバート・テオドロ", which anyascii drops)
_PRE_ASCII = str.maketrans({"ə": "a", "Ə": "A", "ı": "i", "ş": "sh", "Ş": "Sh", "\u30fb": " ", "\uff65": " "})
# Ordered: longer patterns first.  Upper-case letters are placeholders for a sound class.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("schtsch", "X"), ("shch", "X"), ("dsch", "J"), ("dzh", "J"), ("tsch", "X"), ("tch", "X"),
    ("tsh", "X"), ("sch", "X"), ("ch", "X"), ("sh", "X"), ("kh", "X"), ("zh", "X"), ("cz", "X"),
    ("sz", "X"), ("dj", "J"), ("ph", "f"), ("ck", "k"), ("ts", "s"), ("tz", "s"),
)
_LETTERS = str.maketrans({"z": "s", "w": "v", "c": "k", "q": "k", "j": "i", "y": "i"})
_VOWELS = frozenset("aeiou")
_GU = re.compile(r"gu(?=[ei])")  # French "Evguéni", "Guerassimov"
_SOFT_C = re.compile(r"c(?=[eiy])")  # "Florence" = "Флоранс"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_DOUBLE = re.compile(r"([^aeou])\1+")  # doubled consonants and ii; "ee"/"oo" can be an ending
# Case endings of Cyrillic-script names after folding ("Хрениным", "Сергеем", "Акаром"): a token
# whose stem (at least 4 letters) equals the other's stem is the same name part.
INFLECTION_SUFFIXES: tuple[str, ...] = (
    "ogo", "ego", "omu", "emu", "iem", "om", "em", "im", "oi", "ei", "ia", "iu", "ie", "a", "u", "e", "i",
)


def _fold_token(tok: str) -> str:
    tok = tok.replace("x", "ks")
    tok = _GU.sub("g", tok)
    tok = _SOFT_C.sub("s", tok)
    tok = tok.replace("ou", "u")
    for src, dst in _DIGRAPHS:
        tok = tok.replace(src, dst)
    tok = tok.translate(_LETTERS)
    if tok.startswith(("ie", "ii")) and len(tok) > 3:  # Ye-/Je- (Yevgeny, Jewgeni) -> E-
        tok = "e" + tok[2:]
    tok = _DOUBLE.sub(r"\1", tok)
    if tok.endswith("of") and len(tok) > 4:  # -off, -ow (w -> v already)
        tok = tok[:-1] + "v"
    return tok.lower()


@lru_cache(maxsize=PAIR_CACHE)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded tokens of a name, in written order (hyphenated parts joined: "Jong-sup")."""
    ascii_ = anyascii((name or "").translate(_PRE_ASCII))
    ascii_ = _CAMEL.sub(" ", ascii_).lower().replace("-", "").replace("'", "").replace("\u2019", "")
    words = _NON_ALNUM.sub(" ", ascii_).split()
    return tuple(t for t in (_fold_token(w) for w in words[:MAX_TOKENS]) if t)


def name_key(name: str) -> str:
    """Spelling-independent key of a personal name: folded tokens in written order, space-separated."""
    return " ".join(name_tokens(name))


def sorted_key(name: str) -> str:
    """`name_key` with tokens sorted: equal for word-order swaps; used for exact look-ups and blocking."""
    return " ".join(sorted(name_tokens(name)))


def skeleton(token: str) -> str:
    """Consonants of a folded token (vowel differences are transliteration noise)."""
    return "".join(ch for ch in token if ch not in _VOWELS)


def stems(token: str) -> set[str]:
    """`token` and every form of it without a case ending that leaves at least 4 letters."""
    return set(_stems(token))


@lru_cache(maxsize=PAIR_CACHE)
def _stems(token: str) -> frozenset[str]:
    return frozenset({token} | {token[: -len(x)] for x in INFLECTION_SUFFIXES
                                if token.endswith(x) and len(token) - len(x) >= 4})


def _base_score(a: str, b: str) -> float:
    if a == b:
        return 100.0
    if len(a) == len(b) >= 5 and a[1:] == b[1:] and {a[0], b[0]} == {"g", "h"}:
        return 90.0  # Russian Г is written H or G: "Hasanov" / "Gasanov"
    if min(len(a), len(b)) < 6:
        return 0.0
    ratio = fuzz.ratio(a, b)
    if ratio >= 90.0:
        return ratio
    if a[0] == b[0] and skeleton(a) == skeleton(b):
        return 88.0
    return 0.0


@lru_cache(maxsize=PAIR_CACHE)
def token_score(a: str, b: str) -> float:
    """0..100 similarity of two folded tokens; 0 when they cannot be the same name part."""
    score = _base_score(a, b)
    if score:
        return score
    if min(len(a), len(b)) >= 5:
        # the X class read as h or s ("Хулуси" / "Hulusi", "Yaşar" / "Yasar")
        for sound in ("h", "s"):
            if a.replace("x", sound) == b.replace("x", sound):
                return 88.0
    inflected = [_base_score(x, y) for x in _stems(a) for y in _stems(b) if (x, y) != (a, b)]
    return min(87.0, max(inflected, default=0.0))


def _merges(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """`tokens` and every variant with one adjacent pair joined ("seon ho" -> "seonho")."""
    out = [tokens]
    for i in range(len(tokens) - 1):
        out.append(tokens[:i] + (tokens[i] + tokens[i + 1],) + tokens[i + 2:])
    return out


def _exact(a: str, b: str) -> float:
    return 100.0 if a == b else 0.0


def _aligned(short: tuple[str, ...], long_: tuple[str, ...], score: Callable[[str, str], float]) -> float:
    """Best mean token score aligning every token of `short` to a distinct token of `long_`."""
    scores = [[score(s, t) for t in long_] for s in short]
    if any(max(row) == 0.0 for row in scores):
        return 0.0
    best = 0.0
    for perm in permutations(range(len(long_)), len(short)):
        total = 0.0
        for i, j in enumerate(perm):
            if scores[i][j] == 0.0:
                break
            total += scores[i][j]
        else:
            best = max(best, total / len(short))
    return best - 5.0 * (len(long_) - len(short))  # an extra middle name costs a little


@lru_cache(maxsize=PAIR_CACHE)
def token_similarity(ta: tuple[str, ...], tb: tuple[str, ...]) -> float:
    """Similarity of two folded token tuples; 0 unless every token of the shorter is matched."""
    if not ta or not tb:
        return 0.0
    if sorted(ta) == sorted(tb):
        return 100.0
    if len(ta) == 1 or len(tb) == 1:
        return 0.0  # a lone family or given name is never enough (see `short_form_matches`)
    best = 0.0
    for va in _merges(ta):
        for vb in _merges(tb):
            if len(va) < 2 or len(vb) < 2:
                continue
            short, long_ = (va, vb) if len(va) <= len(vb) else (vb, va)
            # joined parts ("seon ho" -> "seonho") must then match exactly, token by token
            score = token_score if (va, vb) == (ta, tb) else _exact
            best = max(best, _aligned(short, long_, score))
    return max(best, 0.0)


def key_similarity(a: str, b: str) -> float:
    """0..100 similarity of two names (raw or already keyed); gated by given-name compatibility."""
    return token_similarity(name_tokens(a), name_tokens(b))


def countries_compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.upper() == b.upper()


def names_match(a: str, b: str, country_a: str | None = None, country_b: str | None = None) -> bool:
    """True when the two names can be the same official (country gate, then key similarity)."""
    return countries_compatible(country_a, country_b) and key_similarity(a, b) >= MATCH_THRESHOLD


def short_form_matches(short: str, full: str) -> bool:
    """A short form of a full name: one name part ("Shoigu", "Giang") matching the first or last
    token of `full`, optionally with initials of its other tokens ("V. Bodnar")."""
    return short_form_tokens(name_tokens(short), name_tokens(full))


def short_form_tokens(ts: tuple[str, ...], tf: tuple[str, ...]) -> bool:
    """`short_form_matches` on folded tokens."""
    words = [t for t in ts if len(t) > 1]
    initials = [t for t in ts if len(t) == 1]
    if len(words) != 1 or len(tf) < 2 or len(initials) >= len(tf):
        return False
    for i in (0, len(tf) - 1):
        if token_score(words[0], tf[i]) >= MATCH_THRESHOLD:
            others = tf[:i] + tf[i + 1:]
            if all(any(o[0] == c for o in others) for c in initials):
                return True
    return False


# Scripts that leave short vowels unwritten (Arabic, Persian, Urdu, Hebrew) transliterate to
# consonant runs ("راجناتھ" -> "rjnth"), Latin and Indic spellings of the same name keep them
# ("Rajnath", "rajnath"): such names are compared by their consonant skeletons.
_LOOSE_DROP = frozenset("aeiouhv")  # vowels, and the letters vowels and aspiration are written with
_LOOSE_FOLD = str.maketrans({"g": "k", "q": "k", "x": "s", "j": "i", "p": "b", "f": "b"})
ABJAD_VOWEL_SHARE = 0.25  # a name with fewer written a/e/o/u than this looks transliterated from an abjad


@lru_cache(maxsize=PAIR_CACHE)
def loose_skeleton(token: str, v_as_b: bool = False) -> str:
    """Consonant skeleton of a folded token, with the consonant pairs abjads spell alike merged
    ("bagheri" / "bkri" -> "bkr", "singh" / "sngh" -> "snk", "austin" / "astn" -> "stn").
    A v is a vowel letter (Arabic و) unless `v_as_b` (Hebrew ב: "vnimin" = "Benjamin")."""
    out: list[str] = []
    prev = ""
    for ch in token.translate(_LOOSE_FOLD):
        ch = "b" if v_as_b and ch == "v" else ch
        if ch != prev and ch not in _LOOSE_DROP and ch.isalpha():
            out.append(ch)  # a doubled letter is one consonant; letters apart stay two ("mhmd")
        prev = ch
    return "".join(out)


def abjad_like(tokens: tuple[str, ...]) -> bool:
    """The name reads as a transliteration from a script without short vowels."""
    letters = "".join(tokens)
    return len(letters) >= 4 and sum(ch in "aeou" for ch in letters) < ABJAD_VOWEL_SHARE * len(letters)


STRONG = 9  # the grade of two name parts spelled alike
WEAK_PART_SUPPORT = 4  # consonants the other parts must agree on when one agrees by a single consonant


@lru_cache(maxsize=PAIR_CACHE)
def skeleton_match(ta: tuple[str, ...], tb: tuple[str, ...]) -> bool:
    """Two names of at least two parts, one of them written without short vowels, whose parts
    pair up one to one by consonant skeleton (at least two consonants each; one part may agree
    by a single consonant: محاج / Mehaj) or by `token_score`."""
    if len(ta) < 2 or len(tb) < 2 or not (abjad_like(ta) or abjad_like(tb)):
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)

    def alike(s: str, t: str) -> int:
        """Consonants the parts agree on (their skeleton's length; 9 when spelled alike), 0 if none."""
        best = 0
        for v_as_b in (False, True):
            ks = loose_skeleton(s, v_as_b)
            if ks and ks == loose_skeleton(t, v_as_b):
                best = max(best, len(ks))
        return STRONG if token_score(s, t) >= MATCH_THRESHOLD else best

    for perm in permutations(range(len(long_)), len(short)):
        grades = [alike(s, long_[j]) for s, j in zip(short, perm, strict=True)]
        weak = [g for g in grades if g == 1]
        if min(grades) >= 2 or (min(grades) >= 1 and len(weak) == 1
                                and sum(g for g in grades if g > 1) >= WEAK_PART_SUPPORT):
            return True  # one part may agree by a single consonant when the rest agree by four or more
    return False
