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

import sys
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
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "longharm.train.jsonl"
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
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    return coded_rows(kind_pairs for module in MODULES for kind_pairs in module.PARTS.items())


def word_lengths(train: list[dict]) -> None:
    """The slice's point is length: print the range and the share of rows of 30-90 words."""
    words = [len(r["text"].split()) for r in train]
    share = sum(30 <= n <= 90 for n in words) / max(len(words), 1)
    print(f"words: min {min(words, default=0)}, max {max(words, default=0)}, 30-90: {share:.0%}")

def main() -> int:
    return write_slice(OUT, rows, word_lengths)


if __name__ == "__main__":
    raise SystemExit(main())
