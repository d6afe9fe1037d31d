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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxthreat_rows as part1
import safety_data_toxthreat_rows_extra as part4
import safety_data_toxthreat_rows_more as part3
import safety_data_toxthreat_rows_selfharm as part2
from safety_data_slices import labelled_rows, write_labelled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxthreat.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated (first kept): :func:`safety_data_slices.labelled_rows`."""
    return labelled_rows((part1, part2, part3, part4))


if __name__ == "__main__":
    raise SystemExit(write_labelled(OUT, rows))
