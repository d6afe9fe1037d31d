"""Load on loopback: 32 concurrent OpenAI clients for a bounded time; nothing fails, every answer is whole."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from openai import OpenAI

CLIENTS = 32
DURATION_S = 20.0


def test_32_concurrent_clients(served, auth):
    results, errors, lock = [], [], threading.Lock()
    start = time.monotonic()

    def worker(i: int) -> None:
        client = OpenAI(base_url=served.v1, api_key=auth["Authorization"].split()[1], max_retries=0, timeout=600)
        model = "brew-lora" if i % 2 else "smollm2-135m"  # mixed-adapter batches
        while time.monotonic() - start < DURATION_S:
            try:
                if i % 4 == 3:
                    chunks = list(
                        client.chat.completions.create(
                            model=model,
                            messages=[{"role": "user", "content": f"Count to {i}."}],
                            max_tokens=8,
                            temperature=0,
                            stream=True,
                            stream_options={"include_usage": True},
                        )
                    )
                    finish = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
                    ok = len(finish) == 1 and chunks[-1].usage.completion_tokens >= 1
                else:
                    r = client.chat.completions.create(
                        model=model,
                        messages=[{"role": "user", "content": f"Say a word about {i}."}],
                        max_tokens=8,
                        temperature=0,
                    )
                    finish = [r.choices[0].finish_reason]
                    ok = r.usage.completion_tokens >= 1 and finish[0] in ("stop", "length", "content_filter")
                with lock:
                    results.append(ok)
            except Exception as exc:
                with lock:
                    errors.append(repr(exc))

    with ThreadPoolExecutor(CLIENTS) as pool:
        list(pool.map(worker, range(CLIENTS)))
    assert errors == []
    assert len(results) >= CLIENTS and all(results)
