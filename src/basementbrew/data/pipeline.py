"""Run a list of steps over documents; count, keep the dropped ones with their reason; DANGER MODE consent.

:class:`LocalExecutor` runs in this process, one document at a time through every step (the datasets are
small for now). The :class:`Executor` Protocol is the seam for a distributed one (Ray, per the
architecture): it gets the same documents and step *names*, builds its own step copies per worker, and
returns a :class:`PipelineResult` whose :class:`~basementbrew.data.steps.StepStats` add up with
``merge``. :func:`process_splits` is what the store calls for a training dataset's splits.

DANGER MODE over training data: with ``safety.danger_mode: true`` content steps run in audit mode (they
count verdicts, never drop or rewrite) only after the same consent ``basementbrew safety danger-on``
asks for. The config's ``danger_mode: true`` is the operator's explicit allow setting; the person's
typed acceptance comes from ``BREW_DANGER_CONSENT`` (the exact :data:`ACCEPTANCE_PHRASE`), because a
training job may run unattended and the token ``danger-on`` prints is signed with a per-process secret
that another process cannot check. Each ingestion then writes three audit records: ``danger_on`` (the
consent, scope ``training-data``), ``danger_data`` (dataset, hash, steps, verdict counts) and
``danger_off``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from basementbrew.data import steps as step_registry
from basementbrew.data.document import Document, from_record, to_record
from basementbrew.data.steps import Step, StepStats
from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE, DANGER_WARNING, DangerMode, key_hash

if TYPE_CHECKING:
    from basementbrew.config import RunConfig

CONSENT_ENV = "BREW_DANGER_CONSENT"


@dataclass(frozen=True)
class Excluded:
    """A dropped document and the step and reason that dropped it."""

    doc: Document
    step: str
    reason: str


@dataclass
class PipelineResult:
    kept: list[Document] = field(default_factory=list)
    excluded: list[Excluded] = field(default_factory=list)
    stats: dict[str, StepStats] = field(default_factory=dict)


class Executor(Protocol):
    """Runs named steps over documents; a distributed executor shards ``docs`` and merges the stats."""

    def run(self, docs: Iterable[Document], names: Sequence[str], *, audit: bool = False) -> PipelineResult: ...


def run_steps(docs: Iterable[Document], steps: Sequence[Step]) -> PipelineResult:
    """Each document through each step in order; a drop ends its way (later steps never see it)."""
    result = PipelineResult(stats={s.name: StepStats() for s in steps})
    for doc in docs:
        for step in steps:
            out = step(doc)
            result.stats[step.name].add(out)
            if not out.keep:
                result.excluded.append(Excluded(out.doc, step.name, out.reason))
                break
            doc = out.doc
        else:
            result.kept.append(doc)
    return result


class LocalExecutor:
    """In-process, in order: what a laptop-sized dataset needs."""

    def run(self, docs: Iterable[Document], names: Sequence[str], *, audit: bool = False) -> PipelineResult:
        return run_steps(docs, step_registry.build(names, audit=audit))


@dataclass
class ProcessedSplits:
    """A dataset's splits after the steps, with what the card and ``excluded.jsonl`` need."""

    rows: dict[str, list[dict[str, Any]]]
    excluded: list[dict[str, Any]]
    card: dict[str, Any]


def process_splits(splits: dict[str, list[dict[str, Any]]], names: Sequence[str], *, audit: bool = False,
                   source: str = "", skipped: Sequence[str] = (), executor: Executor | None = None) -> ProcessedSplits:
    """Run ``names`` over each split's records; stats are summed over splits, exclusions keep their split."""
    executor = executor or LocalExecutor()
    names = step_registry.check_names(names)
    rows: dict[str, list[dict[str, Any]]] = {}
    excluded: list[dict[str, Any]] = []
    totals: dict[str, StepStats] = {n: StepStats() for n in names}
    for split, records in splits.items():
        docs = [from_record(r, source=f"{source}/{split}", index=i) for i, r in enumerate(records, 1)]
        result = executor.run(docs, names, audit=audit)
        rows[split] = [to_record(d) for d in result.kept]
        excluded += [{"split": split, "step": e.step, "reason": e.reason, "id": e.doc.id, "record": to_record(e.doc)}
                     for e in result.excluded]
        for name, stats in result.stats.items():
            totals[name] = totals[name].merge(stats)
    card = {"steps": list(names), "mode": "audit" if audit else "filter", "skipped": list(skipped),
            "excluded": len(excluded), "stats": {n: s.to_dict() for n, s in totals.items()}}
    return ProcessedSplits(rows, excluded, card)


@dataclass(frozen=True)
class DangerConsent:
    """A person's typed acceptance for DANGER MODE over training data, checked but not yet used."""

    accepted_text: str
    client: str = "cli:train"
    audit_path: Path | None = None

    @classmethod
    def from_env(cls, client: str = "cli:train", audit_path: Path | None = None) -> DangerConsent:
        """Consent from ``BREW_DANGER_CONSENT``; a BrewError that shows the warning if it is missing or wrong."""
        text = os.environ.get(CONSENT_ENV, "")
        if " ".join(text.split()).casefold() != ACCEPTANCE_PHRASE.casefold():
            state = "is not set" if not text else "does not match the acceptance phrase"
            raise BrewError(
                f"safety.danger_mode is true, which keeps toxic and personal data in the training set, but "
                f"{CONSENT_ENV} {state}. Read the warning:\n\n{DANGER_WARNING}\n\nthen set "
                f"{CONSENT_ENV}='{ACCEPTANCE_PHRASE}' to consent, or set safety.danger_mode=false "
                f"(the default) to train with the filters on.")
        return cls(text, client, audit_path)

    def open(self) -> DangerSession:
        """Log the activation (``danger_on``, scope ``training-data``) and return the session to log use in."""
        mode = DangerMode(AuditLog(self.audit_path), allowed=True)
        token = mode.grant(api_key=None, client=self.client, accepted_text=self.accepted_text, scope="training-data")
        mode.verify(token, api_key=None)
        return DangerSession(mode, token, self.client)


@dataclass
class DangerSession:
    """One danger-mode ingestion: ``log`` what was let through, then ``close`` (``danger_off``)."""

    mode: DangerMode
    token: str
    client: str

    def log(self, **fields: Any) -> None:
        self.mode.verify(self.token, api_key=None)
        self.mode.audit.append("danger_data", key_hash=key_hash(None), client=self.client, **fields)

    def close(self) -> None:
        self.mode.revoke(self.token, api_key=None, client=self.client)


@dataclass(frozen=True)
class StepPlan:
    """Which steps a training run's data goes through, and the danger-mode consent if there is one."""

    steps: tuple[str, ...]
    skipped: tuple[str, ...] = ()
    danger: DangerConsent | None = None

    @classmethod
    def from_config(cls, config: RunConfig) -> StepPlan:
        """``data.steps``, minus content steps when ``safety.guardrails`` is false.

        ``safety.danger_mode: true`` needs consent whatever the steps and guardrails (checked here, before
        anything is loaded); content steps that still run then run in audit mode."""
        names = step_registry.check_names(config.data.steps)
        danger = DangerConsent.from_env() if config.safety.danger_mode else None
        if not config.safety.guardrails:
            kept = step_registry.without_content(names)
            return cls(tuple(kept), tuple(n for n in names if n not in kept), danger)
        return cls(tuple(names), (), danger)
