"""Run a scrape: every configured source in its own thread, one shard writer, one raw dataset version.

The workflow reads top to bottom in :func:`run`: open (or resume) the run folder, start the shared polite
client and the extractor pool, run the sources in parallel (each pushes documents, error records and
cursors into one queue), commit the last shards, and publish the folder as the next version of the raw
dataset (``kind: raw`` in its card). A source that finishes records that in its cursor, so a resumed run
skips it (unless deferred items wait for their second pass: transient failures, see
:mod:`basementbrew.data.sources.base`); a source that crashes becomes one error record and the others go
on. Ctrl-C stops the sources, commits what was fetched and leaves the run resumable: the stop event is set
where the interrupt lands (inside the source pool, whose exit waits for the sources), the polite client stops
waiting for host turns (:class:`~basementbrew.data.http.Stopped`), and the extraction workers ignore the
terminal's SIGINT, so the run ends within seconds whether Ctrl-C reached the whole process group or the
main process only.
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.data.http import PoliteClient, Stopped
from basementbrew.data.sources.base import Context
from basementbrew.data.sources.extract import Extractor
from basementbrew.data.sources.shards import STATE, ShardWriter
from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_write_text, sub

DONE = "__done__"
Progress = Callable[[str, dict[str, int], bool], None]  # (source, counts, finished)


@dataclass
class ScrapeResult:
    ref: str | None  # name@vN once published; None when interrupted
    path: Path
    counts: dict[str, dict[str, int]]
    http: dict[str, int]
    bytes_on_disk: int
    seconds: float
    resumed: bool


def source_names(cfg: Any) -> list[str]:
    names, used = [], set()
    for src in cfg.sources:
        base = src.name or src.kind
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}-{n}"
        used.add(name)
        names.append(name)
    return names


def run_key(cfg: Any) -> str:
    """Same config, same run folder: what makes the same command resume."""
    data = cfg.model_dump(mode="json", exclude={"workers", "flush_s"})
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:12]


def run(cfg: Any, progress: Progress | None = None, stop: threading.Event | None = None) -> ScrapeResult:
    started = time.monotonic()
    stop = stop or threading.Event()
    registry = _registry()
    folder = sub("datasets") / cfg.name / f".scrape-{run_key(cfg)}"
    lock = _lock(folder)  # one process per run folder; the OS drops the lock when the process dies (kill -9)
    writer = ShardWriter(folder, cfg.shard_docs, cfg.flush_s)
    atomic_write_text(folder.parent / f"{folder.name}.config.json", cfg.model_dump_json(indent=2))
    names = source_names(cfg)
    items: queue.Queue[Any] = queue.Queue(maxsize=10_000)
    client = PoliteClient(cfg.http.settings(sub("cache") / "http"), stop=stop)
    extractor = Extractor(cfg.workers, cfg.extract_timeout_s)

    def consume() -> None:
        last = 0.0
        while True:
            got = items.get()
            if got is None:
                break
            name, item = got
            if isinstance(item, threading.Event):  # a source waits until its items so far are in the writer
                item.set()
                continue
            writer.add(name, item)
            if progress and time.monotonic() - last > 0.2:
                last = time.monotonic()
                progress(name, dict(writer.counts.get(name, {})), False)
        writer.commit()

    def one(i: int) -> None:
        name, src_cfg = names[i], cfg.sources[i]
        cursor = writer.cursor(name)
        finished = isinstance(cursor, dict) and bool(cursor.get(DONE))
        if finished and not writer.deferred(name):
            return
        already = writer.counts.get(name, {}).get("documents", 0)
        ctx = Context(name, client, extractor, lambda n, it: items.put((n, it)), writer.seen, cursor,
                      src_cfg.limit, stop)
        ctx.emitted = already
        source = registry[src_cfg.kind][1](src_cfg)
        source.name = name
        try:
            if not finished:
                source.scrape(ctx)
            second_pass(ctx, source)
        except Stopped:  # Ctrl-C: the cursor committed so far is where a resumed run continues
            return
        except Exception as exc:  # one broken source (a bug, an API that changed) must not end the others
            ctx.error(f"{name}:source", "source failed", f"{type(exc).__name__}: {exc}")
        if not stop.is_set():
            ctx.checkpoint({DONE: True})

    def second_pass(ctx: Context, source: Any) -> None:
        """The deferred (transient) failures once more, now that the rest of the source is done."""
        drained = threading.Event()
        items.put((ctx.name, drained))  # the first pass's deferrals are still in the queue
        while not drained.wait(0.5):
            if not consumer.is_alive():  # the writer failed: nothing more will be stored
                return
        waiting = writer.deferred(ctx.name) if not stop.is_set() else []
        if not waiting or not hasattr(source, "retry"):
            return
        ctx.final = True
        source.retry(ctx, [payload for _, payload in waiting])
        if not stop.is_set():
            for key, _ in waiting:  # after the retried items' own records, so a kill never loses one
                ctx.resolved(key)

    consumer = threading.Thread(target=consume, name="shard-writer")
    consumer.start()
    interrupted = False
    try:
        with ThreadPoolExecutor(len(names), thread_name_prefix="source") as pool:
            futures = [pool.submit(one, i) for i in range(len(names))]
            try:
                for fut in futures:
                    while not fut.done():
                        try:
                            fut.result(timeout=0.5)
                        except TimeoutError:
                            continue
            except KeyboardInterrupt:  # here, not outside the pool: its exit waits until every source ends
                stop.set()
                interrupted = True
    except KeyboardInterrupt:  # a second Ctrl-C while the sources wind down
        stop.set()
        interrupted = True
    finally:
        items.put(None)
        consumer.join()
        if not stop.is_set():
            writer.give_up_pending()  # a source without a second pass: its deferred failures are errors now
        extractor.close()
        client.close()
        counts = {n: dict(writer.counts.get(n, {})) for n in names}
        if progress:
            for n in names:
                progress(n, counts[n], True)
    if interrupted:
        lock.close()
        raise KeyboardInterrupt
    ref = None if stop.is_set() else _publish(cfg, folder, writer, names)
    lock.close()
    path = folder if ref is None else sub("datasets") / cfg.name / f"v{ref.rsplit('@v', 1)[1]}"
    return ScrapeResult(ref, path, counts, dict(client.stats), _size(path), time.monotonic() - started,
                        writer.resumed)


def _lock(folder: Path) -> Any:
    import fcntl

    folder.parent.mkdir(parents=True, exist_ok=True)
    fh = open(folder.parent / f"{folder.name}.lock", "w")  # noqa: SIM115 (held for the whole run)
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        fh.close()
        raise BrewError(f"another basementbrew scrape of this config is writing {folder}; wait for it or stop it "
                        "(the same command resumes)") from None
    return fh


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.glob("*.jsonl.gz")) if path.is_dir() else 0


def _publish(cfg: Any, folder: Path, writer: ShardWriter, names: list[str]) -> str:
    """Write the card and rename the run folder to the next free ``v<N>`` (never over an existing one)."""
    from basementbrew.data import store

    h = hashlib.sha256()
    for shard in writer.state["shards"]:
        h.update(hashlib.sha256((folder / shard).read_bytes()).digest())
    counts = {n: dict(writer.counts.get(n, {})) for n in names}
    card = {"name": cfg.name, "kind": "raw", "format": "jsonl.gz", "source": "scrape: " + ", ".join(names),
            "sha256": h.hexdigest(), "created": time.time(),
            "documents": sum(c.get("documents", 0) for c in counts.values()),
            "errors": sum(c.get("errors", 0) for c in counts.values()),
            "duplicates": sum(c.get("duplicates", 0) for c in counts.values()),
            "bytes": writer.bytes_on_disk(), "shards": writer.state["shards"],
            "error_shards": writer.state["errors"], "sources": counts,
            "config": cfg.model_dump(mode="json"), "splits": {}}
    while True:
        existing = store.versions(cfg.name)
        number = (existing[-1].version + 1) if existing else 1
        card["version"] = number
        atomic_write_text(folder / "card.json", json.dumps(card, indent=2))
        final = folder.parent / f"v{number}"
        try:
            os.rename(folder, final)  # refuses a non-empty target: another writer took that number
        except OSError:
            if final.exists():
                continue
            raise
        (final / STATE).unlink(missing_ok=True)
        (folder.parent / f"{folder.name}.config.json").unlink(missing_ok=True)
        (folder.parent / f"{folder.name}.lock").unlink(missing_ok=True)
        return f"{cfg.name}@v{number}"


def _registry() -> dict:
    from basementbrew.data.sources.registry import load_registry  # imports every source module: only when used

    return load_registry()
