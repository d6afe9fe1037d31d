"""Evidence for the merging note: two short real SmolLM2 fine-tunes on different tasks (the bundled brewing set
and a generated word-reversal task), then held-out loss of the inputs vs every merge kind, the into-base
logit difference and the GGUF round trip. CPU, one thread; ~15 min on 2 busy cores.

    PYTHONPATH=src OMP_NUM_THREADS=1 python scripts/merge_numbers.py OUT_DIR
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from pathlib import Path

WORDS_TEXT = ("bread malt hops yeast barley water kettle mash wort lager stout porter ale cider grain wheat oats rye "
         "honey sugar spice cask barrel bottle cork glass foam cellar copper steam fire river stone garden apple "
         "pear plum cherry lemon orange ginger pepper salt butter cheese candle window door table chair paper "
         "pencil letter number winter summer autumn spring forest meadow valley mountain island harbor market "
         "castle bridge tower lantern rocket planet comet silver golden purple yellow")
WORDS = WORDS_TEXT.split()


def word_task(path: Path, n: int = 150, seed: int = 0) -> Path:
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        w = rng.choice(WORDS)
        rows.append({"messages": [{"role": "user", "content": f"Spell '{w}' backwards."},
                                  {"role": "assistant", "content": f"**{w[::-1]}**"}]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def config(name: str, dataset: str, system: str | None, lr: float, seed: int):
    from basementbrew.config import RunConfig

    return RunConfig.model_validate({
        "run_name": name, "lora": {"r": 8, "alpha": 16, "target_modules": "all-linear"},
        "data": {"dataset": dataset, "max_seq_length": 160, "max_train_examples": 64, "max_eval_examples": 16,
                 "eval_fraction": 0.2, "system_prompt": system},
        "training": {"batch_size": 4, "learning_rate": lr, "max_steps": 16, "save_steps": 8, "seed": seed,
                     "save_total_limit": 3},
    })


def main(out: Path) -> None:
    import torch

    torch.set_num_threads(1)
    os.environ["BREW_HOME"] = str(out / "home")
    from basementbrew.config import ModelConfig
    from basementbrew.evaluation.heldout import heldout_loss, rows_for
    from basementbrew.merging.adapters import merge_adapters
    from basementbrew.merging.export import export_gguf
    from basementbrew.merging.into_base import merge_into_base
    from basementbrew.merging.moe import build_moe
    from basementbrew.merging.soups import make_soup
    from basementbrew.models.generation import LoadedModel, load_base
    from basementbrew.runs import load_run
    from basementbrew.training.trainer import train

    report: dict = {"started": time.time()}
    words = word_task(out / "word-reversal.jsonl")
    brew_sys = "You are BrewBot, a concise homebrewing assistant."
    t0 = time.time()
    for cfg in (config("brew", "bundled:brewing-assistant", brew_sys, 1e-3, 42),
                config("brew2", "bundled:brewing-assistant", brew_sys, 5e-4, 7),
                config("words", str(words), None, 1e-3, 42)):
        if not (find_run_safe(cfg.run_name)):
            train(cfg, log=lambda *_: None)
    report["train_seconds"] = time.time() - t0

    tasks = {}
    for task, run in (("brewing", "brew"), ("words", "words")):
        lm = load_run(run, device="cpu")
        rows, ref = rows_for(lm, None, "eval", 24)
        tasks[task] = (rows, ref, lm.run.load_config().data)
    report["tasks"] = {t: {"dataset": v[1], "examples": len(v[0])} for t, v in tasks.items()}

    def losses(lm) -> dict:
        return {t: round(heldout_loss(lm, rows, 160, data=data)["loss"], 4) for t, (rows, _, data) in tasks.items()}

    table = {"base": losses(load_base(ModelConfig(), device="cpu"))}
    for run in ("brew", "brew2", "words"):
        table[run] = losses(load_run(run, device="cpu"))
    for method, kw in (("linear", {}), ("ties", {"density": 0.5}), ("dare_ties", {"density": 0.5}),
                       ("svd", {})):
        run = merge_adapters(["brew", "words"], method, weights=[0.5, 0.5], name=f"bw-{method}", **kw)
        table[f"merge {method} (brew+words, 0.5/0.5)"] = losses(load_run(run.name, device="cpu"))
    run = merge_adapters(["brew", "words"], "linear", weights=[1.0, 1.0], name="bw-linear-sum")
    table["merge linear (brew+words, 1/1)"] = losses(load_run(run.name, device="cpu"))
    soup = make_soup(["brew", "brew@checkpoint-8", "brew2"], "greedy", max_examples=24, name="brew-greedy")
    report["greedy_soup"] = soup
    uni = make_soup(["brew", "brew@checkpoint-8", "brew2"], "uniform", max_examples=24, name="brew-uniform")
    report["uniform_soup"] = uni
    table["greedy soup (brew, brew@ckpt-8, brew2)"] = losses(load_run(soup["run"], device="cpu"))
    table["uniform soup (brew, brew@ckpt-8, brew2)"] = losses(load_run(uni["run"], device="cpu"))

    prompts = {"brew": [r["prompt"][-1]["content"] for r in rows_for(load_run("brew"), None, "train", 8)[0]],
               "words": [r["prompt"][-1]["content"] for r in rows_for(load_run("words"), None, "train", 8)[0]]}
    for attn in ("base", "average"):
        moe = build_moe(["brew", "words"], prompts, "hidden", attn, 2, str(out / f"moe-{attn}"))
        lm = load_base(ModelConfig(name="mixtral-8x7b", path=moe["path"]), device="cpu")
        base_lm = load_base(ModelConfig(), device="cpu")
        table[f"MoE top-2 hidden routers, attention={attn}"] = losses(
            LoadedModel(lm.model, lm.tokenizer, base_lm.spec, lm.stop_token_ids, name="moe"))
    report["heldout_loss"] = table
    report["into_base"] = merge_into_base("brew", str(out / "brew-merged"))
    report["gguf"] = export_gguf("brew", str(out / "brew-gguf"), ("f16", "q8_0"), lora=True)
    report["seconds"] = time.time() - report["started"]
    (out / "merge_numbers.json").write_text(json.dumps(report, indent=2, default=str))
    print(json.dumps(report["heldout_loss"], indent=1))


def find_run_safe(name: str) -> bool:
    from basementbrew.errors import BrewError
    from basementbrew.runs import find_run

    try:
        return find_run(name).has_adapter
    except BrewError:
        return False


if __name__ == "__main__":
    main(Path(sys.argv[1]))
