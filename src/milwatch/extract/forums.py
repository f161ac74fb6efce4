"""A forum attended is no meeting (GUIDELINES: attending the forum itself is not an event; the
bilateral meetings held there are).

    "On Tuesday, Robles had attended the meeting of NATO defence ministers in Brussels."   no event
    "On the sidelines of the NATO meeting, Robles met her Latvian counterpart."           a meeting
"""

from __future__ import annotations

import re

from milwatch.extract.analysis import Hit, SentenceInfo
from milwatch.extract.parties import location_only
from milwatch.packs import Pack

# between a meeting word and the forum it names: one short word ("meeting of NATO ministers", "reunió de");
# a verb right before a forum phrase is no part of it ("traf am Rande des Treffens")
_FORUM_GAP = re.compile(r"\W+\w{1,4}\W+")
_ENDS_ON_SHORT_WORD = re.compile(r"\W\w{1,4}$")
# between a forum and its meeting word right after it: spaces, a hyphen or a possessive ("ADMM-Plus meeting")
_AFTER_FORUM = re.compile(r"(?:['’]s?)?[\s-]*")


def forum_attended(info: SentenceInfo, pack: Pack) -> bool:
    """Does the sentence tell one state's official at a forum, every meeting word being the forum's own
    ("the meeting of NATO defence ministers", "the summit"), with no counterpart, no second official, no
    second state and no word making the meeting one of two or three states?"""
    venues = location_only(info, pack)  # ("the meeting of EU defence ministers in Luxembourg": no party)
    if not info.has("mode_multilateral") or len(set(info.states()) - venues) >= 2 or len(info.persons) >= 2:
        return False
    if info.has("bilateral") or info.has("trilateral") or info.has("marker_both_sides"):
        return False  # "the meeting of the defence ministers of both countries", "the bilateral summit"
    if pack.matcher("titles", "counterpart").search(info.text) is not None:
        return False
    forums = info.hits["mode_multilateral"]
    words = info.hits.get("meeting", []) + info.hits.get("meeting_weak", [])
    return bool(words) and all(any(_names_forum(info.text, word, forum) for forum in forums)
                               for word in words)


def _names_forum(text: str, word: Hit, forum: Hit) -> bool:
    """Is the meeting word part of the forum's name: inside it, or right before it ("meeting of")?"""
    if forum.start() <= word.start() and word.end() <= forum.end():
        return True
    if word.start() <= forum.start() < word.end() < forum.end():
        return True  # "meeting of" + "of NATO defence ministers" (not "bilateral summit" holding "summit")
    if word.start() >= forum.end():  # "the ADMM-Plus meeting", "the Shangri-La Dialogue's meeting" (a forum's
        # name, not a word such as "summit" in "the previous bilateral summit meeting")
        named = forum.group()[:1].isupper()
        return named and _AFTER_FORUM.fullmatch(text, forum.end(), word.start()) is not None
    if word.end() > forum.start():
        return False
    if _ENDS_ON_SHORT_WORD.search(word.group()):  # the meeting phrase ends on its link: "meeting of"
        return not text[word.end():forum.start()].strip()
    return _FORUM_GAP.fullmatch(text, word.end(), forum.start()) is not None
