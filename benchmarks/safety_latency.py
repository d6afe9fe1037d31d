"""Latency of the offline guardrail chains on CPU, in ms per 1,000 characters (prints; asserts nothing).

    python benchmarks/safety_latency.py

Texts are the shipped evaluation rows joined into ~1,000-character probes; each chain (input: injection,
toxicity, pii; output: sanitize, toxicity, pii) runs over every probe REPEATS times. The target from the
issue is under 20 ms p50 per 1,000 characters for the offline chain. Also prints each scanner alone and
the streaming guard (5-character deltas) per 1,000 streamed characters.
"""

from __future__ import annotations

import json
import time
from importlib import resources

import numpy as np

from basementbrew.config import SafetyConfig
from basementbrew.safety.guardrails import Guardrails
from basementbrew.safety.registry import OFFLINE, get_scanner

REPEATS = 5
PROBE = 1000


def probes() -> list[str]:
    out, buf = [], ""
    for name in ("toxicity", "injection", "pii", "sanitize"):
        for line in (resources.files("basementbrew.safety") / "evalsets" / f"{name}.jsonl").read_text().splitlines():
            buf += json.loads(line)["text"] + "\n"
            if len(buf) >= PROBE:
                out.append(buf)
                buf = ""
    return out


def per_k(fn, texts: list[str]) -> tuple[float, float]:
    times = []
    for t in texts:
        fn(t)
        start = time.perf_counter()
        for _ in range(REPEATS):
            fn(t)
        times.append((time.perf_counter() - start) * 1000 / REPEATS * PROBE / len(t))
    return float(np.percentile(times, 50)), float(np.percentile(times, 99))


def stream(guard: Guardrails, text: str) -> None:
    sg = guard.stream()
    for i in range(0, len(text), 5):
        sg.feed(text[i : i + 5])
    sg.finish()


def main() -> None:
    texts = probes()
    guard = Guardrails.from_config(SafetyConfig())
    rows = [(f"scanner {n}", (lambda s: lambda t: s.scan(t))(get_scanner(n))) for n in OFFLINE]
    rows += [("input chain", guard.check_input), ("output chain", guard.check_output)]
    print(f"{len(texts)} probes of >= {PROBE} chars, {REPEATS} repeats; ms per 1,000 characters")
    for label, fn in rows:
        p50, p99 = per_k(fn, texts)
        print(f"{label:<20} p50 {p50:7.2f}   p99 {p99:7.2f}")
    p50, p99 = per_k(lambda t: stream(guard, t), texts[:20])
    print(f"{'stream (5-char)':<20} p50 {p50:7.2f}   p99 {p99:7.2f}")


if __name__ == "__main__":
    main()
