"""RunConfig → the objects TRL and PEFT train with: datasets, the LoRA config, SFT arguments, the trainer class.

Kept apart from the workflow in :mod:`basementbrew.training.trainer` so the preview, the evaluation and the
benchmarks build exactly what training builds.
"""

from __future__ import annotations

from typing import Any

from basementbrew.config import RunConfig
from basementbrew.data.examples import load_datasets as load_datasets  # the one loader (re-exported)
from basementbrew.models.registry import ModelSpec
from basementbrew.runs import RunDir


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


def sft_trainer_class(device: str) -> type:
    """TRL's SFTTrainer on GPU; on CPU the same trainer with the model's own loss (logits + cross-entropy).

    TRL 1.16 computes the loss through a chunked fused LM head that also yields entropy and token accuracy.
    It saves memory on GPU (no full logits), but on CPU a training step is ~28% slower than with the model's
    own loss (measured single-threaded, SmolLM2-135M, batch 4), which is the gap
    benchmarks/train_throughput.py found. The token count that tokens/s is logged from is kept. The CPU trainer
    also projects onto the vocabulary only where a label follows (:func:`loss_on_labelled_positions`).
    """
    import torch
    from transformers import Trainer
    from trl import SFTTrainer

    if device == "cuda":
        return SFTTrainer

    class PlainLossSFTTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            inputs["use_cache"] = False
            if self.model.training and ("attention_mask" in inputs or "position_ids" in inputs):
                # padded: the mask's ones; padding-free (packed): every position is a real token
                real = inputs["attention_mask"].sum() if "attention_mask" in inputs else inputs["position_ids"].numel()
                tokens = self.accelerator.gather_for_metrics(torch.as_tensor(real)).sum().item()
                self._total_train_tokens += tokens
                self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
            config = getattr(self.model, "config", None)  # `model` may be DDP-wrapped, which has no config
            if return_outputs or "labels" not in inputs or getattr(config, "output_router_logits", False):
                return Trainer.compute_loss(self, model, inputs, return_outputs=return_outputs,
                                            num_items_in_batch=num_items_in_batch)
            loss = loss_on_labelled_positions(model, inputs, num_items_in_batch)
            if self.args.average_tokens_across_devices and num_items_in_batch is not None:
                loss = loss * self.accelerator.num_processes  # as Trainer.compute_loss, for the DDP mean
            return loss

    return PlainLossSFTTrainer


def loss_on_labelled_positions(model: Any, inputs: dict[str, Any], num_items_in_batch: Any = None) -> Any:
    """The causal-LM loss, with the LM head applied only at positions whose next token carries loss.

    Same value as the model's own loss (``ForCausalLMLoss``: shifted labels, -100 ignored, summed over
    `num_items_in_batch` or averaged), but prompt and pad positions are never projected onto the vocabulary
    (transformers' ``logits_to_keep`` with a tensor of positions). With completion-only loss, about half of
    the tokens of a chat example are prompt, and for a small model the vocabulary projection and its
    cross-entropy are a large part of a step (SmolLM2-135M: 28M of its 134M parameters are the LM head).
    A padded batch keeps the union of its rows' positions; a padding-free row keeps exactly its own.
    """
    import torch

    labels = inputs.pop("labels")
    following = labels[:, 1:]  # the label each position predicts
    keep = (following != -100).any(dim=0).nonzero().flatten()
    logits = model(**inputs, logits_to_keep=keep).logits
    targets = following[:, keep].to(logits.device)
    reduction = "sum" if num_items_in_batch is not None else "mean"
    loss = torch.nn.functional.cross_entropy(logits.float().flatten(0, 1), targets.flatten(), ignore_index=-100,
                                             reduction=reduction)
    if num_items_in_batch is not None:
        loss = loss / torch.as_tensor(num_items_in_batch, device=loss.device)
    return loss


def sft_collator(config: RunConfig, tokenizer: Any) -> Any:
    """TRL's own collator in padding-free mode when ``training.packing`` with the ``padding_free`` strategy.

    Each batch's examples become one row, ``position_ids`` restarting at 0 per example (transformers 5 builds a
    block-diagonal causal mask from them for SDPA and eager; FlashAttention uses the ``cu_seq_lens`` TRL adds),
    and the first label of each example is masked so no example is trained to predict the next one. Passed
    explicitly because TRL's own ``padding_free`` flag refuses a ``max_length`` without dataset packing, while
    truncation to ``data.max_seq_length`` must still happen. ``None``: TRL's default (padded, or bfd packing).
    """
    t = config.training
    if not (t.packing is True and t.packing_strategy == "padding_free"):  # None (auto) unresolved: unpacked
        return None
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    if tokenizer.pad_token is None:  # what SFTTrainer does when it builds its own collator
        tokenizer.pad_token = tokenizer.eos_token
    return DataCollatorForLanguageModeling(pad_token_id=tokenizer.pad_token_id, padding_free=True)


def liger_available() -> bool:
    """Whether liger-kernel is installed (GPU only: fused linear cross-entropy, RMSNorm, SwiGLU, RoPE)."""
    import importlib.util

    return importlib.util.find_spec("liger_kernel") is not None


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
        packing=t.packing is True and t.packing_strategy == "bfd",  # padding_free packs per batch: sft_collator
        packing_strategy="bfd",
        eval_packing=False,  # held-out rows are never bfd-packed: the same examples per eval batch as unpacked
        train_sampling_strategy="group_by_length" if t.group_by_length and t.packing is not True else "random",
        use_liger_kernel=device == "cuda" and liger_available(),
        bf16=bf16,
        use_cpu=device == "cpu",
        report_to="none",
        disable_tqdm=True,
        dataloader_num_workers=0,
        remove_unused_columns=True,
        eos_token=spec.end_of_turn,
        ddp_backend="gloo" if device == "cpu" and _world_size() > 1 else None,  # CPU processes talk over gloo
    )


def _world_size() -> int:
    import os

    return int(os.environ.get("WORLD_SIZE", "1"))
