"""The cockpit's chart tables (ui/static/js/charts.js `tables`), run under node: a preference run gets no
perplexity series. Skipped without node (the browser tier checks the charts drawn)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

CHARTS = Path(__file__).resolve().parents[2] / "src" / "basementbrew" / "ui" / "static" / "js" / "charts.js"


def _tables(records: list[dict]) -> dict:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed")
    script = (f"import {{ tables }} from {json.dumps(CHARTS.as_uri())};"
              f"console.log(JSON.stringify(tables({json.dumps(records)})));")
    done = subprocess.run([node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_preference_run_has_no_perplexity_series_and_an_sft_run_keeps_it() -> None:
    """A DPO run written before the trainer stopped storing eval_perplexity (exp(0.693) = 2.00) drew it as
    'Held-out perplexity'; its eval loss and preference accuracy stay charted."""
    dpo = _tables([{"event": "train", "step": 1, "loss": 0.69, "rewards/accuracies": 0.5},
                   {"event": "eval", "step": 1, "eval_loss": 0.693, "eval_perplexity": 2.0,
                    "eval_rewards/accuracies": 0.75}])
    assert dpo["preference"] is True and dpo["ppl"] == [None]
    assert dpo["eval"] == [0.693] and dpo["evpref"] == [0.75]
    sft = _tables([{"event": "train", "step": 1, "loss": 2.0},
                   {"event": "eval", "step": 1, "eval_loss": 1.0, "eval_perplexity": 2.718}])
    assert sft["preference"] is False and sft["ppl"] == [2.718]
