"""Our server against the engines a user could run instead, on loopback, same prompts, alternating rounds.

Run:  .venv/bin/python benchmarks/serve_peers.py                 (SmolLM2-135M, 1 and 16 clients, 2 rounds)
      .venv/bin/python benchmarks/serve_peers.py --rounds 3 --max-tokens 64 --threads 1

Peers (each skipped with a line when not installed): ours with the native engine, with guardrails and with
``--no-guardrails`` (what the stream guard costs in time to first token); ours in front of an
OpenAI-compatible upstream (a second `basementbrew serve --no-guardrails`: what the proxy costs); ours with
vLLM and with llama.cpp (`make engine-vllm`, `make engine-llamacpp`), with and without guardrails; the bare
peers vLLM and llama.cpp's server (started with the very command line ours starts them with) and
`transformers serve --continuous-batching`. Every server is started once and kept; rounds
alternate the peers so a busy machine hurts all of them alike, and ratios are taken against ours (native)
within each round, then the median over rounds is printed. Streaming requests through the official
OpenAI client (greedy), like any user tool.

Columns: tokens/s, time to first token p50, latency p50/p99, CPU milliseconds per generated token (the
server process tree's user+system time), peak RSS of that tree, and tokens/s relative to ours.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import psutil

from basementbrew.inference.local import LocalServer, free_port, start_server
from basementbrew.playground.backends import OpenAIBackend
from basementbrew.playground.bench import run_bench


@dataclass
class Peer:
    name: str
    url: str
    model: str
    pid: int
    stop: Any
    rows: list[dict[str, Any]] = field(default_factory=list)


def _tree_cpu(pid: int) -> tuple[float, float]:
    """(user+system CPU seconds, RSS bytes) of a process and its children."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0, 0.0
    cpu = rss = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            cpu += t.user + t.system
            rss += p.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return cpu, rss


def _ours(extra: list[str], name: str) -> Peer:
    server = start_server(["--rate-limit", "100000", "--burst", "100000", *extra], timeout=1500)
    return Peer(name, server.url, "smollm2-135m", server.process.pid, server.stop)


def _transformers_serve(threads: int | None) -> Peer | None:
    from basementbrew.models.loading import embedded_model_dir

    exe = __import__("shutil").which("transformers") or str(__import__("pathlib").Path(sys.executable).parent /
                                                            "transformers")
    port = free_port()
    folder = str(embedded_model_dir())
    env = dict(__import__("os").environ)
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    cmd = [exe, "serve", folder, "--continuous-batching", "--cb-num-blocks", "256", "--cb-max-batch-tokens", "2048",
           "--host", "127.0.0.1", "--port", str(port)]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    except OSError:
        print("transformers serve: not available, skipped")
        return None
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            print(f"transformers serve: exited with {proc.returncode}, skipped")
            return None
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return Peer("transformers serve", url, folder, proc.pid, proc.terminate)
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    print("transformers serve: did not start, skipped")
    return None


def _bare(engine: str, threads: int | None) -> Peer | None:
    """vLLM or llama.cpp's server alone, started exactly as `serve --engine ENGINE` starts it behind ours."""
    from basementbrew.config import ModelConfig
    from basementbrew.errors import BrewError
    from basementbrew.inference.engine_process import launch
    from basementbrew.inference.engines import llamacpp_config, vllm_args
    from basementbrew.inference.settings import ServerSettings
    from basementbrew.models.registry import get_spec
    from basementbrew.workspace import sub

    settings = ServerSettings(threads=threads, engine=engine)
    spec, port = get_spec("smollm2-135m"), free_port()
    try:
        if engine == "vllm":
            args, env = vllm_args(settings, spec, ModelConfig(), {}, port, settings.engine_context)
            proc = launch("vllm", args, port=port, env=env)
        else:
            path = sub("logs") / "engines" / f"llamacpp-{port}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(__import__("json").dumps(
                llamacpp_config(settings, spec, ModelConfig(), {}, port, settings.engine_context)))
            proc = launch("llamacpp", ["--config_file", str(path)], port=port)
    except BrewError as exc:
        print(f"bare {engine}: {exc} (skipped)")
        return None
    return Peer(f"bare {engine}", proc.url, spec.key, proc.pid, proc.stop)


def _installed(engine: str) -> bool:
    from basementbrew.errors import BrewError
    from basementbrew.inference.engine_process import engine_python

    try:
        engine_python(engine)
        return True
    except BrewError as exc:
        print(f"{engine}: {exc} (skipped)")
        return False


class _Counted(OpenAIBackend):
    """The OpenAI client, counting completion tokens itself when a server streams no usage (llama.cpp's)."""

    _tokenizer: Any = None

    def chat(self, *args: Any, **kwargs: Any) -> Any:
        import dataclasses

        reply = super().chat(*args, **kwargs)
        if not reply.completion_tokens and reply.text:
            if _Counted._tokenizer is None:
                from transformers import AutoTokenizer

                from basementbrew.models.loading import embedded_model_dir

                _Counted._tokenizer = AutoTokenizer.from_pretrained(embedded_model_dir())
            n = len(_Counted._tokenizer(reply.text, add_special_tokens=False)["input_ids"])
            reply = dataclasses.replace(reply, completion_tokens=n)
        return reply


