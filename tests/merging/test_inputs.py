"""Merge inputs (merging/inputs.py): what RUN and RUN@checkpoint-N may name, and a damaged adapter, are refused
with one line before any model loads."""

from __future__ import annotations

import shutil

import pytest

from basementbrew.errors import BrewError
from basementbrew.merging.inputs import resolve_input, resolve_inputs
from basementbrew.runs import COMPLETE_MARKER
from merging_helpers import make_run, snapshot


def _checkpoint(run, step: int, complete: bool = True):
    """A copy of the run's adapter as checkpoints/checkpoint-STEP, with the trainer's completion marker or not."""
    folder = run / "checkpoints" / f"checkpoint-{step}"
    shutil.copytree(run / "adapter", folder)
    if complete:
        (folder / COMPLETE_MARKER).write_text("{}")
    return folder


def test_a_checkpoint_ref_names_only_a_complete_checkpoint_of_that_run(tiny_llama):
    """'a@checkpoint-2' whose save never finished (no completion marker: training still writing it, or killed
    mid-save) was merged; 'a@../../b/adapter' or 'a@/any/folder' read another folder's adapter under run a's
    name and base. Both are refused naming the complete checkpoints."""
    a = make_run(tiny_llama, "a", seed=1)
    b = make_run(tiny_llama, "b", seed=2)
    _checkpoint(a, 1)
    _checkpoint(a, 2, complete=False)
    before = snapshot(a, b)
    assert resolve_input("a@checkpoint-1").adapter_dir == a / "checkpoints" / "checkpoint-1"
    with pytest.raises(BrewError) as err:
        resolve_input("a@checkpoint-2")
    assert str(err.value) == ("a@checkpoint-2: checkpoint-2 of run a is not complete (its save has not finished: "
                              f"no {COMPLETE_MARKER}); pick a complete checkpoint: checkpoint-1")
    for ref in ("a@../../b/adapter", f"a@{b / 'adapter'}", "a@", "a@checkpoint-1/../checkpoint-2"):
        with pytest.raises(BrewError) as err:
            resolve_input(ref)
        assert str(err.value) == f"{ref}: name a checkpoint as a@checkpoint-N; checkpoints: checkpoint-1"
    assert snapshot(a, b) == before


@pytest.mark.parametrize("damage", ["weights cut short", "config half-written"])
def test_a_damaged_adapter_is_one_line_naming_it(tiny_llama, damage):
    """A truncated adapter_model.safetensors was a SafetensorError traceback (merge adapters, into-base, soup),
    a half-written adapter_config.json a JSONDecodeError traceback (merge adapters, export-gguf --lora-only)."""
    make_run(tiny_llama, "a", seed=1)
    b = make_run(tiny_llama, "b", seed=2)
    if damage == "weights cut short":
        weights = b / "adapter" / "adapter_model.safetensors"
        weights.write_bytes(weights.read_bytes()[:100])
    else:
        (b / "adapter" / "adapter_config.json").write_text("{not json")
    before = snapshot(b)
    with pytest.raises(BrewError, match=rf"^the adapter in {b / 'adapter'} cannot be read \(.*\); its files are "
                                        "damaged or incomplete: copy them again, or train the run again$"):
        resolve_inputs(["a", "b"])
    assert snapshot(b) == before
