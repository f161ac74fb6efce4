"""A Debian package a test needs (chromium for the browser tests, a JRE for Spark), installed with apt-get
when the tests run as root on a machine that has apt; otherwise nothing happens and the caller skips."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")


def apt_install(package: str) -> None:
    """`apt-get update` and `apt-get install -y PACKAGE` when possible (root and apt-get); errors are
    ignored."""
    if not (shutil.which("apt-get") and hasattr(os, "geteuid") and os.geteuid() == 0):
        return
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", package]):
        try:
            subprocess.run(command, env=env, capture_output=True, timeout=900, check=False)
        except (OSError, subprocess.TimeoutExpired):
            break


def ensure_chromium() -> str | None:
    """The path of Debian's chromium, installing the package when it is missing; None when impossible."""
    if CHROMIUM.exists():
        return str(CHROMIUM)
    apt_install("chromium")
    return str(CHROMIUM) if CHROMIUM.exists() else None
