"""Every help panel renders flags without a value type (typer 0.29 printed `--help <bool>` everywhere)."""

from __future__ import annotations

import click
import pytest
import typer
from typer.testing import CliRunner

from basementbrew.cli import app


def _command_paths() -> list[list[str]]:
    root = typer.main.get_command(app)
    paths: list[list[str]] = [[]]
    for name, cmd in root.commands.items():
        paths.append([name])
        if isinstance(cmd, click.Group):
            paths += [[name, sub] for sub in cmd.commands]
    return paths


@pytest.mark.parametrize("path", _command_paths(), ids=lambda p: " ".join(p) or "basementbrew")
def test_help_shows_no_bool_placeholder(path: list[str]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=120)
    assert result.exit_code == 0, result.output
    assert "--help" in result.output and "<bool>" not in result.output


def test_options_that_take_values_still_show_their_type() -> None:
    out = CliRunner().invoke(app, ["models", "list", "--help"], terminal_width=120).output
    assert "<int range>" in out or "<int>" in out


def test_an_error_message_prints_as_written_not_as_rich_markup(monkeypatch, capsys) -> None:
    """rich read "[clean]" in a BrewError as a markup tag and dropped it from the one-line error."""
    from basementbrew import cli
    from basementbrew.errors import BrewError
    from cli_helpers import run_cli

    def failing_app() -> None:
        raise BrewError("write steps: [clean] in the config; the answer kept [PHONE] and [/] as typed")

    monkeypatch.setattr(cli, "app", failing_app)
    code, said = run_cli(["anything"], monkeypatch, capsys)
    assert code == 2
    assert "error: write steps: [clean] in the config; the answer kept [PHONE] and [/] as typed" in said
