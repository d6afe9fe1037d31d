"""Export a run's LoRA adapter as a GGUF LoRA for llama.cpp's ``--lora`` (over the base exported to GGUF).

llama.cpp's ``convert_lora_to_gguf.py`` is a script, not a package, so its layout is followed here with the
``gguf`` package: ``general.type = adapter``, ``adapter.type = lora``, ``adapter.lora.alpha``, and per target
``<gguf tensor>.lora_a`` (r × in) and ``.lora_b`` (out × r), with B's rows of q/k permuted exactly as the
base's q/k weights are (see :func:`~basementbrew.merging.gguf_export.permute_rows`). The check reads the file
back and rebuilds every weight delta, undoing the permutation, and compares it with PEFT's delta.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.gguf_export import check_exportable, permute_rows, tensor_name

PREFIX = "base_model.model."


def lora_pairs(adapter_dir: Path) -> tuple[dict[str, tuple[Any, Any]], float, dict[str, Any]]:
    """{hf weight name: (A, B)}, the alpha llama.cpp should scale by (alpha / r), and the PEFT config."""
    from safetensors.torch import load_file

    config = json.loads((adapter_dir / "adapter_config.json").read_text(encoding="utf-8"))
    if config.get("use_dora"):
        raise BrewError("GGUF LoRA export: DoRA adapters are not LoRA; merge into base and export the model")
    if config.get("target_parameters"):
        raise BrewError("GGUF LoRA export: LoRA on fused expert parameters has no llama.cpp form; merge into base")
    if config.get("rank_pattern") or config.get("alpha_pattern"):
        raise BrewError("GGUF LoRA export: per-module ranks/alphas are not supported; merge into base instead")
    r = int(config["r"])
    alpha = float(config["lora_alpha"]) * (math.sqrt(r) if config.get("use_rslora") else 1.0)
    pairs: dict[str, list[Any]] = {}
    for key, tensor in load_file(str(adapter_dir / "adapter_model.safetensors")).items():
        if ".lora_A." not in key and ".lora_B." not in key:
            raise BrewError(f"GGUF LoRA export: {key} is not a LoRA factor (modules_to_save?); merge into base")
        name = key.removeprefix(PREFIX).replace(".lora_A.weight", ".weight").replace(".lora_B.weight", ".weight")
        pairs.setdefault(name, [None, None])[0 if ".lora_A." in key else 1] = tensor.float()
    return {k: (a, b) for k, (a, b) in pairs.items()}, alpha, config


def unpermute_rows(weight: Any, heads: int) -> Any:
    return weight.reshape(heads, weight.shape[0] // heads // 2, 2, *weight.shape[1:]).swapaxes(1, 2).reshape(
        weight.shape)


def _heads(name: str, model_config: Any) -> int | None:
    if name.endswith("q_proj.weight"):
        return model_config.num_attention_heads
    if name.endswith("k_proj.weight"):
        return model_config.num_key_value_heads
    return None


def write_gguf_lora(adapter_dir: Path, model_config: Any, path: Path, name: str) -> dict[str, Any]:
    import gguf
    import numpy as np

    check_exportable(model_config)
    pairs, alpha, config = lora_pairs(adapter_dir)
    name_map = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, model_config.num_hidden_layers)
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_type("adapter")
    writer.add_name(name)
    writer.add_string("adapter.type", "lora")
    writer.add_float32("adapter.lora.alpha", alpha)
    for hf_name, (a, b) in sorted(pairs.items()):
        b_np = b.numpy()
        heads = _heads(hf_name, model_config)
        if heads is not None:
            b_np = permute_rows(b_np, heads)
        base = tensor_name(name_map, hf_name)
        writer.add_tensor(f"{base}.lora_a", np.ascontiguousarray(a.numpy(), dtype=np.float32))
        writer.add_tensor(f"{base}.lora_b", np.ascontiguousarray(b_np, dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return {"file": path.name, "bytes": path.stat().st_size, "alpha": alpha, "rank": config["r"],
            "targets": len(pairs)}


def verify_gguf_lora(adapter_dir: Path, model_config: Any, path: Path) -> dict[str, Any]:
    """Max abs difference between each delta rebuilt from the file and PEFT's own (scaling · B·A)."""
    import gguf
    import torch

    pairs, alpha, config = lora_pairs(adapter_dir)
    name_map = gguf.get_tensor_name_map(gguf.MODEL_ARCH.LLAMA, model_config.num_hidden_layers)
    reader = gguf.GGUFReader(str(path))
    stored = {t.name: torch.from_numpy(t.data.copy()) for t in reader.tensors}
    alpha_read = float(reader.fields["adapter.lora.alpha"].contents())
    rank, worst = int(config["r"]), 0.0
    for hf_name, (a, b) in pairs.items():
        base = tensor_name(name_map, hf_name)
        b_read = stored[f"{base}.lora_b"]
        heads = _heads(hf_name, model_config)
        if heads is not None:
            b_read = unpermute_rows(b_read, heads)
        got = (alpha_read / rank) * (b_read @ stored[f"{base}.lora_a"])
        want = (alpha / rank) * (b @ a)
        worst = max(worst, float((got - want).abs().max()))
    return {"delta_max_abs": worst, "tensors": len(stored)}
