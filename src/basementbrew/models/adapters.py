"""One way to put a trained LoRA adapter (and the tokenizer saved with it) onto a loaded base model.

The CLI (`generate`, `eval`), training's before/after samples and the serving engine all attach adapters
here, so the expert-LoRA path is chosen by one predicate: :func:`uses_expert_lora` looks at the loaded
model itself (4-bit fused experts present) rather than re-deriving it from config flags, which is what let
two loaders disagree before. PEFT does the work; the only special case is LoRA over our NF4 experts, whose
wrapper has to be registered with PEFT before an adapter config naming expert parameters can load.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError

ADAPTER_CONFIG = "adapter_config.json"


def ensure_pad_token(tokenizer: Any) -> Any:
    """Batched generation and evaluation pad on the right or left; a tokenizer without a pad token pads
    with EOS (never trained on, masked by the attention mask)."""
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_saved_tokenizer(folder: str | Path) -> Any:
    """The tokenizer (and chat template) a run saved next to its adapter."""
    from transformers import AutoTokenizer

    return ensure_pad_token(AutoTokenizer.from_pretrained(str(folder)))


def uses_expert_lora(model: Any) -> bool:
    """True when the model holds fused MoE experts in NF4 (LoRA on them needs our PEFT wrapper)."""
    from basementbrew.models.quant_experts import Nf4Experts

    return any(isinstance(m, Nf4Experts) for m in model.modules())


def check_adapter_dir(adapter_dir: str | Path) -> Path:
    path = Path(adapter_dir)
    if not (path / ADAPTER_CONFIG).is_file():
        raise BrewError(f"{path} has no {ADAPTER_CONFIG}; pass a run directory or a PEFT adapter folder")
    return path


def read_adapter(adapter_dir: str | Path) -> Path:
    """Read the adapter's config and weights once before anything is attached: a damaged or partial file (a
    truncated safetensors, a half-written adapter_config.json) is one BrewError naming the folder, and the model
    stays untouched (PEFT injects the adapter's layers before it reads the weights, and leaves them there when
    that fails)."""
    import json
    import pickle

    from peft.utils import load_peft_weights
    from safetensors import SafetensorError

    path = check_adapter_dir(adapter_dir)
    try:
        json.loads((path / ADAPTER_CONFIG).read_text(encoding="utf-8"))
        load_peft_weights(str(path), device="cpu")
    except (OSError, ValueError, RuntimeError, EOFError, SafetensorError, pickle.UnpicklingError) as exc:
        raise BrewError(f"the adapter in {path} cannot be read ({type(exc).__name__}: {exc}); its files are damaged "
                        "or incomplete: copy them again, or train the run again") from None
    return path


def attach_adapter(model: Any, adapter_dir: str | Path, name: str = "default") -> Any:
    """`model` with the adapter in `adapter_dir` loaded as `name` (a PeftModel; a second call adds one more)."""
    from peft import PeftConfig, PeftModel

    from basementbrew.models.quant_experts import load_expert_adapter, register_expert_lora

    path = str(read_adapter(adapter_dir))
    experts = uses_expert_lora(model)
    if isinstance(model, PeftModel):
        if experts:  # add the config with the expert wrapper registered; load_adapter then fills it
            config = register_expert_lora(PeftConfig.from_pretrained(path))
            config.inference_mode = True
            model.add_adapter(name, config)
        model.load_adapter(path, adapter_name=name)
        return model
    if experts:
        return load_expert_adapter(model, path, adapter_name=name)
    return PeftModel.from_pretrained(model, path, adapter_name=name)
