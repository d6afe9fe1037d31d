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
