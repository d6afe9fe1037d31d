"""A Mixtral-style mixture of experts built from fine-tunes of one Llama-architecture base (mergekit's "MoE
from dense models" idea; read, not copied).

Each fine-tune's adapter is merged into a copy of the base; its MLP becomes one expert in every layer
(transformers' fused Mixtral layout: ``gate_up_proj[e] = [gate; up]``, ``down_proj[e] = down``). Attention,
norms and embeddings come from the base, or from the average of the merged fine-tunes (``attention=average``,
which keeps attention LoRA the fine-tunes learned). Routers are initialised from hidden states: for each
expert, the mean input of each layer's MLP (the post-attention RMSNorm output of the base) over that expert's
example prompts, normalised, is its router row, so a token that looks like an expert's prompts is sent to
it; ``router=random`` draws them instead. No library builds this from PEFT runs, hence the hand-written
assembly; everything else (loading, merging, saving) is the shared loaders and PEFT. The result is a full
model folder that loads through the one loader as registry model ``mixtral-8x7b`` (shape read from its
config) and serves with ``basementbrew serve --model mixtral-8x7b --model-path FOLDER``.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.inputs import AdapterInput, resolve_inputs
from basementbrew.merging.outputs import output_folder, write_full_model

ROUTERS = ("hidden", "random")
ATTENTION = ("base", "average")
SERVE_KEY = "mixtral-8x7b"


def mixtral_config(llama: Any, experts: int, top_k: int) -> Any:
    from transformers import MixtralConfig

    rope = (getattr(llama, "rope_parameters", None) or {}).get("rope_theta") or getattr(llama, "rope_theta", 1e4)
    return MixtralConfig(
        vocab_size=llama.vocab_size, hidden_size=llama.hidden_size, intermediate_size=llama.intermediate_size,
        num_hidden_layers=llama.num_hidden_layers, num_attention_heads=llama.num_attention_heads,
        num_key_value_heads=llama.num_key_value_heads, head_dim=getattr(llama, "head_dim", None),
        hidden_act=llama.hidden_act, max_position_embeddings=llama.max_position_embeddings,
        rms_norm_eps=llama.rms_norm_eps, rope_theta=float(rope), tie_word_embeddings=llama.tie_word_embeddings,
        bos_token_id=llama.bos_token_id, eos_token_id=llama.eos_token_id, pad_token_id=llama.pad_token_id,
        num_local_experts=experts, num_experts_per_tok=top_k, sliding_window=None, output_router_logits=False,
    )


def router_rows(base: Any, tokenizer: Any, prompts: Sequence[Sequence[str]]) -> list[Any]:
    """Per layer, an (experts x hidden) matrix: each expert's mean MLP input over its prompts, unit-normed."""
    import torch

    from basementbrew.merging.compare import encode

    layers = base.model.layers
    per_expert = []
    for expert_prompts in prompts:
        sums = [torch.zeros(base.config.hidden_size) for _ in layers]
        count = 0
        hooks = [layer.post_attention_layernorm.register_forward_hook(
            lambda _m, _i, out, idx=i, acc=sums: acc[idx].add_(out[0].float().sum(0).cpu()))
            for i, layer in enumerate(layers)]
        try:
            with torch.no_grad():
                for ids in encode(tokenizer, expert_prompts):
                    base(input_ids=ids.to(base.device))
                    count += ids.shape[1]
        finally:
            for h in hooks:
                h.remove()
        per_expert.append([s / max(count, 1) for s in sums])
    rows = []
    for layer in range(len(layers)):
        mat = torch.stack([per_expert[e][layer] for e in range(len(prompts))])
        rows.append(mat / mat.norm(dim=-1, keepdim=True).clamp_min(1e-6))
    return rows


def check_prompts(inputs: Sequence[AdapterInput], prompts: Mapping[str, Sequence[str]] | None,
                  router: str) -> list[list[str]]:
    if router not in ROUTERS:
        raise BrewError(f"--router {router!r}: use hidden or random")
    if router == "random":
        return [[] for _ in inputs]
    prompts = prompts or {}
    missing = [item.ref for item in inputs if not prompts.get(item.ref)]
    if missing:
        raise BrewError(f"--router hidden needs example prompts for every expert; none for {', '.join(missing)} "
                        "(pass --prompts FILE.json mapping each run to a list of prompts, or --router random)")
    for item in inputs:  # a number or blank here was a jinja TypeError traceback once the base had loaded
        bad = [p for p in prompts[item.ref] if not isinstance(p, str) or not p.strip()]
        if bad:
            raise BrewError(f"--prompts: {item.ref}'s prompts must be non-empty strings, got {bad[0]!r}; "
                            "give each run a list of example prompt texts")
    return [list(prompts[item.ref]) for item in inputs]


