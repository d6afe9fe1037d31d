"""Registry entry → real transformers config, at full size or shrunk for tests.

Full-size configs let the GPU benchmarks build models at their true size with random weights (weights
cannot be downloaded there); tiny configs keep every architecture path (fused experts, attention sinks,
biases) on a laptop CPU in well under a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from basementbrew.models.registry import ModelSpec


def hf_config(spec: ModelSpec, **overrides: Any):
    """The transformers config for `spec` (real config class, published sizes unless overridden)."""
    from transformers import GptOssConfig, LlamaConfig, MistralConfig, MixtralConfig

    common: dict[str, Any] = {
        "vocab_size": spec.vocab_size,
        "hidden_size": spec.hidden_size,
        "num_hidden_layers": spec.num_layers,
        "num_attention_heads": spec.num_heads,
        "num_key_value_heads": spec.num_kv_heads,
        "head_dim": spec.head_dim,
        "intermediate_size": spec.intermediate_size,
        "max_position_embeddings": spec.context_length,
        "tie_word_embeddings": spec.tie_embeddings,
    }
    if spec.is_moe:
        common |= {"num_local_experts": spec.num_experts, "num_experts_per_tok": spec.experts_per_token}
    common |= dict(spec.extra_config)
    common |= overrides
    if "rope_theta" in common:  # transformers 5 keeps rope settings in rope_parameters
        common["rope_parameters"] = {"rope_type": "default", "rope_theta": common.pop("rope_theta")}
    classes = {"llama": LlamaConfig, "mistral": MistralConfig, "mixtral": MixtralConfig, "gpt_oss": GptOssConfig}
    cls = classes[spec.architecture]
    if spec.architecture == "gpt_oss":
        layers = common["num_hidden_layers"]
        common["layer_types"] = ["sliding_attention" if i % 2 == 0 else "full_attention" for i in range(layers)]
        common.pop("rope_parameters", None)
    return cls(**common)


def tiny_config(spec: ModelSpec, vocab_size: int | None = None):
    """A few-thousand-parameter model of the same architecture: same classes, same parameter names."""
    tiny: dict[str, Any] = {
        "hidden_size": 64,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 16,
        "intermediate_size": 96,
        "max_position_embeddings": 512,
        "vocab_size": vocab_size or 512,
    }
    if spec.is_moe:
        tiny |= {"num_local_experts": 4, "num_experts_per_tok": 2}
    if spec.architecture == "mistral":
        tiny["sliding_window"] = 256
    return hf_config(spec, **tiny)


def build_random_model(spec: ModelSpec, out_dir: str | Path, *, tiny: bool = True, seed: int = 0,
                       vocab_size: int | None = None) -> Path:
    """Build a random-initialised model from the real config class and save it as an HF folder."""
    import torch
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    config = tiny_config(spec, vocab_size) if tiny else hf_config(spec)
    model = AutoModelForCausalLM.from_config(config)
    out = Path(out_dir)
    model.save_pretrained(out)
    return out
