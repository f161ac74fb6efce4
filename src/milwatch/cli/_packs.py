"""The language packs a command runs with, checked before it reads or writes anything: the check itself
is packs/check.py (shared with `milwatch serve` and the API, which may not import the CLI).

    registry = checked_registry()     # MILWATCH_PACKS_DIR, else the packs shipped with milwatch
"""

from __future__ import annotations

from milwatch.packs.check import CHECKED, PACKS_ENV, check_packs, checked_registry, pack_codes, packs_root

__all__ = ["CHECKED", "PACKS_ENV", "check_packs", "checked_registry", "pack_codes", "packs_root"]
