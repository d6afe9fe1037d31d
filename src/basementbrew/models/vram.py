"""Peak training-memory estimator: will this model train on this card, and with which settings?

It answers before anything is downloaded, from the registry's shapes alone (no torch import). The
estimate is the sum of the terms below, in bytes; each is kept separately so the CLI can show where the
memory goes. Notation: L layers, h hidden size, q = heads·head_dim, kv = kv_heads·head_dim, I the MLP
(or per-expert) width, E experts of which k are routed per token, V vocabulary, T = batch·seq tokens.

1. **Base weights.** bf16 = 2 bytes/param. QLoRA stores every ``nn.Linear`` weight in NF4 (bitsandbytes):
   4 bits plus one absmax per 64-element block; with double quantization that absmax is 8-bit with an
   fp32 second-level constant per 256 blocks, 4 + 8/64 + 32/(64·256) ≈ 4.127 bits/param (4 + 32/64 = 4.5
   without). Embeddings, lm_head, norms, biases and MoE routers stay bf16. Fused expert tensors (gpt-oss,
   Mixtral in transformers 5) are ``nn.Parameter``s, not ``nn.Linear``: plain bitsandbytes leaves them bf16
   (checked with transformers 5.24 + bitsandbytes 0.50.2), unless ``quantize_experts`` (a loader that
   holds experts in 4-bit, like Unsloth's bnb-4bit gpt-oss checkpoints).
2. **Adapter.** LoRA parameters counted exactly: a target ``nn.Linear`` (in → out) gets A (r×in) and
   B (out×r); a fused-expert ``target_parameter`` gets per-expert A/B, E·r·(in+out) (PEFT ParamWrapper).
   PEFT keeps them fp32: weights 4 + gradients 4 + AdamW states 8 = 16 bytes/param (10 with 8-bit Adam).
3. **Full fine-tune state.** bf16 gradients (2) + optimizer states per parameter (AdamW 2×fp32 = 8,
   8-bit AdamW 2). Pure bf16 training, no fp32 master copy (that would add 4 bytes/param).
4. **Activations** (bf16, FlashAttention/SDPA so no seq² term). Saved per token per dense layer:
   A = 24h + 4q + 4kv + 8I bytes: the two RMSNorms each keep their bf16 input, an fp32 upcast and the
   fp32 normalised tensor (10h) plus the bf16 output fed to the projections (2h); q, k, v and the attention
   output (4q + 4kv); gate, up, act(gate) and their product (8I). For MoE the MLP part counts only the k
   routed experts, k·(8I + 4h) (token copies in and weighted outputs out), plus fp32 router logits (4E).
   Without checkpointing all L layers are held: L·A·T. With checkpointing each layer keeps its input
   (2h·T) and one layer is recomputed during backward (A·T).
5. **Logits.** Standard loss: bf16 logits, their fp32 upcast and fp32 gradient, 10 bytes·V·T — 8 GB for
   a 200k vocabulary at 4k tokens. A chunked/fused loss (TRL's on our GPU path, torchtune, Unsloth, Liger)
   never holds the whole logit tensor: **1.5 bytes·V·T, measured**. The first figure here was derived
   (bf16 logits kept plus one eighth of the fp32 work, 3.25 B·V·T) and overestimated every one of our
   GPU measurements (``benchmarks/results/gpu_memory-2026-11-27-nvidia-h200.json``: SmolLM2-135M, whose
   49k x 2k logits dominate its peak, by +44 % under QLoRA); 1.5 puts all seven measured cases (three
   models, LoRA and QLoRA, seq 1024/2048) within -4 % .. +9 % of the measured allocated peak and keeps
   the published peaks below within +11 % (``tests/models/test_vram.py``). Activations and logits peak at
   different moments (loss vs a layer's backward), so the peak takes the stored activations plus the larger of the two.
6. **Overhead.** Allocator fragmentation, 5 % of the above; plus the CUDA context and cuBLAS workspaces,
   0.5 GiB, which ``torch.cuda.max_memory_reserved`` does not see (``VramEstimate.torch_peak`` drops it
   for comparison with published torch-measured peaks).

Calibrated in tests/models/test_vram.py against torchtune, Unsloth and axolotl published peaks and against
our own H200 measurements (``benchmarks/gpu_memory.py``), each within 20 %.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from basementbrew.errors import BrewError
from basementbrew.limits import MAX_VRAM_GB
from basementbrew.models.registry import REGISTRY, ModelSpec, get_spec

if TYPE_CHECKING:
    from basementbrew.config import RunConfig

GIB = 1024**3
GB = 1000**3
METHODS = ("qlora", "lora", "full")
NF4_BITS_DOUBLE_QUANT = 4 + 8 / 64 + 32 / (64 * 256)  # ≈ 4.127
NF4_BITS = 4 + 32 / 64  # 4.5: fp32 absmax per 64-block
OPTIMIZER_STATE_BYTES = {"adamw": 8, "adamw_8bit": 2, "paged_adamw_8bit": 2}
LOGIT_BYTES = {"standard": 10.0, "chunked": 1.5}  # chunked: fitted to measured peaks (docstring, item 5)
CUDA_CONTEXT_BYTES = GIB // 2
ALLOCATOR_FRACTION = 0.05
FIT_SEQ_LENS = (512, 1024, 2048, 4096)
FIT_BATCH_SIZES = (1, 2, 4, 8)
_METHOD_PREFERENCE = {"lora": 2, "qlora": 1, "full": 0}  # at equal seq/batch: no quantization error first


@dataclass(frozen=True)
class Settings:
    """One training set-up to estimate."""

    method: str = "qlora"
    seq_len: int = 2048
    batch_size: int = 1
    lora_rank: int = 16
    gradient_checkpointing: bool = True
    quantize_experts: bool = False
    optimizer: str = "adamw"
    loss: str = "chunked"  # what our trainer computes on a GPU (settings_for); "standard" for a plain Trainer
    double_quant: bool = True

    def describe(self) -> str:
        quant = self.quantization_label()
        gc = "checkpointing" if self.gradient_checkpointing else "no checkpointing"
        return f"{self.method} ({quant}), seq {self.seq_len}, batch {self.batch_size}, {gc}"

    def quantization_label(self) -> str:
        if self.method != "qlora":
            return "bf16"
        return "nf4, 4-bit experts" if self.quantize_experts else "nf4"


@dataclass(frozen=True)
class VramEstimate:
    """Estimated peak memory of one training step, term by term (bytes)."""

    model: str
    settings: Settings
    weights: int
    adapter: int
    full_state: int
    activations: int
    logits: int
    allocator: int
    cuda_context: int
    lora_params: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def total(self) -> int:
        return sum(b for _, b in self.rows())

    @property
    def torch_peak(self) -> int:
        """What ``torch.cuda.max_memory_reserved`` would report: everything but the CUDA context."""
        return self.total - self.cuda_context

    @property
    def gib(self) -> float:
        return self.total / GIB

    @property
    def gb(self) -> float:
        return self.total / GB

    def rows(self) -> list[tuple[str, int]]:
        return [
            ("base weights", self.weights),
            ("LoRA params + grads + optimizer", self.adapter),
            ("full-FT grads + optimizer", self.full_state),
            ("activations", self.activations),
            ("logits + loss", self.logits),
            ("allocator fragmentation", self.allocator),
            ("CUDA context + workspaces", self.cuda_context),
        ]


# ---- shapes and exact counts ----
def linear_shapes(spec: ModelSpec) -> dict[str, tuple[int, int]]:
    """(in, out) of each per-layer ``nn.Linear`` by module name (dense MLP only when not MoE)."""
    q, kv, h = spec.num_heads * spec.head_dim, spec.num_kv_heads * spec.head_dim, spec.hidden_size
    shapes = {"q_proj": (h, q), "k_proj": (h, kv), "v_proj": (h, kv), "o_proj": (q, h)}
    if not spec.is_moe:
        shapes |= {"gate_proj": (h, spec.intermediate_size), "up_proj": (h, spec.intermediate_size),
                   "down_proj": (spec.intermediate_size, h)}
    return shapes


def expert_shapes(spec: ModelSpec) -> dict[str, tuple[int, int]]:
    """(in, out) of one expert's slice of each fused expert tensor."""
    h, i = spec.hidden_size, spec.intermediate_size
    return {"mlp.experts.gate_up_proj": (h, 2 * i), "mlp.experts.down_proj": (i, h)} if spec.is_moe else {}


