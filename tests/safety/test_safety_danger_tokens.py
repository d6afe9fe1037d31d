"""Consent tokens: signed with the workspace key (so CLI and server agree), revocable from any process,
and never parsed before their signature checks out."""

from __future__ import annotations

import hashlib
import hmac
import json
import os

import pytest
from typer.testing import CliRunner

from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE, MAX_TOKEN_CHARS, SERVER_SCOPES, DangerMode, _b64


@pytest.fixture
def log(tmp_path) -> AuditLog:
    return AuditLog(tmp_path / "audit" / "danger.jsonl")


def grant(mode: DangerMode, key: str | None = "key-A", scope: str = "server") -> str:
    return mode.grant(api_key=key, client="127.0.0.1", accepted_text=ACCEPTANCE_PHRASE, scope=scope)


def signed(mode: DangerMode, raw: bytes) -> str:
    return f"{_b64(raw)}.{_b64(hmac.new(mode._key(), raw, hashlib.sha256).digest())}"


def test_unsigned_deeply_nested_payload_is_forged_not_a_crash(log):
    mode = DangerMode(log, allowed=True)
    raw = b"[" * 100_000 + b"]" * 100_000
    token = f"{_b64(raw[:600])}.{_b64(b'x' * 32)}"
    with pytest.raises(BrewError, match="forged"):
        mode.verify(token, api_key="key-A")


def test_signed_nested_payload_is_malformed_not_recursion_error(log):
    mode = DangerMode(log, allowed=True)
    with pytest.raises(BrewError, match="malformed"):
        mode.verify(signed(mode, b"[" * 300 + b"]" * 300), api_key="key-A")


def test_signed_non_object_payload_is_malformed(log):
    mode = DangerMode(log, allowed=True)
    with pytest.raises(BrewError, match="malformed"):
        mode.verify(signed(mode, json.dumps([1, 2]).encode()), api_key="key-A")


def test_overlong_token_refused_before_decoding(log):
    with pytest.raises(BrewError, match=f"longer than {MAX_TOKEN_CHARS}"):
        DangerMode(log, allowed=True).verify("a" * (MAX_TOKEN_CHARS + 1) + ".b", api_key="key-A")


def test_token_from_one_process_accepted_by_another_on_the_same_workspace(log):
    token = grant(DangerMode(log, allowed=True), scope="cli")
    assert DangerMode(log, allowed=True).verify(token, api_key="key-A", scopes=SERVER_SCOPES)


def test_signing_key_file_is_private(log):
    grant(DangerMode(log, allowed=True))
    key = log.path.with_suffix(".key")
    assert key.stat().st_mode & 0o777 == 0o600


def test_group_readable_signing_key_refused(log):
    grant(DangerMode(log, allowed=True))
    os.chmod(log.path.with_suffix(".key"), 0o644)
    with pytest.raises(BrewError, match=r"readable by other users.*chmod 600"):
        grant(DangerMode(log, allowed=True))


def test_revocation_by_another_process_is_honoured(log):
    server = DangerMode(log, allowed=True)
    token = grant(server)
    assert server.verify(token, api_key="key-A")
    DangerMode(log, allowed=True).revoke(token, api_key="key-A", client="cli")
    with pytest.raises(BrewError, match="revoked"):
        server.verify(token, api_key="key-A")


def test_revocation_survives_a_restart(log):
    token = grant(DangerMode(log, allowed=True))
    DangerMode(log, allowed=True).revoke(token, api_key="key-A", client="cli")
    with pytest.raises(BrewError, match="revoked"):
        DangerMode(log, allowed=True).verify(token, api_key="key-A")


def test_training_data_token_not_accepted_by_the_server(log):
    token = grant(DangerMode(log, allowed=True), key=None, scope="training-data")
    with pytest.raises(BrewError, match="scope 'training-data'"):
        DangerMode(log, allowed=True).verify(token, api_key=None, scopes=SERVER_SCOPES)


def test_cli_danger_on_token_is_bound_to_the_api_key_and_danger_off_revokes_it(brew_home, monkeypatch):
    from basementbrew.commands.safety import app

    monkeypatch.delenv("BREW_API_KEY", raising=False)
    runner = CliRunner()
    done = runner.invoke(app, ["danger-on", "--allow-danger", "--api-key", "k-1"], input=ACCEPTANCE_PHRASE + "\n")
    assert done.exit_code == 0, done.output
    token = done.output.strip().splitlines()[-1]
    server = DangerMode(AuditLog(), allowed=True)
    assert server.verify(token, api_key="k-1", scopes=SERVER_SCOPES)
    with pytest.raises(BrewError, match="different API key"):
        server.verify(token, api_key="k-2")
    off = runner.invoke(app, ["danger-off", token, "--api-key", "k-1"])
    assert off.exit_code == 0, off.output
    with pytest.raises(BrewError, match="revoked"):
        server.verify(token, api_key="k-1")
    assert [r["event"] for r in AuditLog().records()] == ["danger_on", "danger_off"]
