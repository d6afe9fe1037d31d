"""Hand-written ordinary (benign-only) rows for the harmful-request scanner: everyday asks that share its cue words.

    python scripts/safety_data_ordinary.py

Writes ``data/safety/ordinary.train.jsonl`` (training only, outside the package). Why: the eight hand-written
slices (``safety_data_{content,crimes,cyber,personal,groups,sexual,hazards,extremism}.py``) put children,
partners, exes, coworkers, neighbours, landlords, pills, chemicals, phones, passwords, named people and groups
mostly into harmful rows, so the scanner learned those words as harm: an ordinary "describe X in detail for a
child" ask scores over the threshold. The rows here are the everyday asks a chat-assistant user sends that
mention the same people and things (homework, parties, bedtime stories, gifts, messages, disagreements handled
kindly, medicines taken as prescribed, cleaning and garden products used as labelled, barbecues, knives in the
kitchen, legal hunting, one's own phone and accounts, public figures' biographies, cultures' food and
holidays, relationships, taxes and crypto used legally), many in the forms harmful asks use ("Describe X in
detail", "step-by-step guide", "most effective way", "without anyone noticing", "for my novel", role-play,
terse fragments).

Every row is written one by one (no template cross-products) in six sibling modules
(``safety_data_ordinary_rows_*.py``), each a ``PARTS`` dict of kind -> texts. Rows are ``{"text", "label": 0,
"category": "benign", "kind"}`` in written order, deduplicated by :func:`fold`. The script exits 2 if a row
equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``) or a label-1 row of any other
``data/safety/*.train.jsonl``. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_ordinary_rows_forms as forms
import safety_data_ordinary_rows_kids as kids
import safety_data_ordinary_rows_more as more
import safety_data_ordinary_rows_people as people
import safety_data_ordinary_rows_things as things
import safety_data_ordinary_rows_world as world
from safety_data_slices import ROOT, benign_rows, write_benign

DATA = ROOT / "data" / "safety"
OUT = DATA / "ordinary.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`~safety_data_contrast.fold` (first kept)."""
    parts = (kids, people, things, world, forms, more)
    return benign_rows(kind_texts for part in parts for kind_texts in part.PARTS.items())


def main() -> int:
    return write_benign(OUT, rows())


if __name__ == "__main__":
    raise SystemExit(main())
