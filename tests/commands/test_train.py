"""`basementbrew train` checks what a user can get wrong before anything heavy loads (issue 20): a missing
dataset, a broken line, an unknown run or model is reported without importing the trainer, transformers
or TRL (which take tens of seconds on a small machine), with one line and exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
from basementbrew.cli import main
sys.argv = ["basementbrew", *json.loads(sys.argv[1])]
try:
    main()
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in ("transformers", "trl", "peft", "torch", "basementbrew.training.trainer") if m in sys.modules)
print(json.dumps({"code": code, "heavy": heavy}))
"""


def _probe(args: list[str], home: Path) -> tuple[dict, str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, json.dumps(args)], capture_output=True, text=True,
                          timeout=300, env={"BREW_HOME": str(home), "PATH": "/usr/bin:/bin", "COLUMNS": "200"})
    return json.loads(proc.stdout.strip().splitlines()[-1]), proc.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["train", "quickstart", "--set", "data.dataset=/nope/missing.jsonl"], "not found"),
    (["train", "quickstart", "--set", "data.dataset={broken}"], "broken.jsonl:2: not valid JSON"),
    (["train", "--resume", "no-such-run"], "run 'no-such-run' not found"),
    (["train", "quickstart", "--set", "model.name=gpt-5"], "unknown model 'gpt-5'"),
])
def test_bad_inputs_are_refused_before_the_trainer_loads(args: list[str], message: str, tmp_path: Path) -> None:
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"prompt": "a", "completion": "b"}\n{"prompt": [oops\n', encoding="utf-8")
    result, stderr = _probe([a.format(broken=broken) for a in args], tmp_path / "home")
    assert result["code"] == 2 and message in " ".join(stderr.split())
    assert result["heavy"] == [], f"imported before the inputs were checked: {result['heavy']}"
