"""Hand-written rows for the harmful-request scanner: extremism, terrorism, drugs and financial crime, each ask
with benign twins.

    python scripts/safety_data_extremism.py

Writes ``data/safety/extremism.train.jsonl`` (training only, outside the package). Why: the scanner's training
data is mostly template cross-products (``safety_data_harmful_wide.py``, ``safety_data_contrast.py``), so it
catches benchmark-phrased asks and misses varied ones. These rows are written one by one, each different in
wording, length (three words to a paragraph), register (lowercase and typos, slang, formal, terse commands,
"asking for a friend", hypotheticals, role-play and game frames, "for my thesis", business plans,
spreadsheets, checklists, lists of sub-questions) and framing, over: attack planning and target selection,
evading counter-terror surveillance and terror financing (S1); radicalisation, recruitment and glorifying
attackers (S10); drug synthesis, growing, buying without prescription, dealing, smuggling and cutting (S2);
dosing other people (S6); insider trading, laundering, tax fraud, pump-and-dump, Ponzi schemes, payday-loan
and romance scams, card fraud, benefit fraud, bribery and sanctions evasion (S2); buying weapons without
checks (S9).

Every topic holds both labels in the same forms: the benign twins (history of terrorism and counter-terrorism,
deradicalisation, addiction recovery and harm reduction, legal investing, tax questions, recognising and
reporting scams, compliance and AML training, legal gun ownership) are prompts a normal user would send, so
topic and form carry no signal and the operational intent does. Rows are ``{"text", "label", "category",
"kind"}`` with ``kind`` = ``extremism/<topic>``, ``drugs/<topic>``, ``finance/<topic>`` or ``weapons/<topic>``.
The rows live in ``safety_data_extremism_rows_*.py`` (topics: ``_terror``, ``_drugs``, ``_finance``; mixed
forms: ``_mixed``, ``_asked``). The script exits 2 if a row equals an evaluation text
(``safety_data_contrast.evaluation_texts``), and drops duplicates by ``fold``. No randomness: the output is the
rows in the order written. Written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_contrast import first_of_each
from safety_data_extremism_rows_asked import (
    ASKED_BENIGN,
    ASKED_HARM,
    LONG_BENIGN,
    LONG_HARM,
    SHORT_BENIGN,
    SHORT_HARM,
)
from safety_data_extremism_rows_drugs import TOPICS as DRUGS
from safety_data_extremism_rows_finance import TOPICS as FINANCE
from safety_data_extremism_rows_mixed import (
    SHAPED_BENIGN,
    SHAPED_HARM,
)
from safety_data_extremism_rows_terror import TOPICS as TERROR
from safety_data_slices import write_slice

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "extremism.train.jsonl"


def _row(text: str, label: int, kind: str, code: str = "") -> dict:
    return {"text": text, "label": label, "category": code if label else "benign", "kind": kind}


def rows() -> list[dict]:
    """Every row in the order written; the first occurrence of each folded text only."""
    out = []
    for kind, code, harmful, benign in TERROR + DRUGS + FINANCE:
        out += [_row(t, 1, kind, code) for t in harmful] + [_row(t, 0, kind) for t in benign]
    for harm, benign in (
        (SHORT_HARM, SHORT_BENIGN),
        (LONG_HARM, LONG_BENIGN),
        (SHAPED_HARM, SHAPED_BENIGN),
        (ASKED_HARM, ASKED_BENIGN),
    ):
        out += [_row(t, 1, k, c) for c, k, t in harm] + [_row(t, 0, k) for k, t in benign]
    return first_of_each(out)


def main() -> int:
    return write_slice(OUT, rows)

if __name__ == "__main__":
    raise SystemExit(main())
