"""The encoder's forward thread (safety/batcher.py): batching, failures, forks, the cap and heap trims; no model."""

from __future__ import annotations

import os
import platform
import threading
import time

import pytest

from basementbrew.safety import batcher as batching


def test_the_batcher_groups_what_queued_while_it_ran_and_keeps_each_requests_rows_in_order():
    running, release = threading.Event(), threading.Event()

    def forward(windows: list[list[int]]) -> list[int]:
        running.set()
        assert release.wait(timeout=10)
        return [2 * w[0] for w in windows]

    batcher = batching.ForwardBatcher(forward, max_batch=4)
    first = batcher.submit([[1]])
    assert running.wait(timeout=10)  # the thread runs the first request alone
    queued = [batcher.submit([[10 * i], [10 * i + 1]]) for i in range(1, 4)]  # 6 windows wait meanwhile
    release.set()
    assert first.result(timeout=10) == [2]
    assert [f.result(timeout=10) for f in queued] == [[20, 22], [40, 42], [60, 62]]
    # then at most 4 windows a forward, a request's windows never split: 2 + 2, then 2
    assert batcher.forwards == 3 and batcher.windows == 7


def test_a_failed_forward_fails_its_callers_and_the_thread_goes_on():
    def forward(windows: list[list[int]]) -> list[int]:
        if any(w == [0] for w in windows):
            raise ValueError("bad window")
        return [w[0] for w in windows]

    batcher = batching.ForwardBatcher(forward)
    with pytest.raises(ValueError, match="bad window"):
        batcher([[0]])
    assert batcher([[7], [8]]) == [7, 8]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_forked_child_starts_its_own_forward_thread():
    batcher = batching.ForwardBatcher(lambda windows: [len(w) for w in windows])
    assert batcher([[1, 2, 3]]) == [3]  # the parent's thread is running
    pid = os.fork()
    if pid == 0:  # the child's copy of that thread does not run: without a new one this call would hang
        code = 0 if batcher([[1], [1, 2]]) == [1, 2] else 1
        os._exit(code)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    pytest.fail("the forked child's scan hung")


def test_the_batch_cap_follows_the_cores_it_was_measured_on():
    assert [batching.batch_cap(t) for t in (1, 2, 4, 8, 16, 64)] == [4, 4, 8, 16, 16, 16]


def test_the_thread_hands_freed_memory_back_once_no_request_waits(monkeypatch):
    running, release, trimmed = threading.Event(), threading.Event(), threading.Event()
    trims: list[int] = []

    def forward(windows: list[list[int]]) -> list[int]:
        running.set()
        assert release.wait(timeout=10)
        return [w[0] for w in windows]

    batcher = batching.ForwardBatcher(forward, max_batch=4)

    def trim() -> None:
        trims.append(batcher.forwards)
        trimmed.set()

    monkeypatch.setattr(batching, "heap_trim", trim)
    first = batcher.submit([[1]])
    assert running.wait(timeout=10)
    queued = [batcher.submit([[i]]) for i in (2, 3)]  # waiting while the first forward runs
    release.set()
    assert [first.result(timeout=10), *(f.result(timeout=10) for f in queued)] == [[1], [2], [3]]
    assert trimmed.wait(timeout=10)
    time.sleep(0.05)
    assert trims == [2]  # not after the first forward (two requests waited), once after the second


@pytest.mark.skipif(platform.system() != "Linux" or platform.libc_ver()[0] != "glibc", reason="glibc only")
def test_on_glibc_the_heap_is_trimmed_through_malloc_trim():
    assert batching._malloc_trim() is not None
    batching.heap_trim()  # returns, whatever there was to give back
