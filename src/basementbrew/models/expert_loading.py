"""Load a MoE checkpoint with 4-bit experts without ever holding its experts in bf16 all at once.

``from_pretrained`` materializes every fused expert stack at the load dtype on the target device before
:func:`~basementbrew.models.quant_experts.quantize_fused_experts` can shrink it: ~38 GB for gpt-oss-20b, three
times its 4-bit training peak. Here the experts never go through ``from_pretrained``:

1. ``from_pretrained`` runs as usual (hub download and cache, bitsandbytes 4-bit linears, key renames, tied
   weights) on a subclass of the model's own class whose experts modules are swapped, while still on the meta
   device, for parameter-less :class:`ExpertSlot` placeholders. The checkpoint's expert tensors then match no
   parameter and are never read; they are declared ignorable so the load report stays quiet.
2. :func:`fill_expert_slots` walks the decoder layers in order. For each, :class:`CheckpointExperts` opens the
   shards holding that layer's experts (``safe_open``: memory-mapped, nothing read yet), reads one expert at a
   time, converts it to the fused layout and the load dtype, and :class:`Nf4Experts` quantizes it straight onto
   the target device; the full-precision copy is dropped before the next expert is read, and the shards are
   closed after the layer so their mapped pages leave the process.

Peak load memory is the 4-bit model plus one expert's weights at the load dtype (tens of MB for gpt-oss-20b).

Hub layouts read (anything else falls back to the eager path in ``loading.py``):
    ``fused``      ``{layer}.mlp.experts.gate_up_proj`` [E, ...] (transformers' own; unsloth/gpt-oss-20b-BF16)
    ``mxfp4``      ``{layer}.mlp.experts.gate_up_proj_blocks`` / ``_scales`` (openai/gpt-oss-20b), dequantized on
                   the target device with transformers' own ``convert_moe_packed_tensors``
    ``per_expert`` ``{layer}.block_sparse_moe.experts.{e}.w1|w3|w2.weight`` (mistralai/Mixtral-*): gate_up is
                   ``cat(w1, w3)``, down is ``w2``, as transformers' Mixtral conversion builds them
"""

from __future__ import annotations

import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import torch
from torch import nn

from basementbrew.config import QuantizationConfig
from basementbrew.errors import BrewError
from basementbrew.models.quant_experts import WEIGHTS, Nf4Experts, fused_expert_modules

INDEX = "model.safetensors.index.json"
SINGLE = "model.safetensors"
FIRST_EXPERTS = "model.layers.0.mlp.experts"  # where every supported architecture keeps layer 0's experts


