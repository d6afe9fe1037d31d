"""The DANGER MODE consent and revoke endpoints when the audit log cannot be written: the server's fault, so
503 ``audit_unavailable`` naming the log (not a 400 blaming the caller's ``accepted_text`` or a 403 calling
the token invalid), no token issued, and a revocation that could not be recorded still holds here."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from basementbrew.inference.engine import Engine
from basementbrew.inference.server import create_app
from basementbrew.inference.settings import ServerSettings
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE

KEY = "sekrit-key-123456"
AUTH = {"Authorization": f"Bearer {KEY}"}


def test_consent_with_an_unwritable_audit_log_is_503_and_issues_no_token(base_lm, brew_home):
    log = AuditLog()
    log.path.mkdir(parents=True)  # a folder where the log should be
    with TestClient(create_app(ServerSettings(api_key=KEY, allow_danger=True), engine=Engine(base_lm))) as tc:
        r = tc.post("/v1/danger/consent", headers=AUTH, json={"accepted_text": ACCEPTANCE_PHRASE})
    assert r.status_code == 503, r.text
    err = r.json()["error"]
    assert err["code"] == "audit_unavailable" and err["type"] == "server_error"
    assert "audit" in err["message"] and "accepted_text" not in err["message"]
    assert "token" not in r.json()


def test_revoke_with_an_unwritable_audit_log_is_503_and_still_holds_on_this_server(base_lm, brew_home):
    with TestClient(create_app(ServerSettings(api_key=KEY, allow_danger=True), engine=Engine(base_lm))) as tc:
        token = tc.post("/v1/danger/consent", headers=AUTH, json={"accepted_text": ACCEPTANCE_PHRASE}).json()["token"]
        headers = AUTH | {"X-Danger-Consent": token}
        log = AuditLog()
        log.head_path.write_text(json.dumps({"count": 5, "last_hash": "0" * 64}))  # the log no longer verifies
        r = tc.post("/v1/danger/revoke", headers=headers)
        assert r.status_code == 503, r.text
        err = r.json()["error"]
        assert err["code"] == "audit_unavailable" and "not recorded" in err["message"]
        used = tc.post("/generate", headers=headers, json={"prompt": "hi", "max_tokens": 2, "danger_mode": True})
    assert used.status_code == 403 and "revoked" in used.json()["error"]["message"]
