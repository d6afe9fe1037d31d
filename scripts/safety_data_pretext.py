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

import json
import sys
from collections import Counter
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
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "pretext.train.jsonl"
CATEGORIES = {f"S{i}" for i in range(1, 15)}
MODULES = (fiction, roles, study, tricks, short_voices, long_voices, mixed, more)


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown code, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, int] = {}
    for module in MODULES:
        for kind, pairs in module.PARTS.items():
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
