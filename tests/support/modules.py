"""A Python file loaded as a module by its path (tests/ is no package; scripts and benchmarks are no
modules)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_file(name: str, path: Path, once: bool = False) -> ModuleType:
    """The file `path` run as the module `name`, registered in sys.modules (dataclasses look their module up
    while the class is made); with `once`, the module already registered under `name` when there is one."""
    if once and name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
