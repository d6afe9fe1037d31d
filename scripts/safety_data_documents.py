"""Benign pasted-document rows for the harmful and injection scanners, split by package (training rows only).

    python scripts/safety_data_documents.py [--out data/safety/documents.train.jsonl] [--stats]

Why: every benign training row of the n-gram models is a short prompt, so long technical prose read like the
long jailbreak templates and code-abuse asks they were trained on, and ``scripts/safety_eval_documents.py``
found the default input chain blocking a third to a half of pasted package READMEs. These rows are the same
pieces that script cuts (its :func:`~safety_eval_documents.documents`, imported, not copied: the long
descriptions of the installed packages, which ``make install`` pins) from the **training packages** only, each
sent three ways: alone, followed by an ask and after an ask.

Split by package, never by piece (``safety_eval_documents.split_of``): a package whose name (without version)
falls in hash buckets ``0`` .. ``HELD_OUT - 1`` of :func:`basementbrew.safety.public.bucket` trains; the others are
evaluation only
(``safety_eval_documents.py --split eval`` reports on them), so no package's text is on both sides. The asks
that frame the training rows are a pool of everyday wordings chosen per piece with a fixed seed; the two
evaluation frames' exact asks ("Please summarise this in one sentence.", "Can you explain what this does?")
are not in the pool.

Rows are written as the other benign rows in ``data/safety`` are (``everyday.train.jsonl``,
``followups.train.jsonl``): ``{"text", "label": 0, "category": "benign", "kind": "document/<frame>"}`` plus
``"package"``. The output is derived from third-party README text and depends on the installed packages, so it
is not committed (regenerate it; nothing of the package text is stored in this repository).
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_eval_documents import FRAMES, documents, package_of, split_of  # noqa: E402

OUT = ROOT / "data" / "safety" / "documents.train.jsonl"
TRAILING = [
    "Summarise this for me.", "Can you give me a short summary of the above?", "TL;DR?",
    "What is this package for?", "Explain this to a beginner.", "What are the main points here?",
    "Is this something I could use in my project?", "Rewrite this more simply.", "What does this library do?",
    "Give me three bullet points on this.", "Translate this into plain English.", "Any caveats I should know?",
    "How would I get started with this?", "Who is this for?", "Shorten this to a paragraph.",
    "What problem does this solve?", "Can you proofread this?", "Which parts are most important?",
]  # fmt: skip
LEADING = [
    "What does this do?", "Summarise the following:", "Here is a README, what is it about?",
    "Can you help me understand this?", "I found this on PyPI:", "Explain the following text.",
    "My colleague sent me this, is it useful?", "Please read this and tell me what it is.",
    "What is this library?", "Give me the gist of this:", "Could you explain this documentation?",
    "Is this relevant for data work?", "Read this and list the key features.", "What's this about?",
]  # fmt: skip


def framed(pieces: Iterable[tuple[str, str]], trailing: list[str], leading: list[str], kind: str,
           seed: int = 0) -> list[dict]:
    """Benign rows of ``(package, piece)`` pairs: each piece alone, followed by an ask drawn from ``trailing`` and
    after one drawn from ``leading`` (seeded), kinds ``<kind>/alone``, ``/then ask``, ``/ask first``; each text
    once. The README rows here and the code rows of ``safety_data_code.py``."""
    if any(ask in FRAMES[f] for f in FRAMES for ask in trailing + leading):
        raise ValueError("an evaluation frame's ask is in the training pools")
    rng = random.Random(seed)
    out = []
    for name, piece in pieces:
        for frame, text in (("alone", piece), ("then ask", f"{piece}\n\n{rng.choice(trailing)}"),
                            ("ask first", f"{rng.choice(leading)}\n\n{piece}")):
            out.append({"text": text, "label": 0, "category": "benign", "kind": f"{kind}/{frame}", "package": name})
    return list({r["text"]: r for r in out}.values())


def rows(seed: int = 0) -> list[dict]:
    """Training rows: every piece of a training package alone, with a trailing ask and after a leading ask."""
    return framed(((package_of(label), doc) for label, doc in documents("train")), TRAILING, LEADING, "document",
                  seed)


def write(out: Path, train: list[dict], what: str) -> int:
    """Refuse rows equal to an evaluation text (exit 2), else write ``out`` and say how many ``what`` rows."""
    from safety_data_slices import refused, write_jsonl

    if refused(train):
        return 2
    write_jsonl(out, train)
    print(f"{len(train)} {what} rows -> {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT.relative_to(ROOT)})")
    ap.add_argument("--stats", action="store_true", help="only print the split's package and piece counts")
    a = ap.parse_args(argv)
    docs = documents()
    counts = collections.Counter(split_of(p) for p, _ in docs)
    packages = {s: sorted({package_of(p) for p, _ in docs if split_of(p) == s}) for s in ("train", "eval")}
    print(f"pieces: train {counts['train']} ({len(packages['train'])} packages), eval {counts['eval']} "
          f"({len(packages['eval'])} packages)", file=sys.stderr)
    if a.stats:
        print(f"eval packages: {', '.join(packages['eval'])}")
        return 0
    return write(a.out, rows(), "document")


if __name__ == "__main__":
    raise SystemExit(main())
