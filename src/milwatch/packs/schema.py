"""The schema of language-pack files: which files, which tables, which value shapes.

A pack is a folder `packs/<code>/` of TOML files.  Every file is optional except
`pack.toml`; a missing table means "nothing for this language".  Unknown files,
tables or value shapes are errors (the loader names file, key and line).

Value shapes:
  str             a string
  bool            true or false
  list            a list of strings (phrases or regular expressions)
  map             a table of string -> string
  map_list        a table of string -> list of strings

Phrase syntax (used by every `list` of phrases, see docs/language-packs.md):
  lowercase words; `*` matches the rest of a word (inflections: `unterzeichne*`);
  a lone `~` stands for up to ten words (separable verbs: `lud ~ ein`, `schlug ~ vor`);
  `~~` for up to thirty words of one clause (no . ; : ! ? between): the verb bracket of
  verb-final languages (`wollen ~~ unterstützen`);
  a space matches any run of whitespace; matching is case-insensitive and
  bounded by non-word characters on both sides.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

SCHEMA: dict[str, dict[str, str]] = {
    "pack.toml": {
        "code": "str",  # ISO 639-1 code, same as the folder name
        "name": "str",  # English name of the language
        "script": "str",  # Latin, Cyrillic, Arabic...
        "date_order": "str",  # DMY or MDY: how 4/9 is read
        "cldr_locale": "str",  # babel locale for country names (defaults to code)
        "ordinal_dot": "bool",  # ordinals written "4." (de): a number-dot does not end a sentence
        # the one state whose press writes this language (vi: VNM): officials named without a country are its
        # own
        "own_country": "str",
        "adjectives_capitalised": "bool",  # demonyms are written with a capital (en): "polish" is not Poland
        "nouns_capitalised": "bool",  # every noun is written with a capital (de): a capital marks no name
        "name_suffixes": "list",  # endings a country name may take (de genitive "s", ru case endings)
        # final letters dropped from a name before its endings (ru "я" in Россия -> России)
        "name_stem_strip": "str",
        # word | start | none: where a phrase may begin and end (start: ko particles; none: zh, ja, th)
        "word_boundary": "str",
        # letters or letter groups -> Latin for names (bg "ъ" = "a", sr "ћ" = "c", el "ου" = "ou")
        "romanization": "map",
        # case endings that make a state or city a place: hu "ban", fi "ssa", tr "da"
        "locative_suffixes": "list",
        # the verb ends the clause (ja, ko, tr, hi, fa ...): "held" may stand anywhere after an exercise
        "verb_final": "bool",
        # words with a dot that do not end a sentence: titles, ranks (sw "dkt.", sq "z.", th "พล.อ.")
        "abbreviations": "list",
        # prefixes written onto any word (ar و ب ل ال, he ה ו ב ל ש): up to two may precede a phrase
        "clitics": "list",
    },
    "boilerplate.toml": {
        "drop_line": "list",  # regexes: a whole line matching one is dropped
        "cut_from": "list",  # regexes: a line matching one starts a trailing block that is dropped
        "drop_block": "list",  # regexes: a matching line starts a block dropped up to the next blank line
        "trim_end": "list",  # regexes: a match that runs to the end of a line is cut off it (photo credits)
    },
    "countries.toml": {
        "names": "map",  # extra names -> ISO3 (or org code): historical names, short forms
        "adjectives": "map",  # demonyms and adjective stems (phrase syntax) -> ISO3
        "places": "map",  # capitals and well-known places -> ISO3 (location hints)
        # a state's combining form, a state only when joined to another state word: "franco-" (by a dash:
        # franco-allemand), "ελληνο" (also written onto it: ελληνοαιγυπτιακή)
        "combining_forms": "map",
        # one-character state abbreviations that combine: zh 中 + 俄 in 中俄, ko 한미, ja 日米韓
        "abbreviations": "map",
        # a navy's ship prefix -> its state: "HMAS Sydney" is an Australian ship, not the city (_base)
        "ship_prefixes": "map",
    },
    "triggers.toml": {
        "meeting": "list",
        "agreement": "list",  # signing verbs/nouns; needs a document word nearby
        "intent": "list",
        "exercise": "list",
        "exercise_names": "list",  # names of multinational exercises (_base): military and held by name alone
        "aid": "list",
        "aid_training": "list",  # the training words of `aid` (train_others): with an exercise, a drill
        "aid_act": "list",  # the delivery words of `aid` (deliver, hand_over, donate)
        "intent_package": "list",  # the package words of `intent` (announce_package): "a new package"
        "support": "list",
        "mode_phone": "list",
        "mode_multilateral": "list",
        "mode_visit": "list",
        "defense_context": "list",  # words that mark the military/defense context of a sentence
        "negative": "list",  # combat, attacks, threats: sentences that are not diplomacy
        "meeting_weak": "list",  # arrivals: a meeting only when an official is named in the sentence
        # military hardware (fed by the concept `materiel`): its arrival (`meeting_weak`) is a delivery
        "materiel": "list",
        # discussion words (fed by the concept `discuss`): a meeting told only by one, after the article's
        # talks, is those talks going on; the states it names are their subjects
        "discuss": "list",
        "bilateral": "list",  # "a bilateral meeting": one meeting of two, not the trilateral told with it
        "bilateral_series": "list",  # "held separate meetings with X and Y": one meeting per other state
        "counterpart_group": "list",  # "his counterparts X and Y", "sus homólogos": one meeting of them all
        "trilateral": "list",  # three-party formats: trilateral, ba bên, dreiseitig
        # an agreement cited as a basis or to implement: "on the basis of", "umzusetzen", "trên cơ sở"
        "agreement_basis": "list",
        # "started", "began", "khai mạc": an activity that runs on for days (month precision)
        "span_start": "list",
        # verbs that make an exercise carried out, not just discussed (held, abgehalten, tổ chức)
        "exercise_held": "list",
        # a joint exercise (fed by the concepts joint_exercise, joint_training, joint_patrol)
        "exercise_joint": "list",
        # a drill of one state's own forces ("tactical exercise", "snap readiness check"; concept
        # domestic_exercise): with no joint word and one state named, no partner is taken from the article
        "exercise_domestic": "list",
        "mask": "list",  # phrases inside which no trigger counts ("thư ký" = secretary, not "ký" = sign)
        # phrases in which a host verb is not one ("tiếp kiến": the subject calls on the other)
        "host_mask": "list",
        "host": "list",  # verbs whose subject hosts the other side (received, empfing, tiếp, đón)
        "pending": "list",  # words that make a signing or exercise not yet done (early signing, vorbereiten)
    },
    "doc_types.toml": {
        "doc_types": "map_list",  # doc_type -> phrases naming that document
    },
    "areas.toml": {
        "areas": "map_list",  # area -> phrases
    },
    "titles.toml": {
        "roles": "map_list",  # plain-English role -> phrases (titles before/after names)
        "ranks": "map_list",  # rank -> phrases
        "honorifics": "list",  # words that precede a name without being a role (Mr., Herr, ông)
        "counterpart": "list",  # "his counterpart", "Amtskollege", "người đồng cấp"
        "connectors": "list",  # words between a title, a country and a name: of, the, der, von, nước, của
        "particles": "list",  # lowercase words inside names: bin, van, de, al (case-sensitive)
        "name_prefixes": "list",  # lowercase prefixes hyphened to a name word: al-Abbasi, el-Sisi
        "not_names": "list",  # capitalised words never part of a name: Ministry, Bộ, Monday
        "minor_roles": "list",  # role labels that lose to any other role in a title chain (party posts)
        "conjunctions": "list",  # and, und, và: join two titles of one person, or two people
        "name_regex": "str",  # scripts without capitals: a regex for one name (zh "[一-鿿]{2,3}")
        "name_side": "str",  # after | before | both: where such a name stands next to its title
        "name_stops": "list",  # characters or words that never end such a name (zh 在 與 表示)
        # such a name before its title has two words at least (fa "ویکتور خرنین"; ko 안규백 is one word)
        "full_names_before": "bool",
        # is a lone surname ("Hasanov") a mention? false where name words are common words (vi)
        "bare_surnames": "bool",
    },
    "markers.toml": {
        "historical": "list",  # background markers: previously, bereits, trước đó
        "future": "list",  # will, plan to, sẽ
        "negation": "list",  # not, nicht, không
        "today": "list",  # today, heute, hôm nay
        "at_place": "list",  # prepositions before a place or country: in, tại, nach
        # a visit word after the state visited: ja "を訪問", ko "을 방문", hi "की यात्रा"
        "visit_to_after": "list",
        "at_place_after": "list",  # postpositions after a place or country: ja "で", ko "에서", hi "में"
        "visit_to": "list",  # "visit to X", "Besuch in X", "thăm X": X is the host
        # "at the headquarters of the Ministry of Defense", "tại trụ sở Bộ Quốc phòng": the host side's own
        # ground
        "home_venue": "list",
        # a passive hosting verb ("was received by", "fue recibida por"): the host is named after it
        "received_by": "list",
        # reporting verbs ("said", "teilte mit", "밝혔다"): a date right beside one is the day of the report,
        # not of the event it reports, when the sentence names another
        "reported": "list",
        # an earlier edition ("the previous edition", "предыдущее", "前回"): a sentence with one, a held word
        # and a date, naming no event word, tells an earlier edition of the exercise or meeting just told
        "previous_edition": "list",
        # a sentence opening that refers back to the talks reported: "At the meeting", "Tại hội đàm"
        "same_meeting": "list",
        "both_sides": "list",  # "the two sides", "beide Seiten", "hai bên": the article's main pair acts
        "observer": "list",  # "observers", "as an observer", "Beobachter": states named after it only watch
        "target": "list",  # "to counter", "gegen", "против": a state named right after it is acted against
        # "around", "near", "off the coast of", "autour de", "у берегов": a state named right after it is
        # where
        # a drill is held next to, not a party (one state's drill around another is no joint exercise)
        "around": "list",
        # "at the end of the exercise", "al término de la actividad", "na závěr cvičení": an undated deed told
        # with it is dated by the last day of the span told just before
        "event_end": "list",
        "around_after": "list",  # the same written after the state: hu "körül", tr "çevresinde", ja "周辺で"
        # a plural pronoun opening a sentence ("They also agreed", "Sie vereinbarten", "Ils ont convenu"): the
        # parties just named, also across a paragraph break
        "they": "list",
        # a word adding one more thing the parties agreed or did ("also", "auch", "cũng", "でも一致"):
        # a pledge told with it in a sentence of its own is another pledge, not the earlier one retold
        "also": "list",
        # "since" before a date ("since the 2023 coup", "seit", "tangu"): the date starts a state of things
        # lasting to the news, no event's day; the word alone makes nothing background
        "since": "list",
        # "since" written after its date ("2015年以来", "2016'dan beri"): a year right before it, in a
        # sentence of talks, a visit, aid or a stateless exercise, counts a series, no event of that year
        "since_after": "list",
        # a series repeated over the years ("every year", "jährlich", "chaque année", "hằng năm"): in an
        # exercise sentence that names its states, the year a since word counts from starts the series
        "recurring": "list",
        # a training ground, range, base, camp or port ("training area", "Truppenübungsplatz", "полигон",
        # "camp militaire"): a state's adjective right before one, or right after one where adjectives follow
        # their noun, names where ("auf dem litauischen Truppenübungsplatz"), not who takes part
        "venue_nouns": "list",
        # a company as signatory ("company", "shipyard", "joint venture"): an agreement signed only by
        # companies (no official, no state_body, no state named but as a company's home) is no event
        "company": "list",
        # a government body signing for its state ("ministry", "agency", "armed forces"): keeps such a
        # signing with a company an agreement between the two states
        "state_body": "list",
        # the outlet's own armed forces, services, ministry and general staff as its press names them without
        # the state ("해군", "MSB", "نیروی دریایی", "Bộ Quốc phòng"): bare, they are the pack's own state
        "own_bodies": "list",
        # an organisation's multinational formation or its member countries ("NATO battlegroup",
        # "grupy bojowej NATO", "các nước ASEAN"): the organisation beside one is no party of the exercise
        "organisation_units": "list",
    },
    "dates.toml": {
        "months": "map_list",  # "1".."12" -> month names and abbreviations
        # "1".."12" -> month forms whose case ending says "in" (fi "maaliskuussa", et "märtsis", lv "martā",
        # sl "marca"): read as the month without a month_prefix word before them
        "months_in": "map_list",
        # future-tense verb forms ("*eront", "*rán"): a year-less date after one in its sentence is read
        # forward, as after a markers.future word ("dispenseront en septembre": the coming September)
        "future_forms": "list",
        "weekdays": "map_list",  # "0".."6" (Monday=0) -> names
        "relative_days": "map",  # phrase -> day offset ("yesterday" = "-1")
        "relative_weeks": "map",  # phrase -> week offset ("last week" = "-1")
        "relative_months": "map",  # phrase -> month offset ("last month" = "-1")
        "relative_years": "map",  # phrase -> year offset ("last year", "năm ngoái" = "-1")
        # phrase -> day offset from the last day the text named before it ("the next day" = "+1", "the same
        # day" = "0", "a day earlier" = "-1"): a later event of a trip told day by day
        "relative_to_previous": "map",
        "same_year": "list",  # "that same year", 同年, 같은 해, cùng năm đó: the year of the last date before
        "day_parts": "list",  # words before a date meaning a part of the day (Chiều, sáng)
        # Month and weekday names come from CLDR (babel); the keys below hold what CLDR lacks.
        # CLDR name sets not to use: "months", "weekdays" (vi: "thứ hai" is also "second")
        "cldr_skip": "list",
        "weekdays_strict": "map_list",  # weekday names that count only when capitalised, after a context word
        #                                 (a day part: "sáng thứ hai") or before a date: vi "thứ Hai", "Thứ 5"
        # phrase before a weekday -> "-1" (last) / "+1" (next): "vergangenen", "next"
        "weekday_before": "map",
        "weekday_after": "map",  # phrase after a weekday -> "-1" / "+1": vi "tới", "tuần trước"
        "numeric_prefix": "list",  # words that license a year-less numeric date after them: am, on, ngày
        "month_prefix": "list",  # words that license a bare month name after them: im, in, vào, Anfang
        "year_prefix": "list",  # words that license a round year ("in 2000") after them: in, im Jahr, năm
        "connectors": "list",  # words between day, month and year: of, de, năm ("ngày 6/5 năm 2021")
        "range_words": "list",  # words joining the two ends of a range: bis, to, đến
        "day_suffixes": "list",  # ordinal endings of a day number: ".", st, nd, rd, th
        "name_orders": "list",  # orders a day and a month NAME are written in: DMY ("4 May"), MDY ("May 4")
        "year_units": "list",  # signs written after a year number: zh/ja 年, ko 년
        "month_units": "list",  # after a month number: 月, 월
        "day_units": "list",  # after a day number: 日, 号, 일 ("11月1日", "1일": a day of the base month)
        "duration_marks": "list",  # after a day unit, a count of days, no date: ja 間 ("4日間"), ko 간
        "day_nouns": "list",  # before a day number alone: día, dia, giorno ("el día 27": of the base month)
        # another era in the text: "buddhist" (2568 = 2025), "persian" (solar hijri), "kurdish", "ethiopian"
        "era": "str",
        # "1".."12" -> Persian month names (Farvardin ...), with era = "persian"
        "persian_months": "map_list",
        # "1".."13" -> month names of the `era` calendar (am መስከረም ... ጳጉሜ, ku خاکەلێوە ...)
        "era_months": "map_list",
        # marks after a year of the `era` (am "ዓ.ም"): such a bare year is not Gregorian
        "era_year_marks": "list",
        # eras named before a year counted from them -> the Gregorian year before the era's first:
        # ja 令和 = "2018" (令和6年 = 2024), zh 民國 = "1911" (民國113年 = 2024); needs year_units
        "era_names": "map",
        # how the first year of such an era is written instead of 1: ja, zh 元 (令和元年 = 2019)
        "era_first_year": "list",
        # prepositions written onto a number or an era month: am በ, ከ ("በ2019", "በመጋቢት")
        "digit_prefixes": "list",
        # words between a month name and the day after it: ps په ("د مارچ په ۱۳مه")
        "month_day_words": "list",
        # words between a year and the month after it: lv "gada", tr "yılının", hy "թվականի"
        "year_words": "list",
        # words closing a wire dateline after its place and date: zh 电 ("北京3月19日电")
        "dateline_marks": "list",
    },
}

VALUE_SHAPES = ("str", "bool", "list", "map", "map_list")


_CHOICES = {
    ("pack", "date_order"): ("DMY", "MDY"),
    ("pack", "word_boundary"): ("word", "start", "none"),
    ("titles", "name_side"): ("after", "before", "both"),
    ("dates", "era"): ("", "buddhist", "persian", "kurdish", "ethiopian"),
}
_OFFSET_KEYS = ("relative_days", "relative_weeks", "relative_months", "relative_years")
_DIRECTION_KEYS = ("weekday_before", "weekday_after")
_NUMBERED = {"months": range(1, 13), "months_in": range(1, 13), "weekdays": range(0, 7),
             "persian_months": range(1, 13), "era_months": range(1, 14)}


def check_values(path: str, stem: str, data: dict[str, Any], line_of: Callable[[str], int | None]) -> None:
    """Raise PackError for values of the right shape but a wrong meaning (not only shapes)."""
    from milwatch.errors import PackError

    def fail(key: str, msg: str) -> None:
        raise PackError(path, msg, key=key, line=line_of(key))

    for key, value in data.items():
        choices = _CHOICES.get((stem, key))
        if choices and value not in choices:
            fail(key, f"must be one of {list(choices)}, got {value!r}")
        if stem == "dates" and key in _OFFSET_KEYS + _DIRECTION_KEYS:
            for phrase, offset in value.items():
                try:
                    number = int(offset)
                except ValueError:
                    fail(key, f"{phrase!r}: offset {offset!r} is not a whole number")
                if key in _DIRECTION_KEYS and number not in (-1, 0, 1):
                    fail(key, f"{phrase!r}: must be \"-1\", \"0\" or \"+1\"")
        if stem == "dates" and key in _NUMBERED:
            bad = [k for k in value if not k.isdigit() or int(k) not in _NUMBERED[key]]
            if bad:
                fail(key, f"keys must be numbers in {_NUMBERED[key].start}..{_NUMBERED[key].stop - 1}: {bad}")
        if stem == "titles" and key == "name_regex":
            try:
                re.compile(value)
            except re.error as exc:
                fail(key, f"bad regex: {exc}")
        if stem in ("triggers", "markers", "concepts") and isinstance(value, list):
            for phrase in value:
                words = phrase.split()
                if not words or words[0] in ("~", "~~") or words[-1] in ("~", "~~"):
                    fail(key, f"phrase {phrase!r}: empty, or a gap '~' at its edge")
