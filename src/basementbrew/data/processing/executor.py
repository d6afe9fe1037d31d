"""Executors: who runs a build's tasks. Local (in this process, or N worker processes) and Ray.

Both run the same task functions of :mod:`.stages` in the same order of waves (a map wave over shards, then
a global step's reduce wave and its finalize task), so outputs are identical whichever runs them. Worker
processes use the ``spawn`` start method (safe with threads and torch; entry points need no fork guard).
Ray is optional: ``executor: ray`` without ``ray`` installed is a clear error with the install hint; with
``ray_address`` set it joins that cluster (``ray start --head`` on one machine, ``ray start
--address=HEAD:6379`` on the others, every machine with this package installed and the input path readable).

Ctrl-C is the driver's alone: a terminal sends SIGINT to the whole process group, and worker processes that
took it each printed a ``Process SpawnProcess-N`` traceback. Local workers start with SIGINT blocked (the
submitting thread blocks it while the pool spawns them) and ignore it; the driver, interrupted, cancels what
has not started and terminates the workers (every task renames its outputs into place and writes its
``.done`` marker last, so a half-done task is simply redone by the next run, exactly as after SIGKILL).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from basementbrew.errors import BrewError

KILL_ENV = "BREW_BUILD_KILL_AFTER_TASKS"  # crash tests: SIGKILL this process after that many tasks


class Killer:
    """Sends this process SIGKILL after N completed tasks when ``BREW_BUILD_KILL_AFTER_TASKS`` is set."""

    def __init__(self) -> None:
        value = os.environ.get(KILL_ENV, "")
        self.left = int(value) if value.isdigit() else None

    def tick(self) -> None:
        if self.left is None:
            return
        self.left -= 1
        if self.left <= 0:
            os.kill(os.getpid(), signal.SIGKILL)


def _ignore_sigint() -> None:
    """Worker initializer: Ctrl-C stops the build through the driver (see the module docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """SIGINT held back in this thread (children spawned meanwhile inherit the mask); delivered on exit."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class LocalExecutor:
    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self.killer = Killer()
        self.pool: Any = None

    def wave(self, fn: Callable[..., None], calls: Sequence[tuple[Any, ...]]) -> None:
        if self.workers <= 1 or len(calls) <= 1:
            for args in calls:
                fn(*args)
                self.killer.tick()
            return
        if self.pool is None:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            self.pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                            initializer=_ignore_sigint)
        with _sigint_blocked():  # submit spawns the workers
            futures = [self.pool.submit(fn, *args) for args in calls]
        try:
            for fut in futures:
                fut.result()
                self.killer.tick()
        except BaseException:  # Ctrl-C or a failed task: nothing else of this wave runs
            self.abort()
            raise

    def abort(self) -> None:
        """Stop now: cancel queued tasks and terminate the workers (their tasks are redone on resume)."""
        if self.pool is None:
            return
        processes = list((getattr(self.pool, "_processes", None) or {}).values())
        self.pool.shutdown(wait=False, cancel_futures=True)
        for proc in processes:
            proc.terminate()
        for proc in processes:
            proc.join(timeout=10)
        self.pool = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()


class RayExecutor:
    def __init__(self, address: str | None, workers: int) -> None:
        try:
            import ray
        except ImportError:
            raise BrewError("executor: ray needs Ray: pip install ray==2.60.0 (or .[ray]); or set executor: local") \
                from None
        self.ray = ray
        self.started = False
        if not ray.is_initialized():
            import sys

            path = os.pathsep.join(p for p in sys.path if p)  # workers import this package as the driver does
            ray.init(address=address, num_cpus=None if address else workers, include_dashboard=False,
                     log_to_driver=False, runtime_env=None if address else {"env_vars": {"PYTHONPATH": path}})
            self.started = True
        self.killer = Killer()

    def wave(self, fn: Callable[..., None], calls: Sequence[tuple[Any, ...]]) -> None:
        remote = self.ray.remote(fn)
        for ref in [remote.remote(*args) for args in calls]:
            self.ray.get(ref)
            self.killer.tick()

    def close(self) -> None:
        if self.started:  # a Ray we started ends with the build; a cluster we joined keeps running
            self.ray.shutdown()


def make(kind: str, workers: int, address: str | None = None) -> LocalExecutor | RayExecutor:
    return RayExecutor(address, workers) if kind == "ray" else LocalExecutor(workers)
