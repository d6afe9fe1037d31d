"""Measure scanners on a labelled JSONL set: precision, recall, F1, false-positive rate and latency.

Rows: ``{"text": ..., "label": 0|1, "scanner": NAME|"*", "kind": ...}``. A row counts for scanner NAME
when its ``scanner`` is NAME or ``"*"`` (ordinary prompts: negatives for every scanner). A detection is
``verdict.flagged`` (reason != "ok"), so redacting scanners that never block are measured too.

Latency is per 1,000 characters on this CPU: the rows are joined into probes of at least 1,000
characters, each probe is scanned :data:`LATENCY_REPEATS` times and the time is scaled to 1,000
characters; p50/p99 are over probes. Scanning short rows one by one would mostly measure call overhead.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from basementbrew.data.formats import read_jsonl
from basementbrew.errors import BrewError
from basementbrew.safety.scanners.base import Scanner

PROBE_CHARS = 1000
LATENCY_REPEATS = 3


@dataclass
class Metrics:
    scanner: str
    n: int
    positives: int
    tp: int
    fp: int
    fn: int
    tn: int
    p50_ms: float
    p99_ms: float

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fpr(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


def load_rows(path: str | Path) -> list[dict[str, Any]]:
    """Read and validate an evaluation JSONL file."""
    p = Path(path)
    rows = read_jsonl(p, what="evaluation file",
                      hint="pass a JSONL file such as src/basementbrew/safety/evalsets/toxicity.jsonl")
    for i, row in enumerate(rows, 1):
        if not isinstance(row.get("text"), str) or row.get("label") not in (0, 1):
            raise BrewError(f'{p} record {i}: each row needs "text" (string) and "label" (0 or 1)')
    return rows


def scanners_in(rows: list[dict[str, Any]]) -> list[str]:
    names = sorted({r.get("scanner", "*") for r in rows} - {"*"})
    if not names:
        raise BrewError('the rows name no scanner ("scanner" field); pass --scanner NAME')
    return names


def latency(scanner: Scanner, texts: list[str]) -> tuple[float, float]:
    """p50 and p99 milliseconds per 1,000 characters."""
    probes, buf = [], ""
    for t in texts:
        buf = f"{buf}\n{t}" if buf else t
        if len(buf) >= PROBE_CHARS:
            probes.append(buf)
            buf = ""
    if buf:
        probes.append(buf)
    per_k = []
    for probe in probes:
        scanner.scan(probe)  # warm caches
        start = time.perf_counter()
        for _ in range(LATENCY_REPEATS):
            scanner.scan(probe)
        ms = (time.perf_counter() - start) * 1000 / LATENCY_REPEATS
        per_k.append(ms * PROBE_CHARS / max(len(probe), PROBE_CHARS))
    return float(np.percentile(per_k, 50)), float(np.percentile(per_k, 99))


def evaluate(rows: list[dict[str, Any]], scanner: Scanner, *, name: str | None = None) -> Metrics:
    """Metrics for one scanner on the rows that apply to it (``name`` overrides which rows apply)."""
    key = name or scanner.name
    mine = [r for r in rows if r.get("scanner", "*") in (key, "*")] if any("scanner" in r for r in rows) else rows
    tp = fp = fn = tn = 0
    for r in mine:
        hit = scanner.scan(r["text"]).flagged
        if r["label"]:
            tp, fn = tp + hit, fn + (not hit)
        else:
            fp, tn = fp + hit, tn + (not hit)
    p50, p99 = latency(scanner, [r["text"] for r in mine])
    return Metrics(key, len(mine), tp + fn, tp, fp, fn, tn, p50, p99)


def misses(rows: list[dict[str, Any]], scanner: Scanner, name: str | None = None) -> list[tuple[int, str]]:
    """(label, text) of every row the scanner got wrong, for error analysis."""
    key = name or scanner.name
    return [(r["label"], r["text"]) for r in rows if r.get("scanner", "*") in (key, "*")
            and scanner.scan(r["text"]).flagged != bool(r["label"])]