def _ratio(peer: Peer, base: Peer, level: int) -> str:
    """Median over rounds of peer's tokens/s divided by base's in the same round."""
    ref = {r["round"]: r["tokens_per_s"] for r in base.rows if r["clients"] == level}
    ratios = [r["tokens_per_s"] / ref[r["round"]] for r in peer.rows if r["clients"] == level and ref.get(r["round"])]
    return f"{statistics.median(ratios):.2f}" if ratios else "-"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--levels", default="1,16")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--requests-per-client", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1, help="torch threads in every server (1: fair on a busy box)")
    ap.add_argument("--skip-transformers", action="store_true")
    ap.add_argument("--skip-native", action="store_true", help="engines only (ratios vs the first peer then)")
    ap.add_argument("--engines", default="vllm,llamacpp", help="separate-process engines to try (when installed)")
    ap.add_argument("--skip-openai", action="store_true", help="skip ours in front of a second ours (proxy cost)")
    ap.add_argument("--engines-without-guardrails", action="store_true",
                    help="also ours + vLLM / llama.cpp with --no-guardrails (one more engine start each)")
    args = ap.parse_args()

    threads = ["--threads", str(args.threads)] if args.threads else []
    peers: list[Peer] = []
    upstream: LocalServer | None = None
    starts: list[tuple[str, Any]] = [] if args.skip_native else [  # started together (vLLM takes minutes)
        ("ours (native)", lambda: _ours(threads, "ours (native)")),
        ("ours (native, no guardrails)", lambda: _ours(["--no-guardrails", *threads], "ours (native, no guardrails)")),
    ]
    for engine in [e for e in args.engines.split(",") if e]:
        if _installed(engine):
            starts.append((f"ours ({engine})", lambda e=engine: _ours(["--engine", e, *threads], f"ours ({e})")))
            if args.engines_without_guardrails:  # what the guard costs in front of the engine
                starts.append((f"ours ({engine}, no guardrails)", lambda e=engine: _ours(
                    ["--engine", e, "--no-guardrails", *threads], f"ours ({e}, no guardrails)")))
            starts.append((f"bare {engine}", lambda e=engine: _bare(e, args.threads)))
    if not args.skip_transformers:
        starts.append(("transformers serve", lambda: _transformers_serve(args.threads)))
    try:
        with ThreadPoolExecutor(len(starts)) as pool:
            futures = [(name, pool.submit(start)) for name, start in starts]
            for name, future in futures:
                try:
                    peer = future.result()
                except Exception as exc:  # reported and skipped; the others still run
                    print(f"{name}: did not start ({exc}), skipped")
                    continue
                if peer is not None:
                    peers.append(peer)
        if not args.skip_openai:
            upstream = start_server(["--no-guardrails", "--rate-limit", "100000", "--burst", "100000", *threads],
                                    timeout=600)
            peers.insert(2, _ours(["--engine", "openai", "--upstream-url", upstream.url], "ours (openai -> native)"))
        levels = [int(x) for x in args.levels.split(",")]
        for peer in peers:  # warm-up (first-call allocations)
            run_bench(_Counted(peer.url + "/v1", "none"), peer.model, 1, 1, max_tokens=4)
        for rnd in range(args.rounds):
            order = peers if rnd % 2 == 0 else list(reversed(peers))
            for level in levels:
                for peer in order:
                    cpu0, _ = _tree_cpu(peer.pid)
                    res = run_bench(_Counted(peer.url + "/v1", "none"), peer.model, level,
                                    args.requests_per_client, max_tokens=args.max_tokens)
                    cpu1, rss = _tree_cpu(peer.pid)
                    row = res.summary() | {"round": rnd, "load": os.getloadavg()[0], "cpu_ms_per_token": round(
                        1000 * (cpu1 - cpu0) / max(res.completion_tokens, 1), 1), "rss_mb": round(rss / 2**20)}
                    peer.rows.append(row)
                    print(f"round {rnd} {level:>2} clients  {peer.name:<32} {row['tokens_per_s']:>7} tok/s  "
                          f"ttft {row['ttft_p50_s']} s  failures {row['failures']}  load {row['load']:.1f}",
                          flush=True)
        print()
        print("| server | clients | tokens/s | vs ours (native) | vs bare engine | TTFT p50 s | p50 s | p99 s | "
              "CPU ms/token | RSS MB | load avg |")
        print("|---|---|---|---|---|---|---|---|---|---|---|")
        by_name = {p.name: p for p in peers}
        for level in levels:
            for peer in peers:
                rows = [r for r in peer.rows if r["clients"] == level]
                med = {k: statistics.median(r[k] for r in rows) for k in
                       ("tokens_per_s", "ttft_p50_s", "latency_p50_s", "latency_p99_s", "cpu_ms_per_token", "load")}
                bare = next((by_name[f"bare {e}"] for e in ("vllm", "llamacpp")
                             if f"({e}" in peer.name and f"bare {e}" in by_name), None)
                print(f"| {peer.name} | {level} | {med['tokens_per_s']:.1f} | {_ratio(peer, peers[0], level)} | "
                      f"{_ratio(peer, bare, level) if bare else ''} | {med['ttft_p50_s']:.2f} | "
                      f"{med['latency_p50_s']:.2f} | {med['latency_p99_s']:.2f} | {med['cpu_ms_per_token']:.1f} | "
                      f"{max(r['rss_mb'] for r in rows)} | {med['load']:.1f} |")
    finally:
        for peer in peers:
            peer.stop()
        if upstream is not None:
            upstream.stop()


if __name__ == "__main__":
    main()
