"""`basementbrew ui` through the real entry point, asserting on what users read."""

from __future__ import annotations

import socket
import webbrowser

import pytest

from cli_helpers import run_cli


def test_a_port_in_use_prints_no_cockpit_url_and_opens_no_tab(monkeypatch: pytest.MonkeyPatch,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """With the port taken (an earlier `ui` still running on 8000), `ui` printed 'cockpit: http://...' and
    started the tab opener, which polls /health there: the old server answered, so the tab showed it."""
    from basementbrew.inference import server

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url))
    monkeypatch.setattr(server, "create_app", lambda settings: pytest.fail("the app was built: the model loads"))
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, output = run_cli(["ui", "--port", str(port)], monkeypatch, capsys)
    assert code == 2, output
    assert output == (f"error: port {port} on 127.0.0.1 is already in use (another server, or an earlier "
                      "`basementbrew serve`/`ui` still running); stop it or pass another --port")
    assert opened == []
