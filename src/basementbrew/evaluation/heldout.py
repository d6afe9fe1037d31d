"""Held-out loss, perplexity and sample answers for a run (base + adapter) or a base model.

Loss is measured the way training measures it: examples go through the one training-rows path
(:mod:`basementbrew.data.examples`: conversation rows → trainer rows → SFTTrainer's tokenisation), so only
the tokens training puts loss on (the assistant answer with its end-of-turn token; for harmony models the
final channel, and the analysis only with ``data.train_on_reasoning``) carry loss here too. The reported
loss is the token-weighted mean negative log-likelihood over all answer tokens, and perplexity is
``exp(loss)``. (The Trainer's ``eval_loss`` averages per-batch means instead, so the two agree only up to
how batches weight tokens; with one batch they are equal.)

A run is evaluated on its own dataset version's held-out split unless another dataset is given; results
for a run are stored in ``runs/<name>/evals/`` so they stay next to the adapter they describe. On a
preference dataset (a DPO/ORPO/KTO run's own) the references are the answers a person preferred: each pair's
chosen answer, or the thumbs-up completions (``scored`` in the result says which).
"""

from __future__ import annotations

import json
import math
import time
from typing import Any

from basementbrew.errors import BrewError, ConfigError
from basementbrew.limits import SAMPLE_MAX_NEW_TOKENS

DEFAULT_DATASET = "bundled:brewing-assistant"


def resolve_target(target: str, model_path: str | None = None) -> tuple[Any, Any]:
    """``(run, None)`` for a run name/directory, ``(None, ModelConfig)`` for a registry model key; reads no
    weights, so a target that is not there is said before anything loads."""
    from basementbrew.config import ModelConfig
    from basementbrew.models.loading import base_weights
    from basementbrew.models.registry import REGISTRY
    from basementbrew.runs import find_run

    if target in REGISTRY:
        model_cfg = ModelConfig(name=target, path=model_path)
        try:
            base_weights(model_cfg)  # a path that is neither a folder, a .gguf nor a hub id: named now
        except ConfigError as exc:
            raise exc.said_as("--model-path") from None
        return None, model_cfg
    if model_path:
        raise BrewError("--model-path applies to a registry model, not to a run (a run knows its base weights)")
    return find_run(target), None


def load_target(target: str, model_path: str | None = None, device: str = "auto"):
    """A run name/directory (base + adapter + stored template) or a registry model key."""
    return _load(*resolve_target(target, model_path), device)


def _load(run: Any, model_cfg: Any, device: str) -> Any:
    from basementbrew.models.generation import load_base
    from basementbrew.runs import load_run

    return load_run(run, device=device) if run is not None else load_base(model_cfg, device=device)


def records_for(ref: str, split: str, eval_fraction: float = 0.1) -> tuple[list[dict], str, str | None]:
    """The split's records, the exact version ref, and for a preference dataset which answers were kept.

    A preference dataset (a DPO/ORPO/KTO run's own) is scored on the answers a person preferred: a pair's
    chosen answer, a thumbs-up completion (thumbs-down ones are left out), as messages records; a pair or
    thumbs file given as ``--dataset`` is imported as the preference dataset it is."""
    from basementbrew.data import preference, store

    if preference.holds_preference_rows(ref):
        version = preference.load(ref, eval_fraction)
    else:
        version = store.resolve(ref, eval_fraction)
    records = version.split(split)
    if version.card.get("kind") != "preference":
        return records, version.ref, None
    kept = preference.preferred_answers(records)
    if version.card.get("shape") == "paired":
        return kept, version.ref, "the chosen answer of each pair"
    if not kept:
        raise BrewError(f"{version.ref}/{split} has no thumbs-up row to score ({len(records)} thumbs-down): held-out "
                        "loss is measured on answers a person marked good; pick --split train or another --dataset")
    return kept, version.ref, f"thumbs-up answers only ({len(records) - len(kept)} thumbs-down left out)"


def rows_for(lm: Any, dataset: str | None, split: str, max_examples: int | None) -> tuple[list[dict], str]:
    """Prompt/completion rows of the dataset to evaluate on, and its exact version ref."""
    rows, ref, _ = scored_rows(lm, dataset, split, max_examples)
    return rows, ref


def scored_rows(lm: Any, dataset: str | None, split: str,
                max_examples: int | None) -> tuple[list[dict], str, str | None]:
    """:func:`rows_for` and, for a preference dataset, which answers are scored (see :func:`records_for`)."""
    return target_rows(lm.run, lm.spec, dataset, split, max_examples)