def lora_param_count(spec: ModelSpec, rank: int, target_modules: tuple[str, ...] | None = None,
                     target_parameters: tuple[str, ...] | None = None) -> int:
    """Trainable LoRA parameters PEFT creates for `spec` (defaults: the registry's targets)."""
    modules = spec.lora_target_modules if target_modules is None else target_modules
    params = spec.lora_target_parameters if target_parameters is None else target_parameters
    linears, experts = linear_shapes(spec), expert_shapes(spec)
    per_layer = 0
    for name in modules:
        if name not in linears:
            raise BrewError(f"LoRA target module {name!r} is not a linear layer of {spec.key}; "
                            f"choose from {', '.join(linears)}")
        fan_in, fan_out = linears[name]
        per_layer += rank * (fan_in + fan_out)
    for name in params:
        if name not in experts:
            raise BrewError(f"LoRA target parameter {name!r} is not a fused expert tensor of {spec.key}; "
                            f"choose from {', '.join(experts) or 'none (dense model)'}")
        fan_in, fan_out = experts[name]
        per_layer += spec.num_experts * rank * (fan_in + fan_out)
    return spec.num_layers * per_layer


def _weight_bytes(spec: ModelSpec, s: Settings) -> int:
    if s.method != "qlora":
        return 2 * spec.total_params
    bits = NF4_BITS_DOUBLE_QUANT if s.double_quant else NF4_BITS
    linear_weights = spec.num_layers * sum(i * o for i, o in linear_shapes(spec).values())
    expert_weights = spec.num_layers * spec.num_experts * 3 * spec.hidden_size * spec.intermediate_size
    quantized = linear_weights + (expert_weights if s.quantize_experts else 0)
    return round(quantized * bits / 8) + 2 * (spec.total_params - quantized)


