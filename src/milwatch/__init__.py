"""milwatch: an offline, multilingual monitor of defense diplomacy in the news."""

__version__ = "0.1.0"
__all__ = ["__version__"]
