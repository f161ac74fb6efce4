"""Compiled date patterns of one language, built once per pack and cached on it.

Two scans find every candidate (both run case-sensitively over the lower-cased text,
which lets the regex engine skip most positions cheaply):

* `digits` starts at a number and covers every shape that begins with one: ISO days,
  numeric days ("4/9", "19/5/2021", "13-14/11"), day + month name ("4. September 2025",
  "29.-30. Januar", "19 tháng 4 năm 2017"), year spans ("1995–2025"), bare years, and
  "day word year" leftovers that go to dateparser;
* `words` finds month names, weekday names and relative words (one character trie);
  `_dates_scan` then tries the short continuation patterns below at the hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from milwatch.extract._dates_units import UnitRules, unit_rules
from milwatch.extract._dates_vocab import DateVocab, build_vocab, norm
from milwatch.packs import Pack, phrase_to_regex
from milwatch.packs.phrases import trie_body

_ATTR = "_milwatch_date_rules"
NEVER = r"(?!x)x"


# A letter a number may not be written onto ("F16", "A400M"); letters of scripts that write no
# spaces (Chinese, Japanese, Korean, Thai, Lao, Burmese, Khmer) may: "于2016年", "早在2007年".
GLUED = (r"[^\W\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
         r"\uac00-\ud7af\uf900-\ufaff]")


def _bounded(body: str, boundary: str) -> str:
    """Date words bounded as the script writes words (pack.toml `word_boundary`): 昨日、水曜日 stand
    inside a run of Japanese or Chinese text, 어제는 carries a particle; digits never run on."""
    if boundary == "none":
        return rf"(?<!\d){body}"
    return rf"(?<!\w){body}" + ("(?!\\w)" if boundary == "word" else "")


WORD_REST = r"\w*"  # what `*` matches in date words
Y4 = r"(?:1[89]\d\d|20\d\d)"
FALLBACK_CACHE_SIZE = 4096


def trie_regex(words: list[str] | set[str]) -> str:
    """A regex alternation over lower-case words, factored by common prefixes (fast to match).

    In a word, a space matches any whitespace and `*` the rest of a word (pack phrase syntax):
    the packs' own trie (`packs.phrases.trie_body`) with `\\w*` for `*`.
    """
    unique = sorted({w for w in words if w})
    # "~" is the phrase syntax's gap of words, but in dates a range sign ("17일~27일", "5月18日~21日")
    plain = [w for w in unique if "~" not in w]
    parts = ([trie_body(plain, WORD_REST)] if plain else []) + [re.escape(w) for w in unique if "~" in w]
    return "(?:" + "|".join(parts) + ")" if parts else NEVER


def _opt(words: list[str]) -> str:
    return trie_regex([w for w in words if w != "."])


@dataclass(slots=True)
class DateRules:
    """A pack's date vocabulary and compiled patterns; read-only after build, plus a parse cache."""

    code: str
    date_order: str
    vocab: DateVocab
    digits: re.Pattern[str]
    words: re.Pattern[str]
    mdy_rest: re.Pattern[str] | None  # after a month name: " 4, 2025", " 29-30"
    my_rest: re.Pattern[str]  # after a month name: " 2025", "/2025", " năm 2025"
    bare_month: re.Pattern[str]  # the text before a bare month name ends in a month prefix ("im")
    year_prefix: re.Pattern[str]  # the text before a round year ends in a year prefix ("in 2000")
    weekday_before: re.Pattern[str]  # "last", "vergangenen" right before a weekday
    weekday_after: re.Pattern[str]  # " tới", " vergangener Woche" right after a weekday
    licence: re.Pattern[str]  # the text before a year-less numeric date licenses it ("ngày", "am", "(")
    day_part: re.Pattern[str]  # a day part right before a date ("chiều 4/9")
    weekday_context: re.Pattern[str]  # a day part before a strict weekday ("sáng thứ hai")
    gap_join: re.Pattern[str]  # between a weekday and the date it names: ", "
    gap_range: re.Pattern[str]  # between the two ends of a range: " – ", " bis "
    # between a month and its relative year: "March [of] last year", "im März des"
    gap_of_year: re.Pattern[str]
    gap_year_month: re.Pattern[str]  # between a relative year and its month: "vlani v novembri", "去年3月"
    # between a year and the month after it: "2025. április", "2024. gada jūnijā"
    gap_year_first: re.Pattern[str]
    year_before: re.Pattern[str]  # a year and that gap right before a month name: it licenses the month
    relative_patterns: list[tuple[re.Pattern[str], str, int]]  # phrases with `*`: (regex, unit, offset)
    units: UnitRules  # 2025年11月1日, 1일; era years (Buddhist, Persian)
    bare_months: bool  # a month word stands alone (3月, 3월: written with its unit, it is never another word)
    day_nouns: re.Pattern[str] | None  # "el día 27", "no dia 27": a day number alone after its noun
    fallback_cache: dict[tuple[str, str], tuple[int, int, int] | None] = field(default_factory=dict)

    @classmethod
    def build(cls, pack: Pack) -> DateRules:
        v = build_vocab(pack)
        mon = trie_regex(list(v.months))
        if v.month_stems:
            mon = rf"(?:{mon}(?!\w)|{trie_regex(list(v.month_stems))}\w{{0,3}})"
        mon = rf"{mon}(?!\w)\.?"
        suffixes = sorted((re.escape(s) for s in v.day_suffixes), key=len, reverse=True)
        suf = "(?:" + "|".join(suffixes) + ")?" if suffixes else ""
        letter_suf = "(?:" + "|".join(s for s in suffixes if s != r"\.") + ")?" if suffixes else ""
        conn = _opt(v.connectors)
        # without spaces between words a connector is written onto the year (km "ខែឧសភា ឆ្នាំ២០២៥")
        joined = r"\s*" if pack.word_boundary == "none" else r"\s+"
        year_conn = rf"(?:\s*,\s*|\s*[/-]\s*|\s+{conn}{joined}|\s+)"
        # two days whose case endings say "from" and "to" need no range word: az "9-dan 20-dək"
        rsep = rf"(?:\s*[-–—]\s*|\s+{_opt(v.range_words)}\s+|(?<=[^\W\d_])\s+(?=\d{{1,2}}-[^\W\d_]))"
        # a number starts after no letter, or after a preposition written onto it (am "በ2019")
        glued = "".join(rf"|(?<=(?<!\w){re.escape(p)}\d)" for p in v.digit_prefixes)
        digits = (
            rf"(?P<a>\d(?:(?<!{GLUED}\d){glued})(?<!\d[.,/:-]\d)\d{{0,3}})(?:"
            # four digits: ISO day, span of years (dashes only: "2017 và 2018" are two years), bare year
            rf"(?<=\d{{4}})(?P<iso_s>[-/.])(?P<iso_m>\d{{1,2}})(?P=iso_s)(?P<iso_d>\d{{1,2}})(?!\d)"
            rf"|(?<=\d{{4}})\s*[-–—]\s*(?P<y2>{Y4})(?!\d)"
            rf"|(?<=\d{{4}})(?P<year>)(?![\d]|[.,]\d)"
            # one or two digits: numeric day ("13-14/11": a range when n_a is set), day + month name, leftover
            # day. month. year written with spaces: "4. 3. 2025" (Czech, Slovak, German)
            rf"|(?<!\d{{3}})\.\s(?P<sp_m>\d{{1,2}})\.\s?(?P<sp_y>{Y4})(?!\d)"
            rf"|(?<!\d{{3}})(?:{rsep}(?P<n_a>\d{{1,2}}))?(?P<n_s>[./-])(?P<n_b>\d{{1,2}})"
            rf"(?:(?P=n_s)(?P<n_y>\d{{4}}|\d{{2}})(?!\d)|\s+{conn}\s+(?P<n_y2>{Y4})(?!\d)|(?P<n_dot>\.)(?!\d)"
            rf"|(?![\d]|[./-]\d))"
            # (a month name written with digits, "11月", "11월", is no day 1 of "1月")
            rf"|(?<!\d{{3}}){suf}(?:{rsep}(?P<c_d>\d{{1,2}}){suf})?(?:\s*{conn}\s+|\s*)(?!\d)(?P<c_m>{mon})"
            rf"(?:{year_conn}(?P<c_y>{Y4})(?!\d))?"
            rf"|(?<!\d{{3}})\.?\s+(?P<l_w>[^\W\d_]{{3,15}})\.?,?\s+(?P<l_y>{Y4})(?!\d))"
        )
        vocabulary = set(v.months) | set(v.weekdays) | set(v.relative)
        vocabulary |= {stem + "*" for stem in v.month_stems}
        words = _bounded(trie_regex(vocabulary), pack.word_boundary)
        mdy_rest = None
        if v.mdy_names:
            between = rf"(?:\s+{trie_regex(v.month_day_words)}(?!\w))?"  # ps "د مارچ په ۱۳مه"
            # hu "március 2. és 6. között": a day's dot before the range word, when the last day has one too
            dot = rf"(?:\.(?={rsep}\d{{1,2}}\.))?" if "." in v.day_suffixes else ""
            mdy_rest = re.compile(rf"\.?{between}\s*(?P<d>\d{{1,2}}){letter_suf}"
                                  rf"(?:{dot}{rsep}(?P<d2>\d{{1,2}}){letter_suf})?"
                                  rf"(?![\d]|[.:]\d)(?:\s*,?\s*(?P<y>{Y4})(?!\d))?")
        prefixes = trie_regex(v.numeric_prefix + v.day_parts)
        weekday = trie_regex(list(v.weekdays))
        # a case suffix of the number, then the pack's year words or a short word ("m."), not "and"
        year_first = (rf"[\s.,]*(?:[-'’][^\W\d_]{{1,4}}[\s.,]*)?"  # "2023-cü ", "2024-yil "
                      rf"(?:{_opt(v.year_words)}\.?[\s,]*|(?!{_opt(v.range_words)}\s)[^\W\d_]{{1,5}}\.?[\s,]*)?")
        return cls(
            code=pack.code,
            date_order=pack.date_order.upper(),
            vocab=v,
            digits=re.compile(digits),
            words=re.compile(words),
            mdy_rest=mdy_rest,
            my_rest=re.compile(rf"\.?{year_conn}(?P<y>{Y4})(?!\d)"),
            bare_month=re.compile(rf"(?<!\w){_opt(v.month_prefix)}(?:\s+|-)$"),
            year_prefix=re.compile(rf"(?<!\w){_opt(v.year_prefix)}\s+$"),
            weekday_before=re.compile(rf"(?<!\w)(?P<p>{trie_regex(list(v.weekday_before))})\s+$"),
            weekday_after=re.compile(rf"\s+(?P<p>{trie_regex(list(v.weekday_after))})(?!\w)"),
            licence=re.compile(rf"(?:(?<!\w)(?:{prefixes}|{weekday})|\()[\s,]*$"),
            day_part=re.compile(rf"(?<!\w){trie_regex(v.day_parts)}[\s,]*$"),
            weekday_context=re.compile(rf"(?<!\w){trie_regex(v.day_parts)}\s*$"),
            gap_join=re.compile(rf"\s*,?\s*(?:{_opt(v.numeric_prefix)}\s+)?(?:\(\s*)?"),
            gap_range=re.compile(rf"\.?\s*(?:[-–—]|{_opt(v.range_words)})\s*(?:{_opt(v.numeric_prefix)}\s+)?"),
            gap_of_year=re.compile(rf"\s*,?\s*(?:{conn}\s+)?"),
            gap_year_month=re.compile(rf"\s*,?\s*(?:{_opt(v.month_prefix)}\s+)?", re.IGNORECASE),
            # (not across a line: a title's year and the dateline's day below it are two dates)
            gap_year_first=re.compile(rf"(?=[^\n]*\Z){year_first}", re.IGNORECASE),
            year_before=re.compile(rf"(?<!\d)(?:1[89]|20)\d\d{year_first}$", re.IGNORECASE),
            relative_patterns=[(re.compile(phrase_to_regex(k)), unit, off)
                               for k, (unit, off) in v.relative.items() if "*" in k],
            units=unit_rules(pack),
            bare_months=pack.word_boundary != "word",
            day_nouns=_day_nouns(pack),
        )

    def month(self, surface: str) -> int | None:
        key = norm(surface)
        number = self.vocab.months.get(key)
        if number is None:
            for stem, value in self.vocab.month_stems.items():
                if key.startswith(stem):
                    return value
        return number

    def offset(self, surface: str) -> tuple[str, int] | None:
        """(unit, offset) of a relative phrase: ("days", -1) for "gestern"."""
        key = norm(surface)
        if key in self.vocab.relative:
            return self.vocab.relative[key]
        for pattern, unit, off in self.relative_patterns:
            if pattern.fullmatch(key):
                return unit, off
        return None

    def fallback(self, span: str) -> tuple[int, int, int] | None:
        """dateparser on a leftover "day word year" span; cached per span (its year is explicit)."""
        key = (span, self.code)
        if key not in self.fallback_cache:
            if len(self.fallback_cache) >= FALLBACK_CACHE_SIZE:
                self.fallback_cache.clear()
            self.fallback_cache[key] = _dateparser(span, self.code)
        return self.fallback_cache[key]


