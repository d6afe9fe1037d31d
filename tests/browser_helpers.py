"""What the browser tier's modules share: Debian's chromium, a cockpit server on its own workspace, a page on the
cockpit that records its script errors, the cleanup of the training jobs a test server started, and the skip of a
whole module when Playwright or chromium is missing (``playwright_api = require_browser()`` at module level)."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def require_browser() -> Any:
    """``playwright.sync_api``; called at a test module's top level, it skips the whole module when Playwright is
    not installed or Debian's chromium is missing (nothing is downloaded)."""
    import pytest

    api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (see make test-browser)")
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)
    return api


@contextlib.contextmanager
def cockpit_server(home: Path, *args: str, prepare: Callable[[], None] | None = None) -> Iterator[Any]:
    """``basementbrew serve --ui --threads 1 ARGS`` on the workspace ``home`` (``prepare`` runs first, with BREW_HOME
    set: runs or adapters the test needs on disk); the server and the training jobs it starts use one thread
    (FIELD-NOTES). At the end the server stops and every job it started is killed (:func:`kill_jobs`)."""
    import pytest

    from basementbrew.inference.local import start_server

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        if prepare is not None:
            prepare()
        mp.setenv("OMP_NUM_THREADS", "1")
        srv = start_server(["--ui", "--threads", "1", *args], home=home, log=home / "server.log", timeout=180)
    try:
        yield srv
    finally:
        srv.stop()
        kill_jobs(home)


@contextlib.contextmanager
def cockpit_page(url: str) -> Iterator[Any]:
    """A 1366x900 page on ``url``/ui/ in headless chromium; ``page.errors`` collects uncaught script errors."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        pg = browser.new_page(viewport={"width": 1366, "height": 900})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.goto(f"{url}/ui/")
        pg.errors = errors
        yield pg
        browser.close()


@contextlib.contextmanager
def another_page(page: Any, url: str) -> Iterator[Any]:
    """A second, fresh page on ``url``/ui/ beside ``page`` (a module's shared page), in the same browser: its own
    history and script state. (A second ``cockpit_page`` cannot start while the first one runs.)"""
    pg = page.context.browser.new_page(viewport={"width": 1366, "height": 900})
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.errors = errors
    try:
        pg.goto(f"{url}/ui/")
        yield pg
    finally:
        pg.close()


def kill_jobs(home: Path) -> None:
    """Never leave a training job behind: kill the process group of every job the server under ``home`` ran."""
    for meta in (home / "jobs").glob("*/job.json"):
        if pgid := json.loads(meta.read_text()).get("pgid"):
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, 9)