class ExpertSlot(nn.Module):
    """Stands where a fused experts module goes until its 4-bit weights are filled in; holds no weights.

    ``template`` (the original module, on the meta device) is kept outside the module tree, so loading,
    ``state_dict`` and ``.to()`` never see it.
    """

    def __init__(self, template: nn.Module) -> None:
        super().__init__()
        self.__dict__["template"] = template

    def forward(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        raise BrewError("MoE experts were not loaded (load_model fills them after from_pretrained)")


class _LayerExperts:
    """One layer's experts read from open shards: an ``ExpertSource`` for :class:`Nf4Experts`."""

    def __init__(self, handles: dict[str, Any], prefix: str, layout: str, dtype: torch.dtype,
                 device: torch.device | str, shapes: dict[str, tuple[int, ...]]) -> None:
        self.handles, self.prefix, self.layout = handles, prefix, layout
        self.dtype, self.device, self.shapes = dtype, device, shapes

    def _slice(self, key: str, e: int) -> torch.Tensor:
        return self.handles[key].get_slice(key)[e:e + 1][0]

    def expert(self, name: str, e: int) -> torch.Tensor:
        p = self.prefix
        if self.layout == "fused":
            w = self._slice(f"{p}.{name}", e)
        elif self.layout == "mxfp4":
            from transformers.integrations.mxfp4 import convert_moe_packed_tensors

            blocks = self._slice(f"{p}.{name}_blocks", e).to(self.device)
            scales = self._slice(f"{p}.{name}_scales", e).to(self.device)
            w = convert_moe_packed_tensors(blocks[None], scales[None], dtype=self.dtype)[0]
        elif name == "gate_up_proj":
            w = torch.cat([self.handles[k].get_tensor(k) for k in (f"{p}.{e}.w1.weight", f"{p}.{e}.w3.weight")])
        else:
            w = self.handles[f"{p}.{e}.w2.weight"].get_tensor(f"{p}.{e}.w2.weight")
        if tuple(w.shape) != self.shapes[name][1:]:
            raise BrewError(f"{p}: expert {e} of {name} has shape {tuple(w.shape)} in the checkpoint, the model "
                            f"config expects {self.shapes[name][1:]}; config.json and the weights disagree")
        return w.to(device=self.device, dtype=self.dtype)

    def bias(self, name: str) -> torch.Tensor | None:
        key = f"{self.prefix}.{name}_bias"
        if key not in self.handles:
            return None
        # a copy: it outlives the shard, which is closed after this layer
        return self.handles[key].get_tensor(key).to(device=self.device, dtype=self.dtype, copy=True)


class CheckpointExperts:
    """The expert tensors of one safetensors checkpoint (one file, or shards with an index), read lazily."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files  # tensor name -> shard holding it

    @classmethod
    def find(cls, location: str, revision: str | None = None) -> CheckpointExperts | None:
        """The checkpoint at a local folder or hub id (shards downloaded into the HF cache), or ``None`` when it
        has no safetensors weights or its experts are in no layout this module reads."""
        from safetensors import safe_open
        from transformers.utils import cached_file

        def fetch(name: str, required: bool = False) -> str | None:
            return cached_file(location, name, revision=revision, _raise_exceptions_for_missing_entries=required)

        index = fetch(INDEX)
        if index:
            weight_map = json.loads(Path(index).read_text(encoding="utf-8"))["weight_map"]
            shards = {shard: Path(fetch(shard, required=True)) for shard in sorted(set(weight_map.values()))}
            found = cls({key: shards[shard] for key, shard in weight_map.items()})
        elif single := fetch(SINGLE):
            with safe_open(single, framework="pt") as f:
                found = cls(dict.fromkeys(f.keys(), Path(single)))
        else:
            return None
        return found if found.layout(FIRST_EXPERTS) else None

    def layout(self, module_name: str) -> tuple[str, str] | None:
        """(layout, key prefix) of the experts module ``module_name`` (e.g. ``model.layers.3.mlp.experts``)."""
        for prefix in (module_name, module_name.replace(".mlp.", ".block_sparse_moe.")):
            if f"{prefix}.gate_up_proj" in self.files:
                return "fused", prefix
            if f"{prefix}.gate_up_proj_blocks" in self.files:
                return "mxfp4", prefix
            if f"{prefix}.0.w1.weight" in self.files:
                return "per_expert", prefix
        return None

    def quantize(self, module_name: str, template: nn.Module, quant: QuantizationConfig,
                 device: torch.device | str, dtype: torch.dtype) -> Nf4Experts:
        """Build the 4-bit experts of ``module_name`` on ``device``, reading one expert at a time."""
        from safetensors import safe_open

        found = self.layout(module_name)
        if found is None:
            raise BrewError(f"the checkpoint has no expert weights for {module_name}; is it complete?")
        layout, prefix = found
        keys = [k for k in self.files if k.startswith(prefix + ".")]
        with ExitStack() as stack:
            opened = {file: stack.enter_context(safe_open(file, framework="pt"))
                      for file in sorted({self.files[k] for k in keys})}
            shapes = {name: tuple(getattr(template, name).shape) for name in WEIGHTS}
            source = _LayerExperts({k: opened[self.files[k]] for k in keys}, prefix, layout, dtype, device, shapes)
            return Nf4Experts(template, quant.quant_type, quant.double_quant, device, source=source)


def skeleton_class(base: type) -> type:
    """``base`` (a transformers model class) building :class:`ExpertSlot` where fused experts would be."""
    ignore = [*(getattr(base, "_keys_to_ignore_on_load_unexpected", None) or []), r"\.experts\."]

    def __init__(self: nn.Module, config: Any, *args: Any, **kwargs: Any) -> None:
        base.__init__(self, config, *args, **kwargs)
        for parent, child_name, experts in fused_expert_modules(self):
            setattr(parent, child_name, ExpertSlot(experts))

    return type(base.__name__, (base,), {"__init__": __init__, "__module__": base.__module__,
                                         "_keys_to_ignore_on_load_unexpected": ignore})


def load_skeleton(location: str, config: Any, kwargs: dict[str, Any]) -> nn.Module:
    """``from_pretrained`` of everything but the experts, which stay :class:`ExpertSlot` placeholders."""
    from transformers import MODEL_FOR_CAUSAL_LM_MAPPING

    base = MODEL_FOR_CAUSAL_LM_MAPPING[type(config)]
    model = skeleton_class(base).from_pretrained(location, config=config, **kwargs)
    model.__class__ = base  # the subclass only changed construction
    return model


def fill_expert_slots(model: nn.Module, checkpoint: CheckpointExperts, quant: QuantizationConfig,
                      device: torch.device | str, dtype: torch.dtype) -> int:
    """Replace every :class:`ExpertSlot` of ``model``, layer by layer, with 4-bit experts; returns how many."""
    slots = [(name, module) for name, module in model.named_modules() if isinstance(module, ExpertSlot)]
    for name, slot in slots:
        parent_name, _, child_name = name.rpartition(".")
        new = checkpoint.quantize(name, slot.template.to(dtype), quant, device, dtype)
        setattr(model.get_submodule(parent_name), child_name, new)
    return len(slots)


def load_with_streamed_experts(location: str, checkpoint: CheckpointExperts, kwargs: dict[str, Any],
                               quant: QuantizationConfig, device: torch.device | str) -> nn.Module:
    """The model at ``location`` with 4-bit linears (``kwargs`` carry the bitsandbytes config) and 4-bit experts
    quantized one expert at a time from ``checkpoint`` onto ``device``."""
    from transformers import AutoConfig

    config = AutoConfig.from_pretrained(location, revision=kwargs.get("revision"))
    # an MXFP4 checkpoint's own quantization_config would clash with bitsandbytes; its experts are read here and
    # everything else in it (attention, router, embeddings) is plain bf16
    if (getattr(config, "quantization_config", None) or {}).get("quant_method") == "mxfp4":
        del config.quantization_config
    model = load_skeleton(location, config, kwargs)
    fill_expert_slots(model, checkpoint, quant, device, kwargs["dtype"])
    return model
