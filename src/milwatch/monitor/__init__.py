"""Live monitoring: `milwatch watch SOURCES.toml` polls feeds and web pages and stores what is new.

    config = load_sources("sources.toml")
    watcher = Watcher(config, store, Pipeline.from_settings(settings))   # extract=False: store only
    watcher.run(once=True)

config.py reads SOURCES.toml, fetcher.py does polite HTTP (conditional requests,
per-host pace, robots.txt), items.py turns answers into items and articles,
state.py keeps source and item state in the store, scheduler.py runs the loop.
"""

from milwatch.monitor.config import SourceConfig, WatchConfig, WatchDefaults, load_sources, parse_sources
from milwatch.monitor.scheduler import Watcher, WatchSummary
from milwatch.monitor.state import WatchState

__all__ = [
    "SourceConfig",
    "WatchConfig",
    "WatchDefaults",
    "WatchState",
    "WatchSummary",
    "Watcher",
    "load_sources",
    "parse_sources",
]
