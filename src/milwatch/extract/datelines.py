"""A state named in a wire dateline is where the report was filed, not a party of what it tells.

    countries = dateline_states_as_places(countries, text, pack)

The forms of the world's wires, each opening one of the first lines of the text:
"SINGAPORE, May 31 (Reuters) -", "MANILA, Philippines —", "SINGAPORE:", "Singapur, 31 may (EFE).-",
"Singapour (AFP) -", "(Singapore) -", "【シンガポール共同】", "【シンガポール＝田中】",
"(싱가포르=연합뉴스)", "新华社新加坡5月31日电", "中央社記者王小明新加坡31日專電".  The city-states
(Singapore, Kuwait, Djibouti, Monaco ...) are the states most often written there, and one read as a
party turned every Shangri-La Dialogue report into meetings with Singapore.
"""

from __future__ import annotations

import re

from milwatch.extract.countries import CountryMention
from milwatch.extract.dates import DATELINE_CHARS
from milwatch.packs import Pack

DATELINE_LINES = 6  # a dateline opens one of the first lines (after a headline and web furniture)
DATELINE_CITY_CHARS = 25  # "MANILA, " before the state
AGENCY_CHARS = 12  # "新华社", "中央社記者王小明": the agency (and reporter) written before the place

_UPPER_CITY = re.compile(r"(?:[A-ZÀ-Ý][A-ZÀ-Ý .'-]*,\s*)?")  # nothing, or an upper-case city and a comma
BRACKET_OPEN = re.compile(r"[(（【\[]")  # "(Singapore) -", "【シンガポール共同】", "(싱가포르=연합뉴스)"
# after an upper-case state: "SINGAPORE (AP) -", and the colon of the Asian and Gulf English press
# ("SINGAPORE: The Philippines and Japan ...", "KUWAIT: ...")
_WIRE_MARK = re.compile(r"[^\S\n]*(?:\(|—|–| -|,|/|:(?=[^\S\n]))")
_COMMA_TAIL = re.compile(r"[^\n]{0,40}?(?:\(|—|–| -)")  # after "STATE,": the date, then the agency or dash
# after a state in the usual case: the agency in brackets and a dash or stop ("Singapur (dpa) -",
# "Singapour (AFP) -"), an agency or reporter after "=" in a bracket ("(싱가포르=연합뉴스)",
# "【シンガポール＝田中】"), an agency's name closing the bracket ("【シンガポール共同】"), or the bracket
# closed and a dash ("(Singapore) -")
CASED_MARK = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\)[^\S\n]*[-–—.:]|[=＝][^\n]{1,20}?[)）】\]]"
                         r"|[^\s()（）【】\[\]]{1,6}[】\]]|[)）】\]][^\S\n]*[-–—])")
# "Singapur, 31 may (EFE).-": a day number (or a month name and a day) right after the comma
_DAY_AFTER_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*(?:\d{1,2}\b|\w{3,12}\.?[^\S\n]+\d{1,2}\b)")
_DAY_DIGITS = re.compile(r"[^\S\n]*[0-9０-９]{1,2}(?:[月/.][0-9０-９]{1,2})?[日号號]?")  # "5月31日", "31日"


def dateline_marks(pack: Pack) -> tuple[str, ...]:
    """The pack's wire marks after a dateline's day ("(ČTK)", "电"), read once per pack."""
    return pack.derived("dates.dateline_marks", lambda p: tuple(p.phrases("dates", "dateline_marks")))


def dateline_states_as_places(countries: list[CountryMention], text: str, pack: Pack) -> list[CountryMention]:
    """The mentions, with a state that stands as a wire dateline made a place."""
    head = text[:DATELINE_CHARS]
    line_starts = [0] + [m.end() for m in re.finditer(r"\n+", head)][:DATELINE_LINES]
    marks = dateline_marks(pack)
    kept: list[CountryMention] = []
    for mention in countries:
        if mention.start < len(head) and mention.is_state and mention.kind == "name" and _is_dateline(
                mention, text, line_starts, marks):
            mention = CountryMention(mention.start, mention.end, mention.code, "place")
        kept.append(mention)
    return kept


def _is_dateline(mention: CountryMention, text: str, line_starts: list[int], marks: tuple[str, ...]) -> bool:
    """Does the state open one of the first lines as a wire's dateline, in one of the forms above?"""
    opens = [text[start:mention.start] for start in line_starts
             if 0 <= mention.start - start <= DATELINE_CITY_CHARS]
    if not opens:
        return False
    wire = text[mention.start:mention.end].isupper() or text[mention.start - 2:mention.start] == ", "
    if wire:  # "SINGAPORE,", "MANILA, Philippines —"
        mark = _WIRE_MARK.match(text, mention.end)
        if mark and mark.group().endswith(","):  # "SINGAPORE, March 3 (Reuters) -", not "U.S., Norwegian and"
            mark = _COMMA_TAIL.match(text, mark.end())
        if mark and any(_UPPER_CITY.fullmatch(before) for before in opens):
            return True
    if any(before == "" or BRACKET_OPEN.fullmatch(before) for before in opens):
        day = _DAY_AFTER_COMMA.match(text, mention.end)  # "Singapur, 31 may (EFE).-"
        if CASED_MARK.match(text, mention.end) or (day and _COMMA_TAIL.match(text, day.end())):
            return True
    agency = any(len(before) <= AGENCY_CHARS and not any(c.isspace() for c in before) for before in opens)
    if marks and agency:
        day = _DAY_DIGITS.match(text, mention.end)  # "新华社新加坡5月31日电"
        return bool(day and day.end() > mention.end and text.startswith(marks, day.end()))
    return False
