"""The source contract: a :class:`Source` is anything with a ``name`` and ``scrape(ctx)``; a registry names them.

A source pushes what it finds into its :class:`Context`: ``ctx.emit(doc)`` for a document,
``ctx.error(key, reason)`` for an item that failed (the scrape goes on), ``ctx.checkpoint(cursor)`` for
where to continue after an interruption. ``ctx.cursor`` is the last committed cursor and ``ctx.seen(key)``
tells whether a URL or id is already stored (or failed) in this run, so a resumed source neither
duplicates nor refetches. Everything goes through one queue to the shard writer
(:mod:`basementbrew.data.sources.shards`), which keeps the order, so a cursor is committed only together
with the documents that came before it.

Transient failures (timeouts, refused connections, 429 and 5xx after the client's own retries) get a
second pass: ``ctx.fail(key, exc, retry=payload)`` with a JSON payload that says how to redo the item
defers it (kept in the run's state, not yet an error record); when the source's first pass is over the
runner hands every deferred payload to ``source.retry(ctx, payloads)``, and what fails then becomes an
error record. A resumed run retries both the deferred items and the transient error records (those with a
payload), never permanent ones (404, parse errors). During the second pass ``ctx.seen`` no longer counts
deferred keys, so the source refetches them.

Each source module defines a pydantic config (``kind`` is its registry key) and a class built from it;
:data:`REGISTRY` maps the key to both. Configs are data: a user names a source by key, never by import path.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from pydantic import BaseModel, ConfigDict, Field

from basementbrew.data.document import Document
from basementbrew.data.http import FetchError, PoliteClient


class SourceConfig(BaseModel):
    """Fields every source has; each module subclasses it with a ``kind: Literal[...]``."""

    model_config = ConfigDict(extra="forbid")

    name: str | None = None  # label in progress/summary (default: the kind, numbered when repeated)
    limit: int | None = Field(None, ge=1)  # most documents this source emits (None: no limit)


class Source(Protocol):
    """One place documents come from; ``scrape`` returns when done or when ``ctx.stopped``."""

    name: str

    def scrape(self, ctx: Context) -> None: ...


TRANSIENT = frozenset({"timeout", "connection", "dns", "rate limited", "status 429"})


def is_transient(reason: str) -> bool:
    """Worth another try later in the run or on resume: network trouble, throttling, server errors."""
    return reason in TRANSIENT or (reason.startswith("status 5") and len(reason) == 10)


@dataclass(frozen=True)
class ErrorRecord:
    """An item that could not be turned into a document, and why (``retry``: how to redo it, if transient)."""

    key: str
    reason: str
    detail: str = ""
    retry: Any = None
    defer: bool = False  # a first-pass transient failure: kept for the second pass, not yet an error


@dataclass(frozen=True)
class Resolved:
    """A deferred item went through its second pass (as a document, an error record or a duplicate)."""

    key: str


@dataclass(frozen=True)
class Cursor:
    value: Any


Item = Document | ErrorRecord | Cursor | Resolved


class Context:
    """What a source sees of the run: the polite client, the extractor pool, the cursor, the output queue."""

    def __init__(self, name: str, client: PoliteClient, extractor: Any, put: Callable[[str, Item], None],
                 seen: Callable[[str, bool], bool], cursor: Any, limit: int | None, stop: threading.Event) -> None:
        self.name = name
        self.client = client
        self.extractor = extractor
        self.cursor = cursor
        self.limit = limit
        self._put = put
        self._seen = seen
        self._stop = stop
        self.emitted = 0
        self.final = False  # the second pass: transient failures become error records


    @property
    def interrupted(self) -> bool:
        """The run is stopping (Ctrl-C): an item cut short must not be checkpointed as done."""
        return self._stop.is_set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set() or (self.limit is not None and self.emitted >= self.limit)

    def seen(self, key: str) -> bool:
        """Stored or failed for good; in the first pass also deferred for the second."""
        return self._seen(key, not self.final)

    def emit(self, doc: Document) -> None:
        """Queue a document, unless the source's ``limit`` is reached. A run that is stopping (Ctrl-C) still
        takes it: the source checkpoints the item as done right after, and the writer commits both."""
        if self.limit is not None and self.emitted >= self.limit:
            return
        self.emitted += 1
        self._put(self.name, doc)

    def error(self, key: str, reason: str, detail: str = "", retry: Any = None) -> bool:
        """Record a failed item; ``True`` when it was deferred to the second pass (nothing to emit now)."""
        transient = retry is not None and is_transient(reason)
        defer = transient and not self.final
        self._put(self.name, ErrorRecord(key, reason, detail[:500], retry if transient else None, defer))
        return defer

    def fail(self, key: str, exc: Exception, retry: Any = None) -> bool:
        """An exception as an error record: FetchError's reason, or the exception type for parse errors.

        ``retry``: a JSON payload for ``source.retry`` to redo the item; a transient failure with one is
        deferred (returns ``True``) in the first pass.
        """
        if isinstance(exc, FetchError):
            return self.error(key, exc.reason, exc.detail, retry)
        detail = getattr(exc, "detail", None)  # ExtractError's str() starts with its reason: not said twice
        return self.error(key, getattr(exc, "reason", type(exc).__name__), str(exc) if detail is None else detail,
                          retry)

    def resolved(self, key: str) -> None:
        """A deferred item had its second pass (sent after whatever that pass recorded for it)."""
        self._put(self.name, Resolved(key))

    def checkpoint(self, cursor: Any) -> None:
        self._put(self.name, Cursor(cursor))


def content_hash(text: str) -> str:
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def make_doc(source: str, key: str, text: str, *, url: str | None = None, title: str | None = None,
             author: str | None = None, licence: str | None = None, query: str | None = None,
             **extra: Any) -> Document:
    """A raw document with the provenance every source records (``key`` is its stable id within the source)."""
    meta = {"fetched_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "licence": licence,
            "title": title, "author": author, "query": query, "sha256": content_hash(text)}
    meta.update({k: v for k, v in extra.items() if v is not None})
    doc_id = f"{source}:{hashlib.sha1(key.encode()).hexdigest()[:16]}"
    return Document(doc_id, text, source, url, {**meta, "key": key})


REGISTRY: dict[str, tuple[type[SourceConfig], Callable[[Any], Source]]] = {}


def register(kind: str, config: type[SourceConfig], factory: Callable[[Any], Source]) -> None:
    REGISTRY[kind] = (config, factory)


def first_text(parts: Iterable[str | None]) -> str:
    return "\n\n".join(p.strip() for p in parts if p and p.strip())
