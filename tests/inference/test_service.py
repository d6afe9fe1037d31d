"""The generation service warms the generation path at start-up (issue 19: the first request's time to first
token is not a cold start's) without generating, auditing or counting anything. Real engine, real scanners."""

from __future__ import annotations

import logging

from prometheus_client import generate_latest

from basementbrew.config import SafetyConfig
from basementbrew.inference.engine import Engine
from basementbrew.inference.metrics import ServerMetrics
from basementbrew.inference.requests import SamplingParams
from basementbrew.inference.service import GenerationService
from basementbrew.safety.guardrails import Guardrails


def test_warm_up_queues_and_counts_nothing(base_lm):
    engine = Engine(base_lm, max_queue=1)  # never started: a row queued by the warm-up would fill the queue
    metrics = ServerMetrics(lambda: engine.queue_depth, lambda: engine.active)
    service = GenerationService(engine, Guardrails.from_config(SafetyConfig()), metrics=metrics)
    service.warm()
    assert engine.queue_depth == 0
    engine.submit(engine.get(None), "the one slot is still free", SamplingParams(max_tokens=1))
    exposed = generate_latest(metrics.registry).decode()
    assert "brew_tokens_total{" not in exposed and "brew_guardrail_blocks_total{" not in exposed
    assert "brew_finish_reasons_total{" not in exposed


def test_a_failing_warm_up_is_one_log_line_not_a_failed_start(caplog):
    service = GenerationService(engine=object(), guardrails=None)  # no models to warm: only a warning
    with caplog.at_level(logging.WARNING, logger="basementbrew.inference.service"):
        service.warm()
    assert any("warming up the generation path failed" in r.getMessage() for r in caplog.records)
