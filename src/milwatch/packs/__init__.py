"""Language packs: per-language data files, validated and compiled on first use."""

from milwatch.packs.loader import WORD, Pack, PackRegistry, compile_phrases, is_word_char, phrase_to_regex

__all__ = ["WORD", "Pack", "PackRegistry", "compile_phrases", "is_word_char", "phrase_to_regex"]
