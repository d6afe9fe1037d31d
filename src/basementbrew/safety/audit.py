"""Append-only, hash-chained JSONL audit log for DANGER MODE (and anything else that must be accountable).

Each line is one record: ``seq`` (1-based), ``ts`` (UTC ISO time), ``event``, the event's fields, ``prev``
(the previous record's hash; 64 zeros for the first) and ``hash`` = SHA-256 of the canonical JSON
(sorted keys, no spaces) of the record without ``hash``. A head file beside the log (``danger.head``)
holds the record count and the last hash, rewritten atomically after every append, so cutting records
off the end is detected too. :meth:`AuditLog.verify` names the record number of every problem: edited
(hash mismatch), deleted/inserted/reordered (sequence or ``prev`` mismatch), truncated (fewer records
than the head says), unparseable lines.

This is tamper-*evident*, not tamper-proof: someone who can rewrite both files can forge a new chain.
Copy ``basementbrew audit verify`` output (it prints the head hash) somewhere else to anchor it.
Appends take an exclusive ``flock`` so several server workers can share one log.

Crash recovery: an append writes and fsyncs the log line first, then the head. A crash between the two
leaves exactly one record past the head. When that record is well formed, numbered ``head.count + 1``,
hashes correctly and chains to ``head.last_hash``, :meth:`AuditLog.append` and :meth:`AuditLog.verify`
adopt it (rewrite the head to it) instead of reusing its sequence number or reporting tampering forever.
Anything else past the head (two records, a record that does not chain, a torn line) is not adopted:
``verify`` reports it and ``append`` refuses to extend the log until a person has looked.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_write_text, sub

GENESIS = "0" * 64


def canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def record_hash(record: dict[str, Any]) -> str:
    body = {k: v for k, v in record.items() if k != "hash"}
    return hashlib.sha256(canonical(body).encode("utf-8")).hexdigest()


def default_path() -> Path:
    return sub("audit") / "danger.jsonl"


class AuditLog:
    """The hash-chained log at ``path`` (default ``BREW_HOME/audit/danger.jsonl``)."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.head_path = self.path.with_suffix(".head")
        self.lock_path = self.path.with_suffix(".lock")

    def _head(self) -> dict[str, Any] | None:
        if not self.head_path.is_file():
            return None
        try:
            head = json.loads(self.head_path.read_text(encoding="utf-8"))
        except ValueError:  # not JSON, or not UTF-8
            head = None
        # JSON that is not an object ("5", "[]") is as unreadable as a torn file: a finding, not an AttributeError
        return head if isinstance(head, dict) else {"count": -1, "last_hash": "unreadable"}

    def _tail(self, n: int = 2) -> list[str]:
        """The log's last ``n`` lines (reading only the end of the file), oldest first."""
        if not self.path.is_file():
            return []
        with open(self.path, "rb") as fh:
            end = fh.seek(0, os.SEEK_END)
            pos, tail = end, b""
            while pos > 0 and tail.rstrip(b"\n").count(b"\n") < n:
                pos = max(0, pos - (1 << 14))
                fh.seek(pos)
                tail = fh.read(end - pos)
        lines = tail.rstrip(b"\n").split(b"\n") if tail.strip() else []
        return [x.decode("utf-8", errors="replace") for x in lines[-n:]]

    def _settle_head(self) -> dict[str, Any]:
        """The head, after adopting one crash-orphaned record (see the module docstring). Hold the lock."""
        head = self._head()
        tail = self._tail()
        if head is None:
            if tail:
                raise BrewError(f"{self.path} has records but its head file is missing; run "
                                f"`basementbrew audit verify` and keep the log for inspection")
            return {"count": 0, "last_hash": GENESIS}
        recs = []
        for line in tail:
            try:
                recs.append(json.loads(line))
            except json.JSONDecodeError:
                recs.append(None)
        last = recs[-1] if recs else None
        if not recs and head.get("count") == 0:
            return head
        if isinstance(last, dict) and (last.get("hash"), last.get("seq")) == (head.get("last_hash"), head.get("count")):
            return head
        # exactly one record past the head: the line before it is the head's record (or there is none)
        before = recs[-2] if len(recs) > 1 else None
        one_past = (head.get("count") == 0 and len(recs) == 1) or (
            isinstance(before, dict) and before.get("hash") == head.get("last_hash"))
        if (one_past and isinstance(last, dict) and isinstance(head.get("count"), int)
                and last.get("seq") == head["count"] + 1 and last.get("prev") == head.get("last_hash")
                and last.get("hash") == record_hash(last)):
            head = {"count": last["seq"], "last_hash": last["hash"]}
            atomic_write_text(self.head_path, json.dumps(head))
            return head
        raise BrewError(f"{self.path}: the last record does not match the head file {self.head_path.name}; "
                        f"run `basementbrew audit verify` and keep the log for inspection")

    def _not_files(self) -> list[str]:
        """The audit files that exist but are not regular files (a folder, a socket ...), as messages."""
        return [f"{p} is a directory, not the audit {what}" if p.is_dir() else f"{p} is not a regular file"
                for p, what in ((self.path, "log"), (self.head_path, "head file"), (self.lock_path, "lock file"))
                if p.exists() and not p.is_file()]

    def append(self, event: str, **fields: Any) -> dict[str, Any]:
        """Add one record and move the head; refuses to extend a log whose end does not match its head.

        Every failure is a BrewError naming the file (a folder in the log's place, a read-only file, a full
        disk): callers refuse what they were about to do, and nothing past the head is written when a
        file is checked to be unusable first."""
        if not event or "hash" in fields or "prev" in fields or "seq" in fields:
            raise BrewError("audit records need an event name and may not set seq, prev or hash themselves")
        try:
            return self._append(event, fields)
        except OSError as exc:
            where = exc.filename or self.path
            raise BrewError(f"the audit log could not be written: {where}: {exc.strerror or exc}; fix or move it "
                            f"(`basementbrew audit verify` checks it), nothing was recorded") from None

    def _append(self, event: str, fields: dict[str, Any]) -> dict[str, Any]:
        bad = self._not_files()
        if bad:
            raise BrewError(f"the audit log could not be written: {bad[0]}; move it away (`basementbrew audit "
                            f"verify` checks the log), nothing was recorded")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.lock_path, "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            head = self._settle_head()
            record = {"seq": head["count"] + 1, "ts": datetime.now(UTC).isoformat(timespec="milliseconds"),
                      "event": event, **fields, "prev": head["last_hash"]}
            record["hash"] = record_hash(record)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(canonical(record) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            atomic_write_text(self.head_path, json.dumps({"count": record["seq"], "last_hash": record["hash"]}))
        return record

    def _lines(self) -> list[bytes]:
        """The log's lines as bytes, split at newline bytes only: a record is one line however its fields read
        (``str.splitlines`` would also split at U+2028, U+2029 or U+0085 inside a stored text)."""
        if not self.path.is_file():
            return []
        lines = self.path.read_bytes().split(b"\n")
        return lines[:-1] if lines[-1] == b"" else lines

    def records(self) -> list[dict[str, Any]]:
        """Every parseable record, in file order (a line that is not a UTF-8 JSON object is skipped; verify names
        it)."""
        out = []
        for line in self._lines():
            try:
                rec = json.loads(line.decode("utf-8"))
            except ValueError:  # JSONDecodeError and UnicodeDecodeError
                continue
            if isinstance(rec, dict):
                out.append(rec)
        return out

    def verify(self) -> list[str]:
        """Problems found, each naming a record number; an empty list means the chain is intact.

        A record orphaned by a crash between the log append and the head write is adopted first. A folder (or
        anything but a regular file) where the log or its head should be is a problem too, never "intact"."""
        bad = self._not_files()
        if bad:
            return bad
        if self.path.is_file():
            with open(self.lock_path, "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                with contextlib.suppress(BrewError):  # reported below, record by record
                    self._settle_head()
        problems: list[str] = []
        lines = self._lines()
        prev, last_hash = GENESIS, GENESIS
        for i, line in enumerate(lines, 1):
            try:
                rec = json.loads(line.decode("utf-8"))
            except UnicodeDecodeError:
                problems.append(f"record {i}: not valid UTF-8 (line edited or corrupted)")
                prev = None
                continue
            except json.JSONDecodeError:
                problems.append(f"record {i}: not valid JSON (line edited or corrupted)")
                prev = None
                continue
            if not isinstance(rec, dict):
                problems.append(f"record {i}: not a JSON object (line edited or corrupted)")
                prev = None
                continue
            if rec.get("seq") != i:
                problems.append(f"record {i}: sequence number {rec.get('seq')} where {i} was expected "
                                f"(a record before it was deleted, inserted or reordered)")
            if prev is not None and rec.get("prev") != prev:
                problems.append(f"record {i}: does not chain to record {i - 1} (deleted, inserted or reordered)")
            if rec.get("hash") != record_hash(rec):
                problems.append(f"record {i}: content edited (hash mismatch)")
            prev = last_hash = rec.get("hash")
        head = self._head()
        if head is None:
            if lines:
                problems.append(f"head file {self.head_path.name} is missing ({len(lines)} records in the log)")
        elif head.get("last_hash") == "unreadable":
            problems.append(f"head file {self.head_path.name} is not a JSON object with the record count and last "
                            f"hash (edited or corrupted; {len(lines)} records in the log)")
        elif head.get("count") != len(lines):
            n = head.get("count")
            if isinstance(n, int) and n > len(lines):
                problems.append(f"log truncated: the head records {n} records, the file has {len(lines)}; "
                                f"record {len(lines) + 1} onwards is missing")
            else:
                problems.append(f"head says {n} records, the file has {len(lines)} (head or log edited)")
        elif head.get("last_hash") != last_hash:
            problems.append(f"record {len(lines)}: last hash does not match the head (last record replaced)")
        return problems

    def head_hash(self) -> str:
        head = self._head()
        return head["last_hash"] if head else GENESIS
