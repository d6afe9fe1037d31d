"""The intent encoder's forward thread: one thread runs every forward and batches what queued while it ran.

Why (:class:`ForwardBatcher`; moved here from :mod:`basementbrew.safety.intent` in issue 11's twenty-seventh
round): a server scans each request in its own worker thread; behind the lock the encoder used to hold, those
scans ran one forward at a time, so when 8 requests with texts the n-grams do not clear arrive together, the
eighth waited for seven forwards. Now the requests that arrive while a forward runs go into the next one together, and a
request that finds the thread idle starts at once (no waiting window: batching only happens under load).
``benchmarks/scan_batching.py`` (N threads scanning at once, serial vs batched in one process, alternating): on
a GPU box's 16 cores (an H200 machine, ``benchmarks/results/scan_batching-2026-11-28-nvidia-h200.json``, cap 16)
p50 / p99 latency went to 0.66 / 0.41 of serial at 8 short asks, 0.58 / 0.33 at 16, 0.40 / 0.28 at 16 long
pastes (two windows each); one scan alone 1.12 / 0.91 (noise). On 2 busy cores a batch costs about what its
forwards cost apart, so everyone waits for the whole batch: cap 16 took p50 at 8 long pastes to 1.39x (p99
0.74x) while cap 4 held it at 1.00x (p99 0.85x; short asks 0.54x / 0.43x). Hence :func:`batch_cap`: twice the
torch threads, 4 to 16. The thread starts on first use and again in a forked child, whose copy of it would not run.

Also here: :class:`RecentRows`, the encoder's cache of pooled rows (filled by a text's batched readings), and
:func:`heap_trim`, which hands the memory a forward freed back to the OS once no request waits.
"""

from __future__ import annotations

import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from functools import cache
from typing import Any

MAX_BATCH = 16  # most windows in one forward (fewer on few cores: :func:`batch_cap`); the rest wait for the next

__all__ = ["MAX_BATCH", "ForwardBatcher", "RecentRows", "batch_cap", "heap_trim"]


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None where the C library has none (musl, macOS, Windows)."""
    import ctypes
    import ctypes.util

    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None
    trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
    return trim


def heap_trim() -> None:
    """Hand the heap's free memory back to the OS (glibc), after a forward when no request waits.

    Why (measured in issue 11's twenty-fourth round): glibc raises its mmap threshold as large blocks are freed,
    so a forward's activations (a batch of 16 windows: tens of MB) come from the heap afterwards and stay resident
    when freed. In ``benchmarks/safety_latency.py``'s stand-in for a serving process, the scanners held +132 MB
    after scanning its probes one at a time, but +355 MB once the encoder had run every window length at batch
    sizes up to 16 (many queued requests; issue 11 allows the scanners 150). Trimming here, on the forward thread
    once its callers have their rows and only when no request waits, the same run holds +164 (+142 at a 2-core
    box's batch cap of 4) at no measurable cost to scan latency (p50 1.01x, one process alternating). Those reads
    raced the trim (RSS read as the caller got its rows, before the thread trimmed); read once the thread is idle,
    +146 MB in float and +127-132 in the int8 arithmetic that followed (twenty-seventh round)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def batch_cap(threads: int) -> int:
    """Most windows in one forward for a process with ``threads`` torch threads (module docstring: measured at
    2 and 16 cores)."""
    return min(MAX_BATCH, max(4, 2 * threads))


class ForwardBatcher:
    """Runs ``forward(windows) -> rows`` (one row per window) on a single thread of its own: each
    :meth:`submit` queues a request's windows, and the thread takes every request queued since its last forward
    (up to :data:`MAX_BATCH` windows; one request's windows are never split) into one call, then hands each
    request its rows. A failed forward fails every request in it, and the thread goes on. When no request waits
    after a forward, the thread hands the memory it freed back to the OS (:func:`heap_trim`)."""

    def __init__(self, forward: Callable[[list[list[int]]], Any], max_batch: int = MAX_BATCH) -> None:
        self._forward = forward
        self._max_batch = max_batch
        self._start = threading.Lock()
        self._queue: queue.SimpleQueue[tuple[list[list[int]], Future[Any]]] = queue.SimpleQueue()
        self._pid: int | None = None
        self.forwards = 0  # calls made, and windows read, for benchmarks and tests
        self.windows = 0

    @property
    def max_batch(self) -> int:
        """Most windows in one forward (a request with more runs alone)."""
        return self._max_batch

    def submit(self, windows: list[list[int]]) -> Future[Any]:
        """Queue one request's windows; the future's result holds their rows, in order."""
        if self._pid != os.getpid():  # first use, or a forked child: its copy of the thread does not run
            with self._start:
                if self._pid != os.getpid():
                    self._queue = queue.SimpleQueue()
                    threading.Thread(target=self._loop, args=(self._queue,), name="brew-intent-encoder",
                                     daemon=True).start()
                    self._pid = os.getpid()
        future: Future[Any] = Future()
        self._queue.put((windows, future))
        return future

    def __call__(self, windows: list[list[int]]) -> Any:
        return self.submit(windows).result()

    def _loop(self, jobs: queue.SimpleQueue[tuple[list[list[int]], Future[Any]]]) -> None:
        held: tuple[list[list[int]], Future[Any]] | None = None
        while True:
            batch = [held or jobs.get()]
            held = None
            size = len(batch[0][0])
            while size < self._max_batch:
                try:
                    job = jobs.get_nowait()
                except queue.Empty:
                    break
                if size + len(job[0]) > self._max_batch:
                    held = job  # first in the next forward
                    break
                batch.append(job)
                size += len(job[0])
            try:
                rows = self._forward([w for windows, _ in batch for w in windows])
            except BaseException as exc:  # handed to every caller of this forward
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self.forwards += 1
            self.windows += size
            start = 0
            for windows, future in batch:
                future.set_result(rows[start : start + len(windows)])
                start += len(windows)
            if held is None and jobs.empty():  # idle: the memory that forward freed goes back (:func:`heap_trim`)
                heap_trim()


class RecentRows:
    """A thread-safe least-recently-used map of text -> pooled rows (``functools.lru_cache`` cannot be filled
    from outside the call, which :meth:`IntentEncoder.read_all` needs); ``misses`` counts texts forwarded."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._rows: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()
        self.misses = 0

    def get(self, text: str) -> Any | None:
        with self._lock:
            rows = self._rows.get(text)
            if rows is not None:
                self._rows.move_to_end(text)
            return rows

    def put(self, text: str, rows: Any) -> None:
        with self._lock:
            self.misses += 1
            self._rows[text] = rows
            self._rows.move_to_end(text)
            while len(self._rows) > self._size:
                self._rows.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._rows.clear()
