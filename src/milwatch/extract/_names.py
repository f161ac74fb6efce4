"""Person-name helpers: folding, romanisation, canonical names, the shape of a name token.

`fold` is the comparison key score.py uses (ASCII, lowercase, hyphens as spaces);
`canonical_name` is the printed form: diacritics removed, initials and generational
suffixes dropped, order kept as written.  Non-Latin scripts are romanised: Cyrillic
with the simplified BGN/PCGN style of the English-language press (Сергей Шойгу ->
Sergei Shoigu), everything else through anyascii.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# Letters NFKD does not decompose (same table as ../shared/eval/score.py).
_FOLD = str.maketrans({"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "ð": "d", "Ð": "D",
                       "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H"})

# Cyrillic -> Latin as English-language newsrooms write names (simplified BGN/PCGN).
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u", "қ": "k", "ғ": "g", "ң": "n", "ү": "u",
    "ұ": "u", "һ": "h", "ә": "a", "ө": "o",
}
_CYR_VOWELS = set("аеёиоуыэюяіїєәөүұ")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# initials glued to the name they belong to: "Ж.Батболд", "С.Шойгу" (Mongolian, Russian press)
_GLUED_INITIALS = re.compile(r"^(?:[^\W\d_]\.){1,2}(?=[^\W\d_]{2})")
_INITIALLED = re.compile(r"^(?:[^\W\d_]\.\s?){1,2}[^\W\d_]{2}")


def fold(name: str) -> str:
    """score.py's comparison key: ASCII, lowercase, hyphens as spaces, single spaces."""
    if name.isascii():
        return " ".join(name.lower().replace("-", " ").split())
    name = unicodedata.normalize("NFKD", (name or "").translate(_FOLD))
    name = "".join(c for c in name if not unicodedata.combining(c))
    return " ".join(name.lower().replace("-", " ").split())


def lower_same_length(text: str) -> str:
    """`text.lower()` with every offset kept (İ would otherwise become two characters)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def strip_diacritics(text: str) -> str:
    """Remove accents but keep case and punctuation: Phan Văn Giang -> Phan Van Giang."""
    text = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


def _cyrillic_word(word: str) -> str:
    out: list[str] = []
    low = word.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else ""
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch == "е" and (not prev or prev in _CYR_VOWELS or prev in "ьъ"):
            piece = "ye"
        elif ch == "й" and prev == "и" and not nxt:
            piece = ""  # -ий at the end: Dmitry, Yevgeny
            if out and out[-1] == "i":
                out[-1] = "y"
        elif ch in _CYR:
            piece = _CYR[ch]
        else:
            piece = anyascii(ch) if ord(ch) > 127 else ch
        out.append(piece)
    latin = "".join(out)
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


def romanize(text: str) -> str:
    """Latin letters without diacritics; Cyrillic press-style; other scripts via anyascii."""
    if text.isascii():
        return text
    if any("\u0400" <= ch <= "\u04ff" for ch in text):
        text = re.sub(r"[\u0400-\u04ff]+", lambda m: _cyrillic_word(m.group()), text)
    text = strip_diacritics(text)
    return text if text.isascii() else anyascii(text)


def shared_prefix(a: str, b: str) -> int:
    """How many leading characters two words share (the stem of two case forms)."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def is_initial(token: str) -> bool:
    """A middle initial: "C." or "C"."""
    return len(token.rstrip(".")) == 1 and token[:1].isupper()


def is_suffix(token: str) -> bool:
    """A generational suffix: Jr., Sr., II, III, IV."""
    return token.rstrip(".").lower() in _SUFFIXES


def core_tokens(surface: str) -> list[str]:
    """The name's own words: initials (also glued ones: "Ж.Батболд") and suffixes dropped,
    punctuation trimmed."""
    tokens = [_GLUED_INITIALS.sub("", t.strip(",")) for t in surface.split()]
    return [t for t in tokens if t and not is_initial(t) and not is_suffix(t)]


def initialled(surface: str) -> bool:
    """A name led by the initial of a given name or patronymic ("Ж.Батболд", "А. Белоусов"):
    the usual full reference to an official in Cyrillic and Mongolian press."""
    return bool(_INITIALLED.match(surface)) and surface[:1].isupper()


def transliterate(text: str, table: dict[str, str]) -> str:
    """Apply a pack's romanization table (lower-case letters or letter groups -> Latin), longest
    key first; a capital source letter gives a capitalised result ("Петър" -> "Petar" with ъ=a)."""
    if not table:
        return text
    longest = max(len(k) for k in table)
    out: list[str] = []
    i, low = 0, text.lower()
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            value = table.get(low[i:i + size])
            if value is not None:
                out.append(value.capitalize() if text[i].isupper() else value)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def canonical_name(surface: str, lang: str = "und", table: dict[str, str] | None = None) -> str:
    """Canonical spelling of a name as found in text.

    Diacritics removed (Phan Văn Giang -> Phan Van Giang, Yaşar Güler -> Yasar Guler,
    Đổng Quân -> Dong Quan), middle initials and Jr./III dropped (Gilberto C. Teodoro
    Jr. -> Gilberto Teodoro), the order kept as written, non-Latin scripts romanised.
    `lang` is the article language; the result does not depend on it yet.
    """
    del lang  # reserved for per-language conventions (name order)
    if table:  # the pack's own romanization (bg ъ = a, sr ћ = c, el ου = ou) before the general one
        surface = transliterate(surface, table)
    tokens = core_tokens(" ".join(surface.split()))
    if any(_capitals(t) for t in tokens) and not all(_capitals(t) for t in tokens):
        tokens = [t.title() if _capitals(t) else t for t in tokens]  # "Sébastien LECORNU" -> Lecornu
    return romanize(" ".join(tokens)) if tokens else romanize(surface.strip())


def _capitals(token: str) -> bool:
    """A word of two letters or more written in capitals (a surname in the French style "NOM")."""
    letters = [c for c in token if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def uppercase_class() -> str:
    """A regex character class of every uppercase letter in Latin, Greek, Cyrillic and Armenian."""
    ranges = [(0x41, 0x5B), (0xC0, 0x250), (0x370, 0x560), (0x1E00, 0x1F00)]  # ... Cyrillic, Armenian
    chars = [chr(c) for lo, hi in ranges for c in range(lo, hi) if chr(c).isupper()]
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def is_name_token(token: str) -> bool:
    """A capitalised word that can be part of a name (not an all-capitals acronym)."""
    word = token.rstrip(".")
    if not word or not word[0].isupper():
        return False
    letters = [c for c in word if c.isalpha()]
    return len(letters) < 2 or not all(c.isupper() for c in letters)
