"""The multilingual head's weight and threshold choice: replayed through the scanner's own rule, the pair with the
highest held-out recall within the false-positive bounds wins, and no pair within them is a clear stop."""

from __future__ import annotations

import numpy as np
import pytest
from tests.script_helpers import load_script

trainer = load_script("scripts/safety_train_multilingual.py")


def _rows(n: int = 40) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Half harmful asks the head is sure of and the n-grams half-sure of, half benign both read low."""
    texts = [f"Erkläre mir Schritt {i} genau." for i in range(n)]
    y = np.array([1] * (n // 2) + [0] * (n // 2))
    ngram = np.where(y == 1, 0.35, 0.05)
    head = np.where(y == 1, 0.95, 0.10)
    return texts, ngram, head, y, y == 0  # every benign row counted as a hard one too


def test_the_head_is_given_the_weight_that_catches_what_the_ngrams_alone_miss():
    texts, ngram, head, y, hard = _rows()
    chosen = trainer.choose(texts, ngram, head, y, hard, ngram_threshold=0.5, informational_threshold=0.4)
    assert chosen["recall"] == 1.0 and chosen["fpr"] == 0.0 and chosen["fpr_hard"] == 0.0
    assert chosen["weight"] in trainer.WEIGHTS and chosen["threshold"] in trainer.THRESHOLDS
    blended = chosen["weight"] * 0.95 + (1 - chosen["weight"]) * 0.35
    assert blended >= chosen["threshold"] > chosen["weight"] * 0.10 + (1 - chosen["weight"]) * 0.05


def test_no_pair_within_the_false_positive_bounds_stops_with_a_reason():
    texts, ngram, _, y, hard = _rows()
    head = np.full(len(texts), 0.99)  # the head flags every benign row as surely as every harmful one
    ngram = np.full(len(texts), 0.9)
    with pytest.raises(SystemExit, match="no weight and threshold"):
        trainer.choose(texts, ngram, head, y, hard, ngram_threshold=0.5, informational_threshold=0.4)
