"""`basementbrew chat` and `playground chat|batch|bench|ab` refuse bad input and an unreachable server with
one line and exit 2, before any request is sent or any model loads."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from basementbrew.cli import main


def _cli(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
         stdin: str = "") -> tuple[int, str]:
    """`basementbrew ARGV` through the real entry point (a BrewError is one line and exit 2)."""
    import io

    monkeypatch.setattr(sys, "argv", ["basementbrew", *argv])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    captured = capsys.readouterr()
    return code, " ".join((captured.out + captured.err).split())


@pytest.fixture
def dead_url() -> str:
    """A loopback URL where nothing listens (a port just bound and released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@pytest.fixture
def prompts(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text('{"prompt": "hi"}\n{"prompt": "there"}\n', encoding="utf-8")
    return path


def test_an_unreachable_server_is_one_line(dead_url, prompts, monkeypatch, capsys) -> None:
    """chat, batch and bench asked the server for its models first, outside the client's error handling,
    and printed openai.APIConnectionError's ~100-line traceback; now the line `playground ab` prints."""
    for argv in (["chat", "--url", dead_url], ["playground", "batch", str(prompts), "--url", dead_url],
                 ["playground", "bench", "--url", dead_url]):
        code, output = _cli(argv, monkeypatch, capsys, stdin="hi\n")
        assert code == 2, (argv, output)
        assert f"cannot reach {dead_url}/v1/" in output and "is `basementbrew serve` running?" in output
        assert "Traceback" not in output
