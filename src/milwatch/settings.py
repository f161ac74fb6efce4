"""Settings: defaults → user file → MILWATCH_* environment → command-line flags, frozen.

    settings = load_settings(overrides={"db_path": "var/x.db"})

The user file is TOML (`MILWATCH_CONFIG`, else ``~/.config/milwatch/config.toml``)
with the same keys as `Settings`, e.g. ``db_path = "/data/milwatch.db"``.
An environment variable is the key in upper case behind ``MILWATCH_``:
``MILWATCH_DB_PATH`` (or ``MILWATCH_DB_URL`` for a ``postgresql://`` URL), ``MILWATCH_BATCH_SIZE``.  Flags win
over everything.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from milwatch.errors import ConfigError

ENV_PREFIX = "MILWATCH_"
CONFIG_ENV = "MILWATCH_CONFIG"
DB_URL_ENV = "MILWATCH_DB_URL"  # the same as MILWATCH_DB_PATH, for a postgresql:// URL
DEFAULT_CONFIG = Path("~/.config/milwatch/config.toml")


@dataclass(frozen=True, slots=True)
class Settings:
    """Every tunable of milwatch with its default."""

    db_path: Path = Path("var/milwatch.db")
    batch_size: int = 500  # articles per store transaction
    workers: int = -1  # stage processes beside the main one during an ingest; 0 = none; -1 = automatic
    max_record_bytes: int = 10 * 1024 * 1024  # a bigger record is quarantined, not read
    quarantine_raw_max: int = 1024 * 1024  # raw bytes kept per quarantined record
    near_dup_threshold: float = 0.8  # estimated Jaccard of word 3-shingles
    minhash_perm: int = 128  # MinHash permutations (bands x rows)
    minhash_bands: int = 16
    langid_short_chars: int = 200  # below this, or when CLD2 is unsure, ask lingua
    langid_mixed_share: int = 10  # a 2nd language with at least this % makes per-paragraph langs
    officials_files: str = ""  # the user's known officials (TOML/CSV), several joined by os.pathsep

    def officials_paths(self) -> list[Path]:
        """`officials_files` as paths (see data/officials.example.toml); empty when none."""
        return [Path(os.path.expanduser(p)) for p in self.officials_files.split(os.pathsep) if p.strip()]

    def __post_init__(self) -> None:
        for name in ("batch_size", "max_record_bytes", "quarantine_raw_max", "minhash_perm", "minhash_bands"):
            if getattr(self, name) < 1:
                raise ConfigError(f"setting {name} must be at least 1, got {getattr(self, name)}")
        if self.workers < -1:
            raise ConfigError(f"setting workers must be -1 (automatic), 0 or more, got {self.workers}")
        if self.minhash_perm % self.minhash_bands or (self.minhash_perm // self.minhash_bands) % 2:
            raise ConfigError("setting minhash_perm must be an even multiple of "
                              "minhash_bands (rows per band even)")
        if not 0.0 < self.near_dup_threshold <= 1.0:
            raise ConfigError(f"setting near_dup_threshold must be in (0, 1], got {self.near_dup_threshold}")


def _coerce(name: str, value: Any) -> Any:
    """Turn a file/env/flag value into the type of the field `name`."""
    default = getattr(Settings(), name)
    try:
        if isinstance(default, Path):
            return Path(os.path.expanduser(str(value)))
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(value)
        if isinstance(default, float):
            return float(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: cannot use {value!r} ({exc})") from exc
    return value


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read settings file ({exc})") from exc
    return data


def load_settings(
    overrides: Mapping[str, Any] | None = None,
    env: Mapping[str, str] | None = None,
    config_file: Path | None = None,
) -> Settings:
    """Build the frozen settings from the four layers; unknown keys are errors."""
    env = os.environ if env is None else env
    names = {f.name for f in fields(Settings)}
    layers: list[tuple[str, Mapping[str, Any]]] = []
    path = config_file or (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else DEFAULT_CONFIG.expanduser())
    if config_file is not None or path.exists():
        layers.append((str(path), _from_file(path)))
    environment = {k[len(ENV_PREFIX):].lower(): v for k, v in env.items()
                   if k.startswith(ENV_PREFIX) and k != CONFIG_ENV and k[len(ENV_PREFIX):].lower() in names}
    if env.get(DB_URL_ENV) and "db_path" not in environment:
        environment["db_path"] = env[DB_URL_ENV]  # a database URL (postgresql://...) under its usual name
    layers.append(("environment", environment))
    layers.append(("flags", {k: v for k, v in (overrides or {}).items() if v is not None}))
    settings = Settings()
    for where, values in layers:
        unknown = sorted(set(values) - names)
        if unknown:
            raise ConfigError(f"{where}: unknown setting(s) {', '.join(unknown)}; known: "
                              f"{', '.join(sorted(names))}")
        settings = replace(settings, **{k: _coerce(k, v) for k, v in values.items()})
    return settings
