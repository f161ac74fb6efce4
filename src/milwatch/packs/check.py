"""The language packs a command or the server runs with, checked before anything is read or written.

A pack that fails to load (TOML syntax, a key the schema does not allow, a bad regex...) is a broken
installation, not bad input: were it met only at the first article of its language, the stages would
take it for that article's fault (an ingest quarantined articles already stored, an extract counted
them as failed) and the run would go on.  So every CLI command that cleans or extracts, and `milwatch
serve` (whose `POST /api/articles` does both), first reads and validates every pack folder and stops
with the PackError (file, line and key when known; exit code 2) before its input is read or its
database opened.  A pack that breaks later, during a run, raises the same PackError from the stages
(pipeline.py lets it through): the run stops, nothing is quarantined.

A set of pack files found valid is remembered in the compiled-pack cache folder (an empty marker
named by the content hash of every pack file and of the loader's code; only the last one is kept), so
the next runs cost one hash of the files (~40 ms), not a reading of every pack (~1 s).

    registry = checked_registry()     # MILWATCH_PACKS_DIR, else the packs shipped with milwatch

Here, not in cli/: the API may not import the CLI (import-linter layers), and both use this check.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from milwatch.errors import ConfigError, PackError
from milwatch.packs.cache import PackCache
from milwatch.packs.loader import BASE, PackRegistry

PACKS_ENV = "MILWATCH_PACKS_DIR"  # a packs root to use instead of the shipped one (e.g. a copy being edited)
CHECKED = "checked"  # the marker's name: checked-<hash>


@dataclass(frozen=True, slots=True)
class PackFailure:
    """A PackError met in a worker process, carried back as a value and raised in the main process (the
    error itself does not pickle, and raised in a worker it would only kill it)."""

    path: str
    reason: str
    key: str | None
    line: int | None

    @classmethod
    def of(cls, exc: PackError) -> PackFailure:
        return cls(exc.path, exc.reason, exc.key, exc.line)

    def error(self) -> PackError:
        return PackError(self.path, self.reason, key=self.key, line=self.line)


def packs_root() -> Path | None:
    """The packs root of MILWATCH_PACKS_DIR (a folder holding `_base/` and one folder per language),
    or None for the shipped packs."""
    value = os.environ.get(PACKS_ENV, "").strip()
    if not value:
        return None
    root = Path(value).expanduser()
    if not (root / BASE).is_dir():
        raise ConfigError(f"{PACKS_ENV}={value}: not a packs folder (it has no {BASE}/ folder)")
    return root


def pack_codes(root: Path) -> list[str]:
    """Every language folder `PackRegistry.get` would read under `root`."""
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def _pack_files(root: Path) -> list[Path]:
    folders = [root / BASE, *(root / code for code in pack_codes(root))]
    return [p for folder in folders for p in sorted(folder.iterdir()) if p.is_file()]


def check_packs(registry: PackRegistry) -> None:
    """Raise PackError for the first pack file under `registry.root` that does not load (`_base`, the
    concept inventory, then each language folder as `registry.get` reads it); nothing is kept."""
    cache = registry.cache
    marker = None
    if cache.enabled and cache.directory is not None:
        marker = cache.directory / f"{CHECKED}-{cache.key(CHECKED, _pack_files(registry.root))}"
        if marker.exists():
            return
    fresh = PackRegistry(registry.root, cache=PackCache(None))  # the files themselves, not compiled copies
    fresh.base()
    fresh.inventory()
    for code in pack_codes(registry.root):
        fresh.get(code)
    if marker is not None:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            for old in marker.parent.glob(f"{CHECKED}-*"):  # one marker: the last set of files checked
                old.unlink(missing_ok=True)
            marker.touch()
        except OSError:
            pass  # an unwritable cache only costs the next run the same check


def checked_registry() -> PackRegistry:
    """The registry of the packs root (MILWATCH_PACKS_DIR, else the shipped packs), every pack checked;
    PackError (exit code 2) naming the first file that does not load."""
    registry = PackRegistry(packs_root())
    try:
        check_packs(registry)
    except PackError as exc:
        raise PackError(exc.path, f"{exc.reason} (a language pack does not load: nothing was read or stored; "
                                  "fix the file and run again)", key=exc.key, line=exc.line) from exc
    return registry
