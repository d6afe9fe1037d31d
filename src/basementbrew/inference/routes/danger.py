"""DANGER MODE consent: read the warning, accept it, receive a token for the ``X-Danger-Consent`` header;
revoke it early.

Consent is per API key and only possible when the server was started with ``--allow-danger``. The token
lifts content filters for requests that also set ``danger_mode: true``; authentication, rate limits and
the audit log stay on (see :mod:`basementbrew.safety.danger`). ``POST /v1/danger/revoke`` ends the consent
in the ``X-Danger-Consent`` header at once (for every server on the workspace) and records ``danger_off``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request

from basementbrew.errors import AuditUnavailable, BrewError
from basementbrew.inference.routes.deps import (
    APIError,
    ApiKey,
    Authed,
    Limited,
    State,
    api_error,
    client_ip,
    client_key,
    require_danger_allowed,
)
from basementbrew.inference.schemas import ConsentRequest, ConsentResponse, DangerWarning, RevokeResponse

router = APIRouter(prefix="/v1/danger", tags=["danger"], dependencies=[Authed, Limited])


@router.get("/warning")
def warning(state: State) -> DangerWarning:
    from basementbrew.safety.danger import DANGER_WARNING

    return DangerWarning(warning=DANGER_WARNING, allowed=bool(state.settings.allow_danger))


@router.post("/consent")
def consent(body: ConsentRequest, request: Request, state: State, api_key: ApiKey) -> ConsentResponse:
    danger = require_danger_allowed(state)
    try:
        token = danger.grant(api_key=api_key, client=client_key(request, api_key), accepted_text=body.accepted_text,
                             peer=client_ip(request), note=body.client)
    except AuditUnavailable as exc:  # the server's log, not the caller's text: 503
        raise api_error(exc) from None
    except BrewError as exc:
        raise APIError(400, f"accepted_text: {exc}", param="accepted_text", code="consent_rejected") from None
    return ConsentResponse(token=token)


@router.post("/revoke")
def revoke(request: Request, state: State, api_key: ApiKey) -> RevokeResponse:
    """Revoke the token sent in ``X-Danger-Consent`` (it must belong to the caller's API key)."""
    danger = require_danger_allowed(state)
    token = request.headers.get("x-danger-consent")
    if not token:
        raise APIError(400, "X-Danger-Consent: send the token to revoke in this header",
                       param="X-Danger-Consent", code="consent_required")
    try:
        danger.revoke(token, api_key=api_key, client=client_key(request, api_key))
    except AuditUnavailable as exc:
        raise api_error(exc) from None
    except BrewError as exc:
        raise APIError(403, f"X-Danger-Consent: {exc}", param="X-Danger-Consent", code="invalid_consent") from None
    return RevokeResponse()
