"""Hand-written rows for the harmful-request scanner: long, context-first asks.

    python scripts/safety_data_longharm.py

Writes ``data/safety/longharm.train.jsonl`` (training only, outside the package). Why: the scanner catches
short benchmark-phrased asks but misses harmful requests that open with a situation, a backstory or a
professional context and only then ask (at the end, in the middle, or split over two sentences), because
its template rows (``safety_data_harmful_wide.py``, ``safety_data_contrast.py``) are short and the story
around an ask is new to it. The rows here are written one by one, mostly 30-90 words, across S1-S14, in many
registers (casual, lowercase and typos, formal, "asking for a friend", role-play and fiction, "for a class",
lists of sub-questions, implied asks).

Every harmful row sits next to a benign twin with the same kind of context and length and a legitimate ask
(protection, law, help-seeking, history, safety, fiction without operational detail), so that the length and
the story carry no signal and only the harmful intent does. The rows live in sibling modules
(``safety_data_longharm_rows_*.py``), each a ``PARTS`` dict of ``(code, text)`` pairs per kind, ``code``
being a Llama Guard category or ``"ok"`` for benign. Rows are ``{"text", "label", "category", "kind"}`` in
written order (no randomness). The script exits 2 if any row equals an evaluation or benchmark text
(``safety_data_contrast.evaluation_texts``), or if one text is written with two labels.
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_longharm_rows_a as rows_a
import safety_data_longharm_rows_b as rows_b
import safety_data_longharm_rows_c as rows_c
import safety_data_longharm_rows_d as rows_d
import safety_data_longharm_rows_e as rows_e
import safety_data_longharm_rows_f as rows_f
import safety_data_longharm_rows_g as rows_g
import safety_data_longharm_rows_h as rows_h
import safety_data_longharm_rows_i as rows_i
import safety_data_longharm_rows_j as rows_j
import safety_data_longharm_rows_k as rows_k
import safety_data_longharm_rows_l as rows_l
import safety_data_longharm_rows_m as rows_m
import safety_data_longharm_rows_n as rows_n
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "longharm.train.jsonl"
CATEGORIES = {f"S{i}" for i in range(1, 15)}
MODULES = (
    rows_a,
    rows_b,
    rows_c,
    rows_d,
    rows_e,
    rows_f,
    rows_g,
    rows_h,
    rows_i,
    rows_j,
    rows_k,
    rows_l,
    rows_m,
    rows_n,
)


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown code, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, int] = {}
    for module in MODULES:
        for kind, pairs in module.PARTS.items():
            for code, text in pairs:
                if code != "ok" and code not in CATEGORIES:
                    raise ValueError(f"unknown code {code!r} for {text!r}")
                label = 0 if code == "ok" else 1
                key = fold(text)
                if key in seen:
                    if seen[key] != label:
                        raise ValueError(f"written with both labels: {text!r}")
                    continue
                seen[key] = label
                out.append({"text": text, "label": label, "category": "benign" if label == 0 else code, "kind": kind})
    return out


def main() -> int:
    try:
        train = rows()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    evaluation, have_public = evaluation_texts()
    clash = clashes(train, evaluation)
    if clash:
        print(f"error: {len(clash)} rows equal an evaluation or benchmark text, e.g. {clash[:3]}", file=sys.stderr)
        return 2
    if not have_public:
        print("note: public wheels not cached (python scripts/safety_public_data.py); checked our evalsets only")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in train), encoding="utf-8")
    labels = Counter(r["label"] for r in train)
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows; label 1: {labels[1]}, label 0: {labels[0]}")
    print("categories: " + ", ".join(f"{c}: {n}" for c, n in sorted(Counter(r["category"] for r in train).items())))
    words = [len(r["text"].split()) for r in train]
    share = sum(30 <= n <= 90 for n in words) / max(len(words), 1)
    print(f"words: min {min(words, default=0)}, max {max(words, default=0)}, 30-90: {share:.0%}")
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: label 1: {kinds[(kind, 1)]}, label 0: {kinds[(kind, 0)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
