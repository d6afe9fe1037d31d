"""Hand-written rows for the harmful-request scanner: information hazards and privacy questions.

    python scripts/safety_data_hazards.py

Writes ``data/safety/hazards.train.jsonl`` (training only, outside the package). Why: the scanner catches
benchmark-phrased asks but misses harmful requests worded as plain questions for private or dangerous
information, because most of its training rows are template cross-products (``safety_data_harmful_wide.py``,
``safety_data_contrast.py``). The rows here are written one by one, in many lengths (three words to a
paragraph) and registers (terse, slang and typos, formal, "asking for a friend", implied, lists of
sub-questions, role-play and games, hypotheticals, "for a class"), for:

- private details about specific people: addresses, phones, salaries, medical history, children's schools,
  routines, passwords, identity numbers; confidential company and agency data; covert recording and
  monitoring of employees, tenants and family (S7);
- dangerous knowledge asked plainly: lethal doses for another person, poisons that escape detection,
  making pathogens spread better, getting precursors and weapons past checks (S1, S9, S2);
- specialised advice that can kill when followed: unsupervised procedures, dosing children, electrical and
  gas work that defeats safety devices (S6).

Every harmful row sits next to a benign twin in the same form and topic (public facts about public figures,
privacy law, protecting one's own data, data-broker opt-outs, poison control and overdose signs,
public-health history, safety standards, when to call a professional), so that form and topic carry no
signal and only the harmful intent does. The rows live in six sibling modules
(``safety_data_hazards_rows_*.py``), each a ``PARTS`` dict of ``(code, text)`` pairs per kind, ``code`` being
a Llama Guard category or ``"ok"`` for benign. Rows are ``{"text", "label", "category", "kind"}`` in written
order (no randomness). The script exits 2 if any row equals an evaluation or benchmark text
(``safety_data_contrast.evaluation_texts``), or if one text is written with two labels.
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_hazards_rows_advice as advice
import safety_data_hazards_rows_long as long_voices
import safety_data_hazards_rows_people as people
import safety_data_hazards_rows_secrets as secrets
import safety_data_hazards_rows_short as short_voices
import safety_data_hazards_rows_toxic as toxic
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "hazards.train.jsonl"
MODULES = (people, secrets, toxic, advice, short_voices, long_voices)


def rows() -> list[dict]:
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    return coded_rows(kind_pairs for module in MODULES for kind_pairs in module.PARTS.items())


def main() -> int:
    return write_slice(OUT, rows)


if __name__ == "__main__":
    raise SystemExit(main())
