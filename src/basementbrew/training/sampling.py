"""Fixed-prompt sample generations during training, through the same output guardrails as serving."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.inference.generate import LoadedModel, generate_chat, stop_ids
from basementbrew.models.registry import ModelSpec


def make_sampler(tokenizer: Any, spec: ModelSpec, prompts: list[list[dict[str, str]]],
                 max_new_tokens: int, guard: Any = None) -> Callable[[Any], list[dict[str, Any]]]:
    """A function model → generations for the fixed prompts (greedy, so before/after are comparable).

    Samples go through the output guardrails like any served text: a blocked sample is stored as empty
    with its reason, a redacted one as redacted.
    """

    def sample(model: Any) -> list[dict[str, Any]]:
        was_training = model.training
        model.eval()
        lm = LoadedModel(model, tokenizer, spec, stop_ids(tokenizer, spec), name="training")
        try:
            outs = generate_chat(lm, prompts, max_new_tokens=max_new_tokens)
        finally:
            if was_training:
                model.train()
        samples = []
        for p, o in zip(prompts, outs, strict=True):
            item: dict[str, Any] = {"prompt": p[-1]["content"], "output": o["text"]}
            if guard is not None:
                checked = guard.check_output(o["text"])
                item["output"] = checked.text
                if not checked.allowed:
                    item["blocked"] = checked.reason
            samples.append(item)
        return samples

    return sample


def make_answerer(tokenizer: Any, spec: ModelSpec, max_new_tokens: int,
                  batch_size: int = 16) -> Callable[[Any], Callable[[list[list[dict[str, str]]]], list[str]]]:
    """model → a greedy `prompts → answers` function, for evaluation.accuracy (which imports no trainer code)."""

    def bind(model: Any) -> Callable[[list[list[dict[str, str]]]], list[str]]:
        def generate(prompts: list[list[dict[str, str]]]) -> list[str]:
            was_training = model.training
            model.eval()
            lm = LoadedModel(model, tokenizer, spec, stop_ids(tokenizer, spec), name="training")
            try:
                return [o["text"] for i in range(0, len(prompts), batch_size)
                        for o in generate_chat(lm, prompts[i:i + batch_size], max_new_tokens=max_new_tokens)]
            finally:
                if was_training:
                    model.train()

        return generate

    return bind


def sample_prompts(config: RunConfig, eval_ds: Any) -> list[list[dict[str, str]]]:
    if config.training.sample_prompts:
        system = [{"role": "system", "content": config.data.system_prompt}] if config.data.system_prompt else []
        return [[*system, {"role": "user", "content": p}] for p in config.training.sample_prompts]
    return [eval_ds[i]["prompt"] for i in range(min(3, len(eval_ds)))]
