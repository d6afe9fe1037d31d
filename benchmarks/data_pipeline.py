"""Data-build throughput and memory: our MinHash near-dedup against datasketch's MinHash + MinHashLSH in the
same run, and peak RSS of a full ``data build`` on a corpus and on the same corpus 10x larger.

    python benchmarks/data_pipeline.py                 # both parts; JSON into benchmarks/results/
    python benchmarks/data_pipeline.py --part minhash  # or: --part rss
    python benchmarks/data_pipeline.py --docs 1000 --scale 10

**Data we did not write**: every document is a paragraph block (80-400 words) of the README / long
description texts shipped inside the installed packages (``*.dist-info/METADATA`` bodies and ``.md`` /
``.rst`` files under site-packages). Near-duplicates are made from them by replacing random words, and the
true Jaccard similarity of every pair's word 5-gram sets is computed exactly, so recall and precision are
measured, not assumed. Natural duplicates in that text (licence blocks, shared boilerplate) are kept and
count as correct when their true Jaccard similarity clears the bar.

**MinHash arms** (one process, one thread each, same shingles: lower-cased ``\\w+`` words, 5-grams; same
112 permutations as 14 bands x 8 rows):

* ours: ``MinHasher.signatures`` in batches of 256 + band hashes + the bucket and cluster stages of
  :mod:`basementbrew.data.processing.dedup` on NumPy arrays (what a build runs, without Parquet I/O);
* datasketch: ``MinHash(num_perm=112)`` + ``update_batch`` per document, then ``MinHashLSH(params=(14, 8))``
  ``insert`` and ``query`` per document (its in-memory index), the plain loop the issue measured at 1,264 docs/s.

Both arms' candidate pairs (documents sharing a bucket) are clustered the same way (union-find, the lowest
index kept), so they are compared on what a build does: **recall** = planted copies with true Jaccard >= 0.8
that are removed; **precision** = removed documents whose true Jaccard with the document kept for their
cluster is >= 0.5 (LSH's S-curve is soft; 0.5 is well below the ~0.75 the 14 x 8 bands aim at).

**RSS arm**: ``data build`` (clean, language, gopher_quality, exact_dedup, minhash_dedup) in a fresh
subprocess on N documents and on 10 x N (the same texts with words perturbed so none is an exact copy),
reading the child's peak RSS (``ru_maxrss``). Threads pinned to 1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
WORD = re.compile(r"\w+")


def public_corpus(limit: int, seed: int = 0) -> list[str]:
    """Paragraph blocks of README text shipped inside installed packages (sorted, then sampled)."""
    import sysconfig

    site = Path(sysconfig.get_paths()["purelib"])
    files = sorted(site.glob("*.dist-info/METADATA")) + sorted(site.rglob("*.md")) + sorted(site.rglob("*.rst"))
    docs: list[str] = []
    for f in files:
        try:
            text = f.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if f.name == "METADATA":
            text = text.split("\n\n", 1)[1] if "\n\n" in text else ""
        block: list[str] = []
        for para in re.split(r"\n\s*\n", text):
            block.append(para.strip())
            words = sum(len(p.split()) for p in block)
            if words >= 80:
                if words <= 400:
                    docs.append("\n\n".join(block))
                block = []
    docs = sorted(set(docs))
    random.Random(seed).shuffle(docs)
    return docs[:limit]


def perturb(text: str, rng: random.Random, fraction: float) -> str:
    words = text.split(" ")
    for i in rng.sample(range(len(words)), max(1, int(len(words) * fraction))):
        words[i] = rng.choice(["alpha", "beta", "gamma", "delta", "omega", "kappa"])
    return " ".join(words)


def grams(text: str) -> set[str]:
    w = WORD.findall(text.lower())
    return {" ".join(w[i:i + 5]) for i in range(max(1, len(w) - 4))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / max(1, len(a | b))


def with_near_duplicates(docs: list[str], n_pairs: int, seed: int = 0) -> tuple[list[str], list[tuple[int, int]]]:
    rng = random.Random(seed)
    out, planted = list(docs), []
    for i in rng.sample(range(len(docs)), n_pairs):
        out.append(perturb(docs[i], rng, rng.choice([0.01, 0.02, 0.04, 0.08, 0.15])))
        planted.append((i, len(out) - 1))
    return out, planted


def ours(texts: list[str]) -> tuple[float, set[tuple[int, int]]]:
    import numpy as np

    from basementbrew.data.processing.dedup import BUCKET_DTYPE, MinHasher

    t0 = time.perf_counter()
    hasher = MinHasher(112, 5, seed=1)
    sigs = np.concatenate([hasher.signatures(texts[i:i + 256]) for i in range(0, len(texts), 256)])
    bands = MinHasher.band_hashes(sigs, 14, 8)
    pairs: set[tuple[int, int]] = set()
    for b in range(14):  # the bucket stage: sort one band, group equal hashes
        arr = np.empty(len(texts), dtype=BUCKET_DTYPE)
        arr["h"], arr["idx"] = bands[:, b], np.arange(len(texts))
        arr.sort(order=["h", "idx"])
        new = np.r_[True, arr["h"][1:] != arr["h"][:-1]]
        first = np.flatnonzero(new)[np.cumsum(new) - 1]
        dup = np.flatnonzero(~new)
        pairs.update(zip(arr["idx"][first[dup]].tolist(), arr["idx"][dup].tolist(), strict=True))
    return time.perf_counter() - t0, pairs


def datasketch_loop(texts: list[str]) -> tuple[float, set[tuple[int, int]]]:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(num_perm=112, params=(14, 8))
    pairs: set[tuple[int, int]] = set()
    for i, t in enumerate(texts):
        m = MinHash(num_perm=112, seed=1)
        m.update_batch([g.encode() for g in grams(t)])
        for j in lsh.query(m):
            pairs.add((min(i, j), max(i, j)))
        lsh.insert(i, m)
    return time.perf_counter() - t0, pairs


def clusters(pairs: set[tuple[int, int]]) -> dict[int, int]:
    """Removed document -> the document kept for its cluster (union-find, lowest index kept)."""
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent if find(x) != x}


def minhash_part(n_docs: int) -> dict:
    base = public_corpus(n_docs)
    texts, planted = with_near_duplicates(base, max(10, len(base) // 3))
    g = [grams(t) for t in texts]
    true_pairs = {(a, b) for a, b in planted if jaccard(g[a], g[b]) >= 0.8}
    result = {"data": f"{len(base)} README paragraph blocks from site-packages + {len(planted)} perturbed copies",
              "docs": len(texts), "planted_pairs_j>=0.8": len(true_pairs), "arms": {}}
    for name, fn in (("datasketch", datasketch_loop), ("ours", ours), ("datasketch_again", datasketch_loop)):
        seconds, pairs = fn(texts)
        removed = clusters(pairs)
        copies = {b for a, b in true_pairs}
        correct = sum(jaccard(g[doc], g[root]) >= 0.5 for doc, root in removed.items())
        result["arms"][name] = {"seconds": round(seconds, 3), "docs_per_s": round(len(texts) / seconds, 1),
                                "candidate_pairs": len(pairs), "removed": len(removed),
                                "recall": round(len(copies & set(removed)) / max(1, len(copies)), 4),
                                "precision": round(correct / max(1, len(removed)), 4)}
        print(name, result["arms"][name], flush=True)
    ds = min(result["arms"]["datasketch"]["seconds"], result["arms"]["datasketch_again"]["seconds"])
    result["speedup_vs_datasketch"] = round(ds / result["arms"]["ours"]["seconds"], 2)
    return result


CHILD = """
import json, os, resource, sys, time
sys.path.insert(0, {src!r})
from pathlib import Path
from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.workflow import run_build
t = time.perf_counter()
v = run_build(load_build_config(Path({cfg!r})))
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
stats = {{k: s["dropped_by_reason"] for k, s in v.card["pipeline"]["stats"].items()}}
rows = v.card["splits"]["train"]["rows"] + v.card["splits"]["eval"]["rows"]
print(json.dumps({{"seconds": time.perf_counter() - t, "peak_rss_mb": rss, "rows": rows,
                  "step_seconds": v.card["step_seconds"], "stats": stats}}))
