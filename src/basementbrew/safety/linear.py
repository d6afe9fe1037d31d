"""Run-time side of the shipped text classifiers: TF-IDF word + character n-grams into a logistic regression.

``scripts/safety_train.py`` fits scikit-learn's ``TfidfVectorizer`` (word 1-2 grams, char_wb 2-5 grams,
sublinear tf, l2 per block) and ``LogisticRegression`` and writes vocabularies, idf, coefficients and the
decision threshold to a JSON file under ``safety/models/``. JSON instead of pickle: loading it runs no
code, it diffs in review, and it does not break across scikit-learn versions. Here the same transform is
rebuilt from :mod:`basementbrew.safety.ngrams` (scikit-learn's two analyzers restated, because importing
scikit-learn costs a serving process 138 MB) so scores match the trained model (tests check both).

A model may add a dense block, ``"embedding": {"weight": w}``: the WordLlama sentence vector of
:mod:`basementbrew.safety.embed` times ``w``, appended after the n-gram blocks (its coefficients are the
last 256 columns). The n-grams keep exact phrases and obfuscation-resistant character shapes, the embedding
carries meaning across paraphrases and languages.

Vocabularies are held as sorted 64-bit string hashes with their columns (:class:`Vocabulary`), not as dicts: the
shipped models hold about 300,000 n-grams, and as dicts with their string keys they took ~44 MB of a serving
process against ~19 MB this way (measured, issue 11's twentieth round): room in the 150 MB budget.

Texts longer than :data:`WINDOW_CHARS` are scored in overlapping windows and the worst window counts (a
phrase hidden in the middle of a long document is not averaged away); past :data:`MAX_SCAN_CHARS` only
the head and tail are read, so one scan costs a bounded time whatever the input size (prompts are capped
far below that by :data:`~basementbrew.safety.limits.MAX_PROMPT_CHARS` anyway).
"""

from __future__ import annotations

import json
from collections import Counter
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import numpy as np

from basementbrew.errors import BrewError
from basementbrew.safety.ngrams import TOKEN_PATTERN as _TOKEN_PATTERN
from basementbrew.safety.ngrams import analyzer
from basementbrew.safety.normalize import deobfuscate

WINDOW_CHARS = 4_000
WINDOW_OVERLAP = 256  # a phrase cut by one window boundary is whole in the next window
MAX_SCAN_CHARS = 100_000


def clip(text: str) -> str:
    """Head and tail of a text longer than :data:`MAX_SCAN_CHARS` (the rest is not read by the models)."""
    if len(text) <= MAX_SCAN_CHARS:
        return text
    return text[: MAX_SCAN_CHARS // 2] + "\n" + text[-MAX_SCAN_CHARS // 2 :]


def windows(text: str) -> list[str]:
    """The text itself, or overlapping windows of :data:`WINDOW_CHARS` over its (clipped) head and tail."""
    if len(text) <= WINDOW_CHARS:
        return [text]
    text = clip(text)
    step = WINDOW_CHARS - WINDOW_OVERLAP
    return [text[i : i + WINDOW_CHARS] for i in range(0, len(text) - WINDOW_OVERLAP, step)]


@lru_cache(maxsize=256)
def prepared(text: str) -> str:
    """:func:`deobfuscate`, cached: the scanners of one chain see the same text."""
    return deobfuscate(text)


# The counts are cached so the n-gram models of one chain (injection, harmful, toxicity) analyse a text once;
# that needs the windows of the texts being scanned now, not history. One 4,000-character window's char
# n-grams hold ~0.3 MB of Python objects, and at 256 entries a server scanning long texts grew by ~50 MB
# (measured; benchmarks/safety_latency.py). 32 covers both analyzers of a 32,000-character prompt's 9 windows.
NGRAM_CACHE = 32


@lru_cache(maxsize=NGRAM_CACHE)
def ngram_counts(text: str, kind: str, lo: int, hi: int, token_pattern: str) -> tuple[list[str], np.ndarray]:
    """The prepared text's distinct n-grams and their sublinear term frequencies (``1 + log count``), cached and
    shared by every model with the same analyzer (each model only looks them up in its vocabulary)."""
    counts = Counter(analyzer(kind, lo, hi, token_pattern)(prepared(text)))
    tf = 1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))
    tf.flags.writeable = False
    return list(counts), tf


