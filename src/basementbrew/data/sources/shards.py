"""Raw shards of a scrape and the state that lets a killed scrape continue where it stopped.

Format: gzip-compressed JSONL, one document per line (``id, text, source, url, fetched_at, licence,
title, author, query, sha256, metadata``). Chosen over Parquet for the step that reads them at scale:
processing steps stream one document at a time (datatrove's ``JsonlReader`` and NeMo Curator read
``.jsonl.gz`` shards natively, one task per file), the per-source ``metadata`` is nested and differs by
source (Parquet wants one schema), a shard can be checked with ``zcat | head``, and the text column
dominates the size so columnar reads would save little.

Layout of a scrape in progress, ``datasets/<name>/.scrape-<key>/``::

    docs-00000.jsonl.gz     errors-00000.jsonl.gz     state.json

A shard is written to a dot-temp name and renamed into place; then ``state.json`` (itself written
atomically) lists it. ``state.json`` is the completion marker: a shard it does not list is deleted on
resume, so a half-written or uncommitted shard never looks complete. The state also holds each source's
cursor as of the same commit, and the deferred items (transient first-pass failures waiting for their second
pass, ``pending``). Seen URLs and content hashes are rebuilt from the committed shards, so a
resumed run drops duplicates and does not refetch. On resume, transient error records (those carrying a
``retry`` payload) move back to ``pending`` (their error shard is rewritten without them under a new name,
then ``state.json`` switches to it), so the same command retries them; permanent ones stay. The finished
folder becomes ``v<N>`` (with ``card.json``) through an atomic rename.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from basementbrew.data.document import Document
from basementbrew.data.sources.base import Cursor, ErrorRecord, Item, Resolved, is_transient
from basementbrew.workspace import atomic_write_text

STATE = "state.json"
SHARD_DOCS = 1000  # documents per shard
GZIP_LEVEL = 3  # measured: a third of level 6's CPU for ~25 % larger shards; scraping is CPU-bound
FLUSH_S = 15.0  # commit at least this often, so a kill loses little


def doc_row(doc: Document) -> dict[str, Any]:
    meta = dict(doc.metadata)
    row = {"id": doc.id, "text": doc.text, "source": doc.source, "url": doc.url}
    for key in ("fetched_at", "licence", "title", "author", "query", "sha256"):
        row[key] = meta.pop(key, None)
    row["metadata"] = meta
    return row


def row_doc(row: dict[str, Any]) -> Document:
    meta = dict(row.get("metadata") or {})
    for key in ("fetched_at", "licence", "title", "author", "query", "sha256"):
        meta[key] = row.get(key)
    return Document(row["id"], row["text"], row.get("source", ""), row.get("url"), meta)


def read_shard(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _plain_ascii(row: dict[str, Any]) -> bool:
    """An all-ASCII row encodes the same either way, and json's ASCII path is twice as fast (measured)."""
    return all(v.isascii() for v in (row.get("text") or "", row.get("title") or "", row.get("author") or ""))


def _write_shard(path: Path, rows: list[dict[str, Any]]) -> int:
    tmp = path.with_name(f".{path.name}.tmp")
    with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=GZIP_LEVEL, mtime=0) as fh:
        for r in rows:
            fh.write((json.dumps(r, ensure_ascii=not _plain_ascii(r)) + "\n").encode("utf-8"))
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    return path.stat().st_size


