"""Second hand-written ordinary (benign-only) set for the harmful-request scanner: everyday asks in new areas.

    python scripts/safety_data_ordinary2.py

Writes ``data/safety/ordinary2.train.jsonl`` (training only, outside the package). Why: the first ordinary set
(``safety_data_ordinary.py``) still left the scanner flagging ordinary asks whose words also appear in harmful
rows: kill a process, exploit in a game, attack in chess, crack a stiff jar, shoot a portrait, kill weeds and
slugs, butcher a chicken, heists in GTA, tackles and choke holds in sport, pills taken as prescribed, legal
hunting and fishing, how to sue or report a crime, children, partners, exes, coworkers, landlords, named people
and groups. The rows here cover work and coding, science and health, fitness, travel, photography, the
outdoors, home and garden, pets, cooking, games, sport, history and literature and legal questions, many in the
forms harmful asks use ("Describe X in detail", "step-by-step guide", "most effective way", "without anyone
noticing", "for my novel", role-play, terse fragments, casual typos).

Every row is written one by one (no template cross-products) in five sibling modules
(``safety_data_ordinary2_rows_*.py``), each a ``PARTS`` dict of kind -> texts. Rows are ``{"text", "label": 0,
"category": "benign", "kind"}`` in written order, deduplicated by :func:`fold`, also against the first ordinary
set. The script exits 2 if a row equals an evaluation or benchmark text
(``safety_data_contrast.evaluation_texts``) or a label-1 row of any other ``data/safety/*.train.jsonl``. All
text is written for this project (Apache-2.0).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_ordinary2_rows_forms as forms
import safety_data_ordinary2_rows_leisure as leisure
import safety_data_ordinary2_rows_outdoors as outdoors
import safety_data_ordinary2_rows_people as people
import safety_data_ordinary2_rows_tech as tech
from safety_data_contrast import clashes, evaluation_texts, fold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data" / "safety"
OUT = DATA / "ordinary2.train.jsonl"
FIRST = DATA / "ordinary.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept) and against the first ordinary set."""
    out: list[dict] = []
    seen: set[str] = set()
    if FIRST.exists():
        seen = {
            fold(json.loads(line)["text"]) for line in FIRST.read_text(encoding="utf-8").splitlines() if line.strip()
        }
    for part in (tech, outdoors, leisure, people, forms):
        for kind, texts in part.PARTS.items():
            for text in texts:
                key = fold(text)
                if key in seen:
                    continue
                seen.add(key)
                out.append({"text": text, "label": 0, "category": "benign", "kind": kind})
    return out


def harmful_elsewhere() -> set[str]:
    """Folded label-1 texts of every other training file, so no row here contradicts one of them."""
    texts: set[str] = set()
    for path in sorted(DATA.glob("*.train.jsonl")):
        if path == OUT:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["label"] == 1:
                texts.add(fold(json.loads(line)["text"]))
    return texts


def main() -> int:
    train = rows()
    evaluation, have_public = evaluation_texts()
    clash = clashes(train, evaluation)
    if clash:
        print(f"error: {len(clash)} rows equal an evaluation or benchmark text, e.g. {clash[:3]}", file=sys.stderr)
        return 2
    contradict = clashes(train, harmful_elsewhere())
    if contradict:
        print(f"error: {len(contradict)} rows equal a label-1 training row, e.g. {contradict[:3]}", file=sys.stderr)
        return 2
    if not have_public:
        print("note: public wheels not cached (python scripts/safety_public_data.py); checked our evalsets only")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in train), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(train)} rows, all label 0")
    for kind, n in Counter(r["kind"] for r in train).items():
        print(f"  {kind}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