def clear_caches() -> None:
    """Forget cached analyses (benchmarks time cold scans; a chain still shares work within one text)."""
    prepared.cache_clear()
    ngram_counts.cache_clear()
    from basementbrew.safety.embed import embedder

    if embedder.cache_info().currsize:
        embedder()._one.cache_clear()
    from basementbrew.safety import intent

    if intent.intent_encoder.cache_info().currsize:
        intent.intent_encoder().cache_clear()
    from basementbrew.safety import injection_reader

    if injection_reader.injection_reader.cache_info().currsize and injection_reader.injection_reader() is not None:
        injection_reader.injection_reader().cache_clear()


class Vocabulary:
    """N-gram -> feature column, as sorted hashes of the n-grams and their columns (12 bytes an entry; a dict with
    its string keys costs about 150). Python salts ``str`` hashes per process, so the table is built when the
    model loads, in the process that looks n-grams up. Two different n-grams share a 64-bit hash with odds of
    about 1e-10 per text scanned, which is noise next to the classifier's own errors."""

    def __init__(self, vocabulary: dict[str, Any]) -> None:
        n = len(vocabulary)
        keys = np.fromiter((hash(k) for k in vocabulary), dtype=np.int64, count=n)
        columns = np.fromiter((int(v) for v in vocabulary.values()), dtype=np.int32, count=n)
        order = np.argsort(keys)
        self.keys, self.columns = keys[order], columns[order]

    def __len__(self) -> int:
        return len(self.keys)

    def lookup(self, grams: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(a mask over ``grams``: which are in the vocabulary, their columns in order)."""
        hashes = np.fromiter(map(hash, grams), dtype=np.int64, count=len(grams))
        if not len(self.keys):
            return np.zeros(len(grams), dtype=bool), self.columns
        pos = np.minimum(np.searchsorted(self.keys, hashes), len(self.keys) - 1)
        found = self.keys[pos] == hashes
        return found, self.columns[pos[found]]


class LinearTextModel:
    """A TF-IDF (+ embedding) logistic-regression classifier restored from JSON; thread-safe.

    Scoring computes the logits block by block (sublinear tf x idf, l2 per block, times that block's
    coefficients) without building the stacked feature matrix; n-gram counts and embeddings are cached per
    text, so a chain of several models analyses a text once."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.classes: list[str] = spec["classes"]
        self.threshold: float = float(spec["threshold"])
        self.meta: dict[str, Any] = spec.get("meta", {})
        coef = np.asarray(spec["coef"], dtype=np.float64)  # (n_rows, n_features)
        self._blocks: list[tuple[tuple[str, int, int, str], Vocabulary, np.ndarray, np.ndarray]] = []
        offset = 0
        for block in spec["blocks"]:
            vocab = Vocabulary(block["vocabulary"])
            idf = np.asarray(block["idf"], dtype=np.float64)
            key = (block["analyzer"], *map(int, block["ngram_range"]), block.get("token_pattern", _TOKEN_PATTERN))
            self._blocks.append((key, vocab, idf, np.ascontiguousarray(coef[:, offset : offset + len(idf)].T)))
            offset += len(idf)
        emb = spec.get("embedding")
        self.embedding_weight: float | None = float(emb["weight"]) if emb else None
        self._emb_coef = np.ascontiguousarray(coef[:, offset:].T) if emb else None
        self._intercept = np.asarray(spec["intercept"], dtype=np.float64)
        # the harmful category head's extra block over the intent encoder's vector (``scanners.harmful``), added
        # by its caller: (dim, n_classes), None for every other model
        intent = spec.get("intent")
        self.intent_coef = np.ascontiguousarray(np.asarray(intent["coef"], dtype=np.float64).T) if intent else None
        if emb:  # load the shared embedder now (once per process), not inside the first request
            from basementbrew.safety.embed import embedder

            embedder()

    def logits(self, texts: list[str]) -> np.ndarray:
        out = np.tile(self._intercept, (len(texts), 1))
        for i, text in enumerate(texts):
            for key, vocab, idf, weights in self._blocks:
                grams, tf = ngram_counts(text, *key)
                if not grams:
                    continue
                found, idx = vocab.lookup(grams)
                if not idx.size:
                    continue
                vals = tf[found] * idf[idx]
                out[i] += vals @ weights[idx] / np.sqrt(vals @ vals)
        if self._emb_coef is not None:
            from basementbrew.safety.embed import embedder

            out += embedder().embed(texts).astype(np.float64) * self.embedding_weight @ self._emb_coef
        return out

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Class probabilities, shape (len(texts), len(classes))."""
        logits = self.logits(texts)
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
