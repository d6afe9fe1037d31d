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

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_sexual_rows as part1
import safety_data_sexual_rows_crimes as part2
import safety_data_sexual_rows_frames as part6
import safety_data_sexual_rows_minors as part3
import safety_data_sexual_rows_mixed as part7
import safety_data_sexual_rows_shapes as part4
import safety_data_sexual_rows_voices as part5
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "sexual.train.jsonl"
CATEGORIES = {f"S{i}" for i in range(1, 15)}


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown code, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, int] = {}
    for part in (part1, part2, part3, part4, part5, part6, part7):
        for kind, pairs in part.PARTS.items():
            for code, text in pairs:
                if code != "ok" and code not in CATEGORIES:
                    raise ValueError(f"unknown code {code!r} for {text!r}")
                label = 0 if code == "ok" else 1
                key = fold(text)
                if key in seen:
                    if seen[key] != label:
                        raise ValueError(f"written with both labels: {text!r}")
                    continue
                seen[key] = label
                out.append({"text": text, "label": label, "category": "benign" if label == 0 else code, "kind": kind})
    return out


def main() -> int:
    try:
        train = rows()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    evaluation, have_public = evaluation_texts()
    clash = clashes(train, evaluation)
    if clash:
        print(f"error: {len(clash)} rows equal an evaluation or benchmark text, e.g. {clash[:3]}", file=sys.stderr)
        return 2
    if not have_public:
        print("note: public wheels not cached (python scripts/safety_public_data.py); checked our evalsets only")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in train), encoding="utf-8")
    labels = Counter(r["label"] for r in train)
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows; label 1: {labels[1]}, label 0: {labels[0]}")
    print("categories: " + ", ".join(f"{c}: {n}" for c, n in sorted(Counter(r["category"] for r in train).items())))
    kinds = Counter((r["kind"], r["label"]) for r in train)
    for kind in dict.fromkeys(r["kind"] for r in train):
        print(f"  {kind}: label 1: {kinds[(kind, 1)]}, label 0: {kinds[(kind, 0)]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
