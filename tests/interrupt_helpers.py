"""Ctrl-C as a terminal sends it: SIGINT to a CLI's whole process group (the driver and its workers together),
once the command has really started; shared by the scrape and data-build interrupt tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable


def interrupt_cli(args: list[str], env: dict[str, str], started: Callable[[], bool], *, start_s: float,
                  settle_s: float = 0.0, stop_s: float) -> tuple[int, str, float]:
    """Run ``python -m basementbrew.cli *args`` in its own session, wait until ``started()`` (at most
    ``start_s``), then ``settle_s`` more, and Ctrl-C the group: (exit code, output, seconds it took to stop)."""
    proc = subprocess.Popen([sys.executable, "-m", "basementbrew.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + start_s
        while time.monotonic() < deadline and not started():
            time.sleep(0.02)
        assert started(), f"{' '.join(args)} never started"
        time.sleep(settle_s)
        os.killpg(proc.pid, signal.SIGINT)
        sent = time.monotonic()
        out, _ = proc.communicate(timeout=stop_s)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode, out.decode(errors="replace"), took
