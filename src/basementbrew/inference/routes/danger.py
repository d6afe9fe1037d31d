"""DANGER MODE consent: read the warning, accept it, receive a token for the ``X-Danger-Consent`` header.

Consent is per API key and only possible when the server was started with ``--allow-danger``. The token
lifts content filters for requests that also set ``danger_mode: true``; authentication, rate limits and
the audit log stay on (see :mod:`basementbrew.safety.danger`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from basementbrew.errors import BrewError
from basementbrew.inference.routes.deps import APIError, ApiKey, Authed, Limited, State, client_key
from basementbrew.inference.routes.pipeline import require_danger_allowed
from basementbrew.inference.schemas import ConsentRequest

router = APIRouter(prefix="/v1/danger", tags=["danger"], dependencies=[Authed, Limited])


@router.get("/warning")
def warning(state: State) -> dict[str, Any]:
    from basementbrew.safety.danger import DANGER_WARNING

    return {"warning": DANGER_WARNING, "allowed": bool(state.settings.allow_danger)}


@router.post("/consent")
def consent(body: ConsentRequest, request: Request, state: State, api_key: ApiKey) -> dict[str, Any]:
    danger = require_danger_allowed(state)
    client = body.client or client_key(request)
    try:
        token = danger.grant(api_key=api_key, client=client, accepted_text=body.accepted_text)
    except BrewError as exc:
        raise APIError(400, f"accepted_text: {exc}", param="accepted_text", code="consent_rejected") from None
    return {"token": token, "header": "X-Danger-Consent"}
