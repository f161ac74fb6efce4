"""Moved to `milwatch.matching.names`, the home stories and real events share; this name re-exports it
for the imports of other layers until they switch."""

from milwatch.matching.names import (
    INFLECTION_SUFFIXES,
    MATCH_THRESHOLD,
    MAX_TOKENS,
    abjad_like,
    countries_compatible,
    key_similarity,
    loose_skeleton,
    name_key,
    name_tokens,
    names_match,
    short_form_matches,
    short_form_tokens,
    skeleton,
    skeleton_match,
    sorted_key,
    stems,
    token_score,
    token_similarity,
)

__all__ = [
    "INFLECTION_SUFFIXES", "MATCH_THRESHOLD", "MAX_TOKENS", "abjad_like", "countries_compatible", "key_similarity",
    "loose_skeleton", "name_key", "name_tokens", "names_match", "short_form_matches", "short_form_tokens",
    "skeleton", "skeleton_match", "sorted_key", "stems", "token_score", "token_similarity",
]
