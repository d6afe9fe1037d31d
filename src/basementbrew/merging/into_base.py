"""Merge a run's adapter into its base weights: a full model folder at the base's own dtype, checked.

Trainers often save a merged model in fp32 and without the chat template. Here the base is loaded in the
dtype its weights are stored in (``config.json``'s ``dtype``; never the fp32 CPU default), PEFT's
``merge_and_unload`` folds the adapter in (expert LoRA over fused MoE experts included: PEFT merges
``target_parameters`` too), and the folder gets the run's tokenizer, chat template and the base's generation
config. Before saving, the merged model's logits on fixed prompts are compared with base + adapter; after
saving, the folder is loaded back and compared again before it is moved to its final name, and both
differences are recorded in ``brew_merge.json`` and returned (a folder under its final name always carries
its check: an interrupted merge leaves nothing there). The recipe also records the run's prompting (system
prompt, reasoning effort) and that the run is inside these weights: serving the folder asks it the way the
run was asked (:func:`basementbrew.models.generation.load_base`), and a server over it does not attach that
run's adapter a second time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.compare import all_logits, encode, logit_diff
from basementbrew.merging.inputs import check_finite, resolve_input
from basementbrew.merging.outputs import output_folder, write_full_model

DTYPE_NAMES = {"float32", "bfloat16", "float16"}
# stated tolerance on the max absolute logit difference, merged model vs base + adapter, per stored dtype
TOLERANCE = {"float32": 1e-3, "bfloat16": 0.5, "float16": 0.1}


def stored_dtype(model_cfg: Any) -> str:
    """The dtype the base's weights are stored in (its config.json), float32 when it does not say."""
    from transformers import AutoConfig

    from basementbrew.models.loading import embedded_model_dir, resolve_source
    from basementbrew.models.registry import get_spec

    if model_cfg.dtype != "auto":
        return model_cfg.dtype
    source = resolve_source(get_spec(model_cfg.name), model_cfg.path)
    if source.kind == "embedded":
        folder, kwargs = str(embedded_model_dir()), {}
    elif source.kind == "gguf":
        return "float32"  # GGUF weights are dequantized to float32 by transformers
    else:
        folder, kwargs = source.location, {"revision": model_cfg.revision} if model_cfg.revision else {}
    try:
        config = AutoConfig.from_pretrained(folder, **kwargs)
    except OSError as exc:
        raise BrewError(f"cannot read the base's config from {source.describe()}: {exc}") from exc
    name = str(getattr(config, "dtype", None) or getattr(config, "torch_dtype", None) or "float32")
    name = name.replace("torch.", "")
    return name if name in DTYPE_NAMES else "float32"


def prompting(item: Any) -> dict[str, Any]:
    """The run's prompting (system prompt, reasoning effort) that serving the merged folder applies again, as
    serving the run does: the weights learned to answer under that system prompt, the template alone is not
    enough. Its chat template is saved with the tokenizer."""
    data = item.config.data
    return {"system_prompt": data.system_prompt, "reasoning_effort": data.reasoning_effort,
            "chat_template": "chat_template.jinja", "run": item.run.name}


def merge_into_base(ref: str, out: str | None = None, device: str = "cpu") -> dict[str, Any]:
    """Write base + adapter of run `ref` as one full model; returns the folder and the logit checks."""
    from transformers import AutoModelForCausalLM

    from basementbrew.models.adapters import attach_adapter, load_saved_tokenizer
    from basementbrew.models.loading import load_model
    from basementbrew.models.registry import get_spec

    item = resolve_input(ref)
    check_finite(item)
    path = output_folder(out, f"{item.run.name}-merged")
    dtype = stored_dtype(item.config.model)
    model_cfg = item.config.model.model_copy(update={"dtype": dtype})
    model, _ = load_model(get_spec(model_cfg.name), model_cfg, None, device)
    tokenizer = load_saved_tokenizer(item.run.tokenizer)
    peft = attach_adapter(model, item.adapter_dir).eval()
    prompts = encode(tokenizer)
    reference = all_logits(peft, prompts)
    merged = peft.merge_and_unload().eval()
    in_memory = logit_diff(reference, all_logits(merged, prompts))
    recipe = {"kind": "into-base", "run": item.run.name, "runs": [item.run.name], "input": item.record(),
              "dtype": dtype, "base": item.config.model.model_dump(), "prompting": prompting(item),
              "serve": f"basementbrew serve --model {model_cfg.name} --model-path {path}"}
    check: dict[str, Any] = {}

    def verify(folder: Path) -> dict[str, Any]:
        """The saved weights, loaded back from the unpublished folder and compared with base + adapter."""
        reloaded = AutoModelForCausalLM.from_pretrained(folder, dtype=merged.dtype).to(device).eval()
        saved = logit_diff(reference, all_logits(reloaded, prompts))
        saved_dtype = str(next(reloaded.parameters()).dtype).replace("torch.", "")
        check.update(dtype=dtype, saved_dtype=saved_dtype, tolerance=TOLERANCE[dtype], in_memory=in_memory,
                     saved=saved, within_tolerance=saved["max_abs"] <= TOLERANCE[dtype])
        return {"check": check}

    write_full_model(merged, tokenizer, path, recipe, verify=verify)
    return {"path": str(path), "model": model_cfg.name, **check}
