"""Language packs: per-language data files, validated and compiled on first use."""

from milwatch.packs.loader import Pack, PackRegistry, compile_phrases, phrase_to_regex

__all__ = ["Pack", "PackRegistry", "compile_phrases", "phrase_to_regex"]
