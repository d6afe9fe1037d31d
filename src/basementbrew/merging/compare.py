"""Faithfulness checks shared by every export: next-token logits and greedy continuations on fixed prompts.

A merge into the base is checked against base + adapter, a GGUF file against the model it came from. The
prompts are rendered with the model's own chat template (so the check exercises what serving sends), run one
at a time (no padding can blur a difference), and compared position by position in float32.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from basementbrew.models.generation import render_chat

PROMPTS = (
    "What is the capital of France?",
    "How long should a lager ferment?",
    "Give me one tip for cleaning a fermenter.",
    "Write one sentence about bread.",
)


def encode(tokenizer: Any, prompts: Sequence[str] = PROMPTS) -> list[Any]:
    """Token ids (1 x n tensors) of each prompt as a chat turn awaiting the assistant's answer."""
    ids = []
    for text in prompts:
        rendered = render_chat(tokenizer, [{"role": "user", "content": text}])
        ids.append(tokenizer(rendered, return_tensors="pt", add_special_tokens=False)["input_ids"])
    return ids


def all_logits(model: Any, batch: Sequence[Any]) -> list[Any]:
    """Float32 logits at every position of each prompt."""
    import torch

    device = next(model.parameters()).device
    with torch.no_grad():
        return [model(input_ids=ids.to(device)).logits[0].float().cpu() for ids in batch]


def greedy(model: Any, batch: Sequence[Any], new_tokens: int = 16) -> list[list[int]]:
    import torch

    device = next(model.parameters()).device
    outs = []
    with torch.no_grad():
        for ids in batch:
            out = model.generate(input_ids=ids.to(device), attention_mask=torch.ones_like(ids).to(device),
                                 max_new_tokens=new_tokens, do_sample=False, top_p=None, top_k=None,
                                 temperature=None)
            outs.append(out[0, ids.shape[1]:].tolist())
    return outs


def logit_diff(a: Sequence[Any], b: Sequence[Any]) -> dict[str, float]:
    """Max and mean absolute difference over all positions, and how often the argmax token agrees."""
    import torch

    diffs = [(x - y).abs() for x, y in zip(a, b, strict=True)]
    agree = torch.cat([(x.argmax(-1) == y.argmax(-1)).float() for x, y in zip(a, b, strict=True)])
    mean = float(torch.cat([d.flatten() for d in diffs]).mean())
    return {"max_abs": float(max(d.max() for d in diffs)), "mean_abs": mean,
            "argmax_agreement": float(agree.mean())}


def greedy_agreement(a: Sequence[Sequence[int]], b: Sequence[Sequence[int]]) -> dict[str, float]:
    """Fraction of prompts whose continuations are identical, and of tokens before the first divergence."""
    same, prefix, total = 0, 0, 0
    for x, y in zip(a, b, strict=True):
        same += int(list(x) == list(y))
        n = 0
        while n < min(len(x), len(y)) and x[n] == y[n]:
            n += 1
        prefix += n
        total += max(len(x), len(y), 1)
    return {"identical_continuations": same / max(len(a), 1), "shared_prefix_tokens": prefix / max(total, 1)}
