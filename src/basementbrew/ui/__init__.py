"""The web cockpit: static HTML/CSS/ES modules served by the FastAPI server at ``/ui``.

Why static files and no UI framework process: the server already is the only way to models, runs and jobs,
so the page needs nothing but HTTP; plain ES modules need no build step (``make demo`` stays two commands)
and no second process; the one library is uPlot (MIT, ~50 kB, vendored from npm ``uplot@1.6.32``), which
draws thousands of points per chart without lag. This package never imports torch or the server: the
``basementbrew ui`` command hands :func:`static_dir` to the server settings.
"""

from __future__ import annotations

import threading
import time
import urllib.request
import webbrowser
from pathlib import Path

UI_RATE_LIMIT = 600  # requests per minute per client while the cockpit is on (a page polls more than a script)
UI_RATE_BURST = 120


def static_dir() -> Path:
    return Path(__file__).resolve().parent / "static"


def open_when_ready(url: str, timeout: float = 120.0) -> threading.Thread:
    """Open ``url`` in the default browser once the server's /health answers (in a background thread)."""
    base = url.split("/ui", 1)[0]

    def wait_and_open() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=1) as resp:
                    if resp.status == 200:
                        webbrowser.open(url)
                        return
            except OSError:
                pass
            time.sleep(0.5)

    thread = threading.Thread(target=wait_and_open, name="open-browser", daemon=True)
    thread.start()
    return thread