def _dateparser(span: str, code: str) -> tuple[int, int, int] | None:
    try:
        import dateparser
    except ImportError:
        return None
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DAY_OF_MONTH": "first"}
    try:
        languages = [code] if code == "en" else [code, "en"]  # English dates turn up in every language
        parsed = dateparser.parse(span, languages=languages, settings=settings)
    except (ValueError, TypeError, KeyError):  # a language dateparser does not know
        return None
    if parsed is None or str(parsed.year) not in span:
        return None  # (read as a time ago: "ke-35 tahun 2026", the 35th of 2026, is no "35 years" before it)
    return parsed.year, parsed.month, parsed.day


def date_rules(pack: Pack) -> DateRules:
    """The compiled date rules of `pack`, built on first use and kept on the pack object."""
    rules = pack.__dict__.get(_ATTR)
    if rules is None:
        rules = DateRules.build(pack)
        pack.__dict__[_ATTR] = rules
    return rules


def _day_nouns(pack: Pack) -> re.Pattern[str] | None:
    """A day number alone after the word for "day" (dates.day_nouns: "el día 27", "il giorno 3"); not one
    that goes on as a numeric date or a time ("día 27.05", "giorno 3/4")."""
    nouns = [str(w).lower() for w in pack.get("dates", "day_nouns", []) or [] if str(w).strip()]
    if not nouns:
        return None
    return re.compile(rf"(?<!\w)(?:{trie_regex(nouns)})\s+(?P<d>\d{{1,2}})(?!\d|[./:-]\d)")
