"""Streaming MoE experts from the checkpoint into 4-bit: same model as the eager load, one expert in memory.

Checkpoints are tiny random gpt-oss and Mixtral models written in the hub's safetensors layout, several shards
and an index: transformers' own ``save_pretrained`` for the fused gpt-oss layout and Mixtral's per-expert hub
keys, ``benchmarks/load_peak.py``'s writer for openai/gpt-oss-20b's MXFP4 layout (transformers cannot write it
without triton). The reference is the eager path ``load_model`` took before: ``from_pretrained`` with the
bitsandbytes config (every expert at the load dtype), then ``quantize_fused_experts``.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
import torch

from basementbrew.config import ModelConfig, QuantizationConfig
from basementbrew.errors import BrewError
from basementbrew.models.architectures import tiny_config
from basementbrew.models.loading import bnb_config, load_model
from basementbrew.models.quant_experts import Nf4Experts, quantize_fused_experts
from basementbrew.models.registry import get_spec
from script_helpers import load_script

QUANT = QuantizationConfig(load_in_4bit=True, compute_dtype="float32")  # float32: compare values, not rounding
LAYERS = 4


def _bench_module():
    return load_script("benchmarks/load_peak.py")


def _config(key: str, layers: int = LAYERS):
    config = tiny_config(get_spec(key))
    config.num_hidden_layers = layers
    if key.startswith("gpt-oss"):
        config.layer_types = ["sliding_attention" if i % 2 == 0 else "full_attention" for i in range(layers)]
    return config


def _save_sharded(key: str, folder: Path, layers: int = LAYERS) -> Path:
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    AutoModelForCausalLM.from_config(_config(key, layers)).save_pretrained(folder, max_shard_size="100KB")
    return folder


def _eager(folder: Path):
    """load_model's MoE 4-bit path before streaming: all experts at the load dtype, then quantized."""
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32, quantization_config=bnb_config(QUANT),
                                                 device_map={"": "cpu"})
    quantize_fused_experts(model, QUANT)
    return model


def _streamed(key: str, folder: Path | str | None):
    model, source = load_model(get_spec(key), ModelConfig(name=key, path=str(folder) if folder else None), QUANT,
                               "cpu")
    return model, source


