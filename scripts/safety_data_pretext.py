"""Hand-written rows for the harmful-request scanner: harmful asks wrapped in legitimising pretexts.

    python scripts/safety_data_pretext.py

Writes ``data/safety/pretext.train.jsonl`` (training only, outside the package). Why: the scanner catches
benchmark-phrased asks but misses harmful requests that arrive inside a frame that sounds legitimate: a novel
or screenplay, a game, a thesis or class, journalism, red-team testing, a professional role ("I'm a nurse",
"as a chemist"), a hypothetical or a world where it is legal, "for educational purposes only", a safety guide,
a translation, or "continue the story where the character explains exactly how". The frame must not decide
the label: every harmful row (the ask inside is still operational harm or harmful content, S1-S14) sits next
to benign twins with the same frame, register and topic and a legitimate ask (the novel needs atmosphere, the
nurse asks about patient safety, the researcher asks about history or defences), so that only the intent
inside carries signal. Rows are written one by one in many lengths and registers; the sibling modules
(``safety_data_pretext_rows_*.py``) each hold a ``PARTS`` dict of ``(code, text)`` pairs per kind, ``code``
being a Llama Guard category or ``"ok"`` for benign. Rows are ``{"text", "label", "category", "kind"}`` in
written order (no randomness). The script exits 2 if any row equals an evaluation or benchmark text
(``safety_data_contrast.evaluation_texts``), or if one text is written with two labels.
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_pretext_rows_fiction as fiction
import safety_data_pretext_rows_long as long_voices
import safety_data_pretext_rows_mixed as mixed
import safety_data_pretext_rows_more as more
import safety_data_pretext_rows_roles as roles
import safety_data_pretext_rows_short as short_voices
import safety_data_pretext_rows_study as study
import safety_data_pretext_rows_tricks as tricks
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "pretext.train.jsonl"
MODULES = (fiction, roles, study, tricks, short_voices, long_voices, mixed, more)


def rows() -> list[dict]:
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    return coded_rows(kind_pairs for module in MODULES for kind_pairs in module.PARTS.items())


def main() -> int:
    return write_slice(OUT, rows)


if __name__ == "__main__":
    raise SystemExit(main())
