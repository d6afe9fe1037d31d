"""The step contract: one document in, one :class:`StepResult` out (keep or drop, with a reason).

A step is anything with a ``name`` and ``__call__(doc)`` (a Protocol, not a base class), after datatrove's
``pipeline/base.py`` and ``filters/base_filter.py``. A filter says why it dropped a document (the reason
becomes a counter and the exclusion shard's ``reason``); a rewriting step returns the new document with
``modified=True`` and says why; ``counts`` carries finer counters (PII redactions per kind, scanner
verdicts seen in DANGER MODE audit). Steps must not keep per-document state, so an executor can run one
copy per process or per machine and add the :class:`StepStats` up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from basementbrew.data.document import Document

OK = "ok"


@dataclass(frozen=True)
class StepResult:
    """What a step decided about one document; ``doc`` is the (possibly rewritten) document to pass on."""

    doc: Document
    keep: bool = True
    reason: str = OK
    modified: bool = False
    counts: Mapping[str, int] = field(default_factory=dict)


@runtime_checkable
class Step(Protocol):
    """One processing step. ``content`` steps judge content: off when ``safety.guardrails`` is false, audit-only
    (never drop or rewrite, still count) in DANGER MODE."""

    name: str
    content: bool

    def __call__(self, doc: Document) -> StepResult: ...


@dataclass
class StepStats:
    """Counters for one step: ``seen == kept + dropped`` always; ``modified`` counts kept documents rewritten."""

    seen: int = 0
    kept: int = 0
    dropped: int = 0
    modified: int = 0
    dropped_by_reason: Counter[str] = field(default_factory=Counter)
    modified_by_reason: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, result: StepResult) -> None:
        self.seen += 1
        if result.keep:
            self.kept += 1
            if result.modified:
                self.modified += 1
                self.modified_by_reason[result.reason] += 1
        else:
            self.dropped += 1
            self.dropped_by_reason[result.reason] += 1
        self.counts.update(result.counts)

    def merge(self, other: StepStats) -> StepStats:
        """The sum of two shards' counters (what a distributed executor does with per-worker stats)."""
        return StepStats(
            self.seen + other.seen, self.kept + other.kept, self.dropped + other.dropped,
            self.modified + other.modified, self.dropped_by_reason + other.dropped_by_reason,
            self.modified_by_reason + other.modified_by_reason, self.counts + other.counts,
        )  # fmt: skip

    def to_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen, "kept": self.kept, "dropped": self.dropped, "modified": self.modified,
            "dropped_by_reason": dict(sorted(self.dropped_by_reason.items())),
            "modified_by_reason": dict(sorted(self.modified_by_reason.items())),
            "counts": dict(sorted(self.counts.items())),
        }  # fmt: skip
