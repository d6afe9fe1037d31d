"""Throughput and latency under concurrency: N clients in threads, each streaming requests back to back.

Reports total completion tokens per second, time to first token and latency percentiles; used by
``basementbrew playground bench`` and ``benchmarks/serve_throughput.py``.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from basementbrew.limits import SAMPLE_MAX_NEW_TOKENS
from basementbrew.playground.backends import Backend, Reply

DEFAULT_PROMPTS = [
    "Explain how to brew a pale ale at home, step by step.",
    "Write a short story about a robot who learns to bake bread.",
    "List ten facts about the ocean and explain each one.",
    "Describe the water cycle in detail for a ten-year-old.",
]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); 0.0 for an empty list."""
    if not values:
        return 0.0
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


@dataclass
class BenchResult:
    concurrency: int
    requests: int
    failures: int
    completion_tokens: int
    wall_s: float
    ttft: list[float] = field(default_factory=list)
    latency: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def tokens_per_s(self) -> float:
        return self.completion_tokens / self.wall_s if self.wall_s else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "clients": self.concurrency,
            "requests": self.requests,
            "failures": self.failures,
            "tokens": self.completion_tokens,
            "tokens_per_s": round(self.tokens_per_s, 1),
            "ttft_p50_s": round(percentile(self.ttft, 50), 3),
            "latency_p50_s": round(percentile(self.latency, 50), 3),
            "latency_p99_s": round(percentile(self.latency, 99), 3),
        }


def run_bench(
    backend: Backend,
    model: str,
    concurrency: int,
    requests_per_client: int = 2,
    max_tokens: int = SAMPLE_MAX_NEW_TOKENS,
    prompts: list[str] | None = None,
    duration_s: float | None = None,
) -> BenchResult:
    """Each of `concurrency` clients sends requests back to back (a count, or until `duration_s`)."""
    prompts = prompts or DEFAULT_PROMPTS
    lock = threading.Lock()
    replies: list[Reply] = []
    errors: list[str] = []
    start = time.perf_counter()

    def client(cid: int) -> None:
        i = 0
        while (duration_s is None and i < requests_per_client) or (
            duration_s is not None and time.perf_counter() - start < duration_s
        ):
            prompt = prompts[(cid + i) % len(prompts)]
            i += 1
            try:
                reply = backend.chat(
                    model, [{"role": "user", "content": prompt}], max_tokens=max_tokens, temperature=0.0
                )
                with lock:
                    replies.append(reply)
            except Exception as exc:  # counted, reported, never hidden
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")

    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(client, range(concurrency)))
    wall = time.perf_counter() - start
    return BenchResult(
        concurrency,
        len(replies) + len(errors),
        len(errors),
        sum(r.completion_tokens for r in replies),
        wall,
        [r.ttft_s for r in replies if r.ttft_s is not None],
        [r.latency_s for r in replies],
        errors,
    )
