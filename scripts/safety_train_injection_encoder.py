"""Train the injection scanner's reader of meaning: a LoRA adapter on all-MiniLM-L6-v2 plus a linear head.

    python scripts/safety_data_steering.py scripts/safety_data_dressed.py   # (each) its training rows
    python scripts/safety_train_injection_encoder.py [--epochs 3] [--threads 2]   # ~20 min on 2 cores

Why and how the scanner uses it: :mod:`basementbrew.safety.injection_reader`. The recipe is the harmful intent
encoder's (``scripts/safety_train_encoder.py``: :func:`fit_encoder`, rank 16 on every linear layer, 3 epochs,
64 word pieces, length-bucketed batches), so the two adapters sit on the same base weights and the scanner loads
those once.

Rows: ``safety_train.injection_rows()`` (the S-Labs and neuralchemy **train/validation** splits, the multilingual
training buckets, PyRIT's jailbreak templates, our injection rows, ordinary asks in five languages, pasted
documents; no evaluation row), plus the chat-steering messages (``data/safety/steering.train.jsonl``, benign) and
the injections dressed as steering or writing requests (``data/safety/dressed.train.jsonl``): the two sides of the
line the n-gram classifier could not draw. Class weights as the n-gram model's (``safety_train.class_weights``).
A seeded 10 % is held out: the adapter never trains on it, and it alone fixes the veto's bar, before any
evaluation set is read: the :data:`BAR_QUANTILE` quantile of the reader's scores (read as it ships: float16
storage, shared weights) on the held-out injection rows the veto could lift (English, one window long).

Writes ``src/basementbrew/safety/models/injection_encoder/`` (``adapter_config.json``,
``adapter_model.safetensors``, ``head.safetensors``, ``meta.json``). Seeded; torch on CPU with a fixed thread count
repeats its result.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from safetensors.torch import save_file
from sklearn.metrics import roc_auc_score

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
import safety_train as st
from safety_train_encoder import BASE_NAME, LORA_RANK, fit_encoder, preflight, split

from basementbrew.safety import injection_reader as reader_mod
from basementbrew.safety import intent

BAR_QUANTILE = 0.02  # share of the held-out injections the veto could lift that fall under its bar
ADD_QUANTILE = 0.995  # share of the held-out benign rows it can read that the reader leaves alone on its own
EXTRA = {"steering": "ok", "dressed": "injection"}  # data/safety/<name>.train.jsonl and their class


def rows() -> tuple[list[str], np.ndarray, np.ndarray]:
    """Texts once each (first label wins), labels (1: injection) and the source of each (``injection_rows`` or
    an :data:`EXTRA` file)."""
    out = [(t, int(k != "ok"), "injection_rows") for t, k in st.injection_rows()]
    for name, kind in EXTRA.items():
        out += [(r["text"], int(kind != "ok"), name) for r in st._own(name)]
    seen: dict[str, tuple[int, str]] = {}
    for text, label, source in out:
        seen.setdefault(text, (label, source))
    texts = list(seen)
    return texts, np.array([seen[t][0] for t in texts]), np.array([seen[t][1] for t in texts])


def train(epochs: float, lr: float) -> None:
    texts, y, source = rows()
    held = split(len(texts))
    weights = st.class_weights(y)
    row_w = np.array([weights[int(k)] for k in y])
    start = time.time()
    print(f"{len(texts)} rows ({int(y.sum())} injections; steering {int((source == 'steering').sum())}, dressed "
          f"{int((source == 'dressed').sum())}); {int(held.sum())} held out", flush=True)
    scorer = fit_encoder(texts, y, row_w, np.where(~held)[0], epochs, lr)
    model, head = scorer.model, scorer.head  # type: ignore[attr-defined]
    out = reader_mod.MODEL_DIR
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out))
    (out / "README.md").unlink(missing_ok=True)  # PEFT's blank model card; meta.json says what this is
    adapter = json.loads((out / "adapter_config.json").read_text(encoding="utf-8"))
    adapter["base_model_name_or_path"] = BASE_NAME
    adapter["target_modules"] = sorted(adapter["target_modules"])
    (out / "adapter_config.json").write_text(json.dumps(adapter, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    save_file({k: v.detach().contiguous() for k, v in head.state_dict().items()}, str(out / "head.safetensors"))
    (out / "meta.json").write_text(json.dumps({"bar": 0.0}) + "\n", encoding="utf-8")  # provisional, read below
    meta = {"base": intent.MINILM, "rows": len(texts), "injections": int(y.sum()),
            "extra_rows": {k: int((source == k).sum()) for k in EXTRA}, "held_out_rows": int(held.sum()),
            "epochs": epochs, "lr": lr, "lora_rank": LORA_RANK, "max_tokens": intent.MAX_TOKENS}
    meta.update(choose_bar([texts[i] for i in np.where(held)[0]], y[held], source[held]))
    (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} (bar {meta['bar']}) in {time.time() - start:.0f} s", flush=True)


def choose_bar(texts: list[str], y: np.ndarray, source: np.ndarray) -> dict:
    """The veto's bar from the held-out rows, read by a fresh reader exactly as the scanner reads them."""
    encoder = intent.IntentEncoder()
    reader = reader_mod.InjectionReader(encoder)
    liftable = np.array([reader.can_read(t) for t in texts])
    scores = np.array([reader.score(t) if ok else np.nan for t, ok in zip(texts, liftable, strict=True)])
    pool = liftable & (y == 1)
    bar = float(np.quantile(scores[pool], BAR_QUANTILE))
    report = {"held_out_auc": round(float(roc_auc_score(y[liftable], scores[liftable])), 4),
              "held_out_liftable_injections": int(pool.sum()),
              "held_out_liftable_benign": int((liftable & (y == 0)).sum()),
              "held_out_benign_under_bar": round(float((scores[liftable & (y == 0)] < bar).mean()), 4)}
    for name in EXTRA:
        m = liftable & (source == name)
        if m.any():
            report[f"held_out_{name}_under_bar"] = round(float((scores[m] < bar).mean()), 4)
    add_bar = float(np.quantile(scores[liftable & (y == 0)], ADD_QUANTILE))
    report["held_out_liftable_injections_over_add_bar"] = round(float((scores[pool] >= add_bar).mean()), 4)
    print(f"held-out {json.dumps(report)} bar {bar:.4f} add_bar {add_bar:.4f}", flush=True)
    return {"bar": round(bar, 6), "bar_quantile": BAR_QUANTILE, "add_bar": round(add_bar, 6),
            "add_quantile": ADD_QUANTILE, "held_out": report}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=float, default=3.0)
    ap.add_argument("--lr", type=float, default=5e-4)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--choose-only", action="store_true", help="keep the shipped adapter, re-choose its bar")
    args = ap.parse_args()
    preflight(args.threads)
    if args.choose_only:
        texts, y, source = rows()
        held = split(len(texts))
        path = reader_mod.MODEL_DIR / "meta.json"
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta.update(choose_bar([texts[i] for i in np.where(held)[0]], y[held], source[held]))
        path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    else:
        train(args.epochs, args.lr)
