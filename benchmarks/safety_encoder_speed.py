"""The intent encoder's speed levers, each against the other arms in one run (prints ratios; asserts nothing).

    OMP_NUM_THREADS=1 python benchmarks/safety_encoder_speed.py [--parts latency scores memory] [--json out.json]

Arms: the encoder's arithmetic (int8, the default, or float32 over float16 weights: ``safety/int8.py``) and how
the harmful scanner reads a text's readings (together, the default, or one forward each as before issue 11's
twenty-seventh round: ``HarmfulRequestScanner.batch_reads``).

1. **Latency.** The default input chain over ``safety_latency``'s ~1,000-character probes, the pasted README
   pieces and code, and short chat messages, every arm by turns on each text (the process's one intent encoder,
   its model swapped; which arm goes first rotates; caches cleared before each timed scan): p50 / p99 per arm and
   each arm's p50 as a ratio of the shipped arm's.
2. **Memory.** One child process per arithmetic (``BREW_INTENT_ARITHMETIC``), each ``safety_latency``'s stand-in
   for a serving process: RSS the scanners add after loading, after scanning every probe, and after a busy
   server's forwards (every window length at batch sizes up to this box's cap, then up to 16), each read once the
   encoder's thread is idle.
3. **Scores.** ``|P(int8) - P(float)|`` of the encoder over every text of the shipped evaluation sets, and the
   harmful scanner's verdicts that differ.

Issue 11's targets: the input chain at most 25 ms p50 per 1,000 characters on 2 cores, at most +150 MB RSS.
BLAS threads are pinned to one, as in ``safety_latency`` (the box is shared; see FIELD-NOTES).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
import psutil
import safety_latency as lat

from basementbrew.config import SafetyConfig
from basementbrew.safety.batcher import MAX_BATCH, batch_cap
from basementbrew.safety.guardrails import Guardrails
from basementbrew.safety.intent import ARITHMETIC_ENV, IntentEncoder, intent_encoder
from basementbrew.safety.linear import clear_caches
from basementbrew.safety.registry import OFFLINE, get_scanner

REPEATS = 2
IDLE_S = 0.5  # the forward thread's heap trim runs after its callers have their rows
ARITHMETICS = ("int8", "float")


SHIPPED = "int8, reads together"


def arms() -> dict[str, tuple[object, bool]]:
    """Arm name -> (the encoder's model, the harmful scanner's ``batch_reads``); the shipped arm first."""
    enc = intent_encoder()
    if not enc.int8:
        raise SystemExit(f"the process's intent encoder reads in float ({ARITHMETIC_ENV} or no calibration "
                         "file); unset the variable or write the calibration: "
                         "scripts/safety_train_encoder.py --calibrate-only")
    flt = IntentEncoder(int8=False).model
    return {SHIPPED: (enc.model, True), "int8, one read at a time": (enc.model, False),
            "float, reads together": (flt, True), "float, one read at a time (before)": (flt, False)}


def rotating(fn, texts: list[str], setups: dict[str, tuple[object, bool]], per: float
             ) -> dict[str, tuple[float, float]]:
    """p50 / p99 of ``fn`` per arm, each text scanned cold by every arm in turns (the first arm rotating); ms per
    ``per`` characters (0: per text)."""
    enc, harm = intent_encoder(), get_scanner("harmful")
    names = list(setups)
    times: dict[str, list[float]] = {arm: [] for arm in names}
    for i, text in enumerate(texts):
        for arm in names[i % len(names):] + names[: i % len(names)]:
            enc.model, harm.batch_reads = setups[arm]
            ms = lat.cold_ms(fn, text, REPEATS)  # its warm-up call warms the arm's shapes for this text
            times[arm].append(ms * per / max(1, len(text)) if per else ms)
    enc.model, harm.batch_reads = setups[SHIPPED]
    return {arm: (float(np.percentile(t, 50)), float(np.percentile(t, 99))) for arm, t in times.items()}


def latency(report: dict) -> None:
    setups = arms()
    guard = Guardrails.from_config(SafetyConfig())
    sets = {f"{len(lat.probes())} probes, ms per 1,000 characters": (lat.probes(), 1000)}
    sets.update({f"{k}, ms per 1,000 characters": (v, 1000) for k, v in lat.pasted().items()})
    short = lat.messages()
    sets[f"{len(short)} short messages, ms per message"] = (short, 0)
    print("input chain, p50 / p99 per arm (one process, every arm on each text in turns), p50 as a ratio of the "
          f"shipped arm ({SHIPPED}):")
    for label, (texts, per) in sets.items():
        row = rotating(guard.check_input, texts, setups, per)
        base = row[SHIPPED][0]
        report["latency"][label] = {arm: {"p50": round(v[0], 2), "p99": round(v[1], 2),
                                          "p50_vs_shipped": round(v[0] / base, 3)} for arm, v in row.items()}
        print(f"  {label}:")
        for arm, (p50, p99) in row.items():
            print(f"    {arm:<36} p50 {p50:7.2f}  p99 {p99:7.2f}  {p50 / base:5.2f}x")


def scores(report: dict) -> None:
    from basementbrew.safety.scanners.harmful import HarmfulRequestScanner

    enc = intent_encoder()
    models = {"int8": enc.model, "float": IntentEncoder(int8=False).model}
    names = sorted(p.stem for p in resources.files("basementbrew.safety").joinpath("evalsets").iterdir()
                   if p.name.endswith(".jsonl"))
    texts = list(dict.fromkeys(lat.texts_of(tuple(names))))
    scanner = HarmfulRequestScanner()
    out: dict[str, list] = {arm: [] for arm in ARITHMETICS}
    for arm in ARITHMETICS:
        enc.model = models[arm]
        clear_caches()
        for t in texts:
            out[arm].append((enc.score(t) if enc.readable(t) else float("nan"), scanner.scan(t).allowed))
    enc.model = models["int8"]
    p = {arm: np.array([s for s, _ in out[arm]]) for arm in ARITHMETICS}
    read = ~np.isnan(p["float"])
    diff = np.abs(p["int8"][read] - p["float"][read])
    flips = sum(a[1] != b[1] for a, b in zip(out["int8"], out["float"], strict=True))
    report["scores"] = {"texts": len(texts), "read_by_encoder": int(read.sum()), "max": round(float(diff.max()), 4),
                        "p99": round(float(np.quantile(diff, 0.99)), 4), "mean": round(float(diff.mean()), 4),
                        "harmful_verdicts_changed": int(flips)}
    print(f"encoder P, int8 vs float, over the {read.sum()} of {len(texts)} shipped evaluation texts the encoder "
          f"reads: |diff| max {diff.max():.3f}, p99 {np.quantile(diff, 0.99):.3f}, mean {diff.mean():.4f}; harmful "
          f"verdicts changed: {flips}")


def child_rss() -> None:
    """One arithmetic's memory, printed as a JSON line (run in a child process with the variable set)."""
    import torch

    def rss() -> float:
        time.sleep(IDLE_S)  # the encoder's thread hands freed memory back once idle: read after it has (no race)
        return psutil.Process().memory_info().rss / 2**20

    lat.serving_process()
    base = rss()
    for n in OFFLINE:
        get_scanner(n)
    guard = Guardrails.from_config(SafetyConfig())
    guard.check_input("hello")
    row = {"arithmetic": "int8" if intent_encoder().int8 else "float", "loaded": rss() - base}
    for text in lat.probes():
        guard.check_input(text)
    row["after_probes"] = rss() - base
    here = batch_cap(torch.get_num_threads())
    for cap in dict.fromkeys((here, MAX_BATCH)):
        lat.busy_server(cap)
        row[f"busy_cap_{cap}"] = rss() - base
    print(json.dumps({k: round(v, 1) if isinstance(v, float) else v for k, v in row.items()}), flush=True)


def memory(report: dict) -> None:
    print("RSS the scanners add over a serving process (MB; target <= 150), one child process per arithmetic:")
    rows = {}
    for arm in ARITHMETICS:
        env = {**os.environ, ARITHMETIC_ENV: arm}
        done = subprocess.run([sys.executable, __file__, "--child-rss"], env=env, capture_output=True, text=True,
                              check=True)
        rows[arm] = json.loads(done.stdout.strip().splitlines()[-1])
        print(f"  {arm}: " + ", ".join(f"{k} +{v:.0f}" for k, v in rows[arm].items() if k != "arithmetic"))
    report["rss_mb"] = rows
    for key in rows["int8"]:
        if key != "arithmetic":
            print(f"  {key}: int8 / float = {rows['int8'][key] / rows['float'][key]:.2f}x")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--parts", nargs="+", choices=("latency", "scores", "memory"),
                    default=["latency", "scores", "memory"], help="what to measure (default: all three)")
    ap.add_argument("--child-rss", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child_rss:
        child_rss()
        return
    report: dict = {"latency": {}}
    for part in ("latency", "scores", "memory"):
        if part in args.parts:
            {"latency": latency, "scores": scores, "memory": memory}[part](report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
