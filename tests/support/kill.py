"""A real command killed with SIGKILL in the middle of its work (the crash tests of tests/store)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Callable


def kill_9_at(args: list[str], count: Callable[[], int], rows: int = 300, wait: float = 60) -> int:
    """`args` started (output dropped) and killed with SIGKILL once `count()` reaches `rows` (within `wait`
    seconds); what `count()` says after the kill."""
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + wait
        while count() < rows and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.02)
        assert proc.poll() is None, f"{args[:4]} finished before it could be killed; make the input bigger"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return count()
