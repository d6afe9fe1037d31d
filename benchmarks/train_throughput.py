"""Training throughput: `basementbrew train` against a plain transformers Trainer + PEFT script.

Both sides fine-tune the embedded SmolLM2-135M-Instruct with the same LoRA (r=16, alpha=32, dropout 0.05,
all linear layers), on the same first N examples of the bundled brewing-assistant dataset, tokenised the
same way (the model's chat template, loss on the assistant turn only, same max length, right padding to
the longest in the batch, no packing), with the same optimizer, schedule, batch, steps and seed; no
evaluation or sampling inside the loop on either side (ours evaluates before and after, outside the timed
part). Tokens/s = non-pad tokens of the training batches / wall time of `Trainer.train()` only; both
sides must count the same tokens, else the benchmark stops. Peak memory is the worker process's peak RSS
(GPU: peak allocated VRAM). Each repeat runs in a fresh process; repeats alternate ours/plain so shared
CPU load hits both alike. Prints the medians and ours/plain (target >= 0.95).

    python benchmarks/train_throughput.py                  # 3 alternating repeats, 12 steps of batch 4
    python benchmarks/train_throughput.py --repeats 5 --steps 20 --out benchmarks/results/train_throughput.json

Realistic-lengths mode (``--data bundled`` or ``--data longtail``): ours trains with ``training.packing=true``
(padding-free; on CPU attention runs per packed example, ``training/varlen_attention.py``) while the plain
recipe pads each batch to its longest row (dynamic padding); same model, same
rows in the same order, same batch and steps. It reports *useful* tokens/s (non-pad tokens, and loss-bearing
tokens, per second of ``Trainer.train()``), the padding fraction of what each side computed, and both sides'
held-out loss on the same held-out rows after the same number of examples (target: ours >= 1.3x useful
tokens/s, held-out loss within 2%). ``longtail`` is a synthetic copy task (repeat a list of words) whose
answer lengths follow a log-normal distribution (median ~20 words, a long tail to the length cap), written
by this script with a fixed seed:

    python benchmarks/train_throughput.py --data bundled --threads 1 --repeats 2 --steps 10 --batch 8
    python benchmarks/train_throughput.py --data longtail --threads 1 --repeats 2 --steps 10 --batch 8
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUICKSTART = "quickstart.yaml"  # the shipped config (load_config finds it from any directory)
BUNDLED = ROOT / "src" / "basementbrew" / "assets" / "datasets" / "brewing-assistant"
SYSTEM = "You are BrewBot, a concise homebrewing assistant."


def write_longtail(folder: Path, n_train: int, n_eval: int, seed: int = 7) -> Path:
    """A copy task with log-normal answer lengths (a few long rows, many short ones): train.jsonl + eval.jsonl."""
    import random

    rng = random.Random(seed)
    words = ["mash", "boil", "hops", "yeast", "wort", "malt", "lager", "ale", "stout", "porter", "kettle",
             "chiller", "gravity", "sparge", "lauter", "pitch", "ferment", "bottle", "keg", "prime", "carboy",
             "airlock", "barley", "wheat", "oats", "rye", "crystal", "roast"]

    def row() -> dict:
        n = max(1, min(120, int(rng.lognormvariate(3.0, 0.9))))
        items = " ".join(rng.choice(words) for _ in range(n))
        return {"messages": [{"role": "system", "content": SYSTEM},
                             {"role": "user", "content": f"Repeat this list in order: {items}"},
                             {"role": "assistant", "content": items}]}

    folder.mkdir(parents=True, exist_ok=True)
    for name, n in (("train.jsonl", n_train), ("eval.jsonl", n_eval)):
        (folder / name).write_text("".join(json.dumps(row()) + "\n" for _ in range(n)), encoding="utf-8")
    return folder


def _data_folder(args: argparse.Namespace) -> Path:
    if args.data == "longtail":
        return write_longtail(Path(args.home) / "longtail", 400, 64)
    return BUNDLED


def _settings(args: argparse.Namespace) -> list[str]:
    settings = [f"training.max_steps={args.steps}", f"training.batch_size={args.batch}",
                f"data.max_train_examples={args.steps * args.batch}", f"data.max_seq_length={args.max_length}",
                "data.max_eval_examples=1", "training.eval_steps=null", "training.save_steps=null",
                "training.sample_prompts=[]", "training.sample_max_new_tokens=1", "training.logging_steps=1"]
    if args.data != "fixed":
        settings += [f"data.dataset={_data_folder(args)}", f"data.max_eval_examples={args.eval_examples}",
                     f"training.packing={str(args.packing).lower()}", *args.ours_set]
    return settings


def _peak_memory_mb() -> dict[str, float]:
    import torch

    out = {"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if torch.cuda.is_available():
        out["peak_vram_mb"] = torch.cuda.max_memory_allocated() / 2**20
    return out


def run_ours(args: argparse.Namespace) -> dict[str, float]:
    """In-process `basementbrew train` (what the CLI runs), timed by the trainer around `Trainer.train()`."""
    from basementbrew.config import load_config
    from basementbrew.training.trainer import train

    config = load_config(QUICKSTART, [*_settings(args), f"run_name=bench-{time.time_ns()}"])
    run = train(config, log=lambda m: None)
    info = run.read_info()
    tokens = [r["num_tokens"] for r in run.read_metrics() if r.get("event") == "train" and "num_tokens" in r]
    return {"tokens": tokens[-1], "seconds": info["train_seconds"], "eval_loss": info["after"]["eval_loss"],
            "padding": 0.0 if args.packing and args.data != "fixed" else float("nan"), **_peak_memory_mb()}


def run_plain(args: argparse.Namespace) -> dict[str, float]:
    """The hand-written baseline: transformers Trainer + PEFT, nothing of ours but the model folder."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer, Trainer, TrainingArguments, set_seed

    from basementbrew.models.loading import embedded_model_dir

    folder = embedded_model_dir()
    tok = AutoTokenizer.from_pretrained(folder)
    cuda = torch.cuda.is_available()
    set_seed(42)  # the LoRA init draws random numbers before the Trainer seeds (ours: after it, inside TRL)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.bfloat16 if cuda else torch.float32)
    model.config.use_cache = False  # training: no KV cache (ours does the same)
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules="all-linear",
                                             task_type="CAUSAL_LM", bias="none"))
    folder = BUNDLED if args.data == "fixed" else _data_folder(args)

    def read(name: str, n: int) -> list[dict]:
        rows = [json.loads(line) for line in (folder / name).read_text().splitlines() if line.strip()][:n]
        out = []
        for row in rows:
            msgs = row["messages"]
            prompt = tok.apply_chat_template(msgs[:-1], add_generation_prompt=True, tokenize=True, return_dict=True)
            full = tok.apply_chat_template(msgs, tokenize=True, return_dict=True)["input_ids"][: args.max_length]
            n_prompt = len(prompt["input_ids"])
            out.append({"input_ids": full, "labels": ([-100] * n_prompt + full[n_prompt:])[: len(full)]})
        return out

    examples = read("train.jsonl", args.steps * args.batch)
    held_out = read("eval.jsonl", args.eval_examples) if args.data != "fixed" else None
    counted = {"tokens": 0, "positions": 0, "loss_tokens": 0}

    def collate(batch: list[dict]) -> dict[str, torch.Tensor]:  # dynamic padding: to the batch's longest row
        width = max(len(b["input_ids"]) for b in batch)
        pad = tok.pad_token_id
        ids = torch.tensor([b["input_ids"] + [pad] * (width - len(b["input_ids"])) for b in batch])
        labels = torch.tensor([b["labels"] + [-100] * (width - len(b["labels"])) for b in batch])
        mask = torch.tensor([[1] * len(b["input_ids"]) + [0] * (width - len(b["input_ids"])) for b in batch])
        if model.training:
            counted["tokens"] += int(mask.sum())
            counted["positions"] += mask.numel()
            counted["loss_tokens"] += int((labels[:, 1:] != -100).sum())
        return {"input_ids": ids, "labels": labels, "attention_mask": mask}

    targs = TrainingArguments(
        output_dir=tempfile.mkdtemp(), per_device_train_batch_size=args.batch, learning_rate=1e-3,
        warmup_steps=0.05, max_steps=args.steps, lr_scheduler_type="cosine", weight_decay=0.0, max_grad_norm=1.0,
        optim="adamw_torch", seed=42, data_seed=42, logging_steps=1, eval_strategy="no", save_strategy="no",
        report_to="none", disable_tqdm=True, dataloader_num_workers=0, remove_unused_columns=False,
        use_cpu=not cuda, bf16=cuda, gradient_checkpointing=False, per_device_eval_batch_size=args.batch)
    trainer = Trainer(model=model, args=targs, train_dataset=examples, eval_dataset=held_out, data_collator=collate)
    t0 = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - t0
    out = {"tokens": counted["tokens"], "seconds": seconds, "loss_tokens": counted["loss_tokens"],
           "padding": 1 - counted["tokens"] / counted["positions"], **_peak_memory_mb()}
    if held_out:
        out["eval_loss"] = trainer.evaluate()["eval_loss"]
    return out


