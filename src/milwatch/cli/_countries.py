"""What a user types for a country on the command line (`--country`, `--pair`) as the code the store keeps.

    resolve_country("vn") == resolve_country("Viet Nam") == resolve_country("Vietnam") == "VNM"
    resolve_country("NATO") == "nato"

Accepted: an ISO 3166-1 alpha-3 or alpha-2 code, an organisation code of packs/_base/countries.toml
(nato, un, eu, ...), or a name: English CLDR names and the names of packs/_base/countries.toml first,
then the names of every CLDR language ("Allemagne", "Германия").  Case, accents, spaces and hyphens
do not matter.  Anything else is an UnknownCountryError listing the closest names.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

from milwatch.errors import UnknownCountryError


def fold(text: str) -> str:
    """A name reduced for comparison: accents and case folded, only letters and digits kept."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed.casefold() if c.isalnum())


class CountryNames:
    """The codes and names a country argument may be; built once per command run."""

    def __init__(self) -> None:
        from milwatch.extract.countries import alpha2_to_alpha3, cldr_names
        from milwatch.packs import PackRegistry
        from milwatch.packs.check import packs_root

        english = cldr_names("en")  # states only: no private-use (XX, QZ...) or region codes
        self.alpha3 = set(english.values())
        self.alpha2 = {two: three for two, three in alpha2_to_alpha3().items() if three in self.alpha3}
        base_names = PackRegistry(packs_root()).base().get("countries", {}).get("names", {})
        self.organisations = {code for code in base_names.values() if code.islower() and code != "-"}
        self.display: dict[str, str] = {}  # folded name -> "Name (CODE)", for suggestions
        self.names: dict[str, str] = {}
        for name, code in [*english.items(), *base_names.items()]:
            if code != "-" and not name.endswith("*"):  # "Wietnam*" is a stem, not a name
                self._add(name, code)
        self._everywhere: dict[str, str] | None = None

    def _add(self, name: str, code: str, into: dict[str, str] | None = None) -> None:
        key = fold(name)
        if not key:
            return
        target = self.names if into is None else into
        target.setdefault(key, code)
        if into is None:
            self.display.setdefault(key, f"{name} ({code})")

    def _all_languages(self) -> dict[str, str]:
        """Names in every CLDR language (about a second to build: only when a name is not found otherwise)."""
        if self._everywhere is None:
            from babel import localedata

            from milwatch.extract.countries import cldr_names

            self._everywhere = {}
            for locale in localedata.locale_identifiers():
                if "_" not in locale:
                    for name, code in cldr_names(locale).items():
                        self._add(name, code, self._everywhere)
        return self._everywhere

    def resolve(self, text: str) -> str:
        given = text.strip()
        if given.casefold() in self.organisations:
            return given.casefold()
        if given.isascii() and given.isalpha():
            if len(given) == 3 and given.upper() in self.alpha3:
                return given.upper()
            if len(given) == 2 and given.upper() in self.alpha2:
                return self.alpha2[given.upper()]
        key = fold(given)
        found = self.names.get(key) or self._all_languages().get(key)
        if found:
            return found
        close = difflib.get_close_matches(key, list(self.display), n=5, cutoff=0.6) if key else []
        hint = ("; did you mean " + ", ".join(self.display[k] for k in close) + "?") if close else ""
        raise UnknownCountryError(f"unknown country {text!r}: give an ISO 3166 code (VNM "
                                  f"or VN), an organisation "
                                  f"code (nato, un, eu, ...) or a country name{hint}")


def resolve_countries(values: Iterable[str]) -> tuple[str, ...]:
    """The store codes of several country arguments (name tables built only when there are some)."""
    values = tuple(values)
    if not values:
        return ()
    names = CountryNames()
    return tuple(names.resolve(v) for v in values)
