"""Prometheus metrics for the server: requests, tokens, latency and time-to-first-token, queue depth.

Each app gets its own ``CollectorRegistry`` so several apps (tests, benchmarks) can live in one process
without duplicate-metric errors. Route labels are the matched route template, never the raw path, so a
client cannot blow up label cardinality by requesting random URLs.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20, 30, 60, 120)


class ServerMetrics:
    """The server's metric families, bound to one registry."""

    def __init__(self, queue_depth: Callable[[], float], active: Callable[[], float]) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter("brew_requests", "HTTP requests by route and status", ["route", "status"], registry=r)
        self.latency = Histogram(
            "brew_request_latency_seconds",
            "Request latency until the last byte",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.ttft = Histogram(
            "brew_time_to_first_token_seconds",
            "Time from submit to the first text",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.tokens = Counter("brew_tokens", "Tokens processed", ["kind", "model"], registry=r)
        self.finish = Counter("brew_finish_reasons", "Finished generations", ["reason"], registry=r)
        self.blocked = Counter(
            "brew_guardrail_blocks", "Requests or outputs stopped by guardrails", ["stage"], registry=r
        )
        Gauge("brew_queue_depth", "Requests waiting for a batch slot", registry=r).set_function(queue_depth)
        Gauge("brew_active_sequences", "Sequences in the running batch", registry=r).set_function(active)

    def render(self) -> bytes:
        return generate_latest(self.registry)
