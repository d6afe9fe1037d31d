"""Train the shipped offline classifiers (toxicity, injection) and write them as JSON under safety/models/.

    python scripts/safety_data.py && python scripts/safety_train.py

TF-IDF over word 1-2 grams and char_wb 2-5 grams (both on the deobfuscated text), logistic regression. Class
weights are balanced *benign versus harmful*: "ok" carries half the total weight and the harmful classes share
the other half equally. (Plain "balanced" weights over five classes gave the harmful side 4/5 of the prior,
so any text without evidence, such as "a4" or "You are welcome!", leaned harmful; for the binary injection
model both schemes are the same.)

The decision threshold on P(harmful) is chosen from 5-fold cross-validated predictions on the *training*
set (the (1 - target FPR) quantile of the benign scores). A second threshold for very short texts (at most
``SHORT_MAX_WORDS`` words), where a few n-grams are little evidence, is the same quantile over the short
benign training texts, never below the main one; it is stored in ``meta`` and used by the scanners. The
evaluation sets are never read here. The script checks that the JSON model reproduces scikit-learn.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import make_pipeline, make_union

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from basementbrew.safety.linear import LinearTextModel
from basementbrew.safety.normalize import deobfuscate

MODELS = Path(__file__).resolve().parents[1] / "src" / "basementbrew" / "safety" / "models"
TARGET_FPR = {"toxicity": 0.02, "injection": 0.01}  # on training negatives; eval targets are 10% and 5%
# lowest threshold allowed: the injection classifier backs up named heuristics, so it must be at least
# as sure as the natural 0.5 boundary of a balanced logistic regression before it blocks on its own
MIN_THRESHOLD = {"toxicity": 0.2, "injection": 0.5}
SHORT_MAX_WORDS = 2  # texts this short get the short-text threshold (see the module docstring)


def n_words(text: str) -> int:
    """Words as the scanners count them: whitespace-separated tokens of the deobfuscated text."""
    return len(deobfuscate(text).split())


def class_weights(y: np.ndarray) -> dict[int, float]:
    """Benign (class 0) gets half the total weight, each harmful class an equal share of the other half."""
    harmful = sorted(set(y.tolist()) - {0})
    weights = {0: len(y) / (2 * (y == 0).sum())}
    weights.update({k: len(y) / (2 * len(harmful) * (y == k).sum()) for k in harmful})
    return {int(k): float(v) for k, v in weights.items()}


def build(class_weight: dict[int, float] | str = "balanced") -> object:
    word = TfidfVectorizer(
        analyzer="word",
        ngram_range=(1, 2),
        max_features=6000,
        sublinear_tf=True,
        lowercase=False,
        preprocessor=deobfuscate,
        dtype=np.float64,
    )
    char = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(2, 5),
        max_features=12000,
        sublinear_tf=True,
        lowercase=False,
        preprocessor=deobfuscate,
        dtype=np.float64,
    )
    clf = LogisticRegression(C=8.0, class_weight=class_weight, max_iter=3000)
    return make_pipeline(make_union(word, char), clf)


def train(name: str) -> None:
    rows = [json.loads(line) for line in (MODELS / f"{name}.train.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = [r["text"] for r in rows]
    classes = ["ok", *sorted({r["label"] for r in rows} - {"ok"})]
    y = np.array([classes.index(r["label"]) for r in rows])
    weights = class_weights(y)
    cv = cross_val_predict(
        build(weights), texts, y, cv=StratifiedKFold(5, shuffle=True, random_state=0), method="predict_proba"
    )
    harm = 1.0 - cv[:, 0]
    threshold = float(np.clip(np.quantile(harm[y == 0], 1.0 - TARGET_FPR[name]), MIN_THRESHOLD[name], 0.9))
    short = np.array([n_words(t) <= SHORT_MAX_WORDS for t in texts])
    short_threshold = float(np.clip(np.quantile(harm[(y == 0) & short], 1.0 - TARGET_FPR[name]), threshold, 0.9))
    limit = np.where(short, short_threshold, threshold)
    recall = float((harm[y != 0] >= limit[y != 0]).mean())
    pipe = build(weights).fit(texts, y)
    union, clf = pipe.steps[0][1], pipe.steps[1][1]
    blocks = []
    for _, vec in union.transformer_list:
        vocab = {k: int(v) for k, v in vec.vocabulary_.items()}
        blocks.append(
            {
                "analyzer": vec.analyzer,
                "ngram_range": list(vec.ngram_range),
                "vocabulary": vocab,
                "idf": [round(float(v), 6) for v in vec.idf_],
            }
        )
    spec = {
        "classes": classes,
        "threshold": round(threshold, 4),
        "blocks": blocks,
        "coef": [[round(float(v), 5) for v in row] for row in clf.coef_],
        "intercept": [round(float(v), 5) for v in clf.intercept_],
        "meta": {
            "trained_on": f"{name}.train.jsonl",
            "rows": len(rows),
            "cv_recall_at_threshold": round(recall, 4),
            "target_train_fpr": TARGET_FPR[name],
            "class_weight": {classes[k]: round(v, 4) for k, v in weights.items()},
            "short_max_words": SHORT_MAX_WORDS,
            "short_threshold": round(short_threshold, 4),
            "short_benign_rows": int(((y == 0) & short).sum()),
            "features": "tfidf word1-2 + char_wb2-5 on deobfuscate()",
        },
    }
    restored = LinearTextModel(json.loads(json.dumps(spec)))
    diff = np.abs(restored.predict_proba(texts[:200]) - pipe.predict_proba(texts[:200])).max()
    if diff > 1e-3:
        raise SystemExit(f"{name}: JSON model disagrees with scikit-learn by {diff:.4f}")
    (MODELS / f"{name}.json").write_text(json.dumps(spec, separators=(",", ":")), encoding="utf-8")
    print(f"{name}: classes={classes} threshold={threshold:.3f} short={short_threshold:.3f} "
          f"cv recall={recall:.3f} max diff={diff:.1e}")


if __name__ == "__main__":
    for model_name in sys.argv[1:] or ["toxicity", "injection"]:
        train(model_name)
