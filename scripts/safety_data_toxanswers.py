"""Hand-written rows for the toxicity scanner: text written as a chat assistant's answer (the output filter).

    python scripts/safety_data_toxanswers.py

Writes ``data/safety/toxanswers.train.jsonl`` (training only, outside the package). Why: the toxicity
scanner also reads the model's own output, but its toxic rows are few and mostly template fills of user-side
abuse, so an answer that insults the user, generalises hatefully about a group, threatens, or eggs someone
on to self-harm or an eating disorder (often after a polite opening) is worded unlike anything it saw, while
a refusal that names the insult it will not write, a crisis answer with hotlines, or a factual answer about
war, crime, slurs or overdose shares every topic word with them. The rows are written one by one in
assistant registers (chat answers, emails, DMs, game chat, reviews; formal, casual, typos, caps, emoji,
starred or l33t spellings on both labels), each toxic row next to a benign twin in the same topic and tone,
so that topic words, profanity and intensity carry no signal and only abuse, threat, hate or self-harm
encouragement does.

The rows live in sibling modules (``safety_data_toxanswers_rows*.py``); each holds ``(label, text)`` pairs
per kind. Rows are ``{"text", "label", "kind"}`` with label one of ``ok``, ``insult``, ``threat``, ``hate``,
``self_harm``; the order is the written order (no randomness). The script exits 2 if any row equals an
evaluation or benchmark text (``safety_data_contrast.evaluation_texts``), or if two rows fold to the same
text with different labels. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxanswers_rows as part1
import safety_data_toxanswers_rows_b as part2
import safety_data_toxanswers_rows_c as part3
import safety_data_toxanswers_rows_d as part4
import safety_data_toxanswers_rows_e as part5
import safety_data_toxanswers_rows_f as part6
import safety_data_toxanswers_rows_g as part7
from safety_data_slices import labelled_rows, write_labelled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxanswers.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated (first kept): :func:`safety_data_slices.labelled_rows`."""
    return labelled_rows((part1, part2, part3, part4, part5, part6, part7))


if __name__ == "__main__":
    raise SystemExit(write_labelled(OUT, rows))
