"""The rate limiter's memory is bounded and each call is O(1), whatever keys a flood brings."""

from __future__ import annotations

import time

from basementbrew.safety.ratelimit import RateLimiter


def test_memory_bounded_by_max_keys():
    limiter = RateLimiter(60, 2, max_keys=100)
    for i in range(5_000):
        limiter.check(f"ip:10.0.{i // 256}.{i % 256}")
    assert len(limiter) == 100


def test_recently_used_bucket_survives_a_flood_and_stays_limited():
    now = [0.0]
    limiter = RateLimiter(1, 2, clock=lambda: now[0], max_keys=50)
    assert limiter.check("victim") is None and limiter.check("victim") is None
    for i in range(49):
        limiter.check(f"flood-{i}")
    assert limiter.check("victim") is not None  # still empty, not forgotten and refilled


def test_flood_of_distinct_keys_is_fast():
    limiter = RateLimiter(60, 10, max_keys=1_000)
    t0 = time.perf_counter()
    for i in range(50_000):
        limiter.check(f"k{i}")
    assert time.perf_counter() - t0 < 2.0  # the old evictor scanned every bucket on each insert past the cap
