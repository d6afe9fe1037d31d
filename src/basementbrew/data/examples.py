"""Stored records → exactly the examples a trainer sees: the one path for training, `data preview` and
held-out evaluation.

Three steps, each used by all three callers so their loss masks cannot drift apart:

1. :func:`conversation_rows`: records → conversational ``{"prompt": [...], "completion": [answer]}`` rows
   (:func:`basementbrew.data.formats.convert_rows`; for harmony models the final answer keeps its
   analysis text in ``thinking``);
2. :func:`trainer_rows`: what TRL is fed: unchanged for role/content chat formats, rendered text pairs for
   harmony, where the analysis goes to the prompt (masked) unless ``data.train_on_reasoning``;
3. :func:`tokenize_example`: ``(input_ids, carries_loss)`` exactly as SFTTrainer tokenises such a row.

:func:`load_datasets` is where training starts: a stored dataset version → the train/eval rows of step 1.

Held-out loss computed from these rows therefore counts the same tokens training puts loss on (before,
evaluation tokenised harmony rows through the template directly and counted reasoning tokens too).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.data.formats import convert_rows, one_shape, to_prompt_completion
from basementbrew.errors import BrewError
from basementbrew.models.chat_formats import harmony_messages, render_split
from basementbrew.models.registry import ModelSpec, get_spec


def harmony_rows(rows: Iterable[dict[str, Any]], fmt: str, source: str,
                 system_prompt: str | None = None) -> list[dict[str, Any]]:
    """Records → conversational prompt/completion rows that keep the final turn's analysis.

    Prompt messages carry only role/content (earlier analysis is dropped, as harmony does at inference);
    the completion is one assistant message with ``content`` and ``thinking`` ("" when there is none).
    """
    rows = list(rows)
    if fmt == "auto":  # one shape per dataset, as data.formats.convert_rows
        fmt = one_shape((f"{source}:record {i}", r) for i, r in enumerate(rows, 1))
    out = []
    for i, row in enumerate(rows, 1):
        where = f"{source}:record {i}"
        if fmt == "messages":
            msgs = harmony_messages(row.get("messages"), where, system_prompt)
        else:
            pc = to_prompt_completion(row, fmt, where, system_prompt)  # type: ignore[arg-type]
            msgs = harmony_messages(pc["prompt"] + pc["completion"], where)
        prompt = [{"role": m["role"], "content": m["content"]} for m in msgs[:-1]]
        out.append({"prompt": prompt, "completion": [msgs[-1]]})
    return out


def conversation_rows(records: Iterable[dict[str, Any]], spec: ModelSpec, fmt: str, source: str,
                      system_prompt: str | None = None) -> list[dict[str, Any]]:
    """Records → conversational rows for `spec`'s chat format (harmony keeps developer turns and analysis)."""
    convert = harmony_rows if spec.chat_format == "harmony" else convert_rows
    return convert(records, fmt, source, system_prompt)  # type: ignore[arg-type]


def trainer_rows(rows: Any, tokenizer: Any, spec: ModelSpec, data: Any) -> Any:
    """The rows TRL trains on: unchanged for role/content formats; rendered text pairs for harmony.

    ``rows`` is a list of dicts or a ``datasets.Dataset``; the result is of the same kind."""
    if spec.chat_format != "harmony":
        return rows

    def render(row: dict[str, Any]) -> dict[str, str]:
        prompt, completion = render_split(tokenizer, row["prompt"], row["completion"][0],
                                          train_on_reasoning=data.train_on_reasoning,
                                          reasoning_effort=data.reasoning_effort)
        return {"prompt": prompt, "completion": completion}

    rendered = [render(row) for row in rows]
    if isinstance(rows, list):
        return rendered
    from datasets import Dataset

    return Dataset.from_list(rendered)


def common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _ids(tokenizer: Any, messages: list[dict[str, Any]], **kwargs: Any) -> list[int]:
    out = tokenizer.apply_chat_template(messages, tokenize=True, return_dict=True, **kwargs)
    return list(out["input_ids"])


def tokenize_example(tokenizer: Any, row: dict[str, Any], max_length: int | None) -> tuple[list[int], list[bool]]:
    """(input_ids, carries_loss) exactly as SFTTrainer prepares a prompt/completion row (of :func:`trainer_rows`)."""
    if isinstance(row["prompt"], str):  # pre-rendered text pairs (harmony): TRL tokenises the plain text
        prompt = list(tokenizer(row["prompt"])["input_ids"])
        full = list(tokenizer(row["prompt"] + row["completion"])["input_ids"])
    else:
        kwargs = dict(row.get("chat_template_kwargs") or {})
        prompt = _ids(tokenizer, row["prompt"], add_generation_prompt=True, **kwargs)
        full = _ids(tokenizer, row["prompt"] + row["completion"], **kwargs)
    start = common_prefix(prompt, full)
    trained = [False] * start + [True] * (len(full) - start)
    if max_length is not None:
        full, trained = full[:max_length], trained[:max_length]
    return full, trained


def load_datasets(config: RunConfig) -> tuple[Any, Any, Any]:
    """The stored dataset version as TRL prompt/completion `datasets.Dataset`s (train, eval, the version).

    An imported dataset goes through ``data.steps`` (pii, toxicity); see
    :class:`~basementbrew.data.pipeline.StepPlan` for how ``safety.guardrails`` and ``safety.danger_mode``
    (which needs consent) change that. Training and the loss-mask preview both start here."""
    from datasets import Dataset

    from basementbrew.data import store
    from basementbrew.data.pipeline import StepPlan

    plan = StepPlan.from_config(config)
    version = store.resolve(config.data.dataset, config.data.eval_fraction, plan.steps, danger=plan.danger,
                            skipped=plan.skipped)
    fmt, sys_prompt, spec = config.data.format, config.data.system_prompt, get_spec(config.model.name)
    train = conversation_rows(version.split("train"), spec, fmt, f"{version.ref}/train", sys_prompt)
    evals = conversation_rows(version.split("eval"), spec, fmt, f"{version.ref}/eval", sys_prompt)
    train, evals = limit_splits(config, train, evals, f"{version.ref} has no held-out examples")
    return Dataset.from_list(train), Dataset.from_list(evals), version


def limit_splits(config: RunConfig, train: list[Any], evals: list[Any], empty: str) -> tuple[list[Any], list[Any]]:
    """Both splits cut to ``data.max_train_examples`` / ``data.max_eval_examples``; a BrewError starting with
    ``empty`` when no held-out row is left (SFT and preference training share this rule)."""
    if config.data.max_train_examples:
        train = train[: config.data.max_train_examples]
    if config.data.max_eval_examples:
        evals = evals[: config.data.max_eval_examples]
    if not evals:
        raise BrewError(f"{empty}; set data.eval_fraction above 0")
    return train, evals
