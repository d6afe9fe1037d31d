"""One guarded generation, as a sequence of safety steps that do no I/O of their own (sans-IO).

Every way this project produces text for a person goes through a :class:`GuardedCall`: the HTTP routes
and the in-process playground (through ``inference/service.py``, which drives the engine) and training's
sample generations (which drive ``model.generate`` themselves). The call decides; the caller only moves
text. That keeps the safety-critical sequence in one place, whatever generates the tokens::

    call.check_input(text, param)  → the text to use, or Blocked
    call.begin(prompt)             → DANGER MODE: ``danger_use`` audited *before* generation, or AuditUnavailable
    call.stream() / call.check_output(text)
                                   → what may be shown (redacted), and whether the output chain blocked it
    call.end(output, outcome)      → DANGER MODE: ``danger_result`` audited (callers do this in ``finally``)

Why sans-IO rather than one function that also generates: the server streams from an asyncio event loop,
the playground iterates a thread's queue and training calls ``generate`` on a batch; a protocol object
lets each keep its own loop while none of them re-implements the checks or the audit.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from typing import Any

from basementbrew.errors import AuditUnavailable, Blocked
from basementbrew.limits import check_prompt

log = logging.getLogger(__name__)


@dataclass
class Checked:
    """Output text that may be shown, and whether the output guardrails stopped it there."""

    text: str
    blocked: bool = False
    reason: str | None = None  # the blocking scanner's reason, when blocked


@dataclass
class GuardedCall:
    """The safety state of one request (all of its choices): verdicts, DANGER MODE, audit identity."""

    guardrails: Any = None  # basementbrew.safety.guardrails.Guardrails (None: no scanners at all)
    danger_mode: Any = None  # basementbrew.safety.danger.DangerMode, required when danger is True
    danger: bool = False
    api_key: str | None = None
    client: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    verdicts: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.danger and self.danger_mode is None:
            raise AuditUnavailable("danger_mode: no audit log is configured, so DANGER MODE cannot be used")

    # ---- before generation ----
    def check_input(self, text: str, param: str = "prompt", *, role: str = "user") -> str:
        """The text to generate from (possibly sanitized); raises :class:`Blocked` naming `param`.

        ``role="assistant"``: an earlier assistant turn sent back as chat history is model text, so the output
        chain judges it (toxicity, PII, sanitize), as it judged the answer when it was generated. The input
        chain reads a *request*: its harmful-request scanner took the model's own refusal ("I can't help with
        making a pipe bomb ...") for an ask, and every later turn of that conversation was refused. Forged
        assistant turns gain nothing: a many-shot jailbreak's user turns still meet the input chain."""
        check_prompt(text)
        if self.guardrails is None:
            return text
        answer = role == "assistant"
        check = self.guardrails.check_output if answer else self.guardrails.check_input
        result = check(text, context=self.context, danger=self.danger)
        self.verdicts.extend(result.verdicts or [])
        if not result.allowed:
            blocking = next((v for v in result.verdicts or [] if not v.allowed and v.category), None)
            category = f" ({blocking.category})" if blocking is not None else ""
            chain = "output guardrails (an assistant turn)" if answer else "input guardrails"
            raise Blocked(f"{param}: blocked by the {chain}: {result.reason}{category}. If it was "
                          "meant harmlessly, rephrase it; the operator sees every scanner's verdict with "
                          f"`basementbrew safety scan{' --role assistant' if answer else ''} TEXT`",
                          param=param, reason=result.reason or "")
        return result.text

    def begin(self, prompt: str) -> str:
        """A job id; in DANGER MODE the ``danger_use`` record is written first (no record, no generation)."""
        job_id = uuid.uuid4().hex
        if self.danger:
            try:
                self.danger_mode.log_start(job_id=job_id, api_key=self.api_key, client=self.client, prompt=prompt)
            except Exception as exc:  # any failure to write: the request is not served unaudited
                log.error("danger-mode request %s refused: audit log write failed: %s", job_id, exc)
                raise AuditUnavailable(
                    f"danger_mode: the audit log could not be written ({type(exc).__name__}; details in the "
                    "server log); danger-mode requests are never served unaudited. Fix the audit log "
                    "(basementbrew audit verify) or retry without danger_mode"
                ) from None
        return job_id

    # ---- after generation ----
    def check_output(self, text: str) -> Checked:
        if self.guardrails is None:
            return Checked(text)
        result = self.guardrails.check_output(text, context=self.context, danger=self.danger)
        self.verdicts.extend(result.verdicts or [])
        return Checked(result.text, not result.allowed, result.reason)

    def stream(self) -> StreamCheck:
        return StreamCheck(self)

    def end(self, job_id: str, output: str, outcome: str) -> bool:
        """Write the ``danger_result`` record of a DANGER MODE job; False (and a log line) if that fails."""
        if not self.danger:
            return True
        try:
            self.danger_mode.log_result(job_id=job_id, api_key=self.api_key, client=self.client, output=output,
                                        outcome=outcome, verdicts=self.verdicts)
        except Exception as exc:
            log.error("danger-mode request %s: audit result write failed: %s", job_id, exc)
            return False
        return True


class StreamCheck:
    """Deltas in, safe text out, through the guardrails' stream guard; ``blocked`` once it stops the stream."""

    def __init__(self, call: GuardedCall) -> None:
        self.call = call
        g = call.guardrails
        self.guard = g.stream(context=call.context, danger=call.danger) if g is not None else None
        self.blocked = False

    def _take(self, result: Any) -> Checked:
        self.call.verdicts.extend(result.verdicts or [])
        self.blocked = self.blocked or not result.allowed
        return Checked(result.text, not result.allowed, result.reason)

    def feed(self, delta: str) -> Checked:
        if self.guard is None:
            return Checked(delta)
        return self._take(self.guard.feed(delta))

    def finish(self) -> Checked:
        if self.guard is None:
            return Checked("")
        return self._take(self.guard.finish())
