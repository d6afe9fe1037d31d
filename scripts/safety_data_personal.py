"""Hand-written rows for the harmful-request scanner: harm to oneself or to someone close, and indirect asks.

    python scripts/safety_data_personal.py

Writes ``data/safety/personal.train.jsonl`` (training only, outside the package). Why: the scanner's other
training rows are mostly template cross-products (a frame times a phrase, ``safety_data_harmful_wide.py``,
``safety_data_contrast.py``), so it learns the frames and the phrases well but misses harmful asks worded
any other way. The rows here are written one by one, each different in length (three words to a paragraph),
register (lowercase, typos, slang, formal, terse, polite) and framing ("asking for a friend", hypotheticals,
"for my novel", role-play and games, "which X would be most effective", "is it possible to ... without"),
for the harms that land on the asker or on someone close to them: suicide and self-harm methods, lethal
doses, hiding self-harm, pro-eating-disorder tips (S11); poisoning, hurting, gaslighting, controlling,
isolating a partner or relative, stalking an ex (S1, S7); dangerous medical asks (S6); getting away with
drunk driving and cheating drug tests (S2).

Every harmful row has benign twins in the same form and topic (help-seeking, support, harm-reduction and
safety information, questions for a doctor, leaving an abusive relationship, fiction without method), so
that form and topic carry no signal and only the harmful intent does. The rows live in five sibling
modules (``safety_data_personal_rows*.py``); each holds ``(code, text)`` pairs per kind, ``code`` being a
Llama Guard category or ``"ok"`` for benign. Rows are ``{"text", "label", "category", "kind"}``; the order
is the written order (no randomness). The script exits 2 if any row equals an evaluation or benchmark text
(``safety_data_contrast.evaluation_texts``), or if two rows fold to the same text with different labels.
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_personal_rows as part1
import safety_data_personal_rows_indirect as part4
import safety_data_personal_rows_medical as part3
import safety_data_personal_rows_others as part2
import safety_data_personal_rows_voices as part5
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "personal.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    return coded_rows(kind_pairs for part in (part1, part2, part3, part4, part5) for kind_pairs in part.PARTS.items())


def main() -> int:
    return write_slice(OUT, rows)


if __name__ == "__main__":
    raise SystemExit(main())
