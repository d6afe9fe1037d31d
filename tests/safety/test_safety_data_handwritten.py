"""The hand-written training slices of the harmful-request scanner (``scripts/safety_data_<slice>.py``).

Each slice was written row by row (no frame x phrase products): harmful asks with benign twins in the same
form and topic, or, for the ``ordinary*`` slices, ordinary asks only. They only help if the committed data is
what the script writes, every harmful row names a Llama Guard code, twins really exist, and no row is an
evaluation text (ours, or public ones when the pinned wheels are cached) or, for ordinary rows, a harmful
training row elsewhere.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from script_helpers import load_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "scripts"
TWINNED = ["content", "crimes", "cyber", "personal", "groups", "sexual", "hazards", "extremism", "longharm", "pretext",
           "implicit"]
ORDINARY = ["ordinary", "ordinary2", "ordinary3", "short"]
TOXICITY = ["toxinsult", "toxhate", "toxthreat", "toxanswers"]  # written, not yet trained on (see safety_train)
TERSE = ["terse"]  # one- to four-word answers and terse abuse, trained on by the toxicity model
CODES = {f"S{i}" for i in range(1, 15)}

pytestmark = pytest.mark.skipif(not (SCRIPTS / "safety_data_content.py").is_file(),
                                reason="scripts/ not present (installed package)")


def _module(name: str):
    return load_script(SCRIPTS / f"safety_data_{name}.py")


def _rows(name: str) -> list[dict]:
    built = _module(name).rows()
    return built[0] if isinstance(built, tuple) else built  # cyber also returns how many duplicates it dropped


def _committed(name: str) -> list[dict]:
    path = ROOT / "data" / "safety" / f"{name}.train.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", TWINNED + ORDINARY + TOXICITY + TERSE)
def test_committed_data_is_what_the_script_writes(name):
    assert _rows(name) == _committed(name)


@pytest.mark.parametrize("name", TWINNED)
def test_twinned_slices_hold_both_labels_with_llama_guard_codes(name):
    rows = _committed(name)
    harmful = [r for r in rows if r["label"] == 1]
    benign = [r for r in rows if r["label"] == 0]
    assert len(harmful) >= 350 and len(benign) >= 350
    assert {r["category"] for r in harmful} <= CODES
    assert {r["category"] for r in benign} == {"benign"}
    # twins: nearly every kind (topic x form) holds both labels, so neither the topic nor the form is a cue
    kinds = {r["kind"] for r in rows}
    both = {k for k in kinds if {r["label"] for r in rows if r["kind"] == k} == {0, 1}}
    assert len(both) >= 0.9 * len(kinds), sorted(kinds - both)


@pytest.mark.parametrize("name", ORDINARY)
def test_ordinary_slices_are_benign_and_never_a_harmful_training_row(name):
    rows = _committed(name)
    assert len(rows) >= 500 and {r["label"] for r in rows} == {0}
    fold = _module("contrast").fold
    harmful = {fold(r["text"]) for other in TWINNED for r in _committed(other) if r["label"] == 1}
    assert not [r["text"] for r in rows if fold(r["text"]) in harmful]


@pytest.mark.parametrize("name", TOXICITY)
def test_toxicity_slices_pair_toxic_messages_with_benign_twins(name):
    rows = _committed(name)
    labels = [r["label"] for r in rows]
    assert set(labels) <= {"ok", "insult", "threat", "hate", "self_harm"}
    assert labels.count("ok") >= 350 and len(labels) - labels.count("ok") >= 350


def test_terse_rows_are_terse_and_mostly_benign():
    rows = _committed("terse")
    labels = [r["label"] for r in rows]
    assert set(labels) == {"ok", "insult", "threat", "hate", "self_harm"}
    assert max(len(r["text"].split()) for r in rows) <= 4
    assert 0.6 <= labels.count("ok") / len(labels) <= 0.85 and len(rows) >= 700


def test_no_hand_written_row_is_an_evaluation_text_or_repeated():
    contrast = _module("contrast")
    evaluation, _ = contrast.evaluation_texts()
    texts = [r["text"] for name in TWINNED + ORDINARY + TOXICITY + TERSE for r in _committed(name)]
    assert contrast.clashes([{"text": t} for t in texts], evaluation) == []
    folded = [contrast.fold(t) for t in texts]
    assert len(set(folded)) == len(folded)