def activation_bytes_per_token(spec: ModelSpec) -> int:
    """Bytes one token leaves saved in one decoder layer for backward (formula in the module docstring)."""
    h, i = spec.hidden_size, spec.intermediate_size
    q, kv = spec.num_heads * spec.head_dim, spec.num_kv_heads * spec.head_dim
    attention_and_norms = 24 * h + 4 * q + 4 * kv
    if spec.is_moe:
        return attention_and_norms + spec.experts_per_token * (8 * i + 4 * h) + 4 * spec.num_experts
    return attention_and_norms + 8 * i


def estimate(model: str | ModelSpec, settings: Settings | None = None, **overrides) -> VramEstimate:
    """Estimate peak training memory of `model` (registry key or spec) under `settings` + overrides."""
    spec = get_spec(model) if isinstance(model, str) else model
    s = _validated(spec, settings or Settings(), overrides)
    notes: list[str] = []
    if s.method == "qlora" and not spec.qlora:
        notes.append("registry marks this model as not QLoRA-ready")
    if s.method == "qlora" and spec.is_moe and not s.quantize_experts:
        notes.append(f"experts stay bf16 ({2 * spec.expert_weight_params() / GB:.1f} GB): plain bitsandbytes "
                     "does not quantize fused expert parameters")
    opt_bytes = OPTIMIZER_STATE_BYTES[s.optimizer]
    lora = 0 if s.method == "full" else lora_param_count(spec, s.lora_rank)
    adapter = lora * (4 + 4 + opt_bytes)
    full_state = spec.total_params * (2 + opt_bytes) if s.method == "full" else 0
    tokens = s.seq_len * s.batch_size
    per_layer = activation_bytes_per_token(spec) * tokens
    if s.gradient_checkpointing:
        stored, working = spec.num_layers * 2 * spec.hidden_size * tokens, per_layer
    else:
        stored, working = spec.num_layers * per_layer, 0
    logits = round(LOGIT_BYTES[s.loss] * spec.vocab_size * tokens)
    weights = _weight_bytes(spec, s)
    # Activations and the loss peak at different moments: stored + max(one layer's recompute, logits).
    activations = stored + max(working - logits, 0)
    subtotal = weights + adapter + full_state + activations + logits
    return VramEstimate(
        model=spec.key, settings=s, weights=weights, adapter=adapter, full_state=full_state,
        activations=activations, logits=logits, allocator=round(ALLOCATOR_FRACTION * subtotal),
        cuda_context=CUDA_CONTEXT_BYTES, lora_params=lora, notes=tuple(notes),
    )


def _validated(spec: ModelSpec, base: Settings, overrides: dict) -> Settings:
    unknown = set(overrides) - set(Settings.__dataclass_fields__)
    if unknown:
        raise BrewError(f"unknown estimator setting(s) {sorted(unknown)}; "
                        f"use {sorted(Settings.__dataclass_fields__)}")
    s = Settings(**(base.__dict__ | overrides))
    if s.quantize_experts and not spec.is_moe:  # a dense model has no experts: never label it "4-bit experts"
        s = replace(s, quantize_experts=False)
    if s.method not in METHODS:
        raise BrewError(f"unknown method {s.method!r}; use one of {', '.join(METHODS)}")
    if s.optimizer not in OPTIMIZER_STATE_BYTES:
        raise BrewError(f"unknown optimizer {s.optimizer!r}; use one of {', '.join(OPTIMIZER_STATE_BYTES)}")
    if s.loss not in LOGIT_BYTES:
        raise BrewError(f"unknown loss {s.loss!r}; use one of {', '.join(LOGIT_BYTES)}")
    for name in ("seq_len", "batch_size", "lora_rank"):
        if getattr(s, name) < 1:
            raise BrewError(f"{name} must be a positive integer, got {getattr(s, name)}")
    if s.seq_len > spec.context_length:
        raise BrewError(f"seq_len {s.seq_len} exceeds {spec.key}'s context of {spec.context_length}; "
                        "lower --seq")
    return s


