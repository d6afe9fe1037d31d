"""Token-bucket rate limiting per key (an API key hash, a client address): allow a burst, then a steady rate.

``check(key)`` takes one token and returns ``None`` when the request may go on, or the seconds until the
next token (what the server sends as ``Retry-After`` with a 429). Thread-safe and O(1) per call: buckets
live in an LRU (``OrderedDict``) of at most :data:`MAX_KEYS` keys; past that the least recently used bucket
is forgotten, so a flood of distinct keys costs bounded memory and no scans. Forgetting a bucket only
matters to a client that was idle while :data:`MAX_KEYS` others were served, which is why the server keys
on things a client cannot mint freely (its address, or the hash of a key the server validated).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from basementbrew.errors import BrewError
from basementbrew.limits import RATE_LIMIT_BURST, RATE_LIMIT_PER_MINUTE

DEFAULT_PER_MINUTE = RATE_LIMIT_PER_MINUTE
DEFAULT_BURST = RATE_LIMIT_BURST
MAX_KEYS = 100_000


class RateLimiter:
    """``requests_per_minute`` steady rate with up to ``burst`` requests at once, per key."""

    def __init__(self, requests_per_minute: float = DEFAULT_PER_MINUTE, burst: int = DEFAULT_BURST, *,
                 clock: Callable[[], float] = time.monotonic, max_keys: int = MAX_KEYS) -> None:
        if requests_per_minute <= 0 or burst < 1 or max_keys < 1:
            raise BrewError(f"rate limit needs requests_per_minute > 0, burst >= 1 and max_keys >= 1 "
                            f"(got {requests_per_minute}, {burst}, {max_keys})")
        self.rate = requests_per_minute / 60.0
        self.burst = float(burst)
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # key -> (tokens, last time)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def check(self, key: str) -> float | None:
        """Take a token for ``key``: None if allowed, else seconds to wait (rounded up to 0.01)."""
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            allowed = tokens >= 1.0
            self._buckets[key] = (tokens - 1.0 if allowed else tokens, now)
            self._buckets.move_to_end(key)
            while len(self._buckets) > self.max_keys:
                self._buckets.popitem(last=False)
            if allowed:
                return None
            return round((1.0 - tokens) / self.rate + 0.005, 2)
