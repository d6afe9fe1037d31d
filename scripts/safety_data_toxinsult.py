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
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_toxinsult_rows as part1
import safety_data_toxinsult_rows_banter as part4
import safety_data_toxinsult_rows_more as part5
import safety_data_toxinsult_rows_replies as part3
import safety_data_toxinsult_rows_work as part2
from safety_data_contrast import fold
from safety_data_slices import refused, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "toxinsult.train.jsonl"
LABELS = {"ok", "insult", "threat", "hate", "self_harm"}


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown label, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, str] = {}
    for part in (part1, part2, part3, part4, part5):
        for kind, pairs in part.PARTS.items():
            for label, text in pairs:
                if label not in LABELS:
                    raise ValueError(f"unknown label {label!r} for {text!r}")
                key = fold(text)
                if key in seen:
                    if seen[key] != label:
                        raise ValueError(f"written with both labels: {text!r}")
                    continue
                seen[key] = label
                out.append({"text": text, "label": label, "kind": kind})
    return out


def main() -> int:
    try:
        train = rows()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if refused(train):
        return 2
    write_jsonl(OUT, train)
    labels = Counter(r["label"] for r in train)
    toxic = len(train) - labels["ok"]
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows; toxic: {toxic}, ok: {labels['ok']}")
    print("labels: " + ", ".join(f"{k}: {n}" for k, n in sorted(labels.items())))
    kinds = Counter((r["kind"], r["label"] == "ok") for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: toxic: {kinds[(kind, False)]}, ok: {kinds[(kind, True)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
