"""RunConfig → a finished, self-describing run: TRL SFTTrainer (or DPO/ORPO/KTO) with PEFT LoRA/QLoRA.

The workflow reads top to bottom in :func:`train`: resolve the dataset version, load the model (4-bit
when asked), check that the chat template puts loss on the assistant turn and ends it with the model's
end-of-turn token, measure held-out loss and sample answers *before*, train, measure *after*, save the
adapter with its tokenizer/template, and write the plot and report. TRL does the tokenisation, the
completion-only masking and the loop; this module only wires the run directory around it.
``training.method: dpo | orpo | kto`` swaps in TRL's preference trainer (:mod:`basementbrew.training.preference`)
and adds the held-out preference accuracy to before/after; ``training.init_adapter`` starts from another run's
adapter (SFT → DPO), recorded in run.json.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.data.examples import trainer_rows
from basementbrew.errors import ConfigError
from basementbrew.evaluation.accuracy import heldout_accuracy
from basementbrew.models.chat_formats import ensure_chat_template
from basementbrew.models.generation import PromptStyle
from basementbrew.models.loading import (
    keep_4bit_layers_trainable_on_cpu,
    load_model,
    load_tokenizer,
    pick_device,
    resolve_source,
)
from basementbrew.models.registry import get_spec
from basementbrew.runs import RunDir, new_run
from basementbrew.training.callbacks import (
    CheckpointMarkerCallback,
    MetricsCallback,
    SamplesCallback,
    StopFileCallback,
    peak_memory_mb,
)
from basementbrew.training.checkpoints import plan_resume
from basementbrew.training.checks import check_fit, check_lora_targets, check_masking, check_trainable, count_params
from basementbrew.training.packing import resolve_packing
from basementbrew.training.report import write_report
from basementbrew.training.sampling import make_answerer, make_sampler, sample_prompts
from basementbrew.training.setup import load_datasets, lora_config, sft_args, sft_collator, sft_trainer_class

Log = Callable[[str], None]


def train(config: RunConfig, *, run: RunDir | None = None, log: Log = print, progress: Any = None,
          resume_from: Path | None = None, model: Any = None) -> RunDir:
    """Fine-tune according to `config`; returns the finished run directory.

    A run that raises is marked ``failed`` in run.json with the error (Ctrl-C: ``stopped``), so a dead run
    never shows as running. `model`: an already-built base model (4-bit already when QLoRA) used instead of
    loading ``config.model`` (benchmarks/gpu_memory.py: random weights at full size); the tokenizer still
    comes from ``model.path``.
    """
    started: list[RunDir] = [run] if run else []
    try:
        return _train(config, run=run, log=log, progress=progress, resume_from=resume_from, started=started,
                      model=model)
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
        if isinstance(exc, ConfigError):  # a resume would train the same config again: a new run fixes it
            log(f"run {run.name} failed: {exc.key} cannot be trained (below); fix it and start a new run")
            return
        log(f"run {run.name} failed: {type(exc).__name__}; fix the cause, then {hint} or start a new run")


def _train(config: RunConfig, *, run: RunDir | None, log: Log, progress: Any, resume_from: Path | None,
           started: list[RunDir], model: Any = None) -> RunDir:
    spec = get_spec(config.model.name)
    device = pick_device(config.hardware.device)
    check_fit(config, spec, log)
    from basementbrew.training import preference as pref

    preference_run = config.training.method != "sft"
    init_from = pref.init_run(config)  # checked before anything loads
    train_ds, eval_ds, version = (pref.load_datasets if preference_run else load_datasets)(config)
    run = run or new_run(config)
    started[:] = [run]
    run.update_info(status="running", dataset=version.ref, dataset_sha256=version.card["sha256"],
                    device=device, started=time.time(), pid=_pid(), method=config.training.method)
    if init_from is not None:
        run.update_info(init_adapter=pref.describe_init(init_from))
    log(f"run directory: {run.path}")
    log(f"dataset {version.ref}: {len(train_ds)} train / {len(eval_ds)} held-out examples")

    tokenizer = load_tokenizer(resolve_source(spec, config.model.path), config.model.revision, log)
    ensure_chat_template(tokenizer, spec, log)
    if model is None:
        model, source = load_model(spec, config.model, config.quantization, device, log)
        run.update_info(base_source=source.describe(), hub_id=spec.hub_id)
    else:
        run.update_info(base_source=f"in-memory:{type(model).__name__}", hub_id=spec.hub_id)
    if device == "cpu" and config.quantization.load_in_4bit:
        keep_4bit_layers_trainable_on_cpu(model)
    if config.training.gradient_checkpointing:
        model.config.use_cache = False

    if init_from is not None:
        log(f"starting from the adapter of run {init_from.name}")
        model = pref.attach_init_adapter(model, init_from)
    if init_from is None:
        check_lora_targets(model, config, spec)  # names the model's layers before PEFT or training start
    peft_config = None if init_from is not None else lora_config(config, spec)
    if preference_run:
        trainer = pref.build_trainer(config, run, device, model, tokenizer, train_ds, eval_ds, peft_config)
        masking: dict[str, Any] | None = None  # TRL's preference collators mask the prompt themselves
    else:
        config = resolve_packing(config, model, tokenizer, device, log)  # auto/true/false → on or off
        run.update_info(packing=config.training.packing)
        trainer = sft_trainer_class(device)(
            model=model,
            args=sft_args(config, run, device, spec),
            train_dataset=trainer_rows(train_ds, tokenizer, spec, config.data),
            eval_dataset=trainer_rows(eval_ds, tokenizer, spec, config.data),
            processing_class=tokenizer,
            data_collator=sft_collator(config, tokenizer),  # None unless training.packing (padding-free)
            peft_config=peft_config,
        )
        masking = check_masking(trainer, tokenizer, spec)
    trainable, total = count_params(trainer.model)
    parts = check_trainable(trainer.model, config, spec)
    log(f"trainable parameters: {trainable:,} of {total:,} ({100 * trainable / total:.2f}%): "
        + ", ".join(f"{k} {v:,}" for k, v in parts.items()))
    run.update_info(masking=masking, trainable_params=trainable, total_params=total, trainable_by_part=parts)

    prompts = sample_prompts(config, eval_ds)
    from basementbrew.safety.guardrails import Guardrails

    guard = Guardrails.from_config(config.safety)
    sampler = make_sampler(tokenizer, spec, prompts, config.training.sample_max_new_tokens, guard,
                           PromptStyle.of(config.data))  # the style `generate --run` will use too
    answerer = make_answerer(tokenizer, spec, config.training.sample_max_new_tokens, PromptStyle.of(config.data),
                             on_batch=lambda done, total: log(f"exact-answer accuracy: {done}/{total} answered"))

    def accuracy(model: Any) -> dict[str, Any] | None:
        """Exact-answer accuracy on the first `accuracy_examples` held-out rows (None when not asked)."""
        n = config.training.accuracy_examples
        if not n or not trainer.is_world_process_zero():
            return None
        return heldout_accuracy(answerer(model), [eval_ds[i] for i in range(min(n, len(eval_ds)))])

    metrics_cb = MetricsCallback(run, progress)
    trainer.add_callback(metrics_cb)
    trainer.add_callback(CheckpointMarkerCallback(config.training.save_total_limit, metrics_cb))
    from transformers import PrinterCallback

    trainer.remove_callback(PrinterCallback)  # our MetricsCallback and progress bar report instead
    stop_cb = StopFileCallback(run)
    trainer.add_callback(stop_cb)

    before: dict[str, Any] = run.read_info().get("before", {})
    if resume_from is None:
        log(f"measuring before training: held-out loss on {len(eval_ds)} examples, {len(prompts)} sample answers"
            + (f", exact-answer accuracy on {min(config.training.accuracy_examples, len(eval_ds))} questions"
               if config.training.accuracy_examples else ""))
        before = {"eval_loss": trainer.evaluate()["eval_loss"], "samples": sampler(trainer.model)}
        before["eval_perplexity"] = math.exp(before["eval_loss"])
        if (acc := accuracy(trainer.model)) is not None:
            before["accuracy"] = acc
            log(f"exact-answer accuracy before: {acc['correct']}/{acc['total']}")
        if preference_run:
            before["preference"] = pref.preference_accuracy(trainer.model, tokenizer, eval_ds,
                                                            config.data.max_seq_length)
        run.update_info(before=before)  # MetricsCallback already logged it as the step-0 eval record
    samples_cb = SamplesCallback(run, sampler)
    trainer.add_callback(samples_cb)

    allow_ddp_wrap(trainer)
    if resume_from is not None and _holds_last_step(resume_from) and not (
            trainer.is_deepspeed_enabled or trainer.is_fsdp_enabled):
        result = _finish_from_last_checkpoint(trainer, resume_from)
    else:
        result = trainer.train(resume_from_checkpoint=str(resume_from) if resume_from else None)
    # the whole run's figures (every stretch, when resumed), as the summary record logged them
    totals = metrics_cb.summary or metrics_cb.totals(trainer.state, result.training_loss)
    if stop_cb.stopped:  # decided jointly by all ranks, so every process returns here together
        if trainer.is_world_process_zero():
            (run.stop_flag).unlink(missing_ok=True)
            run.update_info(status="stopped", stopped=time.time())
        log("stopped on request; resume with `basementbrew train --resume " + run.name + "`")
        return run

    log("measuring held-out loss and sample answers after training")
    after_loss = trainer.evaluate()["eval_loss"]  # samples_cb generates (or reuses) this step's samples
    after = {"eval_loss": after_loss, "samples": samples_cb.latest[1]}
    after["eval_perplexity"] = math.exp(after["eval_loss"])
    if (acc := accuracy(trainer.model)) is not None:
        after["accuracy"] = acc
        log(f"exact-answer accuracy after: {acc['correct']}/{acc['total']}")
    if preference_run:
        after["preference"] = pref.preference_accuracy(trainer.model, tokenizer, eval_ds, config.data.max_seq_length)
    trainer.save_model(str(run.adapter))  # the main process writes; FSDP/ZeRO-3 shards are gathered first
    if trainer.is_world_process_zero():
        tokenizer.save_pretrained(str(run.tokenizer))
    info = run.update_info(
        status="completed", finished=time.time(), after=after, train_seconds=round(totals["train_runtime"], 1),
        global_step=trainer.state.global_step, train_loss=totals["train_loss"], **peak_memory_mb(),
    )
    if trainer.is_world_process_zero():
        write_report(run, info)
    return run


def resume(run: RunDir, *, overrides: list[str] | None = None, log: Log = print, progress: Any = None) -> RunDir:
    """Continue a run from its newest complete checkpoint (policy: checkpoints.plan_resume)."""
    config, ckpt = plan_resume(run, overrides or [], log)
    return train(config, run=run, log=log, progress=progress, resume_from=ckpt)



def _holds_last_step(ckpt: Path) -> bool:
    """Whether a checkpoint was written at the last step of the schedule (killed before the adapter was saved)."""
    import json

    try:
        state = json.loads((ckpt / "trainer_state.json").read_text(encoding="utf-8"))
        return int(state["global_step"]) >= int(state["max_steps"]) > 0
    except (OSError, ValueError, KeyError, TypeError):
        return False


def _finish_from_last_checkpoint(trainer: Any, ckpt: Path) -> Any:
    """Resume a run whose last step is already checkpointed: load its weights and state, log the summary.

    `Trainer.train` would run one step past ``max_steps`` here (transformers 5.24 checks the stop flag only
    after a step, and the epoch is not over), changing the adapter the run finished with.
    """
    from transformers.trainer_callback import TrainerState
    from transformers.trainer_utils import TrainOutput

    trainer._load_from_checkpoint(str(ckpt))  # the adapter weights of the last step
    trainer.state = TrainerState.load_from_json(str(ckpt / "trainer_state.json"))
    trainer.state.is_local_process_zero = trainer.is_local_process_zero()
    trainer.state.is_world_process_zero = trainer.is_world_process_zero()
    handler = trainer.callback_handler
    trainer.control = handler.on_train_begin(trainer.args, trainer.state, trainer.control)
    trainer.log({"train_runtime": 0.0, "train_loss": 0.0})  # MetricsCallback writes the run's totals
    trainer.control = handler.on_train_end(trainer.args, trainer.state, trainer.control)
    return TrainOutput(trainer.state.global_step, 0.0, {})


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


def _pid() -> int:
    import os

    return os.getpid()
