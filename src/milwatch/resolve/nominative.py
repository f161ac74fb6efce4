"""Nominative forms of personal names found in inflected text, before name keys are made.

    nominal = Nominative()                      # pymorphy3 analysers load on first Cyrillic name
    nominal.name("Сергеем Шойгу", "ru")         # "Sergei Shoigu" (romanised nominative) or None
    nominal.name("Jamesem Mattisem", "pl")      # "James Mattis"
    nominal.name("Akar'ın", "tr")               # "Akar"

Russian and Ukrainian names are put in the nominative with pymorphy3 and its ru/uk
dictionaries: the case is read off the name parts the dictionary knows (a given name,
patronymic or surname tag), then every part is lemmatised in that case, so a foreign surname
the dictionary only guesses ("Остином") follows the known given name ("Ллойдом" -> "Ллойд").
Other inflecting languages use suffix rules keyed to the language (`SUFFIX_RULES`): a rule
applies only when every part of the name agrees (a lone "-a" is a feminine name as often as a
genitive).  Turkish and Azerbaijani write the case after an apostrophe, which is cut.

`name` returns None when the name is already nominative (or cannot be told), so callers keep
the spelling they have.
"""

from __future__ import annotations

import re
from typing import Any

from milwatch.extract._names import romanize

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
MORPH_LANGS = {"ru": "ru", "uk": "uk", "be": "ru", "kk": "ru", "ky": "ru"}  # analyser per article language
NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
APOSTROPHE_LANGS = frozenset({"tr", "az"})
_APOSTROPHE = re.compile(r"['’ʼ][^\s'’ʼ-]+$")

# Per language: (ending, replacement) pairs tried longest first on every name part; a rule
# fires only when each part of a multi-part name takes one (or is left as it is by `KEEP`).
SUFFIX_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    # Polish / Czech / Slovak: instrumental -em/-iem, dative -owi/-ovi, genitive/accusative -a
    "pl": (("iem", ""), ("em", ""), ("owi", ""), ("a", "")),
    "cs": (("em", ""), ("ovi", ""), ("ovou", "ová"), ("ou", "a"), ("a", "")),
    "sk": (("om", ""), ("ovi", ""), ("ovou", "ová"), ("ou", "a"), ("a", "")),
    # Serbian / Croatian / Bosnian / Slovene (Latin): -ića/-iću/-ićem -> -ić, given names -a/-u/-om
    "sr": (("ićem", "ić"), ("iću", "ić"), ("ića", "ić"), ("om", ""), ("em", ""), ("u", ""), ("a", "")),
    "hr": (("ićem", "ić"), ("iću", "ić"), ("ića", "ić"), ("om", ""), ("em", ""), ("u", ""), ("a", "")),
    "bs": (("ićem", "ić"), ("iću", "ić"), ("ića", "ić"), ("om", ""), ("em", ""), ("u", ""), ("a", "")),
    "sl": (("om", ""), ("em", ""), ("u", ""), ("a", "")),
    # Lithuanian: accusative -ą, genitive -o, dative -ui, instrumental -u of -as nouns
    "lt": (("ą", "as"), ("ui", "as"), ("o", "as")),
    # Latvian: genitive -a, accusative -u, dative -am of -s nouns
    "lv": (("am", "s"), ("a", "s"), ("u", "s")),
}
# Word endings a nominative name part commonly has: such a part is left as it is.
KEEP: dict[str, tuple[str, ...]] = {
    "pl": ("ski", "cki", "dzki", "ska", "cka", "dzka"),
    "cs": ("ová", "ský", "cký", "ská", "cká"),
    "sk": ("ová", "ský", "cký", "ská", "cká"),
    "sr": ("ić",), "hr": ("ić",), "bs": ("ić",),
    "lt": ("as", "is", "ys", "us", "ė", "ienė", "aitė", "utė"),
    "lv": ("s", "š", "is"),
}
# Russian/Ukrainian instrumental endings of names the dictionary does not know ("Ллойдом Остином").
CYRILLIC_RULES: tuple[tuple[str, str], ...] = (("ым", ""), ("им", ""), ("ом", ""), ("ем", ""))
CYRILLIC_KEEP = ("о", "и", "у", "е", "ю", "э", "ы")  # indeclinable parts: Хо, Ши, Шойгу, Хулуси
MIN_STEM = 3  # letters a part keeps after its ending is cut
_CONSONANT_END = re.compile(r"[^aeiouyáéíóúýąęěůаеиоуыэюяіє]$", re.IGNORECASE)


