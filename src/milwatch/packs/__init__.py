"""Language packs: per-language data files, validated and compiled on first use."""

from milwatch.packs.loader import Pack, PackRegistry
from milwatch.packs.phrases import (
    CLOSING_QUOTES,
    FULL_STOPS,
    WORD,
    compile_phrases,
    is_word_char,
    phrase_to_regex,
)

__all__ = ["CLOSING_QUOTES", "FULL_STOPS", "WORD", "Pack", "PackRegistry", "compile_phrases", "is_word_char",
           "phrase_to_regex"]