def _worker(side: str, args: argparse.Namespace) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--worker", side, "--steps", str(args.steps), "--batch", str(args.batch),
           "--max-length", str(args.max_length), "--threads", str(args.threads), "--data", args.data,
           "--eval-examples", str(args.eval_examples), "--home", args.home,
           "--packing" if args.packing else "--no-packing", "--ours-set", *args.ours_set]
    env = os.environ | {"BREW_HOME": args.home}
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{side} worker failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["tokens_per_s"] = result["tokens"] / result["seconds"]
    return result


def _table(results: dict[str, list[dict[str, float]]]) -> None:
    """Useful tokens/s, padding, held-out loss per side; ratios taken within each repeat (shared, busy CPU)."""
    loss_tokens = results["plain"][0]["loss_tokens"]  # same rows on both sides (checked by the token count)
    ratios = [o["tokens_per_s"] / p["tokens_per_s"] for o, p in zip(results["ours"], results["plain"], strict=True)]
    print("| side | non-pad tok/s | loss-bearing tok/s | padding | held-out loss |")
    print("|---|---|---|---|---|")
    for side, rs in results.items():
        tps = statistics.median(r["tokens_per_s"] for r in rs)
        secs = statistics.median(r["seconds"] for r in rs)
        print(f"| {side} | {tps:.1f} | {loss_tokens / secs:.1f} | {statistics.median(r['padding'] for r in rs):.1%} "
              f"| {statistics.median(r['eval_loss'] for r in rs):.4f} |")
    loss_ratio = statistics.median(r["eval_loss"] for r in results["ours"]) / statistics.median(
        r["eval_loss"] for r in results["plain"])
    print(f"ours/plain useful tokens/s per repeat: {', '.join(f'{r:.3f}' for r in ratios)}; "
          f"median {statistics.median(ratios):.3f} (target >= 1.3); held-out loss ours/plain {loss_ratio:.4f} "
          "(target within 2%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--max-length", type=int, default=256)
    parser.add_argument("--threads", type=int, default=0, help="torch threads per worker (0: torch default); "
                        "1 gives stable numbers on a CPU shared with other jobs")
    parser.add_argument("--data", choices=["fixed", "bundled", "longtail"], default="fixed",
                        help="fixed: the original comparison (no packing on either side); bundled/longtail: "
                        "realistic lengths, ours packed, plain with dynamic padding, plus held-out loss")
    parser.add_argument("--eval-examples", type=int, default=32, help="held-out rows (realistic modes)")
    parser.add_argument("--packing", action=argparse.BooleanOptionalAction, default=True,
                        help="ours with training.packing (realistic modes)")
    parser.add_argument("--ours-set", nargs="*", default=[], help="extra config overrides for ours (realistic "
                        "modes), e.g. --no-packing --ours-set training.group_by_length=true")
    parser.add_argument("--home", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--worker", choices=["ours", "plain"], default=None)
    args = parser.parse_args()
    args.home = args.home or os.environ.get("BREW_HOME")
    if args.worker:
        if args.threads:
            import torch

            torch.set_num_threads(args.threads)
        result = run_ours(args) if args.worker == "ours" else run_plain(args)
        print(json.dumps(result))
        return
    args.home = tempfile.mkdtemp(prefix="brew-bench-")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; data={args.data}", flush=True)
    results: dict[str, list[dict[str, float]]] = {"ours": [], "plain": []}
    for i in range(args.repeats):
        for side in (("ours", "plain") if i % 2 == 0 else ("plain", "ours")):
            r = _worker(side, args)
            results[side].append(r)
            print(f"repeat {i + 1} {side:5s}: {r['tokens']:.0f} tokens in {r['seconds']:.2f} s = "
                  f"{r['tokens_per_s']:.1f} tokens/s, peak RSS {r['peak_rss_mb']:.0f} MiB, padding {r['padding']:.1%}, "
                  f"held-out loss {r.get('eval_loss', float('nan')):.4f}, load {os.getloadavg()[0]:.1f}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.1f}", flush=True)
    if {r["tokens"] for rs in results.values() for r in rs} != {results["plain"][0]["tokens"]}:
        raise SystemExit("the two sides trained on different token counts; the comparison is not fair")
    if args.data != "fixed":
        _table(results)
    med = {side: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for side, rs in results.items()}
    ratio = med["ours"]["tokens_per_s"] / med["plain"]["tokens_per_s"]
    print(f"median tokens/s: ours {med['ours']['tokens_per_s']:.1f}, plain {med['plain']['tokens_per_s']:.1f}; "
          f"ratio ours/plain = {ratio:.3f} (target >= 0.95)")
    print(f"median peak RSS: ours {med['ours']['peak_rss_mb']:.0f} MiB, plain {med['plain']['peak_rss_mb']:.0f} MiB")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps({"settings": vars(args) | {"out": str(args.out)}, "runs": results,
                                        "median": med, "ratio": ratio}, indent=2, default=str))


if __name__ == "__main__":
    main()
