"""`merge export-gguf`: a run (base + adapter merged in memory) or a full model folder → GGUF files + Modelfile.

The model is loaded at its stored dtype through the one loader (:func:`basementbrew.models.loading.load_model`)
and the run's adapter attached with the one adapter loader, then merged; the tokenizer is the run's own (chat
template included). The Ollama ``SYSTEM`` is the system prompt the run trained with, else the default the
template inserts. With ``lora=True`` the GGUF files hold the base alone and the run's adapter is written
beside them as a GGUF LoRA, for ``llama-cli -m BASE.gguf --lora LORA.gguf``; ``lora_only=True`` writes the
GGUF LoRA alone (seconds, 10 MB for SmolLM2 instead of minutes and the whole base again), for a base GGUF
you already have: ``basementbrew serve --engine llamacpp`` puts it over the embedded model's own GGUF.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.outputs import output_folder, publish_dir
from basementbrew.workspace import atomic_write_text, sub


def exports_root() -> Path:
    return sub("exports")


def default_folder(name: str, lora: bool = False, lora_only: bool = False) -> Path:
    """Where an export goes without --out: one folder per kind, so the README's commands can follow each other.

    ``exports/NAME-gguf`` (adapter merged, Modelfile), ``NAME-gguf-lora`` (base + GGUF LoRA) and
    ``NAME-gguf-lora-only`` (the GGUF LoRA alone). All three match the ``NAME-gguf*`` folders that
    ``serve --engine llamacpp`` searches for a run's GGUF LoRA.
    """
    suffix = "-gguf-lora-only" if lora_only else "-gguf-lora" if lora else "-gguf"
    return exports_root() / f"{name}{suffix}"


def _load_target(target: str, model_key: str | None, device: str) -> dict[str, Any]:
    from basementbrew.config import ModelConfig
    from basementbrew.merging.inputs import check_finite, resolve_input
    from basementbrew.merging.into_base import stored_dtype
    from basementbrew.models.adapters import load_saved_tokenizer
    from basementbrew.models.generation import load_base
    from basementbrew.models.loading import load_model
    from basementbrew.models.registry import get_spec

    folder = Path(target).expanduser()
    if (folder / "config.json").is_file():  # a full model folder (merge into-base, moe, or any HF folder)
        cfg = ModelConfig(name=model_key or "smollm2-135m", path=str(folder))
        cfg = cfg.model_copy(update={"dtype": stored_dtype(cfg)})
        lm = load_base(cfg, device=device)
        return {
            "model": lm.model,
            "tokenizer": lm.tokenizer,
            "spec": lm.spec,
            "name": folder.name,
            "system": lm.style.system_prompt,  # a merge into-base folder's run prompt (brew_merge.json)
            "adapter": None,
        }
    if model_key:
        raise BrewError("--model applies to a model folder; a run knows its base model")
    item = resolve_input(target)
    check_finite(item)
    model_cfg = item.config.model.model_copy(update={"dtype": stored_dtype(item.config.model)})
    spec = get_spec(model_cfg.name)
    model, _ = load_model(spec, model_cfg, None, device)
    return {
        "model": model,
        "tokenizer": load_saved_tokenizer(item.run.tokenizer),
        "spec": spec,
        "name": item.run.name,
        "system": item.config.data.system_prompt,
        "adapter": item.adapter_dir,
    }


def export_gguf(
    target: str,
    out: str | None = None,
    types: tuple[str, ...] = ("f16", "q8_0"),
    model_key: str | None = None,
    lora: bool = False,
    check: bool = True,
    device: str = "cpu",
    lora_only: bool = False,
) -> dict[str, Any]:
    """Write and verify GGUF files (and optionally a GGUF LoRA) for a run or a model folder."""
    from basementbrew.merging.gguf_export import TYPES, check_exportable, check_tokenizer, export_model
    from basementbrew.merging.gguf_lora import lora_pairs, verify_gguf_lora, write_gguf_lora
    from basementbrew.merging.ollama import default_system_prompt, detect_format

    bad = [t for t in types if t not in TYPES]
    if bad or not types:
        raise BrewError(f"--type {','.join(types) or '(none)'}: choose from {', '.join(TYPES)}")
    if out:  # a folder that cannot take the export is said before the model loads
        output_folder(out, "")
    loaded = _load_target(target, model_key, device)
    spec, tokenizer = loaded["spec"], loaded["tokenizer"]
    check_exportable(loaded["model"].config)
    check_tokenizer(tokenizer)
    chat_format = detect_format(tokenizer)
    lora = lora or lora_only
    if lora:
        if loaded["adapter"] is None:
            raise BrewError("--lora exports a run's adapter; name a run, not a model folder")
        lora_pairs(loaded["adapter"])  # refuses DoRA / expert LoRA before any file is written
    path = output_folder(out or str(default_folder(loaded["name"], lora, lora_only)), loaded["name"])
    model = loaded["model"]
    if loaded["adapter"] is not None and not lora:  # one self-contained model: the adapter merged in
        from basementbrew.models.adapters import attach_adapter

        model = attach_adapter(model, loaded["adapter"]).merge_and_unload()
    stops = [spec.end_of_turn] + ([tokenizer.eos_token] if tokenizer.eos_token else [])
    stops = [s for s in stops if tokenizer.convert_tokens_to_ids(s) not in (None, tokenizer.unk_token_id)]
    system = loaded["system"] or default_system_prompt(tokenizer)
    # Built in a temporary folder beside `path` and renamed into place once every file is written and checked:
    # an interrupt or a failed check used to leave `path` holding unchecked files, which blocked the rerun.
    with publish_dir(path) as tmp:
        if lora_only:
            result: dict[str, Any] = {"files": {}, "model": spec.key, "name": loaded["name"]}
        else:
            result = export_model(
                model, tokenizer, tmp, spec.key, loaded["name"], list(types), stops, system, chat_format, check=check
            )
            result["modelfile"] = str(path / "Modelfile")
        if lora:
            lora_file = tmp / f"{loaded['name']}-LoRA-F32.gguf"
            result["lora"] = write_gguf_lora(loaded["adapter"], loaded["model"].config, lora_file, loaded["name"])
            if check:
                result["lora"]["check"] = verify_gguf_lora(loaded["adapter"], loaded["model"].config, lora_file)
        result["path"] = str(path)
        atomic_write_text(tmp / "gguf_check.json", json.dumps(result, indent=2))
    return result
