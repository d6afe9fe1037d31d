"""Run-time side of the shipped text classifiers: TF-IDF word + character n-grams into a logistic regression.

``scripts/safety_train.py`` fits scikit-learn's ``TfidfVectorizer`` (word 1-2 grams, char_wb 2-5 grams,
sublinear tf, l2 per block) and ``LogisticRegression`` and writes vocabularies, idf, coefficients and the
decision threshold to a JSON file under ``safety/models/``. JSON instead of pickle: loading it runs no
code, it diffs in review, and it does not break across scikit-learn versions. Here the same transform is
rebuilt from ``CountVectorizer(vocabulary=...)`` so scores match the trained model (a test checks this).

A model may add a dense block, ``"embedding": {"weight": w}``: the WordLlama sentence vector of
:mod:`basementbrew.safety.embed` times ``w``, appended after the n-gram blocks (its coefficients are the
last 256 columns). The n-grams keep exact phrases and obfuscation-resistant character shapes, the embedding
carries meaning across paraphrases and languages.

Texts longer than :data:`WINDOW_CHARS` are scored in overlapping windows and the worst window counts (a
phrase hidden in the middle of a long document is not averaged away); past :data:`MAX_SCAN_CHARS` only
the head and tail are read, so one scan costs a bounded time whatever the input size (prompts are capped
far below that by :data:`~basementbrew.safety.limits.MAX_PROMPT_CHARS` anyway).
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib import resources
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import CountVectorizer

from basementbrew.errors import BrewError
from basementbrew.safety.normalize import deobfuscate

WINDOW_CHARS = 4_000
MAX_SCAN_CHARS = 200_000


def windows(text: str) -> list[str]:
    """The text itself, or overlapping windows of :data:`WINDOW_CHARS` over its (clipped) head and tail."""
    if len(text) <= WINDOW_CHARS:
        return [text]
    if len(text) > MAX_SCAN_CHARS:
        text = text[: MAX_SCAN_CHARS // 2] + "\n" + text[-MAX_SCAN_CHARS // 2 :]
    step = WINDOW_CHARS // 2
    return [text[i : i + WINDOW_CHARS] for i in range(0, len(text) - step, step)]


class LinearTextModel:
    """A TF-IDF + logistic-regression classifier restored from JSON; thread-safe and fast on short texts."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.classes: list[str] = spec["classes"]
        self.threshold: float = float(spec["threshold"])
        self.meta: dict[str, Any] = spec.get("meta", {})
        self._blocks = []
        for block in spec["blocks"]:
            vec = CountVectorizer(
                vocabulary=block["vocabulary"],
                analyzer=block["analyzer"],
                ngram_range=tuple(block["ngram_range"]),
                lowercase=False,
                token_pattern=block.get("token_pattern", r"(?u)\b\w\w+\b"),
                dtype=np.float64,
            )
            self._blocks.append((vec, np.asarray(block["idf"], dtype=np.float64)))
        emb = spec.get("embedding")
        self.embedding_weight: float | None = float(emb["weight"]) if emb else None
        self._coef = np.asarray(spec["coef"], dtype=np.float64)  # (n_rows, n_features)
        self._intercept = np.asarray(spec["intercept"], dtype=np.float64)
        self._lock = threading.Lock()

    def features(self, texts: list[str]) -> sparse.csr_matrix:
        prepared = [deobfuscate(t) for t in texts]
        parts = []
        for vec, idf in self._blocks:
            with self._lock:  # CountVectorizer caches its analyzer lazily; keep first use single-threaded
                counts = vec.transform(prepared).tocsr()
            counts.data = 1.0 + np.log(counts.data)
            counts = counts.multiply(idf).tocsr()
            norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1))).ravel()
            norms[norms == 0] = 1.0
            parts.append(sparse.diags(1.0 / norms) @ counts)
        if self.embedding_weight is not None:
            from basementbrew.safety.embed import embedder

            parts.append(sparse.csr_matrix(embedder().embed(texts).astype(np.float64) * self.embedding_weight))
        return sparse.hstack(parts).tocsr()

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Class probabilities, shape (len(texts), len(classes))."""
        logits = self.features(texts) @ self._coef.T + self._intercept
        if len(self.classes) == 2 and logits.shape[1] == 1:
            p = 1.0 / (1.0 + np.exp(-logits[:, 0]))
            return np.stack([1 - p, p], axis=1)
        logits = logits - logits.max(axis=1, keepdims=True)
        e = np.exp(logits)
        return e / e.sum(axis=1, keepdims=True)

    def harm_score(self, text: str) -> tuple[float, str]:
        """P(not the first class, which is the benign one) and the most likely harmful class."""
        probs = self.predict_proba(windows(text))
        probs = probs[int(np.argmin(probs[:, 0]))]
        worst = int(np.argmax(probs[1:])) + 1
        return float(1.0 - probs[0]), self.classes[worst]


@cache
def load_model(name: str) -> LinearTextModel:
    """Load ``safety/models/NAME.json`` shipped in the package."""
    ref = resources.files("basementbrew.safety") / "models" / f"{name}.json"
    if not ref.is_file():
        raise BrewError(f"classifier {name}.json is missing from the package; rebuild it with "
                        f"`python scripts/safety_train.py` (or reinstall basementbrew)")
    return LinearTextModel(json.loads(ref.read_text(encoding="utf-8")))
