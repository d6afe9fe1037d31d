"""Reading the DANGER MODE audit log back (`audit verify`, `audit show`, the cockpit's list): a record is one
``\\n``-terminated line, whatever Unicode its fields hold, and a corrupted byte is a finding, not a crash."""

from __future__ import annotations

import pytest

from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog
from basementbrew.safety.danger import ACCEPTANCE_PHRASE, DangerMode
from cli_helpers import run_cli


@pytest.fixture
def log(brew_home) -> AuditLog:
    return AuditLog()


@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85"])
def test_consent_typed_with_a_unicode_line_separator_leaves_an_intact_log(log, sep, monkeypatch, capsys):
    """The acceptance is compared with its whitespace collapsed, so "accept<U+2028>responsibility" is consent,
    and the record keeps the text as typed. The log must still read back as one record per line."""
    mode = DangerMode(log, allowed=True)
    mode.grant(api_key=None, client="cli", accepted_text=ACCEPTANCE_PHRASE.replace(" ", sep, 1))
    mode.grant(api_key=None, client="cli", accepted_text=ACCEPTANCE_PHRASE)
    assert log.verify() == []
    assert [r["event"] for r in log.records()] == ["danger_on", "danger_on"]
    assert log.records()[0]["consent_text"] == ACCEPTANCE_PHRASE.replace(" ", sep, 1)
    code, out = run_cli(["audit", "verify"], monkeypatch, capsys)
    assert code == 0 and "ok: 2 records" in out


def test_a_non_utf8_byte_in_the_log_is_a_finding_naming_the_record(log, monkeypatch, capsys):
    mode = DangerMode(log, allowed=True)
    for _ in range(3):
        mode.grant(api_key=None, client="cli", accepted_text=ACCEPTANCE_PHRASE)
    lines = log.path.read_bytes().split(b"\n")
    lines[1] = lines[1].replace(b'"cli"', b'"cl\xff"', 1)
    log.path.write_bytes(b"\n".join(lines))
    code, out = run_cli(["audit", "verify"], monkeypatch, capsys)
    assert code == 1 and "Traceback" not in out
    assert "record 2: not valid" in out and "record 1" not in out and "record 3" not in out
    code, out = run_cli(["audit", "show"], monkeypatch, capsys)
    assert code == 0 and "Traceback" not in out
    assert [r["seq"] for r in log.records()] == [1, 3]


@pytest.mark.parametrize("line", [b"[1, 2]", b'"danger_on"', b"42", b"null"])
def test_a_json_line_that_is_not_an_object_is_a_finding_not_a_traceback(log, line, monkeypatch, capsys):
    """A record line edited into valid JSON that is not an object (a list, a string, a number) crashed `audit
    verify` and `audit show` with AttributeError: 'list' object has no attribute 'get'."""
    mode = DangerMode(log, allowed=True)
    for _ in range(3):
        mode.grant(api_key=None, client="cli", accepted_text=ACCEPTANCE_PHRASE)
    lines = log.path.read_bytes().split(b"\n")
    lines[1] = line
    log.path.write_bytes(b"\n".join(lines))
    code, out = run_cli(["audit", "verify"], monkeypatch, capsys)
    assert code == 1 and "Traceback" not in out
    assert "record 2: not a JSON object" in out and "record 1" not in out
    code, out = run_cli(["audit", "show"], monkeypatch, capsys)
    assert code == 0 and "Traceback" not in out
    assert [r["seq"] for r in log.records()] == [1, 3]


@pytest.mark.parametrize("head", ["5", "[]", '"x"', "null"])
def test_a_head_file_that_is_not_a_json_object_is_a_finding_and_blocks_appends(log, head, monkeypatch, capsys):
    """A head file holding JSON that is not an object crashed `audit verify` and every append (so `safety danger-on`
    and a danger-mode request) with AttributeError; it is named, and nothing is appended past it."""
    mode = DangerMode(log, allowed=True)
    mode.grant(api_key=None, client="cli", accepted_text=ACCEPTANCE_PHRASE)
    before = log.path.read_bytes()
    log.head_path.write_text(head)
    code, out = run_cli(["audit", "verify"], monkeypatch, capsys)
    assert code == 1 and "Traceback" not in out
    assert "head file danger.head is not a JSON object" in out
    with pytest.raises(BrewError, match="does not match the head file"):
        log.append("danger_use", client="x")
    assert log.path.read_bytes() == before


@pytest.mark.parametrize("expires", [10**20, -(10**14)])
def test_an_expiry_no_date_can_hold_is_listed_not_a_traceback(log, expires, monkeypatch, capsys):
    """`audit show` on a record whose "expires" was edited to 10**20 ended with OverflowError (-10**14: ValueError,
    year out of range); it lists every record and verify names the edit."""
    import json

    mode = DangerMode(log, allowed=True)
    for _ in range(2):
        mode.grant(api_key=None, client="cli", accepted_text=ACCEPTANCE_PHRASE)
    lines = log.path.read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[0])
    rec["expires"] = expires
    lines[0] = json.dumps(rec)
    log.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out = run_cli(["audit", "show"], monkeypatch, capsys)
    assert code == 0 and "Traceback" not in out
    assert "(not a date)" in out and out.count("danger_on") == 2
    code, out = run_cli(["audit", "verify"], monkeypatch, capsys)
    assert code == 1 and "record 1: content edited" in out
