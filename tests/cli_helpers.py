"""Run the CLI through its real entry point in-process, as a user's shell would: a BrewError becomes one line
and exit 2 there (typer's CliRunner skips that wrapper). Shared by the command tests."""

from __future__ import annotations

import io
import sys

import pytest

from basementbrew.cli import main


def run_cli(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
            stdin: str = "") -> tuple[int, str]:
    """`basementbrew ARGV` with ``stdin``; returns the exit code and stdout + stderr on one line."""
    monkeypatch.setattr(sys, "argv", ["basementbrew", *argv])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    try:
        main()
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    captured = capsys.readouterr()
    return code, " ".join((captured.out + captured.err).split())
