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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxhate_rows as part1
import safety_data_toxhate_rows_b as part2
import safety_data_toxhate_rows_c as part3
import safety_data_toxhate_rows_d as part4
import safety_data_toxhate_rows_e as part5
import safety_data_toxhate_rows_f as part6
import safety_data_toxhate_rows_g as part7
from safety_data_slices import labelled_rows, write_labelled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxhate.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated (first kept): :func:`safety_data_slices.labelled_rows`."""
    return labelled_rows((part1, part2, part3, part4, part5, part6, part7))


if __name__ == "__main__":
    raise SystemExit(write_labelled(OUT, rows))
