"""Hand-written rows for the harmful-request scanner: cyber crime, privacy, intellectual property, elections, tools.

    python scripts/safety_data_cyber.py

Writes ``data/safety/cyber.train.jsonl`` (training only, outside the package). Why: the other harmful-request
training rows are template cross-products (a frame times a phrase, ``safety_data_harmful_wide.py`` and
``safety_data_contrast.py``), so the scanner learns a few ways of asking very well and misses the varied,
natural asks of public sets it never saw. These rows are written one by one, each different in wording,
length (two words to ~90), register (slang, typos, formal, terse, role-play, "asking for a friend",
hypotheticals, "for a class", lists of sub-questions, stories before the ask) and opening, for one slice:
operational help with digital harm. Malware, break-ins, phishing, DDoS and SIM swaps are S2 (non-violent
crime); stalkerware, tracking, doxxing and de-anonymising are S7 (privacy); piracy, cracks, DRM and paywall
removal and plagiarism are S8 (intellectual property); rigging polls and votes is S13 (elections); making a
code interpreter or agent escape its sandbox, read host secrets, mine or delete is S14.

Every harmful row has a benign twin next to it in the same form and topic area (securing one's own account,
recovering one's own phone, phishing-awareness training, authorised tests and CTF labs, legal ways to get
software and media, citing sources, parental controls with consent, privacy settings, running code safely),
so the form and topic carry no signal and only the harmful intent or operational ask does. The rows live in
three sibling modules (``safety_data_cyber_rows*.py``) as literal strings; there is no randomness, so the
output is the same on every run. Rows are ``{"text", "label", "category", "kind"}``: ``category`` is the Llama
Guard code of a harmful row and ``benign`` otherwise, ``kind`` is ``cyber/<pool>`` and every pool holds both
labels. The script exits 2 if a row equals an evaluation text (``safety_data_contrast.evaluation_texts``) or
a pool is malformed; duplicates (compared with ``fold``) are dropped and counted.
All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_contrast import fold
from safety_data_cyber_rows import INTRUSION, MALWARE, PHISHING, TOOL_ABUSE
from safety_data_cyber_rows_privacy import DOXXING, ELECTIONS, PIRACY, TRACKING
from safety_data_cyber_rows_shapes import FRAMES, LISTS, QUESTIONS, STORIES, TERSE
from safety_data_slices import write_slice

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "cyber.train.jsonl"
CODES = {f"S{i}" for i in range(1, 15)}
POOLS = {
    "malware": MALWARE, "intrusion": INTRUSION, "phishing": PHISHING, "tool_abuse": TOOL_ABUSE,
    "tracking": TRACKING, "doxxing": DOXXING, "piracy": PIRACY, "elections": ELECTIONS,
    "terse": TERSE, "story": STORIES, "list": LISTS, "frame": FRAMES, "question": QUESTIONS,
}  # fmt: skip


def rows() -> tuple[list[dict], int]:
    """All rows in the order written (each harmful row before its twin) and how many duplicates were dropped.

    Raises:
        ValueError: a harmful row names no Llama Guard code, or a pool lacks one of the two labels.
    """
    out: list[dict] = []
    seen: set[str] = set()
    dropped = 0
    for pool, entries in POOLS.items():
        labels = set()
        for entry in entries:
            code, text = entry if isinstance(entry, tuple) else ("benign", entry)
            if code != "benign" and code not in CODES:
                raise ValueError(f"pool {pool}: {code!r} is not a Llama Guard code (S1-S14) in {text!r}")
            key = fold(text)
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
            label = 0 if code == "benign" else 1
            labels.add(label)
            out.append({"text": text.strip(), "label": label, "category": code, "kind": f"cyber/{pool}"})
        if labels != {0, 1}:
            raise ValueError(f"pool {pool} must hold both labels, it holds {sorted(labels)}")
    return out, dropped


def main() -> int:
    dropped: list[int] = []

    def build() -> list[dict]:
        train, n = rows()
        dropped.append(n)
        return train

    def report(train: list[dict]) -> None:
        words = sorted(len(r["text"].split()) for r in train)
        print(f"{dropped[0]} duplicates dropped; words per row: min {words[0]}, median {words[len(words) // 2]}, "
              f"max {words[-1]}")

    return write_slice(OUT, build, report)

if __name__ == "__main__":
    raise SystemExit(main())
