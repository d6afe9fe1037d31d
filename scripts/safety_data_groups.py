"""Hand-written rows for the harmful-request scanner: hate against groups (S10) and defamation (S5).

    PYTHONPATH=src python scripts/safety_data_groups.py

Writes ``data/safety/groups.train.jsonl`` (training only, outside the package). Why: the scanner's other
training rows are mostly template cross-products (a frame times a phrase, ``safety_data_harmful_wide.py``,
``safety_data_contrast.py``), so it learns those frames and phrases but misses hateful or defamatory asks
worded any other way. The rows here are written one by one, each different in length (three words to a
paragraph), register (lowercase, typos, slang, formal, terse, polite) and framing (comedy sets, stereotype
lists, rankings, loaded "why are X so ..." questions, arguments that a group is inferior, genocide denial or
praise, dehumanising descriptions, slurs, screening out applicants, tenants or customers, role-play, research
and survey pretexts, "asking for a friend"), across many groups (race, ethnicity, religion, nationality,
gender, sexual orientation, gender identity, disability, age, caste, body, class), and for defamation: false
crimes, fake quotes, fake scandals, fake records and fake reviews about specific people and companies.

Every harmful row has a benign twin in the same form and about the same group or target (history of
discrimination, respectful cultural questions, inclusion, answering a bigoted relative, comedy that does not
punch down, fact-checking a rumour, an honest negative review), so that form and topic carry no signal and
only the intent does. The rows live in five sibling modules (``safety_data_groups_rows*.py``); each holds
``(code, text)`` pairs per kind, ``code`` being a Llama Guard category or ``"ok"`` for benign. Rows are
``{"text", "label", "category", "kind"}``; the order is the written order (no randomness). The script exits 2
if any row equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``), or if two rows
fold to the same text with different labels. No slur is spelled out: the asks name what they want.
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_groups_rows as part1
import safety_data_groups_rows_acts as part2
import safety_data_groups_rows_decide as part3
import safety_data_groups_rows_defame as part4
import safety_data_groups_rows_more as part5
from safety_data_slices import ROOT, coded_rows, write_slice

OUT = ROOT / "data" / "safety" / "groups.train.jsonl"


def parts() -> dict[str, list[tuple[str, str]]]:
    """Every kind's pairs, named by the list it comes from (``JOKES`` becomes ``jokes``), in module order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for module in (part1, part2, part3, part4, part5):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, list):
                out[name.lower()] = value
    return out


def rows() -> list[dict]:
    """All rows in written order, deduplicated (see :func:`safety_data_slices.coded_rows`, which raises
    ValueError on an unknown code or on one text written with two different labels)."""
    return coded_rows(parts().items())


def main() -> int:
    return write_slice(OUT, rows)


if __name__ == "__main__":
    raise SystemExit(main())
