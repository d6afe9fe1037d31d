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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import safety_data_ordinary2_rows_forms as forms
import safety_data_ordinary2_rows_leisure as leisure
import safety_data_ordinary2_rows_outdoors as outdoors
import safety_data_ordinary2_rows_people as people
import safety_data_ordinary2_rows_tech as tech
from safety_data_contrast import fold
from safety_data_slices import ROOT, benign_rows, write_benign

DATA = ROOT / "data" / "safety"
OUT = DATA / "ordinary2.train.jsonl"
FIRST = DATA / "ordinary.train.jsonl"


def rows() -> list[dict]:
    """All rows in written order, deduplicated by :func:`fold` (first kept) and against the first ordinary set."""
    seen: set[str] = set()
    if FIRST.exists():
        seen = {
            fold(json.loads(line)["text"]) for line in FIRST.read_text(encoding="utf-8").splitlines() if line.strip()
        }
    parts = (tech, outdoors, leisure, people, forms)
    return benign_rows((kind_texts for part in parts for kind_texts in part.PARTS.items()), seen)


def main() -> int:
    return write_benign(OUT, rows())


if __name__ == "__main__":
    raise SystemExit(main())
