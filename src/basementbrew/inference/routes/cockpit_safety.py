"""``/v1/safety``: the guardrail scanners (on/off per scanner) and the DANGER MODE audit log (list, verify).

Switching scanners rebuilds the server's :class:`~basementbrew.safety.guardrails.Guardrails` for the
requests that follow; ``sanitize`` is not a content filter and stays on (DANGER MODE never disables
sanitization either). Every change is written to the audit log (``scanners_changed``, who and what) before
it takes effect; a change whose record cannot be written is refused.

Switching a content filter **off** lowers the guard for every client of the server, so it takes what DANGER
MODE takes and more: a server started with ``--allow-danger`` and the caller's consent token in
``X-Danger-Consent`` (403 otherwise). Turning filters on, or loading a model-based one, needs only the key.
The DANGER MODE switch itself is ``/v1/danger/warning|consent|revoke``
(:mod:`basementbrew.inference.routes.danger`).
"""

from __future__ import annotations

from fastapi import APIRouter, Query, Request

from basementbrew.errors import BrewError
from basementbrew.inference.cockpit_schemas import AuditList, ScannerList, ScannerState, ScannerUpdate
from basementbrew.inference.routes.deps import (
    APIError,
    ApiKey,
    Authed,
    Limited,
    State,
    client_key,
    danger_requested,
)

router = APIRouter(prefix="/v1/safety", tags=["safety"], dependencies=[Authed, Limited])
ALWAYS_ON = ("sanitize",)  # output sanitization is never switched off
MODEL_BASED = frozenset({"llama_guard", "hub_toxicity"})  # load weights from a local folder (safety/registry.py)


def _states(state: State) -> ScannerList:
    from basementbrew.safety.registry import CONTENT_FILTERS, SCANNERS

    g = state.service.guardrails
    inputs, outputs = (g.input_names, g.output_names) if g is not None else ([], [])
    return ScannerList(
        guardrails=bool(inputs) or any(n != "sanitize" for n in outputs),
        scanners=[ScannerState(name=n, input=n in inputs, output=n in outputs, content_filter=n in CONTENT_FILTERS,
                               offline=n not in MODEL_BASED) for n in SCANNERS])


@router.get("/scanners")
def scanners(state: State) -> ScannerList:
    return _states(state)


@router.put("/scanners")
def set_scanners(body: ScannerUpdate, request: Request, state: State, api_key: ApiKey) -> ScannerList:
    """Which scanners run on prompts (``input``) and answers (``output``); audited."""
    from basementbrew.safety.guardrails import Guardrails
    from basementbrew.safety.registry import SCANNERS

    for field, names in (("input", body.input), ("output", body.output)):
        unknown = [n for n in names if n not in SCANNERS]
        if unknown:
            raise APIError(400, f"{field}: unknown scanner {unknown[0]!r}; known: {', '.join(SCANNERS)}",
                           param=field, code="unknown_scanner")
    output = list(dict.fromkeys([*body.output, *ALWAYS_ON]))
    inputs = list(dict.fromkeys(body.input))
    old = state.service.guardrails
    dropped = _dropped_filters(old, inputs, output)
    if dropped:
        try:
            danger_requested(request, state, api_key, True)
        except APIError as exc:
            raise APIError(403, f"switching off {', '.join(dropped)} lowers the guard for every client; "
                           f"{exc.message.removeprefix('danger_mode: ')}",
                           param="X-Danger-Consent", code=exc.code) from None
    try:
        guard = Guardrails(inputs, output)  # model-based scanners load here: fail before anything changes
    except BrewError as exc:
        raise APIError(400, f"input: {exc}", param="input", code="scanner_unavailable") from None
    try:
        state.danger.audit.append("scanners_changed", client=client_key(request, api_key),
                                  before={"input": old.input_names if old else [],
                                          "output": old.output_names if old else []},
                                  after={"input": inputs, "output": output})
    except (BrewError, OSError) as exc:
        raise APIError(503, f"the audit log cannot be written ({exc}); scanners unchanged", type_="server_error",
                       code="audit_unavailable") from None
    state.guardrails = guard
    state.service.guardrails = guard
    return _states(state)


def _dropped_filters(old: object, inputs: list[str], output: list[str]) -> list[str]:
    """Content filters running now that the new chains leave out, as ``name (input|output)``."""
    from basementbrew.safety.registry import CONTENT_FILTERS

    if old is None:
        return []
    return [f"{n} ({side})" for side, before, after in (("input", old.input_names, inputs),
                                                        ("output", old.output_names, output))
            for n in before if n in CONTENT_FILTERS and n not in after]


@router.get("/audit")
def audit(limit: int = Query(100, ge=1, le=1000)) -> AuditList:
    """The newest records (newest first) and the hash chain's verification (``basementbrew audit verify``)."""
    from basementbrew.safety.audit import AuditLog

    log = AuditLog()
    records = log.records()
    problems = log.verify()
    return AuditList(records=list(reversed(records[-limit:])), problems=problems, intact=not problems,
                     head_hash=log.head_hash(), total=len(records))
