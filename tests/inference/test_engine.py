"""The continuous-batching engine: batched greedy equals one-at-a-time greedy, adapters mix in one batch,
stop strings, seeds and the bounded queue behave as documented."""

from __future__ import annotations

import pytest

from basementbrew.inference.engine import Engine, QueueFull, SamplingParams

QUESTIONS = ["What is the capital of France?", "Name three colors.", "Write one sentence about bread.", "2+2?"]


def _prompts(model, questions):
    return [model.render([{"role": "user", "content": q}]) for q in questions]


def test_batched_greedy_matches_sequential(base_lm):
    eng = Engine(base_lm, max_batch=8).start()
    try:
        m = eng.get(None)
        prompts = _prompts(m, QUESTIONS)
        handles = [eng.submit(m, p, SamplingParams(max_tokens=16)) for p in prompts]  # join mid-flight too
        batched = [h.result() for h in handles]
        single = [eng.generate(m, p, SamplingParams(max_tokens=16)) for p in prompts]
        assert [b.text for b in batched] == [s.text for s in single]
        assert [b.completion_tokens for b in batched] == [s.completion_tokens for s in single]
        assert "Paris" in batched[0].text
    finally:
        eng.stop()


def test_stop_string_seed_and_length(base_lm):
    eng = Engine(base_lm).start()
    try:
        m = eng.get(None)
        p = _prompts(m, QUESTIONS[:1])[0]
        stopped = eng.generate(m, p, SamplingParams(max_tokens=16, stop=("Paris",)))
        assert stopped.finish_reason == "stop" and "Paris" not in stopped.text and stopped.text
        sampled = [eng.generate(m, p, SamplingParams(max_tokens=12, temperature=1.0, seed=11)).text for _ in "ab"]
        assert sampled[0] == sampled[1]
        capped = eng.generate(m, p, SamplingParams(max_tokens=3))
        assert capped.finish_reason == "length" and capped.completion_tokens == 3
    finally:
        eng.stop()


def test_streamed_deltas_add_up_to_the_text(base_lm):
    eng = Engine(base_lm).start()
    try:
        m = eng.get(None)
        events = list(eng.submit(m, _prompts(m, QUESTIONS[1:2])[0], SamplingParams(max_tokens=16)))
        assert events[-1].done and "".join(e.delta for e in events) == events[-1].text
        assert sum(1 for e in events if e.delta) > 1
    finally:
        eng.stop()


def test_queue_full_and_context_limit(base_lm):
    eng = Engine(base_lm, max_queue=2)  # not started: nothing drains the queue
    m = eng.get(None)
    eng.submit(m, "a", SamplingParams(max_tokens=2))
    eng.submit(m, "b", SamplingParams(max_tokens=2))
    with pytest.raises(QueueFull):
        eng.submit(m, "c", SamplingParams(max_tokens=2))
    from basementbrew.errors import BrewError

    with pytest.raises(BrewError, match="context"):
        eng.submit(m, "hello", SamplingParams(max_tokens=eng.context_length))


class _FailDecodeOnce:
    """Fault injection around the real model: the first decode step (one token per row) raises."""

    def __init__(self, model) -> None:
        self.model, self.failed = model, False

    @property
    def device(self):
        return self.model.device

    def __call__(self, **kw):
        if not self.failed and kw["input_ids"].shape[1] == 1:
            self.failed = True
            raise RuntimeError("injected decode failure")
        return self.model(**kw)


def _final(handle, timeout: float = 60):
    """The done event of a sync handle, or fail the test instead of hanging on a stuck worker."""
    import queue

    while True:
        try:
            event = handle._q.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"no answer within {timeout} s: the engine worker took no new request")
        if event.done:
            return event


def _worker_cpu_seconds(eng) -> float:
    import os
    from pathlib import Path

    fields = Path(f"/proc/self/task/{eng._thread.native_id}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def test_failed_step_with_full_batch_frees_the_batch(base_lm):
    """Regression: a failing decode step left `active` at max_batch, so the worker spun and took nothing."""
    import time

    eng = Engine(base_lm, max_batch=2)
    eng.model = _FailDecodeOnce(base_lm.model)
    m = eng.get(None)
    doomed = [eng.submit(m, p, SamplingParams(max_tokens=8)) for p in _prompts(m, QUESTIONS[:2])]  # full batch
    eng.start()
    try:
        for h in doomed:
            final = _final(h)
            assert final.finish_reason == "error" and "injected decode failure" in final.error
        time.sleep(0.3)
        assert eng.active == 0
        cpu0, t0 = _worker_cpu_seconds(eng), time.perf_counter()
        time.sleep(1.0)
        busy = (_worker_cpu_seconds(eng) - cpu0) / (time.perf_counter() - t0)
        assert busy < 0.2, f"idle worker used {busy:.0%} of a core"
        after = _final(eng.submit(m, _prompts(m, QUESTIONS[:1])[0], SamplingParams(max_tokens=8)), timeout=30)
        assert after.finish_reason in ("stop", "length") and "Paris" in after.text
    finally:
        eng.stop()


def test_tiny_temperature_is_greedy_and_spares_its_batch(base_lm):
    """Regression: temperature 1e-40 made NaN probabilities and failed every request in the same forward."""
    eng = Engine(base_lm, max_batch=8)
    m = eng.get(None)
    prompt = _prompts(m, QUESTIONS[:1])[0]
    temps = [0.0, 1e-40, 8e-38, 5e-5]
    handles = [eng.submit(m, prompt, SamplingParams(max_tokens=10, temperature=t)) for t in temps]  # one prefill
    eng.start()
    try:
        finals = [_final(h) for h in handles]
        assert [f.error for f in finals] == [None] * len(temps)
        assert len({f.text for f in finals}) == 1 and "Paris" in finals[0].text  # all greedy
    finally:
        eng.stop()


def test_unsampleable_row_fails_alone(base_lm):
    """A row whose logits are NaN gets an error message; the other rows of the batch still get tokens."""
    import torch

    from basementbrew.inference.batch_state import Row, sample_next
    from basementbrew.inference.engine import Handle

    eng = Engine(base_lm)
    m = eng.get(None)
    rows = [Row(Handle(i, None), m, [1], SamplingParams(temperature=1.0, seed=i)) for i in range(3)]
    logits = torch.randn(3, 50)
    logits[1] = float("nan")
    picks = sample_next(logits, rows)
    assert isinstance(picks[0], int) and isinstance(picks[2], int)
    assert isinstance(picks[1], str) and "temperature=1" in picks[1]