"""


def rss_part(n_docs: int, scale: int, work: Path) -> dict:
    base = public_corpus(n_docs)
    out = {"data": f"{len(base)} README paragraph blocks from site-packages; x{scale} = perturbed copies",
           "runs": {}}
    for mult in (1, scale):
        folder = work / f"in-x{mult}"
        folder.mkdir(parents=True, exist_ok=True)
        rng = random.Random(mult)
        per_shard = len(base)  # shards of equal size: 1 shard at x1, `scale` shards at x10
        for s in range(mult):
            with (folder / f"part-{s:03d}.jsonl").open("w") as fh:
                for i, t in enumerate(base):
                    text = t if s == 0 else perturb(t, rng, 0.3)
                    fh.write(json.dumps({"id": f"{s}-{i}", "text": text}) + "\n")
        assert per_shard
        cfg = work / f"x{mult}.yaml"
        cfg.write_text(json.dumps({"name": f"bench-x{mult}", "input": {"path": str(folder)}, "batch_size": 64,
                                   "steps": ["clean", {"step": "language", "params": {"languages": []}},
                                             "gopher_quality", "exact_dedup", "minhash_dedup"],
                                   "output": {"tokenizer": "words"}}))
        env = dict(os.environ, BREW_HOME=str(work / "home"), OMP_NUM_THREADS="1")
        proc = subprocess.run([sys.executable, "-c", CHILD.format(src=str(ROOT / "src"), cfg=str(cfg))],
                              env=env, capture_output=True, text=True, timeout=3000)
        if proc.returncode:
            raise SystemExit(proc.stderr[-3000:])
        run = json.loads(proc.stdout.strip().splitlines()[-1])
        run["docs"] = len(base) * mult
        run["docs_per_s"] = round(run["docs"] / run["seconds"], 1)
        run["step_docs_per_s"] = {k: round(run["docs"] / v, 1) for k, v in run["step_seconds"].items() if v > 0}
        out["runs"][f"x{mult}"] = run
        print(f"x{mult}", {k: run[k] for k in ("docs", "seconds", "docs_per_s", "peak_rss_mb", "rows")}, flush=True)
    a, b = out["runs"]["x1"]["peak_rss_mb"], out["runs"][f"x{scale}"]["peak_rss_mb"]
    out["rss_ratio"] = round(b / a, 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=["minhash", "rss", "all"], default="all")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--scale", type=int, default=10)
    ap.add_argument("--results-dir", type=Path, default=ROOT / "benchmarks" / "results")
    args = ap.parse_args()
    import tempfile

    result: dict = {"machine": f"{os.cpu_count()} cores (shared), OMP_NUM_THREADS=1", "python": sys.version.split()[0]}
    if args.part in ("minhash", "all"):
        result["minhash"] = minhash_part(args.docs)
    if args.part in ("rss", "all"):
        with tempfile.TemporaryDirectory() as tmp:
            result["rss"] = rss_part(args.docs, args.scale, Path(tmp))
    args.results_dir.mkdir(parents=True, exist_ok=True)
    path = args.results_dir / f"data_pipeline_{args.part}.json"
    path.write_text(json.dumps(result, indent=2))
    print(json.dumps({k: v for k, v in result.items()}, indent=1)[:4000])
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
