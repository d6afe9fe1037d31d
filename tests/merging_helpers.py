"""Helpers for merge tests: adapter runs, made in a second without training: random non-zero LoRA on a tiny Llama
(built from the real config class, saved with the SmolLM2 tokenizer and chat template)."""

from __future__ import annotations

from pathlib import Path


def make_run(base: Path, name: str, *, seed: int = 0, r: int = 4, model: str = "llama-3.1-8b",
             targets: tuple[str, ...] = ("q_proj", "v_proj", "gate_proj", "down_proj"), scale: float = 1.0,
             parameters: tuple[str, ...] = (), system_prompt: str | None = None) -> Path:
    """A completed run over `base` whose adapter really changes outputs (random B, not the zero init)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.config import RunConfig
    from basementbrew.runs import new_run

    torch.manual_seed(seed)
    model_ = AutoModelForCausalLM.from_pretrained(base)
    peft = get_peft_model(model_, LoraConfig(r=r, lora_alpha=2 * r, target_modules=list(targets),
                                             target_parameters=list(parameters) or None, init_lora_weights=False))
    with torch.no_grad():
        for n, p in peft.named_parameters():
            if "lora_" in n:
                p.mul_(scale)
    run = new_run(RunConfig.model_validate({"run_name": name, "model": {"name": model, "path": str(base)},
                                            "data": {"system_prompt": system_prompt}}))
    peft.save_pretrained(str(run.adapter))
    AutoTokenizer.from_pretrained(base).save_pretrained(str(run.tokenizer))
    run.update_info(status="completed")
    return run.path



def snapshot(*runs: Path) -> dict[str, bytes]:
    """Every file of the given run directories, to prove a refused merge left its inputs untouched."""
    return {str(p): p.read_bytes() for run in runs for p in sorted(Path(run).rglob("*")) if p.is_file()}
