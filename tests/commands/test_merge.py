"""`basementbrew merge ...`: a merge from the command line; bad input is one line on stderr and exit code 2."""

from __future__ import annotations

import sys

import pytest
from typer.testing import CliRunner

from basementbrew.cli import app, main
from merging_helpers import make_run


def _exit_code(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["basementbrew", *argv])
    with pytest.raises(SystemExit) as stop:
        main()
    return int(stop.value.code or 0)


def test_merge_adapters_from_the_cli(tiny_models):
    base = tiny_models["llama-3.1-8b"]
    make_run(base, "a", seed=1)
    make_run(base, "b", seed=2)
    result = CliRunner().invoke(app, ["merge", "adapters", "a", "b", "--method", "svd", "--weights", "0.7,0.3",
                                      "--name", "ab"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "run ab" in result.output and "serve --run ab" in result.output


def test_bad_input_exits_2_with_one_line(tiny_models, monkeypatch, capsys):
    base = tiny_models["llama-3.1-8b"]
    make_run(base, "a", seed=1)
    make_run(base, "b", seed=2, r=8)
    assert _exit_code(["merge", "adapters", "a", "b", "--method", "ties"], monkeypatch) == 2
    err = capsys.readouterr().err
    assert "equal rank" in err and "svd" in err
    assert _exit_code(["merge", "adapters", "a", "b", "--weights", "x,y"], monkeypatch) == 2
    assert "comma-separated numbers" in capsys.readouterr().err
    assert _exit_code(["merge", "into-base", "ghost"], monkeypatch) == 2
    assert "not found" in capsys.readouterr().err


def test_moe_help_shows_the_prompts_shape():
    """rich read ``[prompt, ...]`` as markup and printed ``JSON {run: }``."""
    result = CliRunner().invoke(app, ["merge", "moe", "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "JSON {run: [prompt, ...]} for hidden-state routers." in result.output


@pytest.mark.parametrize("command", [["into-base", "a"], ["soup", "a", "b"]])
def test_a_device_this_machine_lacks_is_refused_naming_the_flag(command, tiny_models, monkeypatch, capsys):
    """`--device tpu` was a RuntimeError from torch, `--device cuda` on a CPU-only machine an AssertionError
    (into-base) or a line naming hardware.device (soup); both are now refused while the options are read."""
    import torch

    base = tiny_models["llama-3.1-8b"]
    make_run(base, "a", seed=1)
    make_run(base, "b", seed=2)
    assert _exit_code(["merge", *command, "--device", "tpu"], monkeypatch) == 2
    assert "--device 'tpu': use one of cpu, cuda" in capsys.readouterr().err
    if not torch.cuda.is_available():
        assert _exit_code(["merge", *command, "--device", "cuda"], monkeypatch) == 2
        err = " ".join(capsys.readouterr().err.split())
        assert "--device cuda: no CUDA GPU is visible" in err and "hardware.device" not in err
