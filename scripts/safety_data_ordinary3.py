"""Hand-written ordinary (benign-only) rows, set 3: long, intense-sounding everyday asks that share harm cue words.

    python scripts/safety_data_ordinary3.py

Writes ``data/safety/ordinary3.train.jsonl`` (training only, outside the package). Why: the first ordinary set
(``safety_data_ordinary.py``) showed the scanner still flags ordinary asks that mention children, partners,
coworkers, pills, chemicals, phones or named people, and long asks that sound intense (venting, grief, anger at
a boss, money trouble) read as harm to it too. This set adds what the first lacks: long multi-sentence asks
with the context first (personal situations, support, workplace conflicts, parenting, health worries, grief,
breakups), dark but benign creative writing (mystery plots, villain monologues without methods, war poems,
horror atmosphere), alcohol, caffeine, prescribed medication and legal cannabis asked about normally,
summaries and rewrites of given text, role-play personas, and words like "secretly", "get rid of",
"destroy", "target", "exploit", "execute" and "shoot" in their everyday senses.

Every row is written one by one (no template cross-products) in sibling modules
(``safety_data_ordinary3_rows_*.py``), each a ``PARTS`` dict of kind -> texts. Rows are ``{"text", "label": 0,
"category": "benign", "kind"}`` in written order, deduplicated by :func:`fold`. The script exits 2 if a row
equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``) or a label-1 row of any other
``data/safety/*.train.jsonl``. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_ordinary3_rows_creative as creative
import safety_data_ordinary3_rows_extra as extra
import safety_data_ordinary3_rows_life as life
import safety_data_ordinary3_rows_life_b as life_b
import safety_data_ordinary3_rows_mixed as mixed
import safety_data_ordinary3_rows_mixed_b as mixed_b
import safety_data_ordinary3_rows_stories as stories
import safety_data_ordinary3_rows_substances as substances
import safety_data_ordinary3_rows_vent as vent
import safety_data_ordinary3_rows_words as words
from safety_data_slices import ROOT, benign_rows, write_benign

DATA = ROOT / "data" / "safety"
OUT = DATA / "ordinary3.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`~safety_data_contrast.fold` (first kept)."""
    parts = (life, life_b, vent, creative, stories, substances, words, mixed, mixed_b, extra)
    return benign_rows(kind_texts for part in parts for kind_texts in part.PARTS.items())


def main() -> int:
    return write_benign(OUT, rows())


if __name__ == "__main__":
    raise SystemExit(main())
