"""Hand-written short ordinary (benign-only) asks for the harmful-request scanner: 1-8 words, often with numbers.

    python scripts/safety_data_short.py

Writes ``data/safety/short.train.jsonl`` (training only, outside the package). Why: the training data holds many
short harmful fragments ("glock auto sear diy", "sleep forever pills?") and few short benign asks, fewer still
with numbers, so the scanner learned "very short + a number" as harm and flags ordinary asks such as counting,
spelling a number or converting units. The rows here are the terse everyday asks a chat-assistant user sends:
counting and arithmetic in many forms, numbers, dates, times, units, sizes, prices, short list requests,
spelling, translations, definitions, one-word follow-ups, short commands, trivia, sports, years and ages,
ordinals, phone-keypad and game numbers, with numbers such as 4, 9, 11, 14, 41, 44, 91, 94 and 911 used
innocently, in varied casing, typos and punctuation.

Every row is written one by one (no template cross-products) in three sibling modules
(``safety_data_short_rows_*.py``), each a ``PARTS`` dict of kind -> texts. Rows are ``{"text", "label": 0,
"category": "benign", "kind"}`` in written order, deduplicated by :func:`fold`; rows that any other
``data/safety/*.train.jsonl`` already holds are skipped. The script exits 2 if a row is longer than 8 words,
equals an evaluation or benchmark text (``safety_data_contrast.evaluation_texts``) or equals a label-1 row of
any other training file. All text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_short_rows_numbers as numbers
import safety_data_short_rows_time as time_rows
import safety_data_short_rows_words as words
from safety_data_contrast import fold
from safety_data_slices import refused, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "safety"
OUT = DATA / "short.train.jsonl"
MAX_WORDS = 8


def other_rows() -> tuple[set[str], set[str]]:
    """Folded texts of every other training file: (all of them, the label-1 ones), to skip and to refuse."""
    every: set[str] = set()
    harmful: set[str] = set()
    for path in sorted(DATA.glob("*.train.jsonl")):
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            key = fold(row["text"])
            every.add(key)
            if row["label"] == 1:
                harmful.add(key)
    return every, harmful


def written() -> list[dict]:
    """All written rows in order, deduplicated by :func:`fold` (first kept)."""
    out: list[dict] = []
    seen: set[str] = set()
    for part in (numbers, time_rows, words):
        for kind, texts in part.PARTS.items():
            for text in texts:
                key = fold(text)
                if key in seen:
                    continue
                seen.add(key)
                out.append({"text": text, "label": 0, "category": "benign", "kind": kind})
    return out


def rows() -> list[dict]:
    """What :func:`main` writes: the written rows no other training file already holds."""
    every, _ = other_rows()
    return [r for r in written() if fold(r["text"]) not in every]


def main() -> int:
    train = written()
    long_rows = [r["text"] for r in train if len(r["text"].split()) > MAX_WORDS]
    if long_rows:
        print(f"error: {len(long_rows)} rows exceed {MAX_WORDS} words, e.g. {long_rows[:3]}", file=sys.stderr)
        return 2
    every, harmful = other_rows()
    if refused(train, harmful):
        return 2
    fresh = [r for r in train if fold(r["text"]) not in every]
    write_jsonl(OUT, fresh)
    print(f"{OUT.relative_to(ROOT)}: {len(fresh)} rows, all label 0 ({len(train) - len(fresh)} already elsewhere)")
    for kind, n in Counter(r["kind"] for r in fresh).items():
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
