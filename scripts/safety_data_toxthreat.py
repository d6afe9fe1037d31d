"""Hand-written rows for the toxicity scanner: threats, intimidation and self-harm encouragement, with twins.

    python scripts/safety_data_toxthreat.py

Writes ``data/safety/toxthreat.train.jsonl`` (training only, outside the package). Why: the toxicity
scanner's toxic rows are few and mostly template fills (``safety_data.py``, ``safety_data_pools.py``), so it
learns a handful of frames and misses threats worded any other way, while violent idioms ("my feet are
killing me", "we destroyed them") and firm boundaries ("contact me again and I call the police") look like
threats to it. The rows here are written one by one: explicit and veiled threats against a person, family,
group or place and calls to violence (label ``threat``); telling someone to hurt or kill themselves, or
pushing an eating disorder on them (label ``self_harm``). Every toxic row has benign twins (label ``ok``) in
the same register and topic: hyperbole and idioms, venting anger without a threat, sports and game talk,
news about threats, firm boundaries, support for someone in crisis, and people describing their own dark
thoughts and asking for help, so that topic words, profanity and intensity carry no signal.

The rows live in sibling modules (``safety_data_toxthreat_rows*.py``); each holds ``(label, text)`` pairs per
kind. Rows are ``{"text", "label", "kind"}`` in written order (no randomness). The script exits 2 if a row
equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``), or if two rows fold to
the same text with different labels. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxthreat_rows as part1
import safety_data_toxthreat_rows_extra as part4
import safety_data_toxthreat_rows_more as part3
import safety_data_toxthreat_rows_selfharm as part2
from safety_data_contrast import fold
from safety_data_slices import refused, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxthreat.train.jsonl"
LABELS = {"ok", "insult", "threat", "hate", "self_harm"}


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown label, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, str] = {}
    for part in (part1, part2, part3, part4):
        for kind, pairs in part.PARTS.items():
            for label, text in pairs:
                if label not in LABELS:
                    raise ValueError(f"unknown label {label!r} for {text!r}")
                key = fold(text)
                if key in seen:
                    if seen[key] != label:
                        raise ValueError(f"written with two labels: {text!r}")
                    continue
                seen[key] = label
                out.append({"text": text, "label": label, "kind": kind})
    return out


def main() -> int:
    try:
        train = rows()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if refused(train):
        return 2
    write_jsonl(OUT, train)
    labels = Counter(r["label"] for r in train)
    toxic = len(train) - labels["ok"]
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows; toxic: {toxic}, ok: {labels['ok']}")
    print("labels: " + ", ".join(f"{k}: {n}" for k, n in sorted(labels.items())))
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        counts = ", ".join(f"{label}: {kinds[(kind, label)]}" for label in sorted(LABELS) if kinds[(kind, label)])
        print(f"  {kind}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
