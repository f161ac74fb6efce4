"""Moved to `milwatch.matching` (events and persons), the home stories and real events share; this
name re-exports it for the imports of other layers until they switch."""

from milwatch.matching.events import (
    BUCKET_DAYS,
    HISTORICAL_LINK_SCORE,
    LINK_SCORE,
    PUBLISHED_AFTER_DAYS,
    PUBLISHED_BEFORE_DAYS,
    UNDATED_PENALTY,
    Anchor,
    View,
    ViewIndex,
    anchored,
    compatible,
    date_evidence,
    event_anchor,
    link_score,
    make_view,
    pair_score,
    parse_anchor,
    shared_persons,
    sides_disjoint,
)
from milwatch.matching.persons import PersonMatcher, PersonRef, country_code, person_ref, same_person

__all__ = [
    "BUCKET_DAYS", "HISTORICAL_LINK_SCORE", "LINK_SCORE", "PUBLISHED_AFTER_DAYS", "PUBLISHED_BEFORE_DAYS",
    "UNDATED_PENALTY", "Anchor", "PersonMatcher", "PersonRef", "View", "ViewIndex", "anchored", "compatible",
    "country_code", "date_evidence", "event_anchor", "link_score", "make_view", "pair_score", "parse_anchor",
    "person_ref", "same_person", "shared_persons", "sides_disjoint",
]
