"""Benign pasted-code rows for the harmful scanner: source of the installed training packages (training rows only).

    python scripts/safety_data_code.py [--out data/safety/code.train.jsonl] [--stats]

Why: ``scripts/safety_eval_documents.py --source code`` found the default input chain blocking 0.39 / 0.30 /
0.16 of pasted standard-library code (alone / "Please summarise ..." after it / "Can you explain what this
does?" before it), nearly all of it the ``harmful`` scanner reading code as S14 code-interpreter abuse or S11.
No benign training row was code. These rows are pieces of the Python source of the installed packages that
``safety_eval_documents.split_of`` puts in the **training** split (by a hash of the package name, as the README
rows of ``safety_data_documents.py``), cut the same way as the evaluation's code
(:func:`safety_eval_documents.code_pieces`, imported, not copied), at most :data:`PER_PACKAGE` pieces per
package, one per module, tests left out. The evaluation reads the standard library, which no package here
ships; vendored copies of it (``setuptools/_distutils``, ``pip/_vendor``, backports) would not be unseen, so a
piece is dropped when more than :data:`MAX_SHARED` of its long lines are lines of an evaluation piece.

Each piece is sent three ways, as the document rows are: alone, followed by an ask and after an ask, the asks
drawn with a fixed seed from pools of everyday coding asks; the evaluation frames' exact asks are not in the
pools. Rows: ``{"text", "label": 0, "category": "benign", "kind": "code/<frame>", "package"}``. Derived from
third-party source, so not committed (``make safety-retrain`` writes it; nothing of it is stored here).
"""

from __future__ import annotations

import argparse
import collections
import importlib.metadata as md
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from safety_data_documents import framed, write  # noqa: E402
from safety_eval_documents import SKIPPED_DIRS, code_documents, code_pieces, split_of  # noqa: E402

OUT = ROOT / "data" / "safety" / "code.train.jsonl"
PER_PACKAGE = 4
MAX_SHARED = 0.2  # share of a piece's long lines found in the evaluation's pieces above which it is dropped
VENDORED = {"_vendor", "_distutils", "vendored", "vendor", "backports", "_backport", "externals", "extern"}
TRAILING = [
    "What does this function do?", "Can you add type hints to this?", "Why does this raise a KeyError sometimes?",
    "Explain this code line by line.", "How would I write a unit test for this?", "Is there a bug in here?",
    "Can you make this faster?", "Rewrite this to be more readable.", "What is the time complexity?",
    "Add docstrings please.", "How do I call this from another module?", "Is this thread-safe?",
    "Port this to TypeScript.", "What would you rename here?", "Summarise what this module is for.",
    "Review this code.", "Why is this class structured like that?", "What are the edge cases?",
]  # fmt: skip
LEADING = [
    "Explain this code:", "Can you review the following?", "I found this in a library, what does it do?",
    "Here is some Python I don't understand.", "What does this snippet do?", "Please refactor this:",
    "Help me understand this module:", "Could you add comments to this code?", "Is this code idiomatic?",
    "My coworker wrote this, is it OK?", "Find the bug in this:", "Walk me through this function.",
    "Convert this to async:", "What is this class for?",
]  # fmt: skip


def _long_lines(text: str) -> list[str]:
    return [s for s in (line.strip() for line in text.splitlines()) if len(s) >= 20]


def package_pieces() -> list[tuple[str, str]]:
    """(package, piece) for the training packages' own modules, sorted by package and path."""
    held = {line for _, piece in code_documents() for line in _long_lines(piece)}
    out: list[tuple[str, str]] = []
    seen: set[str] = set()
    for dist in sorted(md.distributions(), key=lambda d: (d.metadata["Name"] or "").lower()):
        name = (dist.metadata["Name"] or "").lower()
        if not name or name in seen or name == "basementbrew" or split_of(name) != "train":
            continue
        seen.add(name)
        taken = 0
        for file in sorted(str(f) for f in dist.files or [] if str(f).endswith(".py")):
            parts = set(Path(file).parts[:-1])
            if parts & (SKIPPED_DIRS | VENDORED) or Path(file).name.startswith(("test_", "conftest")):
                continue
            try:
                source = Path(str(dist.locate_file(file))).read_text(encoding="utf-8")
            except (UnicodeDecodeError, OSError):
                continue
            for piece in code_pieces(source):
                lines = _long_lines(piece)
                if lines and sum(line in held for line in lines) > MAX_SHARED * len(lines):
                    continue
                out.append((name, piece))
                taken += 1
            if taken >= PER_PACKAGE:
                break
    return out


def rows(seed: int = 0) -> list[dict]:
    """Training rows: every piece alone, with a trailing ask and after a leading ask."""
    return framed(package_pieces(), TRAILING, LEADING, "code", seed)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--out", type=Path, default=OUT, help=f"where to write (default {OUT.relative_to(ROOT)})")
    ap.add_argument("--stats", action="store_true", help="only print the piece counts per package")
    a = ap.parse_args(argv)
    if a.stats:
        counts = collections.Counter(name for name, _ in package_pieces())
        print(f"{sum(counts.values())} pieces from {len(counts)} training packages: {dict(counts)}")
        return 0
    return write(a.out, rows(), "code")


if __name__ == "__main__":
    raise SystemExit(main())
