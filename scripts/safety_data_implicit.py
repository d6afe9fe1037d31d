"""Hand-written rows for the harmful-request scanner: implicit, euphemistic and outcome-only asks.

    python scripts/safety_data_implicit.py

Writes ``data/safety/implicit.train.jsonl`` (training only, outside the package). Why: the scanner catches
benchmark-phrased asks but misses harmful requests whose harm is implied rather than named, because most of
its training rows are template cross-products (``safety_data_harmful_wide.py``, ``safety_data_contrast.py``)
that spell the harmful act out. The rows here are written one by one, in many lengths and registers, for:
- outcome-only asks ("make my neighbour's dog stop barking for good"), where the means is left unsaid;
- euphemisms, slang and coded words for drugs, weapons, sex work and self-harm ("snow", "a piece",
  "unalive", "sleep forever", a "package" for a speech);
- the missing step of an obviously harmful plan, and getting around a safety measure (purchase limits,
  breathalyser locks, age checks, sandboxes);
- the same shapes in other voices: role-play, hypotheticals, "for a class", lists of sub-questions,
  informational questions, long context-first messages, terse fragments; across all of S1-S14.
Every harmful row sits next to a benign twin in the same form and topic (the same slang used innocently, a
legitimate route to a similar goal, harm reduction, help-seeking, history, defence), so that form and topic
carry no signal and only the harmful intent does. The rows live in sibling modules
(``safety_data_implicit_rows_*.py``), each holding lists of ``(code, text)`` pairs named by kind, ``code``
being a Llama Guard category or ``"ok"`` for benign. Rows are ``{"text", "label", "category", "kind"}`` in
written order (no randomness). The script exits 2 if any row equals an evaluation or benchmark text
(``safety_data_contrast.evaluation_texts``), or if one text is written with two labels.

All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_implicit_rows_more as more
import safety_data_implicit_rows_outcomes as outcomes
import safety_data_implicit_rows_slang as slang
import safety_data_implicit_rows_steps as steps
import safety_data_implicit_rows_voices as voices
import safety_data_implicit_rows_voices_b as voices_b
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "implicit.train.jsonl"
MODULES = (outcomes, slang, steps, voices, voices_b, more)


def parts(module: ModuleType) -> dict[str, list[tuple[str, str]]]:
    """The module's upper-case lists of ``(code, text)`` pairs, keyed by the list's name in lower case (the kind)."""
    return {name.lower(): value for name, value in vars(module).items() if name.isupper() and isinstance(value, list)}


def rows() -> list[dict]:
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    return coded_rows(kind_pairs for module in MODULES for kind_pairs in parts(module).items())


def main() -> int:
    return write_slice(OUT, rows)


if __name__ == "__main__":
    raise SystemExit(main())
