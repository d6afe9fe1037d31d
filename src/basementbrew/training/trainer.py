"""RunConfig → a finished, self-describing run: TRL SFTTrainer with PEFT LoRA/QLoRA.

The workflow reads top to bottom in :func:`train`: resolve the dataset version, load the model (4-bit
when asked), check that the chat template puts loss on the assistant turn and ends it with the model's
end-of-turn token, measure held-out loss and sample answers *before*, train, measure *after*, save the
adapter with its tokenizer/template, and write the plot and report. TRL does the tokenisation, the
completion-only masking and the loop; this module only wires the run directory around it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.data import store
from basementbrew.data.formats import convert_rows
from basementbrew.errors import BrewError
from basementbrew.inference.generate import LoadedModel, generate_chat, stop_ids
from basementbrew.models.chat_formats import ensure_chat_template, training_rows
from basementbrew.models.loading import load_model, load_tokenizer, pick_device, resolve_source
from basementbrew.models.registry import ModelSpec, get_spec
from basementbrew.training.callbacks import (
    CheckpointMarkerCallback,
    MetricsCallback,
    SamplesCallback,
    StopFileCallback,
    peak_memory_mb,
)
from basementbrew.training.checkpoints import plan_resume
from basementbrew.training.report import write_report
from basementbrew.training.runs import RunDir, new_run

Log = Callable[[str], None]


def load_datasets(config: RunConfig) -> tuple[Any, Any, store.DatasetVersion]:
    """The stored dataset version as TRL prompt/completion `datasets.Dataset`s (train, eval).

    An imported dataset goes through ``data.steps`` (pii, toxicity); see :class:`StepPlan` for how
    ``safety.guardrails`` and ``safety.danger_mode`` (which needs consent) change that."""
    from datasets import Dataset

    from basementbrew.data.pipeline import StepPlan

    plan = StepPlan.from_config(config)
    version = store.resolve(config.data.dataset, config.data.eval_fraction, plan.steps, danger=plan.danger,
                            skipped=plan.skipped)
    fmt, sys_prompt = config.data.format, config.data.system_prompt
    convert = convert_rows
    if get_spec(config.model.name).chat_format == "harmony":  # keeps developer turns and analysis text
        from basementbrew.models.chat_formats import harmony_rows as convert
    train = convert(version.split("train"), fmt, f"{version.ref}/train", sys_prompt)
    evals = convert(version.split("eval"), fmt, f"{version.ref}/eval", sys_prompt)
    if config.data.max_train_examples:
        train = train[: config.data.max_train_examples]
    if config.data.max_eval_examples:
        evals = evals[: config.data.max_eval_examples]
    if not evals:
        raise BrewError(f"{version.ref} has no held-out examples; set data.eval_fraction above 0")
    return Dataset.from_list(train), Dataset.from_list(evals), version


def lora_config(config: RunConfig, spec: ModelSpec):
    from peft import LoraConfig

    targets = config.lora.target_modules or list(spec.lora_target_modules)
    params = config.lora.target_parameters
    if params is None:
        params = list(spec.lora_target_parameters)
    from basementbrew.models.quant_experts import register_expert_lora

    # PEFT refuses dropout on target_parameters (fused experts): LoRA there runs without it.
    dropout = 0.0 if params else config.lora.dropout
    peft_config = LoraConfig(
        r=config.lora.r,
        lora_alpha=config.lora.alpha,
        lora_dropout=dropout,
        target_modules=targets,
        target_parameters=params or None,
        task_type="CAUSAL_LM",
        bias="none",
    )
    return register_expert_lora(peft_config)  # 4-bit experts get LoRA through our ParamWrapper


def trainable_breakdown(model: Any) -> dict[str, int]:
    """Trainable parameter counts by part: attention, (fused) experts, other (dense MLP, router, ...)."""
    parts = {"attention": 0, "experts": 0, "other": 0}
    for name, p in model.named_parameters():
        if p.requires_grad:
            attention = "self_attn." in name or ".attn." in name
            parts["experts" if ".experts." in name else "attention" if attention else "other"] += p.numel()
    return parts


def check_trainable(model: Any, config: RunConfig, spec: ModelSpec) -> dict[str, int]:
    """Refuse a MoE fine-tune whose requested expert LoRA did not attach (experts would silently stay frozen)."""
    parts = trainable_breakdown(model)
    requested = config.lora.target_parameters
    requested = list(spec.lora_target_parameters) if requested is None else requested
    if spec.is_moe and requested and parts["experts"] == 0:
        raise BrewError(
            f"lora.target_parameters {requested} matched no expert parameter of {spec.key}: the experts would "
            "not be trained. Check the names against the model, or set lora.target_parameters=[] to train "
            "attention only on purpose"
        )
    return parts


def sft_trainer_class(device: str) -> type:
    """TRL's SFTTrainer on GPU; on CPU the same trainer with the model's own loss (logits + cross-entropy).

    TRL 1.16 computes the loss through a chunked fused LM head that also yields entropy and token accuracy.
    It saves memory on GPU (no full logits), but on CPU a training step is ~28% slower than with the model's
    own loss (measured single-threaded, SmolLM2-135M, batch 4), which is the gap
    benchmarks/train_throughput.py found. The token count that tokens/s is logged from is kept.
    """
    from transformers import Trainer
    from trl import SFTTrainer

    if device == "cuda":
        return SFTTrainer

    class PlainLossSFTTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            inputs["use_cache"] = False
            if self.model.training and "attention_mask" in inputs:
                tokens = self.accelerator.gather_for_metrics(inputs["attention_mask"].sum()).sum().item()
                self._total_train_tokens += tokens
                self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
            return Trainer.compute_loss(self, model, inputs, return_outputs=return_outputs,
                                        num_items_in_batch=num_items_in_batch)

    return PlainLossSFTTrainer


def sft_args(config: RunConfig, run: RunDir, device: str, spec: ModelSpec):
    from trl import SFTConfig

    t = config.training
    eval_steps = t.eval_steps
    bf16 = device == "cuda" and config.model.dtype in {"auto", "bfloat16"}
    return SFTConfig(
        output_dir=str(run.checkpoints),
        per_device_train_batch_size=t.batch_size,
        per_device_eval_batch_size=t.batch_size,
        gradient_accumulation_steps=t.gradient_accumulation,
        learning_rate=t.learning_rate,
        warmup_steps=t.warmup_ratio,  # a float below 1 is a ratio of total steps
        num_train_epochs=t.num_epochs,
        max_steps=t.max_steps,
        lr_scheduler_type=t.lr_scheduler,
        weight_decay=t.weight_decay,
        max_grad_norm=t.max_grad_norm,
        activation_checkpointing=t.gradient_checkpointing,  # transformers 5 name for gradient checkpointing
        optim=t.optimizer,
        seed=t.seed,
        data_seed=t.seed,
        logging_steps=t.logging_steps,
        eval_strategy="steps" if eval_steps else "no",
        eval_steps=eval_steps,
        save_strategy="steps" if t.save_steps else "no",
        save_steps=t.save_steps or 500,
        save_total_limit=None,  # rotation is ours, after the completion marker (checkpoints.rotate)
        max_length=config.data.max_seq_length,
        completion_only_loss=True,
        packing=False,
        bf16=bf16,
        use_cpu=device == "cpu",
        report_to="none",
        disable_tqdm=True,
        dataloader_num_workers=0,
        remove_unused_columns=True,
        eos_token=spec.end_of_turn,
        ddp_backend="gloo" if device == "cpu" and _world_size() > 1 else None,  # CPU processes talk over gloo
    )


def trained_tokens(row: dict[str, Any]) -> list[int]:
    """Token ids of one tokenised example that carry loss (TRL marks the rest -100 in `labels`)."""
    if "labels" in row:
        return [t for t in row["labels"] if t != -100]
    mask = row.get("completion_mask")
    if mask is None:
        raise BrewError("the dataset was not tokenised into prompt/completion; completion-only loss is off")
    return [t for t, m in zip(row["input_ids"], mask, strict=False) if m]


def check_masking(trainer: Any, tokenizer: Any, spec: ModelSpec) -> dict[str, Any]:
    """Refuse to train when no token carries loss or an assistant turn cannot end in end-of-turn."""
    eot = tokenizer.convert_tokens_to_ids(spec.end_of_turn)
    ds = trainer.train_dataset
    if len(ds) == 0:
        raise BrewError("no training example has a token that carries loss; raise data.max_seq_length")
    n = min(len(ds), 32)
    with_loss = ending = 0
    for i in range(n):
        trained = trained_tokens(ds[i])
        with_loss += bool(trained)
        ending += eot in trained
    if with_loss == 0:
        raise BrewError("no token would carry loss: the completions are empty or cut off; raise data.max_seq_length")
    if ending == 0:
        raise BrewError(
            f"the chat template never puts the end-of-turn token {spec.end_of_turn!r} inside the trained part, "
            "so the model would never learn to stop; use the model's own instruct template"
        )
    return {"checked": n, "with_loss": with_loss, "ending_in_eot": ending}


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


def train(config: RunConfig, *, run: RunDir | None = None, log: Log = print, progress: Any = None,
          resume_from: Path | None = None) -> RunDir:
    """Fine-tune according to `config`; returns the finished run directory.

    A run that raises is marked ``failed`` in run.json with the error (Ctrl-C: ``stopped``), so a dead run
    never shows as running.
    """
    started: list[RunDir] = [run] if run else []
    try:
        return _train(config, run=run, log=log, progress=progress, resume_from=resume_from, started=started)
    except BaseException as exc:
        if started:
            _mark_failed(started[0], exc, log)
        raise


def _mark_failed(run: RunDir, exc: BaseException, log: Log) -> None:
    hint = f"resume with `basementbrew train --resume {run.name}`"
    if isinstance(exc, KeyboardInterrupt):
        run.update_info(status="stopped", stopped=time.time(), error="interrupted (Ctrl-C)")
        log(f"interrupted; {hint}")
    else:
        run.update_info(status="failed", failed=time.time(), error=f"{type(exc).__name__}: {exc}"[:2000])
        log(f"run {run.name} failed: {type(exc).__name__}; fix the cause, then {hint} or start a new run")


def _train(config: RunConfig, *, run: RunDir | None, log: Log, progress: Any, resume_from: Path | None,
           started: list[RunDir]) -> RunDir:
    spec = get_spec(config.model.name)
    device = pick_device(config.hardware.device)
    _check_fit(config, spec, log)
    train_ds, eval_ds, version = load_datasets(config)
    run = run or new_run(config)
    started[:] = [run]
    run.update_info(status="running", dataset=version.ref, dataset_sha256=version.card["sha256"],
                    device=device, started=time.time(), pid=_pid())
    log(f"run directory: {run.path}")
    log(f"dataset {version.ref}: {len(train_ds)} train / {len(eval_ds)} held-out examples")

    tokenizer = load_tokenizer(resolve_source(spec, config.model.path), config.model.revision, log)
    ensure_chat_template(tokenizer, spec, log)
    model, source = load_model(spec, config.model, config.quantization, device, log)
    run.update_info(base_source=source.describe(), hub_id=spec.hub_id)
    if config.training.gradient_checkpointing:
        model.config.use_cache = False

    trainer = sft_trainer_class(device)(
        model=model,
        args=sft_args(config, run, device, spec),
        train_dataset=training_rows(train_ds, tokenizer, spec, config.data),
        eval_dataset=training_rows(eval_ds, tokenizer, spec, config.data),
        processing_class=tokenizer,
        peft_config=lora_config(config, spec),
    )
    masking = check_masking(trainer, tokenizer, spec)
    trainable, total = _count_params(trainer.model)
    parts = check_trainable(trainer.model, config, spec)
    log(f"trainable parameters: {trainable:,} of {total:,} ({100 * trainable / total:.2f}%): "
        + ", ".join(f"{k} {v:,}" for k, v in parts.items()))
    run.update_info(masking=masking, trainable_params=trainable, total_params=total, trainable_by_part=parts)

    prompts = _sample_prompts(config, eval_ds)
    from basementbrew.safety.guardrails import Guardrails

    guard = Guardrails.from_config(config.safety)
    sampler = make_sampler(tokenizer, spec, prompts, config.training.sample_max_new_tokens, guard)
    trainer.add_callback(MetricsCallback(run, progress))
    trainer.add_callback(CheckpointMarkerCallback(config.training.save_total_limit))
    from transformers import PrinterCallback

    trainer.remove_callback(PrinterCallback)  # our MetricsCallback and progress bar report instead
    stop_cb = StopFileCallback(run)
    trainer.add_callback(stop_cb)

    before: dict[str, Any] = run.read_info().get("before", {})
    if resume_from is None:
        log("measuring held-out loss and sample answers before training")
        before = {"eval_loss": trainer.evaluate()["eval_loss"], "samples": sampler(trainer.model)}
        before["eval_perplexity"] = math.exp(before["eval_loss"])
        run.update_info(before=before)  # MetricsCallback already logged it as the step-0 eval record
    samples_cb = SamplesCallback(run, sampler)
    trainer.add_callback(samples_cb)

    allow_ddp_wrap(trainer)
    t0 = time.time()
    result = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    train_seconds = time.time() - t0
    if stop_cb.stopped:  # decided jointly by all ranks, so every process returns here together
        if trainer.is_world_process_zero():
            (run.path / "STOP").unlink(missing_ok=True)
            run.update_info(status="stopped", stopped=time.time())
        log("stopped on request; resume with `basementbrew train --resume " + run.name + "`")
        return run

    log("measuring held-out loss and sample answers after training")
    after_loss = trainer.evaluate()["eval_loss"]  # samples_cb generates (or reuses) this step's samples
    after = {"eval_loss": after_loss, "samples": samples_cb.latest[1]}
    after["eval_perplexity"] = math.exp(after["eval_loss"])
    trainer.save_model(str(run.adapter))  # the main process writes; FSDP/ZeRO-3 shards are gathered first
    if trainer.is_world_process_zero():
        tokenizer.save_pretrained(str(run.tokenizer))
    info = run.update_info(
        status="completed", finished=time.time(), after=after, train_seconds=round(train_seconds, 1),
        global_step=trainer.state.global_step, train_loss=result.training_loss, **peak_memory_mb(),
    )
    if trainer.is_world_process_zero():
        write_report(run, info)
    return run


def resume(run: RunDir, *, overrides: list[str] | None = None, log: Log = print, progress: Any = None) -> RunDir:
    """Continue a run from its newest complete checkpoint (policy: checkpoints.plan_resume)."""
    config, ckpt = plan_resume(run, overrides or [], log)
    return train(config, run=run, log=log, progress=progress, resume_from=ckpt)



def _sample_prompts(config: RunConfig, eval_ds: Any) -> list[list[dict[str, str]]]:
    if config.training.sample_prompts:
        system = [{"role": "system", "content": config.data.system_prompt}] if config.data.system_prompt else []
        return [[*system, {"role": "user", "content": p}] for p in config.training.sample_prompts]
    return [eval_ds[i]["prompt"] for i in range(min(3, len(eval_ds)))]


def _count_params(model: Any) -> tuple[int, int]:
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total


def _check_fit(config: RunConfig, spec: ModelSpec, log: Log) -> None:
    """When the user declared their VRAM, refuse configs the estimator says will not fit — before loading."""
    from basementbrew.models.vram import check_config

    check_config(config, spec, log)


def allow_ddp_wrap(trainer: Any) -> None:
    """Undo what an `evaluate()` before `train()` does under DDP (transformers 5.24 / accelerate 1.15).

    Evaluation prepares the model in evaluation mode: not wrapped in DistributedDataParallel, but marked
    prepared, so `train()` then skips the wrap and every rank trains on its own shard with no gradient
    all-reduce. Clearing the mark lets `train()` wrap it (tests/training/test_ddp.py catches a regression).
    """
    model, accelerator = trainer.model, trainer.accelerator
    unwrapped = accelerator.unwrap_model(trainer.model_wrapped) is trainer.model_wrapped  # DDP was skipped
    if accelerator.num_processes > 1 and getattr(model, "_is_accelerate_prepared", False) and unwrapped:
        model._is_accelerate_prepared = False
        accelerator._models[:] = [m for m in accelerator._models if m is not model]


def _world_size() -> int:
    import os

    return int(os.environ.get("WORLD_SIZE", "1"))


def _pid() -> int:
    import os

    return os.getpid()
