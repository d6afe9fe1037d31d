"""The audit log survives a crash between the log append and the head write, and nothing more than that."""

from __future__ import annotations

import json

import pytest

from basementbrew.errors import BrewError
from basementbrew.safety.audit import AuditLog, canonical, record_hash


@pytest.fixture
def log(tmp_path) -> AuditLog:
    log = AuditLog(tmp_path / "audit" / "danger.jsonl")
    for i in range(3):
        log.append("danger_use", n=i)
    return log


def crash_after_log_write(log: AuditLog, prev: dict | None = None, **fields) -> dict:
    """What append does up to the fsynced line, then the process dies before the head is rewritten."""
    head = json.loads(log.head_path.read_text())
    seq, last = (prev["seq"], prev["hash"]) if prev else (head["count"], head["last_hash"])
    rec = {"seq": seq + 1, "ts": "2026-01-01T00:00:00.000+00:00", "event": "danger_use", **fields, "prev": last}
    rec["hash"] = record_hash(rec)
    with open(log.path, "a", encoding="utf-8") as fh:
        fh.write(canonical(rec) + "\n")
    return rec


def test_crash_orphaned_record_adopted_by_next_append(log):
    orphan = crash_after_log_write(log, n=3)
    new = log.append("danger_use", n=4)
    assert new["seq"] == orphan["seq"] + 1 and new["prev"] == orphan["hash"]
    assert log.verify() == []


def test_crash_orphaned_record_adopted_by_verify(log):
    orphan = crash_after_log_write(log, n=3)
    assert log.verify() == []
    assert log.head_hash() == orphan["hash"]


def test_two_records_past_head_are_not_adopted(log):
    first = crash_after_log_write(log, n=3)
    crash_after_log_write(log, first, n=4)  # a correct chain, but a crash only ever leaves one record
    with pytest.raises(BrewError, match="does not match the head"):
        log.append("danger_use", n=5)
    assert any("head says 3 records, the file has 5" in p for p in log.verify())


def test_duplicate_of_the_orphan_slot_is_not_adopted(log):
    crash_after_log_write(log, n=3)
    crash_after_log_write(log, n=33)  # same seq and prev as the first: one of them was inserted
    with pytest.raises(BrewError, match="does not match the head"):
        log.append("danger_use", n=5)
    assert any(p.startswith("record 5: sequence number 4") for p in log.verify())


def test_record_past_head_that_does_not_chain_is_not_adopted(log):
    head = json.loads(log.head_path.read_text())
    rec = {"seq": head["count"] + 1, "ts": "x", "event": "danger_use", "prev": "f" * 64}
    rec["hash"] = record_hash(rec)
    with open(log.path, "a", encoding="utf-8") as fh:
        fh.write(canonical(rec) + "\n")
    with pytest.raises(BrewError, match="does not match the head"):
        log.append("danger_use", n=9)
    assert any(p.startswith("record 4:") and "chain" in p for p in log.verify())
