"""The DANGER MODE audit files in a state they cannot be used in (a folder where the log, its head or the
signing key should be; a log path that does not exist): the CLI says so in one line (exit 2) and changes
nothing, and `audit verify` never calls a log it could not read "ok"."""

from __future__ import annotations

import pytest

from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE
from cli_helpers import run_cli


@pytest.fixture
def log(brew_home) -> AuditLog:
    return AuditLog()


@pytest.mark.parametrize("which", ["path", "head_path", "lock_path"])
def test_danger_on_with_a_folder_in_place_of_an_audit_file_is_one_line(log, which, monkeypatch, capsys):
    getattr(log, which).mkdir(parents=True)
    code, out = run_cli(["safety", "danger-on", "--allow-danger"], monkeypatch, capsys, stdin=ACCEPTANCE_PHRASE)
    assert code == 2 and "Traceback" not in out
    assert str(getattr(log, which)) in out and "is a directory" in out
    assert "eyJ" not in out  # no token was printed
    assert log.records() == []  # nothing written that the head does not cover


def test_verify_of_a_folder_in_place_of_the_log_is_not_ok(log, monkeypatch, capsys):
    log.path.mkdir(parents=True)
    code, out = run_cli(["audit", "verify"], monkeypatch, capsys)
    assert code == 1 and "ok:" not in out and "is a directory" in out


def test_verify_of_a_log_path_that_does_not_exist_is_not_ok(brew_home, tmp_path, monkeypatch, capsys):
    code, out = run_cli(["audit", "verify", "--path", str(tmp_path / "typo.jsonl")], monkeypatch, capsys)
    assert code == 2 and "ok:" not in out and "typo.jsonl" in out and "Traceback" not in out


def test_a_folder_in_place_of_the_signing_key_writes_no_activation(log, monkeypatch, capsys):
    log.path.with_suffix(".key").mkdir(parents=True)
    code, out = run_cli(["safety", "danger-on", "--allow-danger"], monkeypatch, capsys, stdin=ACCEPTANCE_PHRASE)
    assert code == 2 and "Traceback" not in out and "danger.key" in out
    assert log.records() == []  # no danger_on record for a consent that produced no token


def test_a_write_the_os_refuses_is_a_brew_error_naming_the_file(log, monkeypatch):
    """A read-only file or a full disk (root ignores mode bits, so the refusal is simulated)."""
    def refuse(path, text):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("basementbrew.safety.audit.atomic_write_text", refuse)
    with pytest.raises(BrewError, match=r"could not be written: .*danger\.head: Permission denied"):
        log.append("danger_use", job_id="x")
