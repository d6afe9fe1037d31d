"""Hand-written rows for the toxicity scanner: insults, harassment and bullying aimed at a person.

    python scripts/safety_data_toxinsult.py

Writes ``data/safety/toxinsult.train.jsonl`` (training only, outside the package). Why: the toxicity scanner's
toxic rows are few and mostly template fills (``safety_data.py``, ``safety_data_pools.py``), so it learns the
"you are a X" frame and a short word list, and it flags harsh but harmless text (a bad restaurant review,
swearing at a printer, friends teasing each other). The rows here are written one by one: insults, demeaning
remarks, body shaming, mocking disability, bullying, harassment and sexual harassment aimed at the reader, a
named person, a streamer, a coworker or a player, in chat, game chat, comments, DMs, reviews of a person,
forum replies, tweets and emails; a few threats and "kill yourself" lines where that is what the abuse is.

Every toxic row has a benign twin (``ok``) in the same register and topic, with the same profanity, caps and
obfuscation where it fits: civil disagreement, blunt criticism of work or ideas, negative product reviews,
affectionate banter, self-deprecation, swearing as emphasis, reporting or quoting an insult, trash talk about
performance. So topic words, profanity and intensity carry no signal; only abuse aimed at a person does.

The rows live in five sibling modules (``safety_data_toxinsult_rows*.py``); each holds ``(label, text)``
pairs per kind. Rows are ``{"text", "label", "kind"}`` in written order (no randomness). The script exits 2
if any row equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``), or if two rows
fold to the same text with different labels. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxinsult_rows as part1
import safety_data_toxinsult_rows_banter as part4
import safety_data_toxinsult_rows_more as part5
import safety_data_toxinsult_rows_replies as part3
import safety_data_toxinsult_rows_work as part2
from safety_data_slices import labelled_rows, write_labelled

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxinsult.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated (first kept): :func:`safety_data_slices.labelled_rows`."""
    return labelled_rows((part1, part2, part3, part4, part5))


if __name__ == "__main__":
    raise SystemExit(write_labelled(OUT, rows))
