"""Fused MoE experts held in 4-bit NF4, dequantized one routed expert at a time, LoRA still trainable.

gpt-oss and Mixtral keep their experts as fused 3-D ``nn.Parameter`` stacks (``mlp.experts.gate_up_proj``,
``mlp.experts.down_proj``), not ``nn.Linear``, so bitsandbytes leaves them in bf16: ~38 GB of gpt-oss-20b's
~42. :func:`quantize_fused_experts` swaps each experts module for :class:`Nf4Experts`, which stores every
expert separately as NF4 (blocksize 64, optional double quantization of the absmax statistics, exactly
what ``bitsandbytes.functional.quantize_4bit`` produces for a ``Linear4bit``) and, in the forward pass,
dequantizes only the experts the router picked, one at a time, into the activations' dtype. The matmul is
a custom autograd function that saves nothing and dequantizes again in backward, so no bf16 expert weight
outlives the expert's own matmul (the autograd graph would otherwise keep every routed expert in bf16).

How LoRA reaches the experts, and why this way:
    PEFT's ``target_parameters`` ``ParamWrapper`` adds LoRA by registering a torch parametrization that
    returns ``W + scaling * lhs @ rhs`` for the *whole* expert stack, and torch evaluates it once more when
    registering it. Over NF4 storage that means dequantizing all experts of a layer (1.6 GB for one gpt-oss
    layer) twice per forward, which alone breaks the memory budget. So the wrapper here is a PEFT
    ``ParamWrapper`` subclass that keeps PEFT's LoRA weights, shapes, scaling, nesting and state-dict keys
    untouched and only replaces the parametrization step: while active it hands its low-rank factors to
    the base :class:`Nf4Experts`, which adds ``scaling * (x @ lhs_e) @ rhs_e`` for the routed expert ``e`` on
    the activations (never a weight-sized delta). Consequences, all tested:

    * ``save_pretrained`` / ``PeftModel.from_pretrained`` work unchanged, and the adapter file is the same
      as one trained on the bf16 experts: it loads into a plain bf16 model with vanilla PEFT (serve or merge
      there; merging into 4-bit experts is refused).
    * PEFT picks the wrapper through its custom-module hook, so a ``peft.LoraConfig`` must pass through
      :func:`register_expert_lora` before ``get_peft_model``, and adapters are loaded back with
      :func:`load_expert_adapter` (which does that for the saved config).
    * The subclass is *named* ``ParamWrapper`` because PEFT recognises nestable parameter wrappers by class
      name (``tuners_utils.create_and_replace_param``); a different name breaks targeting the second stack.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Protocol

import torch
from peft.tuners.lora import layer as peft_lora
from torch import nn

from basementbrew.config import QuantizationConfig
from basementbrew.errors import BrewError

BLOCKSIZE = 64  # bitsandbytes' Linear4bit default; 4 bits + 8/64 (double quant) or 32/64 bits of absmax
WEIGHTS = ("gate_up_proj", "down_proj")


class _Nf4Matmul(torch.autograd.Function):
    """``x @ W_e`` (or ``x @ W_e.T``) with W_e dequantized in forward and again in backward, never saved."""

    @staticmethod
    def forward(ctx: Any, x: torch.Tensor, experts: Nf4Experts, name: str, e: int) -> torch.Tensor:
        ctx.experts, ctx.name, ctx.e = experts, name, e
        return experts.project(x, experts.dequantize(name, e, x.dtype))

    @staticmethod
    def backward(ctx: Any, grad: torch.Tensor) -> tuple[torch.Tensor | None, None, None, None]:
        w = ctx.experts.dequantize(ctx.name, ctx.e, grad.dtype)
        grad_x = grad @ w.T if ctx.experts.is_transposed else grad @ w
        return grad_x, None, None, None


class ExpertSource(Protocol):
    """Where :class:`Nf4Experts` reads the weights it quantizes, one expert at a time."""

    def expert(self, name: str, e: int) -> torch.Tensor:
        """Expert ``e`` of fused weight ``name`` in the module's own (rows, cols) layout."""
        ...

    def bias(self, name: str) -> torch.Tensor | None:
        """The (experts, n) bias of ``name``, or ``None``."""
        ...