class ShardWriter:
    """The one consumer of every source's items: dedups, counts, writes shards, commits cursors."""

    def __init__(self, folder: Path, shard_docs: int = SHARD_DOCS, flush_s: float = FLUSH_S) -> None:
        self.folder = folder
        self.shard_docs = shard_docs
        self.flush_s = flush_s
        folder.mkdir(parents=True, exist_ok=True)
        state_path = folder / STATE
        self.state: dict[str, Any] = (json.loads(state_path.read_text(encoding="utf-8")) if state_path.is_file()
                                      else {"shards": [], "errors": [], "cursors": {}, "counts": {}})
        self.state.setdefault("pending", {})
        self._lock = threading.Lock()
        self.seen_keys: set[str] = set()
        self.seen_hashes: set[str] = set()
        listed = set(self.state["shards"]) | set(self.state["errors"])
        for f in folder.iterdir():  # anything not committed by state.json is a leftover of a killed run
            if f.name != STATE and f.name not in listed:
                f.unlink()
        for name in self.state["shards"]:
            for row in read_shard(folder / name):
                self.seen_keys.add(row["url"] or row["id"])
                self.seen_keys.add(row["metadata"].get("key", row["id"]))
                self.seen_hashes.add(row["sha256"])
        self.resumed = bool(self.state["shards"] or self.state["errors"])
        self.counts: dict[str, Counter[str]] = {k: Counter(v) for k, v in self.state["counts"].items()}
        self.pending: dict[str, dict[str, dict[str, Any]]] = self.state["pending"]
        self._reopen_transient()
        for name in self.state["errors"]:
            for row in read_shard(folder / name):
                self.seen_keys.add(row["key"])
        self._docs: list[dict[str, Any]] = []
        self._errors: list[dict[str, Any]] = []
        self._cursors: dict[str, Any] = dict(self.state["cursors"])
        self._last = time.monotonic()

    def cursor(self, source: str) -> Any:
        return self.state["cursors"].get(source)

    def seen(self, key: str, pending: bool = True) -> bool:
        with self._lock:
            return key in self.seen_keys or (pending and any(key in p for p in self.pending.values()))

    def deferred(self, source: str) -> list[tuple[str, Any]]:
        """(key, retry payload) of the items of ``source`` waiting for their second pass."""
        with self._lock:
            return [(k, row["retry"]) for k, row in self.pending.get(source, {}).items()]

    def _reopen_transient(self) -> None:
        """Move transient error records of an earlier (interrupted) run back to ``pending`` for another try."""
        kept: list[str] = []
        moved = 0
        for name in self.state["errors"]:
            rows = list(read_shard(self.folder / name))
            again = [r for r in rows if r.get("retry") is not None and is_transient(r["reason"])]
            if not again:
                kept.append(name)
                continue
            for r in again:
                self.pending.setdefault(r["source"], {})[r["key"]] = r
                c = self.counts.setdefault(r["source"], Counter())
                c["errors"] -= 1
                c[f"error:{r['reason']}"] -= 1
                moved += 1
            rest = [r for r in rows if r not in again]
            if rest:
                new = f"errors-{self._next_index(kept):05d}.jsonl.gz"
                _write_shard(self.folder / new, rest)
                kept.append(new)
        if moved:
            old = set(self.state["errors"]) - set(kept)
            self.state = {**self.state, "errors": kept, "pending": self.pending,
                          "counts": {k: {n: v for n, v in c.items() if v} for k, c in self.counts.items()}}
            atomic_write_text(self.folder / STATE, json.dumps(self.state))
            for name in old:
                (self.folder / name).unlink(missing_ok=True)

    def _next_index(self, extra: list[str] | None = None) -> int:
        names = self.state["shards"] + self.state["errors"] + (extra or [])
        return 1 + max((int(n.split("-")[1].split(".")[0]) for n in names), default=-1)

    def add(self, source: str, item: Item) -> None:
        with self._lock:
            c = self.counts.setdefault(source, Counter())
            if isinstance(item, Cursor):
                self._cursors[source] = item.value
            elif isinstance(item, Resolved):
                if self.pending.get(source, {}).pop(item.key, None) is not None:
                    c["retried"] += 1
            elif isinstance(item, ErrorRecord) and item.defer:
                waiting = self.pending.setdefault(source, {})
                if item.key not in self.seen_keys and item.key not in waiting:
                    waiting[item.key] = {"source": source, "key": item.key, "reason": item.reason,
                                         "detail": item.detail, "retry": item.retry, "at": time.time()}
            elif isinstance(item, ErrorRecord):
                if item.key not in self.seen_keys:
                    self.seen_keys.add(item.key)
                    row = {"source": source, "key": item.key, "reason": item.reason, "detail": item.detail,
                           "at": time.time()}
                    if item.retry is not None:
                        row["retry"] = item.retry  # transient: a resumed run tries it again
                    self._errors.append(row)
                    c["errors"] += 1
                    c[f"error:{item.reason}"] += 1
            else:
                key = item.metadata.get("key", item.id)
                sha = item.metadata.get("sha256")
                if not item.text.strip():
                    c["empty"] += 1
                elif (item.url and item.url in self.seen_keys) or key in self.seen_keys or sha in self.seen_hashes:
                    c["duplicates"] += 1
                else:
                    if item.url:
                        self.seen_keys.add(item.url)
                    self.seen_keys.add(key)
                    self.seen_hashes.add(sha)
                    self._docs.append(doc_row(item))
                    c["documents"] += 1
                    c["chars"] += len(item.text)
        if len(self._docs) >= self.shard_docs or time.monotonic() - self._last >= self.flush_s:
            self.commit()

    def commit(self) -> None:
        """Write pending documents and errors as new shards, then record them and the cursors in state.json."""
        with self._lock:
            docs, errors, self._docs, self._errors = self._docs, self._errors, [], []
            cursors = dict(self._cursors)
            counts = {k: dict(v) for k, v in self.counts.items()}
            pending = {k: dict(v) for k, v in self.pending.items() if v}
        n = self._next_index()
        new_shards, new_errors = [], []
        if docs:
            name = f"docs-{n:05d}.jsonl.gz"
            _write_shard(self.folder / name, docs)
            new_shards.append(name)
        if errors:
            name = f"errors-{n:05d}.jsonl.gz"
            _write_shard(self.folder / name, errors)
            new_errors.append(name)
        self.state = {"shards": self.state["shards"] + new_shards, "errors": self.state["errors"] + new_errors,
                      "cursors": cursors, "counts": counts, "pending": pending}
        atomic_write_text(self.folder / STATE, json.dumps(self.state))
        self._last = time.monotonic()

    def give_up_pending(self) -> None:
        """Items still deferred at the end of a finished run (a source without ``retry``) become error records."""
        with self._lock:
            for source, waiting in self.pending.items():
                c = self.counts.setdefault(source, Counter())
                for key, row in waiting.items():
                    if key not in self.seen_keys:
                        self.seen_keys.add(key)
                        self._errors.append(row)
                        c["errors"] += 1
                        c[f"error:{row['reason']}"] += 1
            self.pending.clear()
        self.commit()

    def documents(self) -> Iterator[dict[str, Any]]:
        for name in self.state["shards"]:
            yield from read_shard(self.folder / name)

    def bytes_on_disk(self) -> int:
        return sum((self.folder / n).stat().st_size for n in self.state["shards"] + self.state["errors"])


def remove_state(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (folder / STATE).unlink()