class Nominative:
    """Nominative forms of inflected names; pymorphy3 analysers are loaded once, on first use."""

    def __init__(self) -> None:
        self._analysers: dict[str, Any] = {}
        self._memo: dict[tuple[str, str], str | None] = {}

    def name(self, name: str, lang: str | None) -> str | None:
        """The nominative English-press spelling of `name` written in `lang`, or None when
        `name` is already nominative (or its case cannot be told)."""
        if not name or not lang:
            return None
        key = (name, lang)
        if key not in self._memo:
            if len(self._memo) > 100_000:
                self._memo.clear()
            self._memo[key] = self._name(name.strip(), lang.lower())
        return self._memo[key]

    def _name(self, name: str, lang: str) -> str | None:
        parts = name.split()
        if not parts:
            return None
        if lang in APOSTROPHE_LANGS:
            cut = [_APOSTROPHE.sub("", p) for p in parts]
            return _romanised(" ".join(cut)) if cut != parts and all(cut) else None
        if CYRILLIC.search(name) and lang in MORPH_LANGS:
            return self._morph(parts, MORPH_LANGS[lang])
        rules = SUFFIX_RULES.get(lang)
        if rules is None or not all(p[:1].isupper() for p in parts):
            return None
        return _by_rules(parts, rules, KEEP.get(lang, ()))

    def _analyser(self, lang: str) -> Any:
        if lang not in self._analysers:
            import pymorphy3  # a dependency; imported here so that importing milwatch loads no dictionary

            self._analysers[lang] = pymorphy3.MorphAnalyzer(lang=lang)
        return self._analysers[lang]

    def _morph(self, parts: list[str], lang: str) -> str | None:
        morph = self._analyser(lang)
        parses = [morph.parse(p.lower()) for p in parts]
        named = [[p for p in options if NAME_TAGS & set(p.tag.grammemes) and p.tag.case
                  and "plur" not in p.tag.grammemes] if NAME_TAGS & set(options[0].tag.grammemes) else []
                 for options in parses]  # a word first read as something else (Хулуси: a verb) sets no case
        case_sets = [{p.tag.case for p in options} for options in named if options]
        if not case_sets:  # no part the dictionary knows as a name: the ending rules
            if not all(p[:1].isupper() for p in parts):
                return None
            return _by_rules(parts, CYRILLIC_RULES, CYRILLIC_KEEP, every=False)
        common = set.intersection(*case_sets)
        if not common or "nomn" in common:
            return None  # the parts disagree, or the name can be read as nominative
        case = max(sorted(common), key=lambda c: sum(p.score for options in named for p in options
                                                     if p.tag.case == c))
        out: list[str] = []
        for word, options, names in zip(parts, parses, named, strict=True):
            same = [p for p in names if p.tag.case == case] or [
                p for p in options if p.tag.case == case and "plur" not in p.tag.grammemes]
            if same:
                nominative = same[0].inflect({"nomn"})  # keeps the gender: Ивановой -> Иванова
                lemma = nominative.word if nominative is not None else same[0].normal_form
            else:
                lemma = (_cut(word, CYRILLIC_RULES, ()) or word).lower()
            out.append("-".join(x[:1].upper() + x[1:] for x in lemma.split("-")))
        result = " ".join(out)
        return _romanised(result) if result.lower() != " ".join(parts).lower() else None


def _cut(part: str, rules: tuple[tuple[str, str], ...], keep: tuple[str, ...]) -> str | None:
    """The nominative of one name part by the rules; the part itself when it looks nominative;
    None when no rule fits."""
    low = part.lower()
    if low.endswith(keep):
        return part
    for ending, nominative in sorted(rules, key=lambda r: -len(r[0])):
        if low.endswith(ending) and len(part) - len(ending) >= MIN_STEM:
            stem = part[: len(part) - len(ending)]
            if ending == "a" and not _CONSONANT_END.search(stem):
                continue
            return stem + nominative
    return part if _CONSONANT_END.search(part) else None


def _by_rules(parts: list[str], rules: tuple[tuple[str, str], ...], keep: tuple[str, ...], *,
              every: bool = True) -> str | None:
    cut = [_cut(p, rules, keep) for p in parts]
    if any(c is None for c in cut):
        return None
    changed = [c != p for c, p in zip(cut, parts, strict=True)]
    # every part inflected the same way (unless `every` is off), or a lone part with an unambiguous
    # (not -a) ending
    if not any(changed) or (every and len(parts) > 1 and not all(changed)):
        return None
    if len(parts) == 1 and parts[0].lower().endswith("a"):
        return None
    return _romanised(" ".join(c for c in cut if c))


def _romanised(name: str) -> str:
    return romanize(name)
