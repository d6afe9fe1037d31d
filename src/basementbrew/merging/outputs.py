"""Where merge results go: a new adapter run directory, or a full-model folder, each describing its recipe.

An adapter merge or a soup is written as a run directory like a trained one (resolved config of its inputs'
base, ``adapter/``, ``tokenizer/`` with the chat template, ``run.json`` with ``kind: merge``, the recipe and
each input's hash), so ``basementbrew serve --run NAME`` and ``basementbrew eval NAME`` treat it as any run.
A full model (merge into base, mixture of experts) is a Hugging Face folder in the base's dtype with the
tokenizer, chat template and generation config, plus ``brew_merge.json`` with the recipe; it serves with
``basementbrew serve --model KEY --model-path FOLDER``. Files are written into a temporary folder and moved
into place whole, so a failed merge leaves nothing half-written.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.inputs import AdapterInput
from basementbrew.models.loading import MERGE_RECIPE_FILE
from basementbrew.runs import RunDir, new_run
from basementbrew.workspace import atomic_dir, sub

RECIPE_FILE = MERGE_RECIPE_FILE  # read back by basementbrew.models.loading.base_weights when served


def check_run_name(name: str | None) -> None:
    """A new run's name must be valid before work starts (the same pattern a trained run's name follows)."""
    if name is None:
        return
    from pydantic import ValidationError

    from basementbrew.config import RunConfig

    try:
        RunConfig(run_name=name)
    except ValidationError as exc:
        raise BrewError(f"--name {name!r}: use letters, digits, '.', '_' or '-' (up to 100)") from exc


def write_adapter_run(peft_model: Any, adapter_name: str, inputs: Sequence[AdapterInput], name: str | None,
                      recipe: dict[str, Any], extra_info: dict[str, Any] | None = None) -> RunDir:
    """Save `adapter_name` of `peft_model` as a new completed run built on the first input's base."""
    first = inputs[0]
    records = [item.record() for item in inputs]  # hashes taken before anything is written
    with tempfile.TemporaryDirectory(prefix="brew-merge-") as tmp:
        peft_model.save_pretrained(tmp, selected_adapters=[adapter_name])
        saved = Path(tmp) / adapter_name if adapter_name != "default" else Path(tmp)
        default = f"{recipe['kind']}-{time.strftime('%Y%m%d-%H%M%S')}"
        config = first.config.model_copy(update={"run_name": name or default})
        run = new_run(config)
        try:  # an interrupt or error here left a half run (status 'created', no tokenizer) holding the name
            shutil.copytree(saved, run.adapter)
            shutil.copytree(first.run.tokenizer, run.tokenizer)
            run.update_info(status="completed", kind="merge", dataset=first.run.read_info().get("dataset"),
                            merge={**recipe, "inputs": records}, finished=time.time(), **(extra_info or {}))
        except BaseException:
            shutil.rmtree(run.path, ignore_errors=True)  # only the folder this merge just created
            raise
    return run


def merged_models_root() -> Path:
    return sub("models") / "merged"


def output_folder(out: str | None, default_name: str) -> Path:
    """The folder a full model is written to; refuses to overwrite an existing one, and a place it could not be
    written to, before any model is loaded."""
    path = Path(out).expanduser() if out else merged_models_root() / default_name
    where = next((p for p in (path, *path.parents) if p.exists()), None)
    if where is not None and not where.is_dir():  # found out at once, not as NotADirectoryError after the merge
        raise BrewError(f"--out {path}: {where} is a file, not a folder; pass a folder path for the merged model")
    if path.exists() and any(path.iterdir()):
        raise BrewError(f"{path} already exists and is not empty; pass another --out or remove it")
    room = next((p for p in path.parents if p.exists()), Path("."))  # where atomic_dir makes its temporary folder
    try:  # a read-only folder (or file system) was a PermissionError traceback once the model had been merged
        os.rmdir(tempfile.mkdtemp(dir=room, prefix=".brew-write-check-"))
    except OSError as exc:
        raise BrewError(f"--out {path}: cannot write in {room} ({exc.strerror}); pass a folder you can write to"
                        ) from None
    return path


@contextlib.contextmanager
def publish_dir(path: Path) -> Iterator[Path]:
    """A temporary folder beside `path`, renamed to `path` when the block ends, never over files that appeared
    there while the merge or export ran (output_folder found it empty or absent; replacing it then silently
    deleted whatever had been put there since): that is one BrewError, and the new output is discarded."""
    try:
        with atomic_dir(path, replace=False) as tmp:
            yield tmp
    except FileExistsError:
        raise BrewError(f"{path} was filled by something else while this command ran, so nothing was written "
                        "and what is there was left as it was; pass another --out or remove it, and run the same "
                        "command again") from None


def write_full_model(model: Any, tokenizer: Any, path: Path, recipe: dict[str, Any],
                     generation_config: Any = None,
                     verify: Callable[[Path], dict[str, Any]] | None = None) -> Path:
    """Save a full model (safetensors, its own dtype), tokenizer with chat template, generation config.

    `verify` gets the complete temporary folder before it is published and returns what to add to the
    recipe (a merge into base: the reloaded weights' logit check). Checking before the rename means a folder
    under its final name always carries its check: an interrupted or failed check leaves nothing there, so
    the same command can simply run again (after the rename it left an unchecked folder that blocked it).
    """
    with publish_dir(path) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        tokenizer.save_pretrained(tmp)
        if generation_config is not None:
            generation_config.save_pretrained(tmp)
        extra = verify(tmp) if verify is not None else {}
        (tmp / RECIPE_FILE).write_text(json.dumps({**recipe, **extra, "created": time.time()}, indent=2,
                                                  default=str))
    return path
