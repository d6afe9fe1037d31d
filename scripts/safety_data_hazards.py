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

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_hazards_rows_advice as advice
import safety_data_hazards_rows_long as long_voices
import safety_data_hazards_rows_people as people
import safety_data_hazards_rows_secrets as secrets
import safety_data_hazards_rows_short as short_voices
import safety_data_hazards_rows_toxic as toxic
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "hazards.train.jsonl"
CATEGORIES = {f"S{i}" for i in range(1, 15)}
MODULES = (people, secrets, toxic, advice, short_voices, long_voices)


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
