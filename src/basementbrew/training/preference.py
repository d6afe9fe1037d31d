"""Preference training (``training.method: dpo | orpo | kto``): the TRL objects, the SFT → DPO adapter chain,
and the held-out preference accuracy the run reports before and after.

The workflow stays :func:`basementbrew.training.trainer.train`; this module supplies what differs from SFT:

- :func:`load_datasets`: a preference dataset version (:mod:`basementbrew.data.preference`) as TRL
  conversational rows: ``prompt`` messages (with the system prompt) and ``chosen``/``rejected`` (or
  ``completion`` + ``label`` for KTO) assistant messages, so the model's own chat template renders them;
- :func:`attach_init_adapter`: ``training.init_adapter: RUN`` loads that run's adapter trainable. TRL's
  DPOTrainer/KTOTrainer then copy it into a frozen ``ref`` adapter, so the reference is the SFT model, not the
  bare base, and the saved adapter is one adapter that serving loads as usual;
- :func:`build_trainer`: DPOTrainer, ORPOTrainer (``trl.experimental.orpo`` in TRL 1.16) or KTOTrainer with the
  same LoRA config, schedule, checkpointing and logging as SFT. TRL logs ``rewards/margins``,
  ``rewards/accuracies``, ``logps/chosen`` and ``logps/rejected``, which MetricsCallback stores per step;
- :func:`preference_accuracy`: how often the model gives the chosen answer a higher summed log-probability
  than the rejected one, on held-out pairs (the measure the issue asks for; reference-free, so "before" is
  the model the run starts from).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.data import preference as pref_data
from basementbrew.data.examples import common_prefix, limit_splits
from basementbrew.data.pipeline import StepPlan
from basementbrew.data.store import DatasetVersion
from basementbrew.errors import BrewError
from basementbrew.models.registry import get_spec
from basementbrew.runs import RunDir, init_adapter_run


def _messages(row: dict[str, Any], system: str | None) -> list[dict[str, str]]:
    sys_text = row.get("system") or system
    head = [{"role": "system", "content": sys_text}] if sys_text else []
    return [*head, {"role": "user", "content": row["prompt"]}]


def to_trainer_rows(rows: list[dict[str, Any]], system: str | None) -> list[dict[str, Any]]:
    """Stored preference rows → TRL conversational rows (pairs or KTO thumbs)."""
    out = []
    for r in rows:
        item: dict[str, Any] = {"prompt": _messages(r, system)}
        if "chosen" in r:
            item["chosen"] = [{"role": "assistant", "content": r["chosen"]}]
            item["rejected"] = [{"role": "assistant", "content": r["rejected"]}]
        else:
            item["completion"] = [{"role": "assistant", "content": r["completion"]}]
            item["label"] = bool(r["label"])
        out.append(item)
    return out


def unpair(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pairs → KTO rows (chosen: label true, rejected: label false); unpaired rows unchanged."""
    out = []
    for r in rows:
        if "chosen" not in r:
            out.append(r)
            continue
        base = {k: v for k, v in r.items() if k not in {"chosen", "rejected"}}
        out += [{**base, "completion": r["chosen"], "label": True},
                {**base, "completion": r["rejected"], "label": False}]
    return out


def load_datasets(config: RunConfig) -> tuple[Any, Any, DatasetVersion]:
    """The preference dataset version as `datasets.Dataset`s (train, eval); a BrewError when it has no pairs."""
    from datasets import Dataset

    if get_spec(config.model.name).chat_format == "harmony":
        raise BrewError(f"training.method {config.training.method}: preference training of harmony-format models "
                        f"({config.model.name}) is not supported yet; use training.method: sft")
    plan = StepPlan.from_config(config)
    version = pref_data.resolve(config.data.dataset, config.training.method, config.data.eval_fraction, plan.steps)
    split = {name: version.split(name) for name in ("train", "eval")}
    if config.training.method == "kto":  # KTO learns from single answers: a pair is one up and one down
        split = {name: unpair(rows) for name, rows in split.items()}
    train = to_trainer_rows(split["train"], config.data.system_prompt)
    evals = to_trainer_rows(split["eval"], config.data.system_prompt)
    train, evals = limit_splits(config, train, evals, f"{version.ref} has no held-out rows")
    if config.training.method == "kto":  # one thumbs label only: a flat 0.500 loss, checked before the model loads
        cut = (f" (the first {len(train)} of {len(split['train'])}: data.max_train_examples)"
               if len(train) < len(split["train"]) else "")
        error = pref_data.kto_label_error(train, f"data.dataset {version.ref}'s train split{cut}")
        if error:
            raise BrewError(error)
    return Dataset.from_list(train), Dataset.from_list(evals), version


def init_run(config: RunConfig) -> RunDir | None:
    """The run named by ``training.init_adapter``, checked: it exists, has an adapter, same base model
    (:func:`basementbrew.runs.init_adapter_run`, the check ``train`` makes before anything loads)."""
    return init_adapter_run(config)


def attach_init_adapter(model: Any, source: RunDir) -> Any:
    """``model`` with ``source``'s adapter loaded trainable (a PeftModel whose active adapter is ``default``)."""
    from peft import PeftModel

    from basementbrew.models.adapters import check_adapter_dir

    return PeftModel.from_pretrained(model, str(check_adapter_dir(source.adapter)), is_trainable=True)


