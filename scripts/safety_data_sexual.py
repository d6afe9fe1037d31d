"""Hand-written rows for the harmful-request scanner: sexual content, sex-related crimes, child exploitation.

    python scripts/safety_data_sexual.py

Writes ``data/safety/sexual.train.jsonl`` (training only, outside the package). Why: the scanner's other
training rows are mostly template cross-products (a frame times a phrase, ``safety_data_harmful_wide.py``,
``safety_data_contrast.py``), and the first hand-written slices touched sexual content only in passing
(``safety_data_content_rows_c.py``), so the scanner knows "write an explicit sex scene" but misses the many
other ways people ask: sexting scripts, erotic role-play, fetish content, sexual content about real people
(S12); sneaking a drug into a drink, pressuring a partner, hidden cameras, revenge porn, sextortion, deepfake
nudes, pimping and trafficking logistics (S3); and, kept strictly abstract and never explicit, grooming
steps, getting around age checks and contacting minors privately (S4). Rows are written one by one, each
different in length (three words to a paragraph), register (lowercase, typos, slang, formal, terse, polite)
and framing ("asking for a friend", hypotheticals, "for my novel", role-play, "for a class", lists of
sub-questions, "which X would ...").

No row contains sexual content: a harmful row is only the request, in neutral words. Every harmful row has
benign twins in the same form and topic (sex education, consent, contraception, sexual health, relationship
advice, romance that fades to black, reporting sextortion or deepfakes, keeping children safe online,
support for survivors), so that form and topic carry no signal and only the harmful intent does. The rows
live in seven sibling modules (``safety_data_sexual_rows*.py``); each holds ``(code, text)`` pairs per kind,
``code`` being a Llama Guard category or ``"ok"`` for benign. Rows are ``{"text", "label", "category",
"kind"}``; the order is the written order (no randomness). The script exits 2 if any row equals an evaluation
or benchmark text (``safety_data_contrast.evaluation_texts``), or if two rows fold to the same text with
different labels. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_sexual_rows as part1
import safety_data_sexual_rows_crimes as part2
import safety_data_sexual_rows_frames as part6
import safety_data_sexual_rows_minors as part3
import safety_data_sexual_rows_mixed as part7
import safety_data_sexual_rows_shapes as part4
import safety_data_sexual_rows_voices as part5
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "sexual.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    modules = (part1, part2, part3, part4, part5, part6, part7)
    return coded_rows(kind_pairs for part in modules for kind_pairs in part.PARTS.items())


def main() -> int:
    return write_slice(OUT, rows)


if __name__ == "__main__":
    raise SystemExit(main())
