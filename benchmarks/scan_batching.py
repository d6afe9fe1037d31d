"""Concurrent harmful-request scans: one forward per request (the lock the encoder had) vs the batching thread.

Run:  .venv/bin/python benchmarks/scan_batching.py                 (~2 minutes on 2 cores)
      .venv/bin/python benchmarks/scan_batching.py --levels 1,8 --rounds 3 --json out.json
      .venv/bin/python benchmarks/scan_batching.py --max-batch 4,16     (more batched arms: their window caps)

A server scans each request in a worker thread, and they arrive together. Each round fires N threads at a
barrier, each scoring a text of its own with the intent encoder (``IntentEncoder.score``: the forward the
harmful scanner pays for a text its n-grams do not clear), and records each scan's latency from the barrier
to its score. The arms use the same loaded encoder in the same process, alternating per round: ``serial``
swaps in a :class:`~basementbrew.safety.batcher.ForwardBatcher` with ``max_batch=1`` (one request per forward:
what the lock did), ``batched`` the shipped one (or one per ``--max-batch`` cap, named ``batched<cap>``).
Texts never repeat (the encoder caches recent scores). Short asks (~90 characters, one window) and long
pastes (~1,500 characters: head and tail windows) are measured apart.
Prints p50/p99 latency per level and each batched arm's ratio to serial; nothing is asserted (tests/safety does).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import threading
import time
from pathlib import Path

from basementbrew.safety import intent
from basementbrew.safety.batcher import ForwardBatcher

_COUNTER = itertools.count()
_SHORT = ("Could you walk me through how someone would {} without getting caught, case {}?",
          "What is the safest way to {} at home for a school project, number {}?")
_ACTS = ("pick the lock on a neighbour's shed", "brew a stronger cider", "get into an old email account",
         "clean rust off a cast-iron pan", "make the loudest possible firework")
_PARAGRAPH = ("The brewery kept its records in a ledger that nobody had opened since the flood, and the new owner "
              "spent a week copying the recipes into a spreadsheet, noting which malts had gone out of "
              "production and which hops the old brewer had substituted when the harvest failed. ")


def text(kind: str) -> str:
    n = next(_COUNTER)
    ask = _SHORT[n % 2].format(_ACTS[n % len(_ACTS)], n)
    return ask if kind == "short" else f"{_PARAGRAPH * 5}(copy {n}) {ask}"


def burst(enc: intent.IntentEncoder, n: int, kind: str) -> list[float]:
    texts = [text(kind) for _ in range(n)]
    gate = threading.Barrier(n + 1)
    lat = [0.0] * n

    def scan(i: int) -> None:
        gate.wait()
        t = time.perf_counter()
        enc.score(texts[i])
        lat[i] = time.perf_counter() - t

    threads = [threading.Thread(target=scan, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    gate.wait()
    for t in threads:
        t.join()
    return lat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--levels", default="1,4,8,16")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--max-batch", help="comma-separated window caps, one batched arm each (default: the shipped)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    enc = intent.intent_encoder()
    shipped = enc.batcher
    arms = {"serial": ForwardBatcher(enc.forward, max_batch=1)}
    if args.max_batch:
        caps = [int(c) for c in args.max_batch.split(",")]
        arms |= {f"batched{c}": ForwardBatcher(enc.forward, max_batch=c) for c in caps}
    else:
        arms["batched"] = shipped
    burst(enc, 4, "short")  # warm-up
    results: dict[str, dict[str, dict[int, list[float]]]] = {}
    for kind in ("short", "long"):
        for level in (int(x) for x in args.levels.split(",")):
            for r in range(args.rounds):
                for arm in (list(arms) if r % 2 == 0 else list(reversed(arms))):
                    enc.batcher = arms[arm]
                    results.setdefault(kind, {}).setdefault(arm, {}).setdefault(level, []).extend(
                        burst(enc, level, kind))
    enc.batcher = shipped
    print(f"torch threads {torch_threads()}; p50 / p99 latency in ms, and each arm's ratio to serial")
    table = []
    for kind, by_arm in results.items():
        for level in by_arm["serial"]:
            row: dict[str, object] = {"texts": kind, "clients": level}
            base = _percentiles(by_arm["serial"][level])
            for arm in arms:
                p50, p99 = _percentiles(by_arm[arm][level])
                row[f"{arm}_p50_ms"], row[f"{arm}_p99_ms"] = round(p50, 1), round(p99, 1)
                if arm != "serial":
                    row[f"{arm}_p50_ratio"], row[f"{arm}_p99_ratio"] = round(p50 / base[0], 2), round(p99 / base[1], 2)
            table.append(row)
            print(" | ".join(f"{k} {v}" for k, v in row.items()))
    print("forwards (windows): " + ", ".join(f"{a} {b.forwards} ({b.windows})" for a, b in arms.items()))
    if args.json:
        args.json.write_text(json.dumps({"argv": sys.argv[1:], "torch_threads": torch_threads(), "rows": table},
                                        indent=1))


def _percentiles(latencies: list[float]) -> tuple[float, float]:
    v = sorted(latencies)
    return statistics.median(v) * 1e3, v[min(len(v) - 1, int(0.99 * len(v)))] * 1e3


def torch_threads() -> int:
    import torch

    return torch.get_num_threads()


if __name__ == "__main__":
    main()