def _common(config: RunConfig, run: RunDir, device: str) -> dict[str, Any]:
    """TrainingArguments shared with SFT (see setup.sft_args): schedule, checkpoints, logging, devices."""
    t = config.training
    import os

    return dict(
        output_dir=str(run.checkpoints),
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.batch_size,
        gradient_accumulation_steps=t.gradient_accumulation,
        learning_rate=t.learning_rate,
        warmup_steps=t.warmup_ratio,
        num_train_epochs=t.num_epochs,
        max_steps=t.max_steps,
        lr_scheduler_type=t.lr_scheduler,
        weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm,
        activation_checkpointing=t.gradient_checkpointing,  # transformers 5 name
        optim=t.optimizer,
        seed=t.seed,
        data_seed=t.seed,
        logging_steps=t.logging_steps,
        eval_strategy="steps" if t.eval_steps else "no",
        eval_steps=t.eval_steps,
        save_strategy="steps" if t.save_steps else "no",
        save_steps=t.save_steps or 500,
        save_total_limit=None,
        bf16=device == "cuda" and config.model.dtype in {"auto", "bfloat16"},
        use_cpu=device == "cpu",
        report_to="none",
        disable_tqdm=True,
        dataloader_num_workers=0,
        max_length=config.data.max_seq_length,
        beta=t.beta,
        ddp_backend="gloo" if device == "cpu" and int(os.environ.get("WORLD_SIZE", "1")) > 1 else None,
    )


def build_trainer(config: RunConfig, run: RunDir, device: str, model: Any, tokenizer: Any, train_ds: Any,
                  eval_ds: Any, peft_config: Any) -> Any:
    """The TRL preference trainer for ``training.method``; ``peft_config`` None when ``model`` already carries
    the adapter to train (``init_adapter``)."""
    method = config.training.method
    common = _common(config, run, device)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    if method == "dpo":
        from trl import DPOConfig, DPOTrainer

        return DPOTrainer(model=model, args=DPOConfig(**common), train_dataset=train_ds, eval_dataset=eval_ds,
                          processing_class=tokenizer, peft_config=peft_config)
    if method == "kto":
        from trl import KTOConfig, KTOTrainer

        return KTOTrainer(model=model, args=KTOConfig(**common), train_dataset=train_ds, eval_dataset=eval_ds,
                          processing_class=tokenizer, peft_config=peft_config)
    if method == "orpo":
        import warnings

        with warnings.catch_warnings():  # TRL 1.16 keeps ORPO under experimental and says so on import
            warnings.simplefilter("ignore")
            from trl.experimental.orpo import ORPOConfig, ORPOTrainer
        return ORPOTrainer(model=model, args=ORPOConfig(**common), train_dataset=train_ds, eval_dataset=eval_ds,
                           processing_class=tokenizer, peft_config=peft_config)
    raise BrewError(f"training.method {method!r}: choose sft, dpo, orpo or kto")


def _completion_logp(model: Any, tokenizer: Any, prompt: list[dict[str, str]], answer: str,
                     max_length: int) -> float:
    import torch

    p_ids = list(tokenizer.apply_chat_template(prompt, tokenize=True, add_generation_prompt=True,
                                               return_dict=True)["input_ids"])
    full = list(tokenizer.apply_chat_template([*prompt, {"role": "assistant", "content": answer}], tokenize=True,
                                              return_dict=True)["input_ids"])[:max_length]
    start = max(1, common_prefix(p_ids, full))
    ids = torch.tensor([full], device=model.device)
    with torch.no_grad():
        logits = model(input_ids=ids, use_cache=False).logits[0, :-1].float()
    logp = torch.log_softmax(logits, dim=-1).gather(-1, ids[0, 1:, None])[:, 0]
    return float(logp[start - 1:].sum())


def preference_accuracy(model: Any, tokenizer: Any, rows: Any, max_length: int) -> dict[str, Any] | None:
    """Held-out pairs: the share where log p(chosen | prompt) > log p(rejected | prompt), and the mean margin.

    None for unpaired (KTO) rows, which have no pair to compare."""
    rows = list(rows)
    if not rows or "chosen" not in rows[0]:
        return None
    was_training = model.training
    model.eval()
    margins = []
    try:
        for r in rows:
            c = _completion_logp(model, tokenizer, r["prompt"], r["chosen"][0]["content"], max_length)
            j = _completion_logp(model, tokenizer, r["prompt"], r["rejected"][0]["content"], max_length)
            margins.append(c - j)
    finally:
        if was_training:
            model.train()
    return {"accuracy": sum(m > 0 for m in margins) / len(margins), "mean_logp_margin": sum(margins) / len(margins),
            "pairs": len(margins)}


def describe_init(source: RunDir) -> dict[str, Any]:
    """What run.json records about the adapter a run started from."""
    info = source.read_info()
    return {"run": source.name, "path": str(Path(source.path).resolve()), "method": info.get("method", "sft"),
            "dataset": info.get("dataset"), "status": info.get("status")}

