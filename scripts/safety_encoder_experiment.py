"""Experiment: does a MiniLM sentence-encoder head beat the shipped harmful-request model? (measured, see below)

    OMP_NUM_THREADS=1 python scripts/safety_encoder_experiment.py [--max-tokens 64] [--fp32]

Trains on exactly the rows of ``scripts/safety_train.py``'s ``harmful_rows()`` (public training splits plus
our own rows; evaluation texts removed there) and compares, on the public evaluation sets of
``basementbrew safety eval --public`` (never trained or tuned on):

- ``old``: the shipped model (TF-IDF word + char n-grams + WordLlama mean vector, one logistic regression);
- ``minilm``: a logistic regression over the all-MiniLM-L6-v2 sentence vector alone
  (:mod:`basementbrew.safety.sentence`);
- ``mix``: one logistic regression over TF-IDF + WordLlama + MiniLM.

Thresholds come from 3-fold cross-validated benign scores of the *training* pool (the 98th percentile,
floored at 0.5, as in safety_train.py); the scanner's higher bar for purely informational questions applies
to every arm. Whole-chain figures OR the arm's verdict with the other input scanners (injection, toxicity,
pii) as shipped. Encodings are cached under /tmp/s2 (keyed by the settings).

Measured 2026-11-26 (2-core box, load average 8-10; ``python scripts/safety_encoder_experiment.py --quick
[--max-tokens 128 --fp32] --arms ngwl,mix,mlp``). Benign = S-Labs test benign (1,050) + our 71 sensitive-topic
questions; SL / nc = S-Labs / neuralchemy core test splits (whole input chain);
"q0.95" = threshold at the 95th percentile of the training pool's CV benign scores, no 0.5 floor. The 64-token
int8 rows used vectors encoded in padded batches (before int8 went one text at a time; cosine 0.97 to a text
encoded alone), the same way for training and evaluation rows:

| arm | thr. | PyRIT objectives recall (harm-labelled) | AUC | AdvBench held-out | benign FPR | chain FPR SL / nc |
|---|---|---|---|---|---|---|
| shipped (n-grams + WordLlama) | 0.500 | 0.504 (0.499) | 0.923 | 0.976 | 0.0018 | 0.004 / 0.072 |
| MiniLM alone, 64 tok int8, LR C=8 | 0.840 | 0.395 (0.375) | 0.892 | 0.935 | 0.0089 | 0.004 / 0.054 |
| MiniLM alone, 128 tok fp32, LR C=8 | 0.814 | 0.438 (0.418) | 0.906 | 0.939 | 0.0062 | 0.002 / 0.054 |
| MLP (256) on WordLlama + MiniLM 64 int8 | 0.500 | 0.442 (0.428) | 0.902 | 0.960 | 0.0045 | 0.004 / 0.059 |
| mix: n-grams + WordLlama + MiniLM 64 int8 | 0.500 | 0.493 (0.483) | 0.931 | 0.980 | 0.0018 | 0.003 / 0.072 |
| mix, MiniLM x2 / x3 (64 int8) | 0.500 | 0.496 / 0.485 | 0.923 / 0.912 | 0.972 / 0.980 | 0.003 / 0.004 | 0.003 / 0.07 |
| mix: n-grams + WordLlama + MiniLM 128 fp32 | 0.500 | **0.507** (0.501) | **0.940** | 0.972 | 0.0000 | 0.002 / 0.072 |
| shipped recipe, q0.95 threshold (0.140) | 0.140 | 0.640 (0.659) | 0.923 | 0.996 | 0.0116 | 0.011 / 0.087 |
| mix 128 fp32, q0.95 threshold (0.098) | 0.098 | 0.650 (0.669) | 0.940 | 0.996 | 0.0062 | 0.005 / 0.092 |

The sentence encoder improves the ranking a little (AUC 0.923 -> 0.940 in the mix; a diagnostic threshold set
*on the evaluation benign rows*, never used, would reach 0.747 -> 0.802 recall at 5 % FPR) but not recall at
the training-chosen threshold (+0.003); alone it is worse than the shipped mix. Cost
(``benchmarks/safety_encoder_latency.py``, 114 probes of ~1,000 characters, arms alternating, load average
4.8): the input chain plus a MiniLM forward is 2.44-2.62x the chain alone with int8 at 64 tokens and
4.78-5.06x with float32 at 128 tokens (the best arm); an earlier run at load 8.7-9.1 gave 2.47x (int8, 64),
3.33x (int8, 128), 3.52x (fp32, 64). On the idle box's 7.3 ms that is ~18 ms and ~35 ms against 25.
RSS: importing torch + transformers adds +188 MB to a process that has not, and the model +73 MB (fp32) /
+130 MB (int8, the fp32 load stays resident) even where torch is already loaded, against a 150 MB budget of
which the scanners use 72.
Decision: not landed as the default; the gap to recall 0.80 is in the training data and the threshold,
not in the sentence features.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import safety_train as st

from basementbrew.safety import public
from basementbrew.safety.embed import embedder
from basementbrew.safety.evaluate import own_sets
from basementbrew.safety.guardrails import run_chain
from basementbrew.safety.linear import load_model
from basementbrew.safety.registry import get_scanner
from basementbrew.safety.scanners.harmful import INFORMATIONAL_THRESHOLD, informational
from basementbrew.safety.sentence import SentenceEncoder

CACHE = Path("/tmp/s2")


def encode_cached(enc: SentenceEncoder, texts: list[str], tag: str) -> np.ndarray:
    key = hashlib.sha256(("\x00".join(texts) + tag).encode("utf-8", "replace")).hexdigest()[:16]
    path = CACHE / f"{tag}-{key}.npy"
    if path.is_file():
        return np.load(path)
    start = time.perf_counter()
    out = enc.encode(texts)
    print(f"encoded {len(texts)} texts in {time.perf_counter() - start:.0f} s ({tag})", flush=True)
    CACHE.mkdir(exist_ok=True)
    np.save(path, out)
    return out


def fit_mix(texts, wl, mini, y, weights, c, use_ngrams, use_wl, use_mini):
    if use_ngrams == "mlp":  # a small MLP on the dense vectors; benign rows repeated to half the weight
        from sklearn.neural_network import MLPClassifier

        x = np.hstack([wl, mini])
        reps = np.where(y == 0, 1, max(1, round((y == 0).sum() / max(1, (y == 1).sum()))))
        idx = np.repeat(np.arange(len(y)), reps)
        clf = MLPClassifier((256,), alpha=1e-3, max_iter=200, early_stopping=True, random_state=0)
        return "mlp", clf.fit(x[idx], y[idx])
    union = st.vectorizers() if use_ngrams else None
    parts = [union.fit_transform(texts)] if use_ngrams else []
    parts += [sparse.csr_matrix(wl)] if use_wl else []
    parts += [sparse.csr_matrix(mini * use_mini)] if use_mini else []
    clf = LogisticRegression(C=c, class_weight=weights, max_iter=5000).fit(sparse.hstack(parts).tocsr(), y)
    return union, clf


def score_mix(model, texts, wl, mini, use_ngrams, use_wl, use_mini):
    union, clf = model
    if union == "mlp":
        return clf.predict_proba(np.hstack([wl, mini]))[:, 1]
    parts = [union.transform(texts)] if use_ngrams else []
    parts += [sparse.csr_matrix(wl)] if use_wl else []
    parts += [sparse.csr_matrix(mini * use_mini)] if use_mini else []
    return clf.predict_proba(sparse.hstack(parts).tocsr())[:, 1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--fp32", action="store_true")
    ap.add_argument("--arms", default="minilm,mix,mix2,mix3")
    ap.add_argument("--quick", action="store_true", help="minilm arm at one C only")
    args = ap.parse_args()
    # int8 vectors are computed one text at a time since d3 (batched ones differed: cosine 0.97), hence "-single"
    tag = f"minilm{args.max_tokens}{'fp32' if args.fp32 else 'int8-single'}"
    enc = SentenceEncoder(max_tokens=args.max_tokens, quantize=not args.fp32)

    rows = list(dict.fromkeys(st.harmful_rows()))
    texts = [t for t, _ in rows]
    y = np.array([int(k == "harmful") for _, k in rows])
    weights = st.class_weights(y)
    wl = embedder().embed(texts).astype(np.float64)
    mini = encode_cached(enc, texts, tag).astype(np.float64)

    # public evaluation sets (the same ones as evaluate.public_sets)
    slabs, neural = public.s_labs("test"), public.neuralchemy("test")
    benign = [r["text"] for r in slabs if not r["label"]]
    sensitive = [r["text"] for s in own_sets() if s.scanner == "harmful" for r in s.rows if r["label"] == 0]
    objectives = [r["text"] for r in public.scorer_objectives()]
    labelled = [r["text"] for r in public.scorer_objectives() if r["category"]]
    adv = [r["text"] for r in public.advbench("test")]
    ev_texts = list(dict.fromkeys(benign + sensitive + objectives + adv + [r["text"] for r in slabs + neural]))
    ev_wl = embedder().embed(ev_texts).astype(np.float64)
    ev_mini = encode_cached(enc, ev_texts, tag).astype(np.float64)
    ev_info = np.array([informational(t) for t in ev_texts])
    index = {t: i for i, t in enumerate(ev_texts)}

    others = [get_scanner(n) for n in ("injection", "toxicity", "pii")]
    chain_path = CACHE / "other-chain.json"
    if chain_path.is_file():
        other = json.loads(chain_path.read_text())
    else:
        other = {t: not run_chain(others, t, role="user", context=None, danger=False).allowed for t in ev_texts}
        chain_path.write_text(json.dumps(other))

    old = load_model("harmful")
    arms: dict[str, tuple[np.ndarray, float]] = {}
    arms["old"] = (np.array([old.harm_score(t)[0] for t in ev_texts]), old.threshold)
    # (n-grams, WordLlama, MiniLM block weight): a weight > 1 lets the 384 dense columns count for more
    # against the 32,000 sparse ones under the same L2 penalty
    configs = {"minilm": (False, False, 1.0), "mix": (True, True, 1.0), "mix2": (True, True, 2.0),
               "mix3": (True, True, 3.0), "wl": (False, True, 0.0),
               "mlp": ("mlp", True, 1.0), "ngwl": (True, True, 0.0)}  # ngwl: the shipped recipe, refit here
    cvs: dict[str, np.ndarray] = {}
    for arm in args.arms.split(","):
        flags = configs[arm]
        for c in ([1.0, 4.0, 16.0] if arm == "minilm" and not args.quick else [st.C]):
            cv = np.zeros(len(texts))
            for tr, te in StratifiedKFold(3, shuffle=True, random_state=0).split(texts, y):
                m = fit_mix([texts[i] for i in tr], wl[tr], mini[tr], y[tr], weights, c, *flags)
                cv[te] = score_mix(m, [texts[i] for i in te], wl[te], mini[te], *flags)
            thr = float(np.clip(np.quantile(cv[y == 0], 0.98), 0.5, 0.9))
            print(f"{arm} C={c}: train CV AUC {roc_auc_score(y, cv):.4f} threshold {thr:.3f} "
                  f"CV recall {(cv[y == 1] >= thr).mean():.3f}", flush=True)
            cvs[arm] = cv
            m = fit_mix(texts, wl, mini, y, weights, c, *flags)
            ev_scores = score_mix(m, ev_texts, ev_wl, ev_mini, *flags)
            arms[f"{arm} C={c}"] = (ev_scores, thr)
            # the same rule without the 0.5 floor (training CV quantiles only): does better ranking reach recall?
            for q in (0.98, 0.95):
                arms[f"{arm} q{q:.2f}"] = (ev_scores, float(np.quantile(cv[y == 0], q)))

    cv_mean_threshold = 0.5
    if "mix" in cvs and "mlp" in cvs:
        mean_cv = (cvs["mix"] + cvs["mlp"]) / 2
        cv_mean_threshold = float(np.clip(np.quantile(mean_cv[y == 0], 0.98), 0.5, 0.9))
        print(f"mix+mlp mean: train CV AUC {roc_auc_score(y, mean_cv):.4f} threshold {cv_mean_threshold:.3f}")
    if "mix C=8.0" in arms and "mlp C=8.0" in arms:  # mean of the two probabilities; CV threshold likewise
        arms["mix+mlp mean"] = ((arms["mix C=8.0"][0] + arms["mlp C=8.0"][0]) / 2, cv_mean_threshold)

    def flagged(scores, thr, subset):
        idx = [index[t] for t in subset]
        s, info = scores[idx], ev_info[idx]
        return s >= np.where(info, max(thr, INFORMATIONAL_THRESHOLD), thr)

    for name, (scores, thr) in arms.items():
        rec_obj = flagged(scores, thr, objectives).mean()
        rec_lab = flagged(scores, thr, labelled).mean()
        rec_adv = flagged(scores, thr, adv).mean()
        fpr_b = flagged(scores, thr, benign + sensitive).mean()
        fpr_sens = flagged(scores, thr, sensitive).mean()
        auc = roc_auc_score([1] * len(objectives) + [0] * len(benign + sensitive),
                            scores[[index[t] for t in objectives + benign + sensitive]])
        # diagnostic only (never used to choose): the recall a threshold set on these benign rows would give
        neg = scores[[index[t] for t in benign + sensitive]]
        oracle = (scores[[index[t] for t in objectives]] >= np.quantile(neg, 0.95)).mean()
        line = (f"{name:14s} thr={thr:.3f} | PyRIT obj recall {rec_obj:.3f} (labelled {rec_lab:.3f}, AUC {auc:.3f}, "
                f"diag. recall@5%FPR {oracle:.3f})"
                f" | AdvBench held-out {rec_adv:.3f} | benign FPR {fpr_b:.4f} (sensitive {fpr_sens:.3f})")
        for set_name, rows_ in (("S-Labs", slabs), ("neuralchemy", neural)):
            h = flagged(scores, thr, [r["text"] for r in rows_])
            blocked = np.array([other[r["text"]] for r in rows_]) | h
            lab = np.array([r["label"] for r in rows_]).astype(bool)
            line += f" | chain {set_name} recall {blocked[lab].mean():.3f} FPR {blocked[~lab].mean():.3f}"
        print(line, flush=True)


if __name__ == "__main__":
    main()
