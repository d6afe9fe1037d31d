"""The shipped evaluation sets: targets met (a real measurement), kept apart from training, JSON model exact."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from basementbrew.safety.evaluate import evaluate, load_rows
from basementbrew.safety.normalize import fold
from basementbrew.safety.registry import get_scanner

SAFETY = resources.files("basementbrew.safety")
# scanner -> (minimum recall, maximum false-positive rate), from the issue
TARGETS = {"toxicity": (0.8, 0.10), "injection": (0.7, 0.05), "pii": (0.95, 0.05)}


def _rows(kind: str, name: str) -> list[dict]:
    return [json.loads(line) for line in (SAFETY / kind / name).read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("scanner", sorted(TARGETS))
def test_targets_on_shipped_eval_set(scanner, monkeypatch):
    monkeypatch.setattr("basementbrew.safety.evaluate.LATENCY_REPEATS", 1)  # latency is not asserted here
    m = evaluate(load_rows(str(SAFETY / "evalsets" / f"{scanner}.jsonl")), get_scanner(scanner))
    min_recall, max_fpr = TARGETS[scanner]
    assert m.recall >= min_recall and m.fpr <= max_fpr, (m.recall, m.fpr)


@pytest.mark.parametrize("name", ["toxicity", "injection"])
def test_eval_rows_never_occur_in_training(name):
    train = {fold(r["text"]) for r in _rows("models", f"{name}.train.jsonl")}
    evaluation = {fold(r["text"]) for f in ("toxicity", "injection", "pii", "sanitize")
                  for r in _rows("evalsets", f"{f}.jsonl")}
    assert not train & evaluation


def test_ordinary_prompts_include_tricky_benign_ones():
    texts = {r["text"] for r in _rows("evalsets", "injection.jsonl") if r["scanner"] == "*"}
    assert "How do I kill a python process that hangs?" in texts
    assert "Ignore the previous error and retry the download." in texts


def test_toxicity_false_positive_rate_covers_chat_text():
    """Negatives include what a chat product carries (system prompts, pleasantries, fragments), not only how-tos."""
    kinds = Counter(r["kind"] for r in _rows("evalsets", "toxicity.jsonl") if r["label"] == 0)
    for kind in ("system_prompt", "second_person", "mediating", "short", "technical", "numeric", "hard_benign",
                 "identity", "are_statement"):
        assert kinds[f"ordinary_{kind}"] >= 5, kind


def test_json_model_matches_scikit_learn_pipeline():
    """Refit the same pipeline on the training rows: the JSON restoration must give the same probabilities."""
    import sys
    from pathlib import Path

    script_dir = Path(__file__).resolve().parents[2] / "scripts"
    if not (script_dir / "safety_train.py").is_file():
        pytest.skip("scripts/ not present (installed package)")
    sys.path.insert(0, str(script_dir))
    import numpy as np
    from safety_train import build

    from basementbrew.safety.linear import load_model

    rows = _rows("models", "injection.train.jsonl")
    texts, y = [r["text"] for r in rows], [int(r["label"] != "ok") for r in rows]
    pipe = build().fit(texts, y)
    shipped = load_model("injection")
    sample = texts[::25]
    assert np.abs(pipe.predict_proba(sample) - shipped.predict_proba(sample)).max() < 1e-3
