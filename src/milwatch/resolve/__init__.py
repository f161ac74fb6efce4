"""Resolve stage: officials registry, name keys, cross-lingual event merge, conflicts.

Pure functions and plain objects over the records of `milwatch.model`; no store, no I/O
except `OfficialsRegistry.load_known` / `load_officials` reading the user's officials file.
"""

from milwatch.known_officials import load_officials
from milwatch.matching.names import key_similarity, name_key, names_match
from milwatch.resolve.conflicts import find_conflicts
from milwatch.resolve.events import as_mentions, build_canonical, merge_events
from milwatch.resolve.officials import OfficialsRegistry, UnknownPersonError

__all__ = [
    "OfficialsRegistry",
    "UnknownPersonError",
    "as_mentions",
    "build_canonical",
    "find_conflicts",
    "key_similarity",
    "load_officials",
    "merge_events",
    "name_key",
    "names_match",
]
