"""A real `basementbrew serve` on a free loopback port, as a subprocess: for tests, benchmarks and scripts.

One helper so the serving tests and ``benchmarks/serve_throughput.py`` start servers the same way (and a
fix to start-up, health waiting or shutdown lands once). Binds 127.0.0.1 only.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    """A TCP port nothing listens on right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LocalServer:
    """A running server subprocess; ``stop()`` ends it."""

    url: str
    process: subprocess.Popen
    log: Path | None = None
    home: Path | None = None

    @property
    def v1(self) -> str:
        return f"{self.url}/v1"

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def __enter__(self) -> LocalServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(args: list[str], *, home: Path | None = None, log: Path | None = None,
                 timeout: float = 300) -> LocalServer:
    """Start `basementbrew serve ARGS` on 127.0.0.1 and wait until /health answers 200.

    ``home`` sets BREW_HOME for the server; ``log`` receives its output (else it inherits ours). The API key
    comes only from ``args`` (a BREW_API_KEY in our environment is not passed on)."""
    import httpx

    port = free_port()
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    env.pop("BREW_API_KEY", None)
    if home is not None:
        env["BREW_HOME"] = str(home)
    cmd = [sys.executable, "-m", "basementbrew.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
           "--log-level", "warning", *args]
    out = log.open("w") if log is not None else None
    proc = subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT if out else None)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            detail = log.read_text() if log is not None else ""
            raise RuntimeError(f"server exited with {proc.returncode}:\n{detail}")
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return LocalServer(url, proc, log, home)
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise RuntimeError(f"server did not become healthy in {timeout:.0f} s" + (f":\n{log.read_text()}" if log else ""))
