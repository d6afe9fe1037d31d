"""Ordinary, harmless requests in German, French, Spanish, Italian and Portuguese for the harmful-request scanner.

    python scripts/safety_data_everyday.py

Why: once the harmful positives of a language outnumber (or come close to) its ordinary prompts in the training
pool, the scanner can learn the language itself as a sign of harm. After ``safety_data_multilingual.py`` added
~320 harmful asks in de/fr/es/it/pt against ~550 benign prompts in those languages, most of them homonyms and
twins of the harmful asks, held-out ordinary requests in those languages were flagged at 20% (issue 11): being
non-English had become a harm cue, just as being English had been a harmlessness cue before. The cure is the
same in both directions: each language needs many plain, boring requests, asked in every way harmful asks are
asked, so that neither the language nor the frame carries a signal and only the operational ask does.

What: for each language (pools in ``safety_data_everyday_pools.py`` and ``safety_data_everyday_pools_it_pt.py``,
written per language, not translated from one list) ~75 everyday tasks across cooking, travel, language
learning, homework, programming and spreadsheets, letters, job hunting, ordinary health and fitness, money, DIY,
gardening, pets, cars and bikes, parenting, friends and family, music, films and books, sport, shopping,
paperwork, weather, science and summaries, each put into three of seven frame families (``direct`` "how do I",
``polite`` "could you explain", ``imperative`` "write me a guide", ``context`` a first-person sentence then the
ask, ``fragment``, ``best`` "the fastest/most effective way to" and ``without`` "without ...-ing"), plus ~60
whole requests (facts, writing, translation, summaries, recommendations). Rows are
``{"text", "label": 0, "category": "benign", "kind": "<lang>/everyday", "lang"}`` in
``data/safety/everyday.train.jsonl``; nothing is held out (the multilingual evaluation set already holds
ordinary requests in these languages, written from other pools).

The script exits 2 if any row equals (stripped, case-folded) a text of an evaluation set, ours or public (when
the pinned wheels are cached: ``python scripts/safety_public_data.py``), with the check of
``safety_data_contrast.py``, or a row of ``data/safety/multilingual.train.jsonl`` or
``evalsets/harmful_multilingual.jsonl``. Output is reproducible (fixed seed).

Licence: Apache-2.0, written for this project. Native speakers have not reviewed the text; expect phrasing
that a native speaker would not choose.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_contrast import clashes, evaluation_texts, fold, write_jsonl
from safety_data_everyday_pools import LANGS
from safety_data_multilingual import first_of_each

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "safety" / "everyday.train.jsonl"
MULTILINGUAL = ROOT / "data" / "safety" / "multilingual.train.jsonl"
MULTILINGUAL_EVAL = ROOT / "src" / "basementbrew" / "safety" / "evalsets" / "harmful_multilingual.jsonl"
SEED = 20261126
FRAMES_PER_TOPIC = 3
_FR_ELISION = re.compile(r"\b([Dd])e ([aeiouéèêâîôœAEIOUÉ])")  # "de organiser" -> "d'organiser"


def _row(text: str, lang: str) -> dict:
    return {"text": text, "label": 0, "category": "benign", "kind": f"{lang}/everyday", "lang": lang}


def _fill(lang: str, frame: str, x: str, c: str, w: str, rng: random.Random) -> str:
    text = frame.format(x=x, c=c, w=w)
    if lang == "fr":
        text = _FR_ELISION.sub(r"\1'\2", text)
    return text[0].upper() + text[1:] if frame.startswith("{x}") and rng.random() < 0.5 else text


def language_rows(lang: str, pool: dict, rng: random.Random) -> list[dict]:
    """One language: every topic in FRAMES_PER_TOPIC sampled frame families, then the whole requests."""
    frames = pool["frames"]
    out = []
    for topic in pool["topics"]:
        x, c, w = topic.split("|")
        families = [f for f in sorted(frames) if (f != "context" or c) and (f != "without" or w)]
        for family in rng.sample(families, FRAMES_PER_TOPIC):
            out.append(_row(_fill(lang, rng.choice(frames[family]), x, c, w, rng), lang))
    return out + [_row(t, lang) for t in pool["asks"]]


def rows(seed: int = SEED) -> list[dict]:
    """Every row of every language, first occurrence of each text only; the same seed gives the same rows."""
    rng = random.Random(seed)
    return first_of_each(r for lang, pool in LANGS.items() for r in language_rows(lang, pool, rng))


def _texts(path: Path) -> set[str]:
    return {fold(json.loads(line)["text"]) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def forbidden_texts() -> tuple[set[str], bool]:
    """Folded texts no row may equal: every evaluation set (ours always, public ones when the wheels are cached),
    the multilingual training rows and the multilingual evaluation set; and whether public sets were included."""
    texts, have_public = evaluation_texts()
    return texts | _texts(MULTILINGUAL) | _texts(MULTILINGUAL_EVAL), have_public


def main() -> int:
    all_rows = rows()
    forbidden, have_public = forbidden_texts()
    clash = clashes(all_rows, forbidden)
    if clash:
        print(f"error: {len(clash)} rows equal an evaluation text or a multilingual row, e.g. {clash[:3]}",
              file=sys.stderr)  # fmt: skip
        return 2
    if not have_public:
        print("note: public wheels not cached (python scripts/safety_public_data.py); checked our evalsets only")
    write_jsonl(OUT, all_rows)
    counts = Counter(r["lang"] for r in all_rows)
    print(f"{OUT.relative_to(ROOT)}: {len(all_rows)} rows ({', '.join(f'{k} {counts[k]}' for k in LANGS)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
