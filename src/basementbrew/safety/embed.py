"""Offline sentence features: WordLlama's 256-d static token embeddings, mean-pooled, from its installed wheel.

``wordllama==0.4.0.post1`` ships ``weights/l2_supercat_256.safetensors`` (32,000 x 256, float16, 16 MB)
and the Llama-2 tokenizer (``tokenizers/l2_supercat_tokenizer_config.json``) inside the wheel. Its own
``WordLlama.load()`` looks for the tokenizer elsewhere and then tries the Hugging Face hub, so this module
never calls it: it finds the package folder with ``importlib.util.find_spec`` (importing ``wordllama``
would also reconfigure logging) and reads both files with ``safetensors`` and ``tokenizers`` directly.

Why WordLlama and not the embedded SmolLM2's hidden states: SmolLM2-135M holds 135M parameters (~540 MB
in float32, ~270 MB in bf16), over the 150 MB extra RSS the scanners may use, and needs a transformer
forward pass per scan; a static-embedding lookup is a table read (measured here: ~0.4 ms per 1,000
characters on one core, the table is 16 MB in float16). The n-gram + embedding mix it feeds was chosen by
measurement (see :mod:`basementbrew.safety.scanners.injection`).

Features are the mean of the token vectors (wordllama's own pooling), L2-normalised. The text is
:func:`~basementbrew.safety.normalize.fold`-ed first (the same Unicode tricks are undone as for n-grams)
and capped at :data:`MAX_EMBED_CHARS` characters (head and tail), so a 1 MB input costs a bounded time.
"""

from __future__ import annotations

import importlib.util
import threading
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from basementbrew.errors import BrewError
from basementbrew.safety.normalize import fold, tokenizable

WORDLLAMA = "wordllama==0.4.0.post1"
DIM = 256
# head + tail of longer texts: the mean of a long text's tokens is dominated by its bulk anyway
MAX_EMBED_CHARS = 8_000


def _package_dir() -> Path:
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        raise BrewError(f"the safety scanners need {WORDLLAMA} (its wheel carries the embeddings); "
                        f"install it with `pip install {WORDLLAMA}`")
    return Path(next(iter(spec.submodule_search_locations)))


class StaticEmbedder:
    """Mean-pooled static token embeddings; thread-safe (the tokenizer call is serialised)."""

    def __init__(self) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        root = _package_dir()
        weights = root / "weights" / "l2_supercat_256.safetensors"
        tok = root / "tokenizers" / "l2_supercat_tokenizer_config.json"
        if not weights.is_file() or not tok.is_file():
            raise BrewError(f"{root} lacks the WordLlama weights or tokenizer; reinstall {WORDLLAMA}")
        # kept as stored (float16, 16 MB); the rows a text uses are widened to float32 before the mean, which
        # gives the same vectors as widening the whole table up front at half its resident size
        self.table = np.ascontiguousarray(load_file(str(weights))["embedding.weight"])
        self.tokenizer = Tokenizer.from_file(str(tok))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self._lock = threading.Lock()

    def embed(self, texts: list[str]) -> np.ndarray:
        """(len(texts), 256) float32, rows L2-normalised (all zeros for a text without tokens)."""
        if len(texts) == 1:  # the scanners' case: cached, so a chain of models embeds a text once
            return self._one(texts[0])[None, :]
        return self._batch(texts)

    @lru_cache(maxsize=256)  # noqa: B019 - one embedder per process (see embedder()), never freed anyway
    def _one(self, text: str) -> np.ndarray:
        out = self._batch([text])[0]
        out.flags.writeable = False
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        half = MAX_EMBED_CHARS // 2
        prepared = [fold(t if len(t) <= MAX_EMBED_CHARS else t[:half] + " " + t[-half:]) for t in texts]
        prepared = [tokenizable(t) for t in prepared]
        with self._lock:
            encoded = self.tokenizer.encode_batch(prepared, add_special_tokens=False)
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        vocab = self.table.shape[0]
        for i, enc in enumerate(encoded):
            ids = np.asarray(enc.ids, dtype=np.int64)
            ids = ids[(ids >= 0) & (ids < vocab)]
            if ids.size:
                v = self.table[ids].astype(np.float32).mean(axis=0)
                n = float(np.linalg.norm(v))
                out[i] = v / n if n > 0 else v
        return out


@cache
def embedder() -> StaticEmbedder:
    """The process-wide embedder (loaded once: a 16 MB table and a Llama-2 tokenizer)."""
    return StaticEmbedder()