def _assert_same_model(model, reference) -> None:
    ours, ref = model.state_dict(), reference.state_dict()
    assert ours.keys() == ref.keys()
    differ = [k for k in ours if ours[k].dtype != ref[k].dtype or not torch.equal(ours[k], ref[k])]
    assert not differ, differ[:5]
    ids = torch.randint(0, 512, (2, 12), generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        torch.testing.assert_close(model(ids).logits, reference(ids).logits, rtol=1e-6, atol=1e-6)


@pytest.fixture(scope="module")
def checkpoints(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("hub-layout")
    folders = {key: _save_sharded(key, root / key) for key in ("gpt-oss-20b", "mixtral-8x7b")}
    folders["gpt-oss-20b-mxfp4"] = _bench_module().write_hub_checkpoint(
        "gpt-oss-20b", root / "mxfp4", layout="mxfp4", overrides={"num_hidden_layers": LAYERS})
    return folders


@pytest.mark.parametrize("key", ["gpt-oss-20b", "mixtral-8x7b"])
def test_streamed_load_equals_eager_load(key: str, checkpoints: dict[str, Path]) -> None:
    folder = checkpoints[key]
    weight_map = json.loads((folder / "model.safetensors.index.json").read_text())["weight_map"]
    assert len(set(weight_map.values())) > LAYERS  # several shards, experts spread over them
    if key.startswith("mixtral"):  # the hub's per-expert keys, not transformers' fused ones
        assert "model.layers.0.block_sparse_moe.experts.3.w2.weight" in weight_map
    model, source = _streamed(key, folder)
    assert source.kind == "local"
    assert all(isinstance(layer.mlp.experts, Nf4Experts) for layer in model.model.layers)
    assert model.is_loaded_in_4bit and type(model).__name__ == type(_eager(folder)).__name__
    _assert_same_model(model, _eager(folder))


def test_mxfp4_hub_layout_loads_dequantized_then_4bit(checkpoints: dict[str, Path], tmp_path: Path) -> None:
    """openai/gpt-oss-20b ships MXFP4 experts: the eager 4-bit load refused it (two quantization configs); the
    streamed one must give what the eager path gives on the same weights dequantized to float."""
    from transformers import AutoModelForCausalLM, Mxfp4Config

    folder = checkpoints["gpt-oss-20b-mxfp4"]
    with pytest.raises(ValueError, match="Mxfp4Config"):
        _eager(folder)
    dequantized = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32,
                                                       quantization_config=Mxfp4Config(dequantize=True))
    dequantized.save_pretrained(tmp_path / "float", max_shard_size="100KB")
    model, _ = _streamed("gpt-oss-20b", folder)
    assert model.config.quantization_config.quant_method == "bitsandbytes"
    _assert_same_model(model, _eager(tmp_path / "float"))


def test_hub_id_reads_the_shards_from_the_hf_cache(checkpoints: dict[str, Path], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """No model.path: the registry's hub id, resolved offline from a Hugging Face cache holding the shards."""
    import shutil

    from huggingface_hub import constants

    commit = "0" * 40
    repo = tmp_path / "hub" / "models--openai--gpt-oss-20b"
    shutil.copytree(checkpoints["gpt-oss-20b-mxfp4"], repo / "snapshots" / commit)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(commit)
    monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    model, source = _streamed("gpt-oss-20b", None)
    assert source.kind == "hub" and source.location == "openai/gpt-oss-20b"
    local, _ = _streamed("gpt-oss-20b", checkpoints["gpt-oss-20b-mxfp4"])
    _assert_same_model(model, local)


class ExpertBytesAlive:
    """At every expert quantization, the bytes of all float tensors alive that hold expert weights.

    Wraps bitsandbytes' real ``quantize_4bit`` (it still does the work). A tensor holds expert weights when it
    has an expert matrix's shape, a stack of them, or one flattened; bytes are counted per storage, so a view of
    a whole stack counts the stack. Any expert read must be alive when it is quantized, so the maximum over the
    calls bounds how many experts were in memory together. Scanning every object takes ~0.1 s, so only the first
    and last quantization of each layer are scanned: what was read ahead shows at the first, what piled up at the
    last.
    """

    def __init__(self, config, monkeypatch: pytest.MonkeyPatch) -> None:
        import bitsandbytes.functional as bnbf
        from transformers import AutoModelForCausalLM

        with torch.device("meta"):
            skeleton = AutoModelForCausalLM.from_config(config)
        experts = skeleton.model.layers[0].mlp.experts
        self.matrices = {tuple(getattr(experts, n).shape[1:]) for n in ("gate_up_proj", "down_proj")}
        self.matrices |= {(r // 2, c) for r, c in self.matrices}  # Mixtral's w1 / w3 halves
        self.flat = {r * c for r, c in self.matrices}
        self.layer_bytes = sum(getattr(experts, n).numel() * 4 for n in ("gate_up_proj", "down_proj"))
        self.expert_bytes = self.layer_bytes // config.num_local_experts
        self.peak = self.calls = 0
        real, per_layer = bnbf.quantize_4bit, 2 * config.num_local_experts  # gate_up then down, expert by expert

        def spy(tensor: torch.Tensor, *args, **kwargs):
            if tensor.dim() == 1 and tensor.numel() in self.flat:
                if self.calls % per_layer in (0, per_layer - 1):
                    self.peak = max(self.peak, self.alive())
                self.calls += 1
            return real(tensor, *args, **kwargs)

        monkeypatch.setattr(bnbf, "quantize_4bit", spy)

    def _holds_experts(self, t: torch.Tensor) -> bool:
        if not t.is_floating_point() or t.is_meta:
            return False
        return (t.dim() >= 2 and tuple(t.shape[-2:]) in self.matrices) or (t.dim() == 1 and t.numel() in self.flat)

    def alive(self) -> int:
        kinds = {torch.Tensor, torch.nn.Parameter}  # exact types: fast over ~500k objects, no lazy proxies
        storages = {}
        for t in [obj for obj in gc.get_objects() if type(obj) in kinds]:
            if self._holds_experts(t):
                storage = t.untyped_storage()
                storages[storage.data_ptr()] = storage.nbytes()
        return sum(storages.values())


@pytest.mark.parametrize("key", ["gpt-oss-20b-mxfp4", "mixtral-8x7b"])
def test_one_expert_in_memory_at_a_time(key: str, checkpoints: dict[str, Path],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    arch = key.removesuffix("-mxfp4")
    # the eager path cannot read MXFP4 under bitsandbytes: measure it on the fused layout of the same shapes
    eager_folder = checkpoints[arch] if key.endswith("mxfp4") else checkpoints[key]
    eager = ExpertBytesAlive(_config(arch), monkeypatch)
    _eager(eager_folder)
    monkeypatch.undo()
    streamed = ExpertBytesAlive(_config(arch), monkeypatch)
    _streamed(arch, checkpoints[key])

    assert eager.calls == streamed.calls == LAYERS * 4 * 2  # layers x experts x (gate_up, down)
    # eager: every layer's experts were in memory when quantizing began
    assert eager.peak >= LAYERS * eager.layer_bytes
    # streamed: about one expert (Mixtral's gate_up is cat(w1, w3), so its two halves briefly coexist), never
    # anywhere near one layer
    assert 0 < streamed.peak <= 2 * streamed.expert_bytes < streamed.layer_bytes


def test_incomplete_checkpoint_names_the_missing_layer(tmp_path: Path) -> None:
    folder = _save_sharded("mixtral-8x7b", tmp_path / "short", layers=2)
    config = json.loads((folder / "config.json").read_text())
    config["num_hidden_layers"] = 3
    (folder / "config.json").write_text(json.dumps(config))
    with pytest.raises(BrewError, match=r"model\.layers\.2\.mlp\.experts; is it complete"):
        _streamed("mixtral-8x7b", folder)


def test_non_safetensors_checkpoint_takes_the_eager_path(tmp_path: Path) -> None:
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(_config("gpt-oss-20b", layers=2))
    torch.save(model.state_dict(), tmp_path / "pytorch_model.bin")
    model.config.save_pretrained(tmp_path)
    loaded, _ = _streamed("gpt-oss-20b", tmp_path)
    assert all(isinstance(layer.mlp.experts, Nf4Experts) for layer in loaded.model.layers)


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_cuda_load_peak_is_the_4bit_model_plus_one_expert(tmp_path: Path) -> None:
    bench = _bench_module()
    folder = bench.write_hub_checkpoint("gpt-oss-20b", tmp_path / "g", overrides=bench.BENCH_SHAPE)
    quant = QuantizationConfig(load_in_4bit=True)
    torch.cuda.reset_peak_memory_stats()
    base = torch.cuda.memory_allocated()
    model, _ = load_model(get_spec("gpt-oss-20b"), ModelConfig(name="gpt-oss-20b", path=str(folder)), quant, "cuda")
    peak, held = torch.cuda.max_memory_allocated() - base, torch.cuda.memory_allocated() - base
    experts = model.model.layers[0].mlp.experts
    assert isinstance(experts, Nf4Experts) and experts.gate_up_proj.device.type == "cuda"
    one_layer_bf16 = sum(2 * torch.Size(s).numel() for s in experts.shapes.values())
    assert peak - held < one_layer_bf16  # the transient is below one layer's bf16 experts, let alone all of them
