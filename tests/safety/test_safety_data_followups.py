"""``scripts/safety_data_followups.py``: reproducible, matches the committed file, keeps the regression text out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_helpers import load_script

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "safety_data_followups.py"
pytestmark = pytest.mark.skipif(not SCRIPT.is_file(), reason="scripts/ not present (installed package)")


@pytest.fixture(scope="module")
def followups():
    return load_script(SCRIPT)


def test_rows_are_reproducible_benign_and_match_the_committed_file(followups):
    rows = followups.rows()
    assert rows == followups.rows() and rows != followups.rows(seed=1)
    assert all(r["label"] == 0 for r in rows) and len({r["text"] for r in rows}) == len(rows) > 400
    committed = [json.loads(line) for line in followups.OUT.read_text(encoding="utf-8").splitlines() if line]
    assert committed == rows, "data/safety/followups.train.jsonl is stale: run scripts/safety_data_followups.py"


def test_the_regression_text_stays_out(followups):
    assert not [r for r in followups.rows() if "italy" in r["text"].lower()]