class _ModuleExperts:
    """The weights of an existing experts module."""

    def __init__(self, experts: nn.Module) -> None:
        self.experts = experts

    def expert(self, name: str, e: int) -> torch.Tensor:
        return getattr(self.experts, name)[e].detach()

    def bias(self, name: str) -> torch.Tensor | None:
        bias = getattr(self.experts, f"{name}_bias", None)
        return None if bias is None else bias.detach()


class Nf4Experts(nn.Module):
    """A drop-in for ``GptOssExperts`` / ``MixtralExperts`` with per-expert NF4 weight storage.

    The packed bytes live in frozen uint8 parameters under the original names (so PEFT finds the targets);
    statistics live in buffers. ``dequantize(name, e)`` rebuilds one expert's weight in its original layout.
    """

    def __init__(self, experts: nn.Module, quant_type: str = "nf4", double_quant: bool = True,
                 device: torch.device | str | None = None, source: ExpertSource | None = None) -> None:
        """Quantize ``experts`` one expert at a time.

        Args:
            experts: the ``GptOssExperts`` / ``MixtralExperts`` module to replace; with ``source`` it only gives
                shapes, dtype and settings and may sit on the meta device.
            device: where the 4-bit storage goes (default: where each expert's weight is).
            source: where the weights come from (default: ``experts`` itself); read one expert at a time, so
                only that expert's full-precision copy exists while it is quantized.
        """
        super().__init__()
        source = source or _ModuleExperts(experts)
        self.num_experts = int(experts.num_experts)
        self.is_transposed = bool(getattr(experts, "is_transposed", False))
        self.has_bias = bool(getattr(experts, "has_bias", False))
        self.quant_type, self.double_quant = quant_type, double_quant
        self._apply_gate_fn = type(experts)._apply_gate  # called with self: needs limit/alpha or act_fn
        for key, value in vars(experts).items():
            if not key.startswith("_") and isinstance(value, (bool, int, float, str)) and key != "training":
                setattr(self, key, value)
        for key, child in experts.named_children():  # activation modules (no weights)
            self.add_module(key, child)
        self.weight_dtype = experts.gate_up_proj.dtype
        self.shapes: dict[str, tuple[int, int, int]] = {}
        self._lora: dict[str, list[tuple[torch.Tensor, torch.Tensor, float]]] = {}
        for name in WEIGHTS:
            self._store(name, source, tuple(getattr(experts, name).shape), device)
            bias = source.bias(name) if self.has_bias else None
            if bias is not None:
                target = device or bias.device
                self.register_parameter(f"{name}_bias", nn.Parameter(bias.detach().to(target), requires_grad=False))

    def _store(self, name: str, source: ExpertSource, shape: tuple[int, ...],
               device: torch.device | str | None) -> None:
        from bitsandbytes.functional import quantize_4bit

        out: dict[str, torch.Tensor] = {}  # the layer's storage, filled expert by expert (no stacking copy)
        code = code2 = None
        for e in range(shape[0]):
            w = source.expert(name, e)
            w = w.to(device or w.device).reshape(-1)
            q, state = quantize_4bit(w, blocksize=BLOCKSIZE, compress_statistics=self.double_quant,
                                     quant_type=self.quant_type)
            del w  # before the next expert is read
            parts = {name: q.view(-1), f"{name}_absmax": state.absmax}
            code = state.code
            if state.nested:
                parts |= {f"{name}_absmax2": state.state2.absmax, f"{name}_offset": state.offset.reshape(())}
                code2 = state.state2.code
            for key, value in parts.items():
                if key not in out:
                    out[key] = torch.empty((shape[0], *value.shape), dtype=value.dtype, device=value.device)
                out[key][e] = value
        self.shapes[name] = shape
        self.register_parameter(name, nn.Parameter(out.pop(name), requires_grad=False))
        for key, value in out.items():
            self.register_buffer(key, value)
        if code2 is not None:
            self.register_buffer("code2", code2)
        self.register_buffer("code", code)

    def dequantize(self, name: str, e: int, dtype: torch.dtype) -> torch.Tensor:
        """Expert ``e`` of weight ``name`` in ``dtype``, in the original (rows, cols) layout."""
        from bitsandbytes.functional import QuantState, dequantize_4bit

        _, rows, cols = self.shapes[name]
        state2 = None
        offset = None
        if self.double_quant:
            state2 = QuantState(absmax=getattr(self, f"{name}_absmax2")[e], code=self.code2, blocksize=256,
                                dtype=torch.float32)
            offset = getattr(self, f"{name}_offset")[e]
        # 1-D on purpose: bitsandbytes 0.50.2's CPU kernel mis-dequantizes 2-D shapes whose last dim is
        # not a multiple of the blocksize (e.g. Mixtral down_proj with intermediate 96: 0.27 relative error)
        state = QuantState(absmax=getattr(self, f"{name}_absmax")[e], shape=torch.Size((rows * cols,)),
                           code=self.code, blocksize=BLOCKSIZE, quant_type=self.quant_type, dtype=dtype,
                           offset=offset, state2=state2)
        return dequantize_4bit(getattr(self, name)[e], state).view(rows, cols)

    def project(self, x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        return x @ w if self.is_transposed else x @ w.T

    def _linear(self, x: torch.Tensor, name: str, e: int) -> torch.Tensor:
        out = _Nf4Matmul.apply(x, self, name, e)
        for lhs, rhs, scaling in self._lora.get(name, []):
            # PEFT's factors: delta_e = lhs_e @ rhs_e in the weight's own layout (in,out) or (out,in)
            low = (x @ lhs[e].to(x.dtype)) @ rhs[e].to(x.dtype) if self.is_transposed else \
                (x @ rhs[e].T.to(x.dtype)) @ lhs[e].T.to(x.dtype)
            out = out + scaling * low
        if self.has_bias:
            out = out + getattr(self, f"{name}_bias")[e].to(out.dtype)
        return out

    def forward(self, hidden_states: torch.Tensor, top_k_index: torch.Tensor,
                top_k_weights: torch.Tensor) -> torch.Tensor:
        out = torch.zeros_like(hidden_states)
        with torch.no_grad():
            mask = nn.functional.one_hot(top_k_index, num_classes=self.num_experts + 1).permute(2, 1, 0)
            hit = torch.greater(mask.sum(dim=(-1, -2)), 0).nonzero()
        for e in hit.flatten().tolist():
            if e == self.num_experts:
                continue
            top_k_pos, token_idx = torch.where(mask[e])
            h = self._apply_gate_fn(self, self._linear(hidden_states[token_idx], "gate_up_proj", e))
            h = self._linear(h, "down_proj", e) * top_k_weights[token_idx, top_k_pos, None]
            out.index_add_(0, token_idx, h.to(out.dtype))
        return out

    def storage_bytes(self) -> int:
        """Bytes of the 4-bit weights and their statistics (biases, kept as they were, excluded)."""
        tensors = [*self.named_parameters(recurse=False), *self.named_buffers(recurse=False)]
        return sum(t.numel() * t.element_size() for n, t in tensors if not n.endswith("_bias"))


class ParamWrapper(peft_lora.ParamWrapper):
    """PEFT's LoRA wrapper for one fused expert stack, feeding its factors to :class:`Nf4Experts`.

    Same LoRA weights and keys as ``peft.tuners.lora.ParamWrapper``; only the parametrization is replaced.
    """

    def get_param(self) -> torch.Tensor:
        base = self.get_base_layer()
        if not isinstance(base, Nf4Experts):
            return super().get_param()
        packed = getattr(base, self.parameter_name)
        # a one-element view with the logical shape/dtype/device: PEFT reads only these
        return torch.empty((), dtype=base.weight_dtype, device=packed.device).expand(base.shapes[self.parameter_name])

    @contextmanager
    def _activate_lora(self, active_adapters: list[str]):
        base = self.get_base_layer()
        adapters = [a for a in active_adapters or [] if a in self.lora_A]
        if not isinstance(base, Nf4Experts) or not adapters:
            with super()._activate_lora(active_adapters):
                yield
            return
        base._lora[self.parameter_name] = [self.get_delta_factors(a) for a in adapters]
        try:
            yield
        finally:
            base._lora.pop(self.parameter_name, None)

    def merge(self, safe_merge: bool = False, adapter_names: list[str] | None = None) -> None:
        if isinstance(self.get_base_layer(), Nf4Experts):
            raise BrewError("cannot merge LoRA into 4-bit experts; load the base model in bf16 "
                            "(quantization.load_in_4bit: false) and merge the same adapter there")
        super().merge(safe_merge=safe_merge, adapter_names=adapter_names)


def register_expert_lora(peft_config: Any) -> Any:
    """Make ``peft_config`` (a ``peft.LoraConfig``) wrap :class:`Nf4Experts` with the wrapper above."""
    peft_config._register_custom_module({Nf4Experts: ParamWrapper})
    return peft_config


def load_expert_adapter(model: nn.Module, adapter_dir: str, is_trainable: bool = False, **kwargs: Any):
    """``PeftModel.from_pretrained`` for a model whose experts may be :class:`Nf4Experts`."""
    from peft import PeftConfig, PeftModel

    config = register_expert_lora(PeftConfig.from_pretrained(adapter_dir))
    return PeftModel.from_pretrained(model, adapter_dir, config=config, is_trainable=is_trainable, **kwargs)


def fused_expert_modules(model: nn.Module) -> list[tuple[nn.Module, str, nn.Module]]:
    found = []
    for parent in model.modules():
        for child_name, child in parent.named_children():
            params = dict(child.named_parameters(recurse=False))
            if all(n in params and params[n].dim() == 3 for n in WEIGHTS) and hasattr(child, "_apply_gate"):
                found.append((parent, child_name, child))
    return found


def quantize_fused_experts(model: nn.Module, quant: QuantizationConfig,
                           device: torch.device | str | None = None) -> dict[str, Any]:
    """Replace every fused experts module of ``model`` with :class:`Nf4Experts`, in place.

    For a model already in memory. ``load_model`` does not load the experts at full precision first: it
    quantizes them one at a time straight from the checkpoint (``expert_loading.py``).

    Args:
        model: a transformers gpt-oss or Mixtral model, before any PEFT adapter is added.
        quant: ``quant_type`` and ``double_quant`` are honoured; blocksize is fixed at 64.
        device: where the 4-bit storage goes (default: where each expert stack is). Quantizing a CPU
            stack straight onto a GPU never puts its bf16 copy there.

    Returns:
        Counts and sizes: modules, experts, params, bytes_before, bytes_after, bits_per_param.
    """
    if any(isinstance(m, peft_lora.LoraLayer) for m in model.modules()):
        raise BrewError("quantize_fused_experts must run before LoRA is added; quantize the base model first")
    found = fused_expert_modules(model)
    if not found:
        raise BrewError(f"{type(model).__name__} has no fused expert parameters ({', '.join(WEIGHTS)}); "
                        "set quantization.quantize_experts: false for this model")
    summary = {"modules": 0, "experts": 0, "params": 0, "bytes_before": 0, "bytes_after": 0}
    for parent, child_name, experts in found:
        weights = [getattr(experts, n) for n in WEIGHTS]
        new = Nf4Experts(experts, quant.quant_type, quant.double_quant, device)
        setattr(parent, child_name, new)
        summary["modules"] += 1
        summary["experts"] += new.num_experts
        summary["params"] += sum(w.numel() for w in weights)
        summary["bytes_before"] += sum(w.numel() * w.element_size() for w in weights)
        summary["bytes_after"] += new.storage_bytes()
        del experts, weights
    summary["bits_per_param"] = 8 * summary["bytes_after"] / summary["params"]
    return summary
