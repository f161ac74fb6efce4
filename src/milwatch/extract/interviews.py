"""An interview's framing: the outlet an official received or sat down with is no party of a meeting.

Interviews open on the meeting with the paper itself ("KSAL ... menerima Tempo di Mabesal", "Teodoro sat
down with the Inquirer at Camp Aguinaldo"); with one state named, the meeting rules would pair it with a
state of the article.  The outlet is the name in the article's address (tempo.co, newsinfo.inquirer.net).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from milwatch.extract.candidate import Candidate

# second-level labels under a country's domain ("bbc.co.uk", "abc.net.au", "yna.co.kr")
SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "ac", "or", "ne", "go", "gob", "edu"})
MIN_OUTLET = 4  # shorter labels ("rt", "aa", "nos") are too often words or initials of something else
OUTLET_REACH = 16  # characters from a meeting word to the outlet ("received Tempo", "with the Inquirer")


def outlet_name(source_url: str | None) -> str | None:
    """The outlet's name in an article's address: the label before the public suffix, or None."""
    try:
        host = urlsplit(source_url or "").hostname or ""
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2:
        return None
    labels = labels[:-1]
    if len(labels) >= 2 and labels[-1] in SECOND_LEVEL:
        labels = labels[:-1]
    name = labels[-1]
    return name if len(name) >= MIN_OUTLET and name.isalpha() else None


def meets_the_outlet(candidate: Candidate, outlet: str | None) -> bool:
    """Is the candidate a meeting whose meeting word is followed by the outlet's name ("menerima Tempo")?"""
    text = candidate.info.text
    if candidate.type != "meeting" or outlet is None or outlet not in text.casefold():
        return False
    named = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(outlet)}(?!\w)", text, re.IGNORECASE)]
    hits = candidate.info.hits
    return any(0 <= at - hit.end() <= OUTLET_REACH for at in named
               for hit in hits.get("meeting", []) + hits.get("meeting_weak", []))
