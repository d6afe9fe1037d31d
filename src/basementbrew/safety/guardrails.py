"""Input and output scanner chains, and a streaming guard that never emits what the chain would block.

Every scanner in a chain runs on every text (so verdicts are complete for logs and the audit trail); a
scanner's ``redacted`` text becomes the text the next scanner sees. In normal mode the first scanner that
says ``allowed=False`` decides the result's reason. In DANGER MODE (``danger=True``, only after
:class:`~basementbrew.safety.danger.DangerMode` verified consent) content filters (toxicity, injection,
PII, model judges) still run and are returned, but neither block nor rewrite; ``sanitize`` keeps
rewriting, because it protects the reader's terminal and browser rather than judging content.

``SafetyConfig.guardrails = false`` empties the content chains but keeps ``sanitize`` on outputs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from basementbrew.config import SafetyConfig
from basementbrew.safety.registry import CONTENT_FILTERS, get_scanner
from basementbrew.safety.scanners.base import Scanner, Verdict

# characters held back while streaming: longer than any multi-word identifier (IBAN with spaces ~42, card 23)
STREAM_HOLDBACK = 64
# characters of already-emitted text re-scanned with each new piece, so a toxic sentence is judged whole
STREAM_CONTEXT = 300
# the chain runs only once this much text is ready to go out (not on every token): nothing is emitted
# unjudged, and the cost drops from one chain run per delta to one per ~MIN_EMIT characters
STREAM_MIN_EMIT = 32


@dataclass
class GuardResult:
    """The chain's decision: ``text`` is what to use (redacted/sanitised), ``reason`` is set when blocked."""

    allowed: bool
    text: str
    verdicts: list[Verdict]
    reason: str | None


def run_chain(scanners: list[Scanner], text: str, *, role: str, context: Mapping[str, Any] | None,
              danger: bool, rewrite_only: bool = False) -> GuardResult:
    """Run every scanner; see the module docstring for how redactions and danger mode apply.

    ``rewrite_only`` applies the redactions but never blocks (the streaming guard decides blocking on a
    wider window and only needs the rewritten piece)."""
    verdicts: list[Verdict] = []
    reason: str | None = None
    for scanner in scanners:
        v = scanner.scan(text, role=role, context=context)
        verdicts.append(v)
        content = scanner.name in CONTENT_FILTERS
        if danger and content:
            continue
        if v.redacted is not None:
            text = v.redacted
        if not v.allowed and reason is None and not rewrite_only:
            reason = f"{v.scanner}:{v.reason}"
    return GuardResult(reason is None, text if reason is None else "", verdicts, reason)


class Guardrails:
    """The input and output chains for one config."""

    def __init__(self, input_scanners: list[str], output_scanners: list[str]) -> None:
        self.input_names = list(input_scanners)
        self.output_names = list(output_scanners)
        self.input = [get_scanner(n) for n in self.input_names]
        self.output = [get_scanner(n) for n in self.output_names]

    @classmethod
    def from_config(cls, cfg: SafetyConfig) -> Guardrails:
        if not cfg.guardrails:
            return cls([], [n for n in cfg.output_scanners if n == "sanitize"] or ["sanitize"])
        return cls(cfg.input_scanners, cfg.output_scanners)

    def check_input(self, text: str, *, context: Mapping[str, Any] | None = None, danger: bool = False) -> GuardResult:
        return run_chain(self.input, text, role="user", context=context, danger=danger)

    def check_output(self, text: str, *, context: Mapping[str, Any] | None = None, danger: bool = False) -> GuardResult:
        return run_chain(self.output, text, role="assistant", context=context, danger=danger)

    def stream(self, *, context: Mapping[str, Any] | None = None, danger: bool = False) -> StreamGuard:
        return StreamGuard(self, context=context, danger=danger)


def _safe_cut(pending: str, chain: list[Scanner]) -> int:
    """How much of ``pending`` can be emitted now: keep back the tail, never split a word, an identifier
    (PII/secret finding) or an unfinished markdown link/image."""
    cut = len(pending) - STREAM_HOLDBACK
    if cut <= 0:
        return 0
    while cut > 0 and not pending[cut - 1].isspace():
        cut -= 1
    if any(s.name in ("pii", "pii_pseudonym", "sanitize") for s in chain):
        from basementbrew.safety.scanners.pii import find_pii

        for f in find_pii(pending):
            if f.start < cut < f.end:
                cut = f.start
    bracket = pending.rfind("[", 0, cut)
    if bracket >= 0 and ")" not in pending[bracket:cut]:
        cut = bracket - 1 if bracket > 0 and pending[bracket - 1] == "!" else bracket
    return max(cut, 0)


class StreamGuard:
    """Feed model deltas in, get safe text out; stops for good once the output chain blocks."""

    def __init__(self, guard: Guardrails, *, context: Mapping[str, Any] | None, danger: bool) -> None:
        self.guard, self.context, self.danger = guard, context, danger
        self.pending = ""
        self.emitted_raw = ""
        self.blocked: GuardResult | None = None
        self.verdicts: list[Verdict] = []

    def _judge(self, piece: str) -> GuardResult:
        """Blocking decision on recent context + everything pending; rewriting applies to ``piece`` only."""
        window = self.emitted_raw[-STREAM_CONTEXT:] + self.pending
        whole = run_chain(self.guard.output, window, role="assistant", context=self.context, danger=self.danger)
        self.verdicts = whole.verdicts
        if not whole.allowed:
            self.blocked = GuardResult(False, "", whole.verdicts, whole.reason)
            return self.blocked
        part = run_chain(self.guard.output, piece, role="assistant", context=self.context, danger=self.danger,
                         rewrite_only=True)
        return GuardResult(True, part.text, whole.verdicts, None)

    def feed(self, delta: str) -> GuardResult:
        if self.blocked:
            return self.blocked
        self.pending += delta
        cut = _safe_cut(self.pending, self.guard.output)
        if cut < STREAM_MIN_EMIT:
            return GuardResult(True, "", self.verdicts, None)
        result = self._judge(self.pending[:cut])
        if result.allowed and cut:
            self.emitted_raw += self.pending[:cut]
            self.pending = self.pending[cut:]
        return result

    def finish(self) -> GuardResult:
        """Judge and flush everything still held back."""
        if self.blocked:
            return self.blocked
        result = self._judge(self.pending)
        if result.allowed:
            self.emitted_raw += self.pending
            self.pending = ""
        return result
