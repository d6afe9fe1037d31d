"""Exact-answer accuracy: the share of held-out questions whose key fact the model gets right.

Loss and perplexity say how surprised a model is by the reference answers; a newcomer asks a simpler
question: "how many answers are right?". This module answers it for datasets whose reference answers open
with one bold span, the *checkable answer* (the bundled brewing-assistant set: ``**5.0-7.0% ABV**``,
``**18-22 °C**``, ``**Off topic**``). The rule, stated once so every report means the same thing:

- A reference whose checkable answer holds numbers is matched when those numbers appear, in the same
  order and next to each other, among the numbers of the generated answer, each at the reference's own
  precision: within half a unit of its last decimal place (:func:`precision`; "1.011" → ±0.0005, "52" → ±0.5,
  "5.0" → ±0.05). So "5.0-7.0% ABV" is matched by "5-7% ABV" and by "**5.0-7.0% ABV**", not by "4.8%"; and
  "1.011" is matched by "1.011" or "1.0110", not by "1.052", "1.01" or "1". The untrained model's long
  answers are read leniently (the numbers may stand anywhere in the text, bold or not) but never below
  that precision.
- A reference without numbers is matched when its checkable answer appears in the generated answer,
  ignoring case and punctuation ("Off topic").

Generation is the caller's: pass the answers, or a ``generate`` callable (prompts → texts; greedy, so the
number is reproducible). Nothing here imports training or inference code.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

BOLD = re.compile(r"\*\*(.+?)\*\*", re.S)
NUMBER = re.compile(r"\d+(?:\.\d+)?")  # no sign: "5.0-7.0" is a range, not 5.0 and -7.0

Messages = list[dict[str, str]]


def checkable_answer(reference: str) -> str:
    """The part of a reference answer that is scored: its first bold span, else its first line."""
    found = BOLD.search(reference)
    return (found.group(1) if found else reference.strip().split("\n", 1)[0]).strip()


def _words(text: str) -> str:
    return " ".join(re.sub(r"[^\w%°.]+", " ", text.lower()).split())


def precision(number: str) -> float:
    """Half a unit in the last decimal place `number` is written with: "1.011" → 0.0005, "52" → 0.5."""
    decimals = len(number.partition(".")[2])
    return 0.5 * 10.0 ** -decimals


def is_correct(output: str, reference: str, tolerance: float | None = None) -> bool:
    """Whether a generated answer states the reference's checkable answer (rule in the module docstring).

    `tolerance` (absolute, per number) overrides the reference's own precision (:func:`precision`).
    """
    key = checkable_answer(reference)
    written = NUMBER.findall(key)
    if not written:
        return bool(_words(key)) and _words(key) in _words(output)
    # a hair of slack so a bound written exactly (1.0115 for 1.011) is not lost to binary floating point
    want = [(float(x), (precision(x) if tolerance is None else tolerance) * (1 + 1e-9)) for x in written]
    got = [float(x) for x in NUMBER.findall(output)]
    return any(all(abs(g - w) <= tol for g, (w, tol) in zip(got[i:i + len(want)], want, strict=True))
               for i in range(len(got) - len(want) + 1))


def score(outputs: Sequence[str], references: Sequence[str], tolerance: float | None = None) -> dict[str, Any]:
    """Accuracy of `outputs` against `references` (same order): share correct, counts, and per-item marks."""
    if len(outputs) != len(references):
        raise ValueError(f"{len(outputs)} outputs for {len(references)} references")
    marks = [is_correct(o, r, tolerance) for o, r in zip(outputs, references, strict=True)]
    return {"accuracy": sum(marks) / len(marks) if marks else 0.0, "correct": sum(marks), "total": len(marks),
            "marks": marks}


def heldout_accuracy(generate: Callable[[list[Messages]], list[str]], rows: Sequence[dict[str, Any]],
                     limit: int | None = None, tolerance: float | None = None) -> dict[str, Any]:
    """Score `generate` on prompt/completion rows (the held-out split): the first `limit` rows.

    Returns :func:`score`'s dict plus ``items`` (prompt, expected answer, output, correct) for reports.
    """
    rows = list(rows)[:limit] if limit else list(rows)
    prompts = [r["prompt"] for r in rows]
    references = [r["completion"][-1]["content"] for r in rows]
    outputs = generate(prompts) if prompts else []
    result = score(outputs, references, tolerance)
    result["items"] = [{"prompt": p[-1]["content"], "expected": checkable_answer(ref), "output": out,
                        "correct": ok}
                       for p, ref, out, ok in zip(prompts, references, outputs, result.pop("marks"), strict=True)]
    return result
