"""Serving throughput over loopback: 1, 4 and 16 concurrent clients against the real `basementbrew serve`.

Run:  .venv/bin/python benchmarks/serve_throughput.py            (starts its own server, SmolLM2-135M)
      .venv/bin/python benchmarks/serve_throughput.py --url http://127.0.0.1:8000 --api-key KEY
      .venv/bin/python benchmarks/serve_throughput.py --threads 2 --compete 1   (a busy box: one CPU-bound
      process, ``python -c "while True: pass"``, runs during the measurement)

Prints total completion tokens/s, time to first token and p50/p99 latency per level, and the ratio of
each level's tokens/s to the 1-client (sequential) level measured against the same server in the same
run. Continuous batching should give a ratio of at least 4 at 16 clients. Greedy decoding, streaming
requests through the official OpenAI client, like any user tool would.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from basementbrew.inference.local import LocalServer, start_server
from basementbrew.playground.backends import OpenAIBackend
from basementbrew.playground.bench import run_bench

TARGET_RATIO = 4.0


def start(extra: list[str]) -> LocalServer:
    return start_server(["--rate-limit", "100000", "--burst", "10000", *extra])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--url", help="use a running server instead of starting one")
    ap.add_argument("--api-key", default=os.environ.get("BREW_API_KEY"))
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--levels", default="1,4,16")
    ap.add_argument("--threads", type=int, help="torch threads in the server (1 is fastest on a busy CPU)")
    ap.add_argument("--requests-per-client", type=int, default=2)
    ap.add_argument("--sequential-requests", type=int, default=6, help="requests for the 1-client level")
    ap.add_argument("--compete", type=int, default=0, help="CPU-bound processes running during the measurement")
    args = ap.parse_args()

    server = None
    url = args.url
    if url is None:
        server = start(["--max-batch", "16"] + (["--threads", str(args.threads)] if args.threads else []))
        url = server.url
    hogs: list[subprocess.Popen] = []
    try:
        backend = OpenAIBackend(url.rstrip("/") + "/v1", args.api_key)
        run_bench(backend, args.model, 1, 1, max_tokens=8)  # warm-up (first-call allocations)
        hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.compete)]
        rows, base = [], None
        for level in [int(x) for x in args.levels.split(",")]:
            per_client = args.sequential_requests if level == 1 else args.requests_per_client
            res = run_bench(backend, args.model, level, per_client, max_tokens=args.max_tokens)
            base = base or res.tokens_per_s
            s = res.summary()
            s["ratio_vs_sequential"] = round(res.tokens_per_s / base, 2) if base else 0.0
            rows.append(s)
            if res.errors:
                print(f"  {level} clients: {res.failures} failed, first: {res.errors[0]}")
        header = [
            "clients",
            "requests",
            "failures",
            "tokens",
            "tokens_per_s",
            "ttft_p50_s",
            "latency_p50_s",
            "latency_p99_s",
            "ratio_vs_sequential",
        ]
        print(" | ".join(header))
        for r in rows:
            print(" | ".join(str(r[h]) for h in header))
        print("load average (1, 5, 15 min) at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        top = rows[-1]
        verdict = "PASS" if top["ratio_vs_sequential"] >= TARGET_RATIO else "BELOW TARGET"
        print(
            f"{top['clients']} clients vs sequential: {top['ratio_vs_sequential']}x (target >= {TARGET_RATIO}) "
            f"{verdict}"
        )
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()
        if server is not None:
            server.stop()


if __name__ == "__main__":
    main()
