"""DANGER MODE consent tokens and the tamper-evident audit log."""

from __future__ import annotations

import json
import time

import pytest
from typer.testing import CliRunner

from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE, DANGER_WARNING, DangerMode
from basementbrew.safety.scanners.base import Verdict


@pytest.fixture
def log(tmp_path) -> AuditLog:
    return AuditLog(tmp_path / "audit" / "danger.jsonl")


def grant(mode: DangerMode, key: str = "key-A") -> str:
    return mode.grant(api_key=key, client="127.0.0.1", accepted_text=ACCEPTANCE_PHRASE)


def test_danger_requested_when_not_allowed(log):
    with pytest.raises(BrewError, match=r"not allowed.*--allow-danger"):
        grant(DangerMode(log, allowed=False))
    assert log.records() == []


def test_wrong_acceptance_text_refused(log):
    with pytest.raises(BrewError, match="consent not given"):
        DangerMode(log, allowed=True).grant(api_key="k", client="c", accepted_text="yes")


def test_forged_token_rejected(log):
    token = grant(DangerMode(log, allowed=True))
    other = DangerMode(log, allowed=True, secret=b"another server secret")
    with pytest.raises(BrewError, match="forged"):
        other.verify(token, api_key="key-A")


def test_tampered_payload_rejected(log):
    mode = DangerMode(log, allowed=True)
    body, sig = grant(mode).split(".")
    with pytest.raises(BrewError, match=r"forged|malformed"):
        mode.verify(body[:-2] + "xx." + sig, api_key="key-A")


def test_expired_token_rejected(log, monkeypatch):
    mode = DangerMode(log, allowed=True, ttl_s=60)
    token = grant(mode)
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 61)
    with pytest.raises(BrewError, match="expired"):
        mode.verify(token, api_key="key-A")


def test_token_of_another_api_key_rejected(log):
    mode = DangerMode(log, allowed=True)
    with pytest.raises(BrewError, match="different API key"):
        mode.verify(grant(mode, "key-A"), api_key="key-B")


def test_revoked_token_rejected_and_logged(log):
    mode = DangerMode(log, allowed=True)
    token = grant(mode)
    assert mode.verify(token, api_key="key-A")
    mode.revoke(token, api_key="key-A", client="127.0.0.1")
    with pytest.raises(BrewError, match="revoked"):
        mode.verify(token, api_key="key-A")
    assert [r["event"] for r in log.records()] == ["danger_on", "danger_off"]


def test_danger_use_logs_verdicts_and_hashes_only(log):
    mode = DangerMode(log, allowed=True)
    grant(mode)
    verdict = Verdict("toxicity", False, "toxic_insult", 0.97)
    mode.log_start(job_id="j1", api_key="key-A", client="c", prompt="secret prompt")
    mode.log_result(job_id="j1", api_key="key-A", client="c", output="rude output", outcome="stop",
                    verdicts=[verdict])
    start, end = log.records()[-2:]
    assert start["event"] == "danger_use" and start["job_id"] == end["job_id"] == "j1"
    assert end["event"] == "danger_result" and end["verdicts"][0]["reason"] == "toxic_insult"
    assert "rude output" not in log.path.read_text()
    assert "secret prompt" not in log.path.read_text() and "key-A" not in log.path.read_text()


def test_activation_record_has_who_when_scope_expiry(log):
    grant(DangerMode(log, allowed=True))
    rec = log.records()[0]
    assert {"ts", "client", "key_hash", "scope", "consent_text", "expires", "prev", "hash"} <= rec.keys()


def _filled(log: AuditLog, n: int = 4) -> list[str]:
    for i in range(n):
        log.append("danger_use", n=i)
    assert log.verify() == []
    return log.path.read_text().splitlines()


def test_edited_record_detected_with_its_number(log):
    lines = _filled(log)
    rec = json.loads(lines[1])
    rec["n"] = 99
    lines[1] = json.dumps(rec, sort_keys=True, separators=(",", ":"))
    log.path.write_text("\n".join(lines) + "\n")
    assert any(p.startswith("record 2: content edited") for p in log.verify())


def test_deleted_record_detected_with_its_number(log):
    lines = _filled(log)
    del lines[2]
    log.path.write_text("\n".join(lines) + "\n")
    assert any(p.startswith("record 3:") and "deleted" in p for p in log.verify())


def test_truncated_tail_detected(log):
    lines = _filled(log)
    log.path.write_text("\n".join(lines[:2]) + "\n")
    assert any("truncated" in p and "record 3 onwards" in p for p in log.verify())


def test_reordered_records_detected(log):
    lines = _filled(log)
    lines[1], lines[2] = lines[2], lines[1]
    log.path.write_text("\n".join(lines) + "\n")
    assert any(p.startswith("record 2:") for p in log.verify())


def test_cli_audit_verify_exits_nonzero_naming_record(brew_home):
    from basementbrew.commands.audit import app

    log = AuditLog()
    _filled(log, 3)
    runner = CliRunner()
    assert runner.invoke(app, ["verify"]).exit_code == 0
    lines = log.path.read_text().splitlines()
    log.path.write_text("\n".join([lines[0], lines[1].replace('"n":1', '"n":7'), lines[2]]) + "\n")
    result = runner.invoke(app, ["verify"])
    assert result.exit_code == 1 and "record 2" in result.output


def test_cli_danger_on_needs_allow_flag_and_typed_phrase(brew_home):
    from basementbrew.commands.safety import app

    runner = CliRunner()
    refused = runner.invoke(app, ["danger-on"])
    assert refused.exit_code != 0 and isinstance(refused.exception, BrewError)
    wrong = runner.invoke(app, ["danger-on", "--allow-danger"], input="ok\n")
    assert wrong.exit_code != 0 and DANGER_WARNING[:21] in wrong.output
    done = runner.invoke(app, ["danger-on", "--allow-danger"], input=ACCEPTANCE_PHRASE + "\n")
    assert done.exit_code == 0
    assert [r["event"] for r in AuditLog().records()] == ["danger_on"]
    shown = runner.invoke(__import__("basementbrew.commands.audit", fromlist=["app"]).app, ["show"])
    assert "danger_on" in shown.output
