"""Hand-written rows for the harmful-request scanner: implicit, euphemistic and outcome-only asks.

    python scripts/safety_data_implicit.py

Writes ``data/safety/implicit.train.jsonl`` (training only, outside the package). Why: the scanner catches
benchmark-phrased asks but misses harmful requests whose harm is implied rather than named, because most of
its training rows are template cross-products (``safety_data_harmful_wide.py``, ``safety_data_contrast.py``)
that spell the harmful act out. The rows here are written one by one, in many lengths and registers, for:
- outcome-only asks ("make my neighbour's dog stop barking for good"), where the means is left unsaid;
- euphemisms, slang and coded words for drugs, weapons, sex work and self-harm ("snow", "a piece",
  "unalive", "sleep forever", a "package" for a speech);
- the missing step of an obviously harmful plan, and getting around a safety measure (purchase limits,
  breathalyser locks, age checks, sandboxes);
- the same shapes in other voices: role-play, hypotheticals, "for a class", lists of sub-questions,
  informational questions, long context-first messages, terse fragments; across all of S1-S14.
Every harmful row sits next to a benign twin in the same form and topic (the same slang used innocently, a
legitimate route to a similar goal, harm reduction, help-seeking, history, defence), so that form and topic
carry no signal and only the harmful intent does. The rows live in sibling modules
(``safety_data_implicit_rows_*.py``), each holding lists of ``(code, text)`` pairs named by kind, ``code``
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
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_implicit_rows_more as more
import safety_data_implicit_rows_outcomes as outcomes
import safety_data_implicit_rows_slang as slang
import safety_data_implicit_rows_steps as steps
import safety_data_implicit_rows_voices as voices
import safety_data_implicit_rows_voices_b as voices_b
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "implicit.train.jsonl"
CATEGORIES = {f"S{i}" for i in range(1, 15)}
MODULES = (outcomes, slang, steps, voices, voices_b, more)


def parts(module: ModuleType) -> dict[str, list[tuple[str, str]]]:
    """The module's upper-case lists of ``(code, text)`` pairs, keyed by the list's name in lower case (the kind)."""
    return {name.lower(): value for name, value in vars(module).items() if name.isupper() and isinstance(value, list)}


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown code, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, int] = {}
    for module in MODULES:
        for kind, pairs in parts(module).items():
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
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: label 1: {kinds[(kind, 1)]}, label 0: {kinds[(kind, 0)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
