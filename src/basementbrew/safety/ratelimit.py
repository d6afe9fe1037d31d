"""Token-bucket rate limiting per key (an API key hash, a client address): allow a burst, then a steady rate.

``check(key)`` takes one token and returns ``None`` when the request may go on, or the seconds until the
next token (what the server sends as ``Retry-After`` with a 429). Thread-safe; idle buckets are dropped
once more than :data:`MAX_KEYS` keys are tracked, so a flood of distinct keys cannot grow memory forever.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from basementbrew.errors import BrewError
from basementbrew.safety.limits import RATE_LIMIT_BURST, RATE_LIMIT_PER_MINUTE

DEFAULT_PER_MINUTE = RATE_LIMIT_PER_MINUTE
DEFAULT_BURST = RATE_LIMIT_BURST
MAX_KEYS = 100_000


class RateLimiter:
    """``requests_per_minute`` steady rate with up to ``burst`` requests at once, per key."""

    def __init__(self, requests_per_minute: float = DEFAULT_PER_MINUTE, burst: int = DEFAULT_BURST, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if requests_per_minute <= 0 or burst < 1:
            raise BrewError(f"rate limit needs requests_per_minute > 0 and burst >= 1 "
                            f"(got {requests_per_minute}, {burst})")
        self.rate = requests_per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last time)
        self._lock = threading.Lock()

    def check(self, key: str) -> float | None:
        """Take a token for ``key``: None if allowed, else seconds to wait (rounded up to 0.01)."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                self._evict(now)
                return None
            self._buckets[key] = (tokens, now)
            return round((1.0 - tokens) / self.rate + 0.005, 2)

    def _evict(self, now: float) -> None:
        if len(self._buckets) <= MAX_KEYS:
            return
        full = self.burst / self.rate  # a bucket idle this long is full again: forgetting it changes nothing
        for k in [k for k, (_, t) in self._buckets.items() if now - t >= full]:
            del self._buckets[k]