def target_rows(run: Any, spec: Any, dataset: str | None, split: str,
                max_examples: int | None) -> tuple[list[dict], str, str | None]:
    """:func:`scored_rows` for a run (or None: a base model) and its model's ModelSpec, before any weights load:
    the dataset is read and checked from the run's config and the registry alone."""
    from basementbrew.data.examples import conversation_rows

    config = run.load_config() if run is not None else None
    ref = dataset or (run.read_info().get("dataset") if run is not None else None) or DEFAULT_DATASET
    records, version_ref, scored = records_for(ref, split, config.data.eval_fraction if config else 0.1)
    fmt = "messages" if scored else (config.data.format if config else "auto")
    system = config.data.system_prompt if config else None
    rows = conversation_rows(records, spec, fmt, f"{version_ref}/{split}", system)
    if max_examples:
        rows = rows[:max_examples]
    if not rows:
        raise BrewError(f"{version_ref} has no {split} examples to evaluate on; pick another --dataset or --split")
    return rows, version_ref, scored


def heldout_loss(lm: Any, rows: list[dict], max_length: int, batch_size: int = 4,
                 data: Any = None) -> dict[str, float]:
    """Token-weighted answer loss and perplexity over conversation `rows` (``data``: the run's DataConfig)."""
    import torch

    from basementbrew.config import DataConfig
    from basementbrew.data.examples import tokenize_example, trainer_rows

    tok = lm.tokenizer
    pad = tok.pad_token_id if tok.pad_token_id is not None else 0
    fed = trainer_rows(rows, tok, lm.spec, data or DataConfig())
    examples = [tokenize_example(tok, r, max_length) for r in fed]
    examples = [(ids, mask) for ids, mask in examples if any(mask)]
    if not examples:
        raise BrewError("no example has an answer token within max_length; raise --max-length")
    device = next(lm.model.parameters()).device
    total_nll, total_tokens = 0.0, 0
    with torch.no_grad():
        for start in range(0, len(examples), batch_size):
            batch = examples[start:start + batch_size]
            width = max(len(ids) for ids, _ in batch)
            ids = torch.full((len(batch), width), pad, dtype=torch.long)
            labels = torch.full((len(batch), width), -100, dtype=torch.long)
            attn = torch.zeros((len(batch), width), dtype=torch.long)
            for i, (seq, mask) in enumerate(batch):
                ids[i, : len(seq)] = torch.tensor(seq)
                attn[i, : len(seq)] = 1
                labels[i, : len(seq)] = torch.tensor([t if m else -100 for t, m in zip(seq, mask, strict=True)])
            logits = lm.model(input_ids=ids.to(device), attention_mask=attn.to(device)).logits.float()
            shift_logits, shift_labels = logits[:, :-1], labels[:, 1:].to(device)
            nll = torch.nn.functional.cross_entropy(shift_logits.reshape(-1, shift_logits.size(-1)),
                                                    shift_labels.reshape(-1), ignore_index=-100, reduction="sum")
            total_nll += float(nll)
            total_tokens += int((shift_labels != -100).sum())
    loss = total_nll / total_tokens
    return {"loss": loss, "perplexity": math.exp(min(loss, 50)), "answer_tokens": total_tokens,
            "examples": len(examples)}


def evaluate(target: str, *, dataset: str | None = None, split: str = "eval", max_examples: int | None = 64,
             samples: int = 3, max_new_tokens: int = SAMPLE_MAX_NEW_TOKENS, max_length: int | None = None,
             model_path: str | None = None, device: str = "auto") -> dict[str, Any]:
    """Loss, perplexity and greedy sample answers of a run or base model on a dataset split."""
    from basementbrew.models.generation import generate_chat
    from basementbrew.models.registry import get_spec

    run, model_cfg = resolve_target(target, model_path)
    spec = get_spec(run.load_config().model.name if run is not None else model_cfg.name)
    # the dataset is read and checked before the model loads: an empty or wrong --dataset is said in a second
    rows, ref, scored = target_rows(run, spec, dataset, split, max_examples)
    lm = _load(run, model_cfg, device)
    if max_length is None:
        max_length = lm.run.load_config().data.max_seq_length if lm.run is not None else 1024
    t0 = time.time()
    result: dict[str, Any] = {"target": lm.name, "kind": "run" if lm.run is not None else "model",
                              "dataset": ref, "split": split, "max_length": max_length, "scored": scored,
                              **heldout_loss(lm, rows, max_length,
                                             data=lm.run.load_config().data if lm.run is not None else None)}
    prompts = [r["prompt"] for r in rows[:samples]]
    outs = generate_chat(lm, prompts, max_new_tokens=max_new_tokens) if prompts else []
    result["samples"] = [{"prompt": p[-1]["content"], "reference": r["completion"][-1]["content"],
                          "output": o["text"]} for p, r, o in zip(prompts, rows, outs, strict=False)]
    result["seconds"] = round(time.time() - t0, 2)
    result["time"] = time.time()
    if lm.run is not None:
        from basementbrew.workspace import atomic_write_text

        out = lm.run.evals / f"{ref.replace('@', '-')}-{split}-{int(result['time'])}.json"
        atomic_write_text(out, json.dumps(result, indent=2))
        result["saved"] = str(out)
    return result
