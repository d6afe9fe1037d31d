"""Reading the DANGER MODE audit log back (`audit verify`, `audit show`, the cockpit's list): a record is one
``\\n``-terminated line, whatever Unicode its fields hold, and a corrupted byte is a finding, not a crash."""

from __future__ import annotations

import pytest

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
