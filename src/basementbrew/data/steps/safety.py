"""Safety steps for training data, through the same scanners the server's guardrails use.

* ``pii``: every segment (each chat message, each alpaca field) goes through the ``pii`` scanner and is
  replaced by its redacted text (``[EMAIL]``, ``[PHONE]``, ...). The document is kept; ``counts`` has one
  ``redacted:<kind>`` per masked identifier, read back from the placeholders the scanner wrote.
* ``toxicity``: every segment is scanned with the ``toxicity`` scanner. A document is dropped (reason = the
  scanner's, e.g. ``toxic_insult``) when a text the model is *trained to produce* is blocked: an assistant
  turn, a completion, an alpaca output, a plain document's text. Blocked prompt-side texts (system, user)
  are counted as ``context_flagged:<reason>`` but do not drop the example: SFT puts loss on the answer
  only, and toxic user turns with a good answer (refusals, de-escalation) are the data a safe assistant
  is tuned on.
* ``toxicity_strict``: drops on a blocked verdict in *any* segment.

In ``audit`` mode (DANGER MODE with consent) the same scanners run on the same texts and their verdicts
are counted (``flagged:<reason>``, ``context_flagged:<reason>``), but nothing is dropped or rewritten.
"""

from __future__ import annotations

import re
from collections import Counter

from basementbrew.data.document import Document, segments, with_segments
from basementbrew.data.steps.base import OK, StepResult
from basementbrew.safety.registry import get_scanner
from basementbrew.safety.scanners.pii import PLACEHOLDERS, SEVERITY

# the placeholder labels the pii scanner writes, back to the finding kind; any other label is a secret
KIND_OF_LABEL = {label: kind for kind, label in PLACEHOLDERS.items()}
_PLACEHOLDER = re.compile(r"\[([A-Z_]+?)(?:_\d+)?\]")


def _placeholders(text: str) -> Counter[str]:
    return Counter(KIND_OF_LABEL.get(m.group(1), "secret") for m in _PLACEHOLDER.finditer(text)
                   if m.group(1) in KIND_OF_LABEL or m.group(1) == "SECRET")


def redaction_kinds(before: str, after: str) -> Counter[str]:
    """What the scanner masked: placeholders in ``after`` that were not already in ``before``."""
    return _placeholders(after) - _placeholders(before)


def _worst(kinds: Counter[str]) -> str:
    return next((k for k in SEVERITY if k in kinds), next(iter(sorted(kinds)), "pii"))


class PIIStep:
    """Masks PII in every segment; keeps the document."""

    name = "pii"
    content = True

    def __init__(self, *, audit: bool = False) -> None:
        self.audit = audit
        self.scanner = get_scanner("pii")

    def __call__(self, doc: Document) -> StepResult:
        texts, found = [], Counter[str]()
        for seg in segments(doc):
            verdict = self.scanner.scan(seg.text, role=seg.role)
            redacted = verdict.redacted if verdict.redacted is not None else seg.text
            kinds = redaction_kinds(seg.text, redacted) if redacted != seg.text else Counter[str]()
            if verdict.flagged and not kinds:  # flagged without a visible placeholder: count the scanner's reason
                kinds = Counter({verdict.reason: 1})
            found += kinds
            texts.append(seg.text if self.audit else redacted)
        if not found:
            return StepResult(doc)
        if self.audit:
            return StepResult(doc, counts={f"flagged:{k}": n for k, n in found.items()})
        return StepResult(with_segments(doc, texts), modified=True, reason=_worst(found),
                          counts={f"redacted:{k}": n for k, n in found.items()})


class ToxicityStep:
    """Drops documents whose trained-on text (or, ``strict``, any text) the toxicity scanner blocks."""

    content = True

    def __init__(self, *, audit: bool = False, strict: bool = False) -> None:
        self.audit, self.strict = audit, strict
        self.name = "toxicity_strict" if strict else "toxicity"
        self.scanner = get_scanner("toxicity")

    def __call__(self, doc: Document) -> StepResult:
        counts: Counter[str] = Counter()
        reason = OK
        for seg in segments(doc):  # every segment is scanned, so the counters are complete
            verdict = self.scanner.scan(seg.text, role=seg.role)
            if verdict.allowed:
                continue
            decisive = self.strict or seg.trained
            counts[f"{'flagged' if decisive else 'context_flagged'}:{verdict.reason}"] += 1
            if decisive and reason == OK:
                reason = verdict.reason
        if reason != OK and not self.audit:
            return StepResult(doc, keep=False, reason=reason, counts=counts)
        return StepResult(doc, counts=counts)