def build_moe(refs: Sequence[str], prompts: Mapping[str, Sequence[str]] | None = None, router: str = "hidden",
              attention: str = "base", top_k: int = 2, out: str | None = None, device: str = "cpu",
              seed: int = 0) -> dict[str, Any]:
    """Assemble and save the MoE; returns its folder and recipe."""
    import torch
    from transformers import MixtralForCausalLM

    from basementbrew.merging.into_base import stored_dtype
    from basementbrew.models.adapters import attach_adapter, load_saved_tokenizer
    from basementbrew.models.loading import load_model
    from basementbrew.models.registry import get_spec

    if attention not in ATTENTION:
        raise BrewError(f"--attention {attention!r}: use base or average")
    inputs = resolve_inputs(refs)
    if not 1 <= top_k <= len(inputs):
        raise BrewError(f"--top-k {top_k}: must be between 1 and the number of experts ({len(inputs)})")
    expert_prompts = check_prompts(inputs, prompts, router)
    path = output_folder(out, f"moe-{'-'.join(i.run.name for i in inputs)}"[:100])  # before the base loads
    model_cfg = inputs[0].config.model.model_copy(update={"dtype": stored_dtype(inputs[0].config.model)})
    base, _ = load_model(get_spec(model_cfg.name), model_cfg, None, device)
    if base.config.model_type != "llama" or getattr(base.config, "mlp_bias", False):
        raise BrewError(f"a mixture from fine-tunes needs a Llama-architecture base (got {base.config.model_type})")
    tokenizer = load_saved_tokenizer(inputs[0].run.tokenizer)
    base.eval()
    rows = router_rows(base, tokenizer, expert_prompts) if router == "hidden" else None
    dense = []
    for item in inputs:
        merged = attach_adapter(copy.deepcopy(base), item.adapter_dir).merge_and_unload()
        dense.append({k: v.detach() for k, v in merged.state_dict().items()})
    config = mixtral_config(base.config, len(inputs), top_k)
    moe = MixtralForCausalLM(config).to(base.dtype)
    shared = base.state_dict() if attention == "base" else {
        k: torch.stack([d[k].float() for d in dense]).mean(0).to(base.dtype) for k in dense[0]}
    state = {}
    generator = torch.Generator().manual_seed(seed)
    for key in moe.state_dict():
        if ".mlp.experts." in key or key.endswith(".mlp.gate.weight"):
            continue
        state[key] = shared[key]
    for i in range(config.num_hidden_layers):
        p = f"model.layers.{i}.mlp."
        state[p + "experts.gate_up_proj"] = torch.stack(
            [torch.cat([d[p + "gate_proj.weight"], d[p + "up_proj.weight"]], 0) for d in dense])
        state[p + "experts.down_proj"] = torch.stack([d[p + "down_proj.weight"] for d in dense])
        gate = rows[i] if rows is not None else torch.randn(len(inputs), config.hidden_size,
                                                              generator=generator) * config.initializer_range
        state[p + "gate.weight"] = gate.to(base.dtype)
    missing, unexpected = moe.load_state_dict(state, strict=False)
    if [k for k in missing if "lm_head" not in k] or unexpected:
        raise BrewError(f"MoE assembly mismatch: missing={missing[:5]} unexpected={unexpected[:5]}")
    moe.tie_weights()
    moe.generation_config = base.generation_config
    recipe = {"kind": "moe", "experts": [i.record() for i in inputs], "router": router, "attention": attention,
              "top_k": top_k, "seed": seed, "base": inputs[0].config.model.model_dump(),
              "dtype": str(base.dtype).replace("torch.", ""), "router_prompts": expert_prompts,
              "serve": f"basementbrew serve --model {SERVE_KEY} --model-path {path}"}
    write_full_model(moe, tokenizer, path, recipe)
    return {"path": str(path), "experts": [i.ref for i in inputs], "router": router, "attention": attention,
            "top_k": top_k, "serve_model": SERVE_KEY}
