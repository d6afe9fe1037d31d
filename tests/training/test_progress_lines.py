"""`basementbrew train` with stdout not a terminal (`make demo > log`, CI) prints one progress line per logged
step and per evaluation while it runs, instead of a progress bar that draws nothing until the end.

One tiny run (random Llama under the chatml smollm2 key, as tests/training/test_stop.py): 4 steps, an
evaluation every 2 steps, through the real CLI with CliRunner, whose output is not a TTY.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from typer.testing import CliRunner

from basementbrew.cli import app

STEPS = 4


def test_non_tty_output_gets_a_line_per_logged_step_and_eval(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    config = tmp_path / "lines.yaml"
    config.write_text(yaml.safe_dump({
        "run_name": "lines",
        "model": {"name": "smollm2-135m", "path": str(tiny_models["llama-3.1-8b"])},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": "all-linear"},
        "data": {"dataset": "bundled:brewing-assistant", "max_seq_length": 96, "max_train_examples": 8,
                 "max_eval_examples": 1},
        "training": {"batch_size": 2, "max_steps": STEPS, "logging_steps": 1, "eval_steps": 2,
                     "sample_max_new_tokens": 2},
    }))
    result = CliRunner().invoke(app, ["train", str(config)])
    assert result.exit_code == 0, result.output + repr(result.exception)
    lines = result.output.splitlines()
    steps = [m for line in lines if (m := re.match(r"training  loss \d+\.\d{3}(?:  held-out \d+\.\d{3})?"
                                                   r"  step (\d+)/(\d+)  \d+ s", line))]
    evals = [m for line in lines if (m := re.match(r"evaluation  held-out loss \d+\.\d{3}  step (\d+)/(\d+)", line))]
    assert [int(m[1]) for m in steps] == list(range(1, STEPS + 1)), "\n".join(lines)  # one line per logged step
    assert [int(m[1]) for m in evals] == [2, 4], "\n".join(lines)  # one per evaluation
    assert all(int(m[2]) == STEPS for m in steps + evals)
