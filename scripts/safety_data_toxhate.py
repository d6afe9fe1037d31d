"""Hand-written rows for the toxicity scanner: hate against groups, with benign twins.

    python scripts/safety_data_toxhate.py

Writes ``data/safety/toxhate.train.jsonl`` (training only, outside the package). Why: the toxicity scanner's
hate rows are few and mostly template fills ("I hate all {g}, ..."), so it learns a handful of frames and
misses hate worded any other way, while statements that merely name a group (identity, history, news,
counter-speech) risk being flagged because the group words co-occur with the templates. The rows here are
written one by one: statements (not requests) that demean, dehumanise, stereotype as fact, exclude or call
for discrimination or violence against groups by race, ethnicity, nationality, religion, gender, sexual
orientation, gender identity, disability, age or caste, including coded hate, dog whistles, "just joking"
hate and comment-section hate. Each hate row sits next to benign twins (label ``ok``) about the same group
in the same register: neutral or factual statements, history, reporting of an incident, counter-speech,
people describing their own identity, discussing a slur without aiming it at anyone. Obfuscation (l33t,
spacing, asterisks) appears on both labels so that it carries no signal by itself.

The rows live in sibling modules (``safety_data_toxhate_rows*.py``); each holds ``(label, text)`` pairs per
kind. Rows are ``{"text", "label", "kind"}`` in written order (no randomness). The script exits 2 if a row
equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``) or if two rows fold to
the same text with different labels. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxhate_rows as part1
import safety_data_toxhate_rows_b as part2
import safety_data_toxhate_rows_c as part3
import safety_data_toxhate_rows_d as part4
import safety_data_toxhate_rows_e as part5
import safety_data_toxhate_rows_f as part6
import safety_data_toxhate_rows_g as part7
from safety_data_contrast import fold
from safety_data_slices import refused, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxhate.train.jsonl"
LABELS = {"ok", "insult", "threat", "hate", "self_harm"}


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown label, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, str] = {}
    for part in (part1, part2, part3, part4, part5, part6, part7):
        for kind, pairs in part.PARTS.items():
            for label, text in pairs:
                if label not in LABELS:
                    raise ValueError(f"unknown label {label!r} for {text!r}")
                key = fold(text)
                if key in seen:
                    if seen[key] != label:
                        raise ValueError(f"written with both labels: {text!r}")
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
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows; " + ", ".join(f"{k}: {n}" for k, n in sorted(labels.items())))
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: " + ", ".join(f"{lab}: {kinds[(kind, lab)]}" for lab in sorted(LABELS) if kinds[(kind, lab)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
