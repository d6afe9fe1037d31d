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

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_groups_rows as part1
import safety_data_groups_rows_acts as part2
import safety_data_groups_rows_decide as part3
import safety_data_groups_rows_defame as part4
import safety_data_groups_rows_more as part5
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "groups.train.jsonl"
CATEGORIES = {f"S{i}" for i in range(1, 15)}


def parts() -> dict[str, list[tuple[str, str]]]:
    """Every kind's pairs, named by the list it comes from (``JOKES`` becomes ``jokes``), in module order."""
    out: dict[str, list[tuple[str, str]]] = {}
    for module in (part1, part2, part3, part4, part5):
        for name, value in vars(module).items():
            if name.isupper() and isinstance(value, list):
                out[name.lower()] = value
    return out


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept).

    Raises:
        ValueError: on an unknown code, or on one text written with two different labels.
    """
    out: list[dict] = []
    seen: dict[str, int] = {}
    for kind, pairs in parts().items():
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