@dataclass(frozen=True)
class FitResult:
    """The best setting that fits a card for one model, or the smallest requirement when none does."""

    model: str
    best: VramEstimate | None
    smallest: VramEstimate | None  # None: no sequence length asked for fits the model's context
    reason: str = ""


def _preference(e: VramEstimate) -> tuple:
    s = e.settings
    return (s.seq_len, s.batch_size, _METHOD_PREFERENCE[s.method], not s.gradient_checkpointing)


def fit(vram_gb: float, *, models: list[str] | None = None, seq_lens: tuple[int, ...] = FIT_SEQ_LENS,
        batch_sizes: tuple[int, ...] = FIT_BATCH_SIZES, methods: tuple[str, ...] = METHODS,
        **fixed) -> list[FitResult]:
    """For each model, the preferred setting whose estimate fits in `vram_gb` (decimal GB).

    Preference: fits, then longer sequence, then bigger batch, then bf16 LoRA over QLoRA over full, then
    no gradient checkpointing (faster). `fixed` pins other settings (lora_rank, quantize_experts, ...).
    """
    if not 0 < vram_gb <= MAX_VRAM_GB:  # also nan (every comparison false) and inf
        raise BrewError(f"--vram must be a number of GB above 0 and at most {MAX_VRAM_GB:,}, got {vram_gb}")
    budget = vram_gb * GB
    results = []
    for key in models or list(REGISTRY):
        spec = get_spec(key)
        candidates = [
            estimate(spec, method=m, seq_len=seq, batch_size=b, gradient_checkpointing=gc, **fixed)
            for m in methods for seq in seq_lens if seq <= spec.context_length
            for b in batch_sizes for gc in (True, False)
        ]
        if not candidates:  # a short-context model answers "no" with why; the others still answer
            shortest = min(seq_lens)
            results.append(FitResult(spec.key, None, None, f"its context of {spec.context_length:,} tokens is "
                                     f"shorter than --seq {shortest:,}"))
            continue
        smallest = min(candidates, key=lambda e: e.total)
        fitting = [e for e in candidates if e.total <= budget]
        if fitting:
            results.append(FitResult(spec.key, max(fitting, key=_preference), smallest))
        else:
            reason = f"needs at least {smallest.gb:.1f} GB ({smallest.settings.describe()})"
            results.append(FitResult(spec.key, None, smallest, reason))
    if all(r.smallest is None for r in results):
        raise BrewError(f"no model's context holds --seq {min(seq_lens):,} (the longest is "
                        f"{max(get_spec(r.model).context_length for r in results):,} tokens); lower --seq")
    return results


def settings_for(config: RunConfig) -> Settings:
    """The estimator's view of a training config (one config shape from CLI to estimator)."""
    optimizer = {"adamw_8bit": "adamw_8bit", "paged_adamw_8bit": "paged_adamw_8bit"}.get(
        config.training.optimizer, "adamw")
    return Settings(
        method="qlora" if config.quantization.load_in_4bit else "lora",
        seq_len=config.data.max_seq_length,
        batch_size=config.training.batch_size,
        lora_rank=config.lora.r,
        gradient_checkpointing=config.training.gradient_checkpointing,
        quantize_experts=config.quantization.quantize_experts and get_spec(config.model.name).is_moe,
        optimizer=optimizer,
        double_quant=config.quantization.double_quant,
        # on a GPU our trainer computes the loss through TRL's chunked LM head (no full fp32 logits)
        loss="chunked",
    )


def check_config(config: RunConfig, spec: ModelSpec, log=print) -> VramEstimate | None:
    """Refuse, before anything loads, a config the estimator says will not fit `hardware.vram_gb`."""
    if config.hardware.vram_gb is None:
        return None
    est = estimate(spec, settings_for(config))
    budget = config.hardware.vram_gb
    if est.gb <= budget:
        log(f"estimated peak memory {est.gb:.1f} GB fits the declared {budget:g} GB")
        return est
    s = est.settings  # the hint searches the config's own loss, optimizer and quantization, not the defaults
    (best,) = fit(budget, models=[spec.key], lora_rank=s.lora_rank, quantize_experts=s.quantize_experts,
                  optimizer=s.optimizer, loss=s.loss, double_quant=s.double_quant)
    hint = (f"settings that fit: {best.best.settings.describe()} (~{best.best.gb:.1f} GB)" if best.best
            else f"no setting fits; {best.reason}")
    raise BrewError(
        f"{spec.key} with {est.settings.describe()} needs about {est.gb:.1f} GB but hardware.vram_gb is "
        f"{budget:g}; {hint}. Change data.max_seq_length / training.batch_size / quantization.load_in_4bit / "
        "training.gradient_checkpointing, or raise hardware.vram_gb if your card is bigger."
    )
