"""Model soups (Wortsman et al., 2022) over adapter runs or checkpoints of one base, scored on held-out loss.

Fine-tunes of one base differ from it only by their adapter deltas, so averaging the fine-tuned weights is
averaging the deltas. PEFT's ``cat`` combination is exactly that weighted sum (rank grows to the sum of the
ingredients' ranks, no approximation), so the soup is built with it. The *uniform* soup averages every
ingredient; the *greedy* soup sorts ingredients by held-out loss, starts from the best, and keeps adding one
only when the uniform average of the kept ones lowers held-out loss, so it is never worse than its best
ingredient on that split. Loss is :func:`basementbrew.evaluation.heldout.heldout_loss` on the first
ingredient's held-out split (or ``dataset``), the same measure training reports. The result is an adapter
run; ``soup.md`` and ``soup.png`` beside it show each ingredient's loss and the soup's.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.merging.adapters import combine, load_with_adapters
from basementbrew.merging.inputs import resolve_inputs
from basementbrew.merging.outputs import check_run_name, write_adapter_run
from basementbrew.runs import RunDir
from basementbrew.workspace import atomic_write_text

MODES = ("greedy", "uniform")


class Scorer:
    """Held-out loss of any weighted average of the attached adapters."""

    def __init__(self, lm: Any, rows: list[dict], max_length: int, data: Any) -> None:
        self.lm, self.rows, self.max_length, self.data, self._n = lm, rows, max_length, data, 0

    def adapter(self, name: str) -> float:
        from basementbrew.evaluation.heldout import heldout_loss

        self.lm.model.set_adapter(name)
        return heldout_loss(self.lm, self.rows, self.max_length, data=self.data)["loss"]

    def average(self, names: Sequence[str], keep_as: str | None = None) -> float:
        self._n += 1
        target = keep_as or f"candidate{self._n}"
        combine(self.lm.model, list(names), [1.0 / len(names)] * len(names), "cat", None, None, target=target)
        loss = self.adapter(target)
        if keep_as is None:
            self.lm.model.set_adapter(names[0])  # never delete the active adapter
            self.lm.model.delete_adapter(target)
        return loss


def make_soup(refs: Sequence[str], mode: str = "greedy", dataset: str | None = None, max_examples: int = 32,
              max_length: int | None = None, name: str | None = None, device: str = "cpu") -> dict[str, Any]:
    """Build a uniform or greedy soup as a new adapter run; returns losses and the run."""
    from basementbrew.evaluation.heldout import rows_for
    from basementbrew.models.adapters import load_saved_tokenizer

    if mode not in MODES:
        raise BrewError(f"--mode {mode!r}: use greedy or uniform")
    check_run_name(name)
    inputs = resolve_inputs(refs)
    lm, names = load_with_adapters(inputs, device)
    lm.tokenizer, lm.run = load_saved_tokenizer(inputs[0].run.tokenizer), inputs[0].run
    rows, ref = rows_for(lm, dataset, "eval", max_examples)
    data = inputs[0].config.data
    scorer = Scorer(lm, rows, max_length or data.max_seq_length, data)
    losses = {n: scorer.adapter(n) for n in names}
    if mode == "uniform":
        chosen, trail = list(names), []
    else:
        order = sorted(names, key=losses.__getitem__)
        chosen, best, trail = [order[0]], losses[order[0]], []
        for cand in order[1:]:
            loss = scorer.average([*chosen, cand])
            kept = loss < best
            trail.append({"added": inputs[names.index(cand)].ref, "loss": loss, "kept": kept})
            if kept:
                chosen, best = [*chosen, cand], loss
    soup_loss = scorer.average(chosen, keep_as="soup")
    picked = [inputs[names.index(n)] for n in chosen]
    ingredient_losses = {inputs[i].ref: losses[n] for i, n in enumerate(names)}
    recipe = {"kind": "soup", "mode": mode, "method": "cat (exact weighted sum of deltas)",
              "weights": [1.0 / len(chosen)] * len(chosen), "heldout": {"dataset": ref, "examples": len(rows)},
              "ingredient_losses": ingredient_losses, "soup_loss": soup_loss, "greedy_trail": trail,
              "considered": [i.ref for i in inputs]}
    run = write_adapter_run(lm.model, "soup", picked, name, recipe)
    try:  # an interrupt while plotting left a completed run without its report, and the rerun became NAME-2
        write_report(run, recipe)
    except BaseException:
        shutil.rmtree(run.path, ignore_errors=True)  # only the run this soup just created
        raise
    return {"run": run.name, "path": str(run.path), "mode": mode, "dataset": ref, "examples": len(rows),
            "ingredients": ingredient_losses, "chosen": [i.ref for i in picked], "soup_loss": soup_loss,
            "trail": trail}


def write_report(run: RunDir, recipe: dict[str, Any]) -> Path:
    """soup.md (a table of losses) and soup.png (a bar chart) in the soup's run directory."""
    losses = dict(recipe["ingredient_losses"])
    lines = [f"# {recipe['mode'].capitalize()} soup", "",
             f"Held-out loss on {recipe['heldout']['dataset']} ({recipe['heldout']['examples']} examples).", "",
             "| model | held-out loss | in soup |", "|---|---|---|"]
    chosen = {i["ref"] for i in run.read_info()["merge"]["inputs"]}
    lines += [f"| {ref} | {loss:.4f} | {'yes' if ref in chosen else 'no'} |" for ref, loss in losses.items()]
    lines.append(f"| **soup** | **{recipe['soup_loss']:.4f}** | |")
    if recipe["greedy_trail"]:
        lines += ["", "Greedy steps: " + "; ".join(
            f"+{t['added']} → {t['loss']:.4f} ({'kept' if t['kept'] else 'dropped'})" for t in recipe["greedy_trail"])]
    atomic_write_text(run.path / "soup.md", "\n".join(lines) + "\n")
    atomic_write_text(run.path / "soup.json", json.dumps(recipe, indent=2))
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    labels, values = [*losses, "soup"], [*losses.values(), recipe["soup_loss"]]
    fig, ax = plt.subplots(figsize=(max(4, 1.2 * len(labels)), 3.2))
    ax.bar(labels, values, color=["#8aa"] * len(losses) + ["#c63"])
    ax.set_ylabel("held-out loss")
    ax.set_title(f"{recipe['mode']} soup")
    ax.set_ylim(min(values) * 0.95, max(values) * 1.02)
    plt.xticks(rotation=20, ha="right")
    fig.tight_layout()
    path = run.path / "soup.png"
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
