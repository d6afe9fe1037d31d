"""Fixed-prompt sample generations during training, through the same guarded call as serving.

Training drives ``model.generate`` itself (a batch of fixed prompts on the model being trained), so it
uses :class:`basementbrew.safety.guarded.GuardedCall` directly: the same output checks the server and the
playground apply through ``inference/service.py``, without importing the server.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.models.generation import LoadedModel, PromptStyle, generate_chat, stop_ids
from basementbrew.models.registry import ModelSpec
from basementbrew.safety.guarded import GuardedCall


def make_sampler(tokenizer: Any, spec: ModelSpec, prompts: list[list[dict[str, str]]],
                 max_new_tokens: int, guard: Any = None,
                 style: PromptStyle | None = None) -> Callable[[Any], list[dict[str, Any]]]:
    """A function model → generations for the fixed prompts (greedy, so before/after are comparable).

    Samples go through the output guardrails like any served text: a blocked sample is stored as empty
    with its reason, a redacted one as redacted.
    """

    def sample(model: Any) -> list[dict[str, Any]]:
        with _generating(model, tokenizer, spec, style) as lm:
            outs = generate_chat(lm, prompts, max_new_tokens=max_new_tokens)
        samples = []
        for p, o in zip(prompts, outs, strict=True):
            call = GuardedCall(guard, context={"model": "training"})
            checked = call.check_output(o["text"])
            item: dict[str, Any] = {"prompt": p[-1]["content"], "output": checked.text}
            if checked.blocked:
                item["blocked"] = checked.reason
            samples.append(item)
        return samples

    return sample


def make_answerer(tokenizer: Any, spec: ModelSpec, max_new_tokens: int, style: PromptStyle | None = None,
                  batch_size: int = 16, on_batch: Callable[[int, int], None] | None = None,
                  ) -> Callable[[Any], Callable[[list[list[dict[str, str]]]], list[str]]]:
    """model → a greedy `prompts → answers` function, for evaluation.accuracy (which imports no trainer code);
    ``on_batch(answered, total)`` after each batch: 60 greedy answers take minutes on a busy CPU, and a log
    that says nothing for that long reads as a hang."""

    def bind(model: Any) -> Callable[[list[list[dict[str, str]]]], list[str]]:
        def generate(prompts: list[list[dict[str, str]]]) -> list[str]:
            out: list[str] = []
            with _generating(model, tokenizer, spec, style) as lm:
                for i in range(0, len(prompts), batch_size):
                    out += [o["text"] for o in generate_chat(lm, prompts[i:i + batch_size],
                                                            max_new_tokens=max_new_tokens)]
                    if on_batch:
                        on_batch(len(out), len(prompts))
            return out

        return generate

    return bind


@contextmanager
def _generating(model: Any, tokenizer: Any, spec: ModelSpec, style: PromptStyle | None) -> Iterator[LoadedModel]:
    """The model being trained, in eval mode for the duration, as a LoadedModel in the run's prompt style."""
    was_training = model.training
    model.eval()
    try:
        yield LoadedModel(model, tokenizer, spec, stop_ids(tokenizer, spec), name="training",
                          style=style or PromptStyle())
    finally:
        if was_training:
            model.train()


def sample_prompts(config: RunConfig, eval_ds: Any) -> list[list[dict[str, str]]]:
    if config.training.sample_prompts:
        system = [{"role": "system", "content": config.data.system_prompt}] if config.data.system_prompt else []
        return [[*system, {"role": "user", "content": p}] for p in config.training.sample_prompts]
    return [eval_ds[i]["prompt"] for i in range(min(3, len(eval_ds)))]

