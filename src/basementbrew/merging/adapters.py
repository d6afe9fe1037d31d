"""Merge LoRA adapters trained on one base into a new adapter run (linear, TIES, DARE-TIES, DARE-linear, SVD, cat).

PEFT's ``add_weighted_adapter`` implements every method offered here (TIES and DARE after Yadav et al. 2023
and Yu et al. 2023, the same methods mergekit publishes), so nothing is hand-written: this module checks the
inputs (one base, one tokenizer, finite tensors, equal ranks where the method combines A and B matrices
element-wise, sane weights and density), attaches the adapters with the one adapter loader, calls PEFT, and
writes the result as a run. ``svd`` and ``cat`` are exact on the weighted sum of the deltas (``svd`` then
truncates to a rank); ``linear``/``ties``/``dare_*`` combine the A and B factors and are approximations
that need equal ranks. DARE drops entries at random: the seed is recorded with the recipe.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.inputs import AdapterInput, check_density, check_weights, resolve_inputs
from basementbrew.merging.outputs import check_run_name, write_adapter_run
from basementbrew.runs import RunDir

METHODS = ("linear", "ties", "dare_ties", "dare_linear", "svd", "cat")
EQUAL_RANK = frozenset({"linear", "ties", "dare_ties", "dare_linear"})
MERGED = "merged"


def check_method(method: str, inputs: Sequence[AdapterInput]) -> None:
    if method not in METHODS:
        raise BrewError(f"--method {method!r}: use one of {', '.join(METHODS)}")
    if method in EQUAL_RANK:
        ranks = {item.ref: item.rank for item in inputs}
        if len(set(ranks.values())) > 1:
            raise BrewError(f"--method {method} needs adapters of equal rank, got "
                            + ", ".join(f"{r}: r={k}" for r, k in ranks.items())
                            + "; use --method svd (or cat), which merge any ranks")


def check_svd_rank(svd_rank: int | None, inputs: Sequence[AdapterInput]) -> None:
    """--svd-rank at most the smallest dimension of a layer the adapters change (a k_proj of 576x192 holds rank
    192 at most): PEFT sliced the SVD to that size and failed with a matrix-shape RuntimeError traceback."""
    from safetensors import safe_open

    if svd_rank is None:
        return
    limit: tuple[int, str, list[int]] | None = None
    for item in inputs:
        with safe_open(str(item.adapter_dir / "adapter_model.safetensors"), framework="pt") as f:
            shapes = {k: list(f.get_slice(k).get_shape()) for k in f.keys()}  # noqa: SIM118 (safe_open is not iterable)
        for key, a in shapes.items():
            b = shapes.get(key.replace("lora_A.", "lora_B."))
            if "lora_A." in key and b is not None and len(a) == 2 and len(b) == 2:
                dim = min(a[1], b[0])
                if limit is None or dim < limit[0]:
                    layer = key.removeprefix("base_model.model.").split(".lora_A.")[0]
                    limit = (dim, layer, [b[0], a[1]])
    if limit is not None and svd_rank > limit[0]:
        dim, layer, (rows, cols) = limit
        raise BrewError(f"--svd-rank {svd_rank}: the adapters change {layer} ({rows}x{cols}), which holds rank "
                        f"{dim} at most; pass --svd-rank {dim} or lower")


def load_with_adapters(inputs: Sequence[AdapterInput], device: str = "cpu") -> tuple[Any, list[str]]:
    """The inputs' base (unquantized) with every input attached under its own name (in0, in1, ...)."""
    from basementbrew.models.adapters import attach_adapter
    from basementbrew.models.generation import load_base

    lm = load_base(inputs[0].config.model, device=device)
    model, names = lm.model, []
    for i, item in enumerate(inputs):
        names.append(f"in{i}")
        model = attach_adapter(model, item.adapter_dir, names[-1])
    lm.model = model
    return lm, names


def combine(model: Any, names: list[str], weights: list[float], method: str, density: float | None,
            svd_rank: int | None, target: str = MERGED, seed: int = 0) -> None:
    """Add adapter `target` to the PeftModel: PEFT's weighted combination of `names`."""
    import torch

    torch.manual_seed(seed)  # DARE's random drop
    try:
        model.add_weighted_adapter(names, weights, target, combination_type=method, density=density,
                                   svd_rank=svd_rank)
    except (ValueError, TypeError, NotImplementedError) as exc:
        raise BrewError(f"PEFT cannot merge these adapters with {method}: {exc}") from exc
    model.eval()  # the new adapter's LoRA dropout modules are created in training mode


def merge_adapters(refs: Sequence[str], method: str = "linear", weights: Sequence[float] | None = None,
                   density: float | None = None, svd_rank: int | None = None, name: str | None = None,
                   seed: int = 0, device: str = "cpu") -> RunDir:
    """Merge adapter runs into a new adapter run; every input is checked before the first file is written."""
    check_run_name(name)
    inputs = resolve_inputs(refs)
    check_method(method, inputs)
    weights_ = check_weights(weights, len(inputs))
    density_ = check_density(method, density)
    if svd_rank is not None and (method != "svd" or svd_rank < 1):
        raise BrewError("--svd-rank applies to --method svd and must be at least 1")
    check_svd_rank(svd_rank, inputs)
    lm, names = load_with_adapters(inputs, device)
    combine(lm.model, names, weights_, method, density_, svd_rank, seed=seed)
    recipe = {"kind": "adapters", "method": method, "weights": weights_, "density": density_,
              "svd_rank": svd_rank, "seed": seed, "library": f"peft {_peft_version()} add_weighted_adapter"}
    return write_adapter_run(lm.model, MERGED, inputs, name, recipe)


def _peft_version() -> str:
    import peft

    return peft.__version__
