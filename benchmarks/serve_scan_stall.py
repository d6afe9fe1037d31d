"""Does a guardrail scan stall the server's event loop? Before vs after commit 1311db9, in one run, on CPU.

Run:  .venv/bin/python benchmarks/serve_scan_stall.py                          (stub engine, ~5 minutes)
      .venv/bin/python benchmarks/serve_scan_stall.py --engine native --rounds 2 --window 15   (~4 minutes)

Commit 1311db9 moved every guardrail scan of the HTTP server (the routes' input checks, the service's output
and per-event stream checks) from the asyncio event loop into worker threads (``asyncio.to_thread``). This
measures that mechanism without a GPU: four real ``basementbrew serve`` processes run side by side -- the
code before the fix (a ``git worktree`` of ``1311db9~1``) and after it (a worktree of ``--after-ref``: 1311db9
by default, so nothing else differs; HEAD for the current code; uncommitted edits in the checkout never leak
in), each with guardrails on and off (``--no-guardrails``). Each server runs its tree's own ``src`` (PYTHONPATH
ahead of the editable install; checked once per tree before anything is measured).

The engine: ``--engine stub`` (default) serves with ``--engine openai`` in front of a stand-in upstream started
here (its own process: the first token after ``--stub-ttft`` s, then one word every ``--stub-token-s`` s, about
what the H200 run saw per stream), so the server's routes, service, scanners and event loop are all real but
decoding costs no CPU -- the situation of a GPU, where the scans are the server's main CPU work. ``--engine
native`` uses SmolLM2-135M on the CPU: then prefilling 8 prompts of ~400 tokens takes seconds on this box and
buries a 15-50 ms scan, which is the reason for the stub.

In each measurement window, ``--clients`` threads send streaming chat completions (greedy, ``--max-tokens``
tokens) of 1,000-2,000 characters of ordinary English (each input scan ~15-50 ms on this box), back to back,
while a probe in a separate process polls ``GET /health`` every ``--probe-interval`` s over a keep-alive
connection and records each answer's latency. ``/health`` does almost nothing (a sync route: the loop reads
the request and hands it to a thread), so its latency is how long the loop was busy elsewhere. Windows rotate
over the four servers, before and after alternating (the order flips every round), so the shared box's load
drifts over all of them alike; per-variant numbers are medians over rounds with their min-max, and the
before/after ratios are computed per round, then their median taken.

What it does not show: GPU numbers, nor that a scan in a worker thread is free: pure-Python parts of a scan
still hold the GIL (released every 5 ms) and the CPU is shared. Writes
benchmarks/results/serve_scan_stall-<date>[-native].json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import suppress
from pathlib import Path

import httpx

from basementbrew.inference.local import LocalServer, free_port, start_server

ROOT = Path(__file__).resolve().parents[1]
MODEL = "smollm2-135m"
SENTENCES = [
    "The morning market opened early, and the baker set out loaves of rye and wheat on the long wooden table.",
    "Our neighbour spent the weekend repainting the garden fence a pale shade of green that matched the hedges.",
    "Rain had fallen through the night, so the paths in the park were soft and the air smelled of wet leaves.",
    "The library on the corner extended its opening hours during the exam season to help the local students.",
    "A small group of volunteers cleaned the riverbank and counted the ducks that nested under the old bridge.",
    "She measured the flour carefully, added a pinch of salt, and folded the butter into the dough.",
    "The train to the coast was late by ten minutes, which gave us time to buy coffee and read the newspaper.",
    "Every spring the school holds a science fair where children show projects about plants, magnets and weather.",
    "The museum's new exhibit explains how maps were drawn before satellites, using ropes, stars and patience.",
    "He tuned the guitar slowly, string by string, and then played a melody his grandmother had taught him.",
    "The recipe calls for two cups of chopped carrots, one onion, a bay leaf and a litre of vegetable stock.",
    "At the town meeting, residents discussed adding more benches and a water fountain near the playground.",
    "The cat slept in a patch of sunlight on the kitchen floor while the kettle slowly came to the boil.",
    "Our hiking group followed the ridge trail for six miles and stopped for lunch beside a quiet mountain lake.",
    "The old clock in the hallway needs winding every Sunday, a job my brother has done since he was twelve.",
    "Farmers in the valley grow apples, pears and plums, and sell cider at the harvest festival each October.",
    "The bookshop owner recommended a novel about a lighthouse keeper who writes letters to passing ships.",
    "After dinner we played a board game about building railways across a map of old Europe.",
    "The community garden has twenty plots, and each family decides what to plant when the frost is over.",
    "My aunt keeps bees at the bottom of her orchard and gives jars of honey to everyone at Christmas.",
]


def prompt(round_: int, client: int, j: int) -> str:
    """Deterministic ~1,000-2,000 characters: every variant gets the same texts in the same round, and no text
    repeats within a server's life (the scanners cache the analyses of recent texts)."""
    rng = random.Random(f"{round_}-{client}-{j}")
    target, parts = rng.randint(1000, 2000), []
    while sum(len(p) + 1 for p in parts) < target:
        parts.append(rng.choice(SENTENCES))
    return " ".join(parts) + " Please summarise this in one sentence."


def pct(xs: list[float], q: float) -> float:
    if not xs:
        return float("nan")
    s = sorted(xs)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


STUB_WORDS = "The garden was quiet in the early morning, and the bread on the table was still warm.".split()  # noqa: SIM905


def run_stub(port: int, ttft: float, token_s: float) -> None:
    """A stand-in OpenAI-compatible upstream: /v1/models and streaming /v1/completions, no model behind it."""
    import asyncio

    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse, StreamingResponse
    from starlette.routing import Route

    async def models(request):
        return JSONResponse({"object": "list", "data": [{"id": MODEL, "object": "model"}]})

    async def completions(request):
        body = await request.json()
        n = int(body.get("max_tokens") or 16)

        async def events():
            await asyncio.sleep(ttft)
            for i in range(n):
                if i:
                    await asyncio.sleep(token_s)
                word = STUB_WORDS[i % len(STUB_WORDS)]
                chunk = {"object": "text_completion", "model": MODEL,
                         "choices": [{"index": 0, "text": (" " if i else "") + word,
                                      "finish_reason": "length" if i == n - 1 else None}]}
                yield f"data: {json.dumps(chunk)}\n\n"
            usage = {"prompt_tokens": 1, "completion_tokens": n, "total_tokens": n + 1}
            yield f"data: {json.dumps({'choices': [], 'usage': usage})}\n\ndata: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    app = Starlette(routes=[Route("/v1/models", models), Route("/v1/completions", completions, methods=["POST"])])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


def start_stub(ttft: float, token_s: float) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--stub-port", str(port), "--stub-ttft", str(ttft),
                             "--stub-token-s", str(token_s)])
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        with suppress(httpx.HTTPError):
            if httpx.get(url + "/v1/models", timeout=1).status_code == 200:
                return proc, url
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the stub upstream did not start")


# ---- the probe: its own process, so the clients' threads never delay its clock ----
def probe_worker(conn) -> None:
    client = httpx.Client(timeout=30)
    while True:
        job = conn.recv()
        if job is None:
            break
        url, start, end, interval = job
        lat: list[float] = []
        while time.monotonic() < start:
            time.sleep(0.005)
        while time.monotonic() < end:
            t0 = time.perf_counter()
            r = client.get(url)
            dt_ = time.perf_counter() - t0
            if r.status_code == 200:
                lat.append(dt_)
            time.sleep(interval)
        conn.send(lat)
    client.close()


def client_worker(url: str, round_: int, client: int, start: float, end: float, max_tokens: int,
                  out: list[dict]) -> None:
    with httpx.Client(timeout=120) as c:
        while time.monotonic() < start:
            time.sleep(0.005)
        j = 0
        while time.monotonic() < end:
            body = {"model": MODEL, "messages": [{"role": "user", "content": prompt(round_, client, j)}],
                    "max_tokens": max_tokens, "temperature": 0, "stream": True}
            j += 1
            t0, ttft, chunks = time.perf_counter(), None, 0
            try:
                with c.stream("POST", url, json=body) as r:
                    if r.status_code != 200:
                        r.read()
                        out.append({"status": r.status_code})
                        continue
                    for line in r.iter_lines():
                        if not line.startswith("data: ") or line == "data: [DONE]":
                            continue
                        choices = json.loads(line[6:]).get("choices") or []
                        if choices and (choices[0].get("delta") or {}).get("content"):
                            chunks += 1
                            if ttft is None:
                                ttft = time.perf_counter() - t0
            except httpx.HTTPError as e:
                out.append({"status": 0, "error": repr(e)})
                continue
            out.append({"status": 200, "ttft": ttft, "total": time.perf_counter() - t0, "chunks": chunks})


def window(server: LocalServer, probe, round_: int, clients: int, seconds: float, interval: float,
           max_tokens: int) -> dict:
    start = time.monotonic() + 1.0
    end = start + seconds
    probe.send((server.url + "/health", start, end, interval))
    results: list[dict] = []
    threads = [threading.Thread(target=client_worker, args=(server.v1 + "/chat/completions", round_, i, start, end,
                                                           max_tokens, results)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    lat = probe.recv()
    ok = [r for r in results if r["status"] == 200]
    ttfts = [r["ttft"] for r in ok if r["ttft"] is not None]
    return {
        "probe_n": len(lat),
        "probe_p50_ms": round(pct(lat, 0.5) * 1e3, 2),
        "probe_p99_ms": round(pct(lat, 0.99) * 1e3, 2),
        "probe_max_ms": round(max(lat) * 1e3, 2) if lat else None,
        "probe_over_50ms": sum(x > 0.05 for x in lat),
        "requests_ok": len(ok),
        "blocked_400": sum(r["status"] == 400 for r in results),
        "other_failures": sum(r["status"] not in (200, 400) for r in results),
        "ttft_p50_s": round(pct(ttfts, 0.5), 4),
        "ttft_p90_s": round(pct(ttfts, 0.9), 4),
        "latency_p50_s": round(pct([r["total"] for r in ok], 0.5), 4),
        "content_chunks": sum(r["chunks"] for r in ok),
        "load1": round(os.getloadavg()[0], 2),
    }


def idle_probe(server: LocalServer, probe, seconds: float, interval: float) -> dict:
    start = time.monotonic() + 0.2
    probe.send((server.url + "/health", start, start + seconds, interval))
    lat = probe.recv()
    return {"probe_p50_ms": round(pct(lat, 0.5) * 1e3, 2), "probe_max_ms": round(max(lat) * 1e3, 2)}


def tree_check(src: Path) -> dict:
    """Which files a server started with PYTHONPATH=src imports, and whether its scans go to a thread."""
    code = ("import inspect, basementbrew.inference.service as s, basementbrew.inference.routes.openai as o;"
            "print(s.__file__); print('asyncio.to_thread' in inspect.getsource(o.chat_completions))")
    env = dict(os.environ, PYTHONPATH=str(src))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    path, threaded = out.stdout.split()
    return {"service_file": path, "chat_scan_in_thread": threaded == "True"}


def med(xs: list[float]) -> float:
    xs = [x for x in xs if x == x]
    return round(statistics.median(xs), 4) if xs else float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before-ref", default="1311db9~1")
    ap.add_argument("--after-ref", default="1311db9", help="the fix itself; HEAD for the current code")
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--max-tokens", type=int, default=16)
    ap.add_argument("--window", type=float, default=12.0, help="seconds of load per measurement")
    ap.add_argument("--rounds", type=int, default=5, help="windows per variant")
    ap.add_argument("--probe-interval", type=float, default=0.02)
    ap.add_argument("--threads", type=int, default=1, help="engine CPU threads per server")
    ap.add_argument("--engine", choices=["stub", "native"], default="stub")
    ap.add_argument("--stub-ttft", type=float, default=0.1, help="stub: seconds to its first token")
    ap.add_argument("--stub-token-s", type=float, default=0.02, help="stub: seconds between its tokens")
    ap.add_argument("--stub-port", type=int, help=argparse.SUPPRESS)  # run as the stub upstream
    ap.add_argument("--out", type=Path, help="default: benchmarks/results/serve_scan_stall-<date>[-native].json")
    args = ap.parse_args()
    if args.stub_port:
        run_stub(args.stub_port, args.stub_ttft, args.stub_token_s)
        return

    git = ["git", "-C", str(ROOT)]
    refs = {"before": args.before_ref, "after": args.after_ref}
    commits = {k: subprocess.run([*git, "rev-parse", v], capture_output=True, text=True, check=True).stdout.strip()
               for k, v in refs.items()}
    trees = {k: Path(tempfile.mkdtemp(prefix=f"scan-stall-{k}-")) for k in refs}
    home = Path(tempfile.mkdtemp(prefix="scan-stall-home-"))
    os.environ.setdefault("BREW_MODEL_CACHE", str(Path.home() / ".basementbrew" / "models"))
    servers: dict[str, LocalServer] = {}
    stub: subprocess.Popen | None = None
    ctx = mp.get_context("spawn")
    probe, probe_end = ctx.Pipe()
    proc = ctx.Process(target=probe_worker, args=(probe_end,), daemon=True)
    t_begin = time.monotonic()
    try:
        for k, tree in trees.items():
            tree.rmdir()
            subprocess.run([*git, "worktree", "add", "--detach", str(tree), commits[k]], check=True,
                           capture_output=True)
        checks = {k: tree_check(trees[k] / "src") for k in trees}
        print("trees:", json.dumps({k: {"commit": commits[k][:9], **checks[k]} for k in trees}))
        if checks["before"]["chat_scan_in_thread"] or not checks["after"]["chat_scan_in_thread"]:
            raise SystemExit("the before tree must scan on the loop and the after tree in a thread")
        proc.start()
        engine_args = ["--threads", str(args.threads), "--max-batch", str(max(16, args.clients))]
        if args.engine == "stub":
            stub, stub_url = start_stub(args.stub_ttft, args.stub_token_s)
            engine_args = ["--engine", "openai", "--upstream-url", stub_url]
        variants = [f"{k}-{g}" for g in ("on", "off") for k in ("before", "after")]
        old_pp = os.environ.get("PYTHONPATH")
        for v in variants:
            k, g = v.split("-")
            os.environ["PYTHONPATH"] = str(trees[k] / "src")
            extra = ["--rate-limit", "100000", "--burst", "10000", *engine_args]
            extra += ["--no-guardrails"] if g == "off" else []
            t0 = time.monotonic()
            servers[v] = start_server(extra, home=home / v, log=home / f"{v}.log")
            print(f"started {v} in {time.monotonic() - t0:.1f} s")
        if old_pp is None:
            os.environ.pop("PYTHONPATH", None)
        else:
            os.environ["PYTHONPATH"] = old_pp
        idle = {}
        for v, s in servers.items():  # warm-up request, then the probe with nothing else running
            httpx.post(s.v1 + "/chat/completions", timeout=120, json={
                "model": MODEL, "messages": [{"role": "user", "content": prompt(-1, 0, 0)}], "max_tokens": 4})
            idle[v] = idle_probe(s, probe, 2.0, args.probe_interval)
        print("idle probe:", json.dumps(idle))
        runs: dict[str, list[dict]] = {v: [] for v in variants}
        for r in range(args.rounds):
            flip = {"before": "after", "after": "before"}
            order = variants if r % 2 == 0 else [flip[v.split("-")[0]] + "-" + v.split("-")[1] for v in variants]
            for v in order:
                res = window(servers[v], probe, r, args.clients, args.window, args.probe_interval, args.max_tokens)
                runs[v].append(res)
                print(f"round {r} {v:10s} probe p50/p99/max {res['probe_p50_ms']:7.2f} {res['probe_p99_ms']:7.2f} "
                      f"{res['probe_max_ms']:7.2f} ms  ttft p50 {res['ttft_p50_s']:.3f} s  "
                      f"ok {res['requests_ok']} blocked {res['blocked_400']} fail {res['other_failures']}  "
                      f"load {res['load1']}", flush=True)

        keys = ["probe_p50_ms", "probe_p99_ms", "probe_max_ms", "ttft_p50_s", "latency_p50_s", "requests_ok",
                "probe_over_50ms", "probe_n"]
        summary = {v: {key: {"median": med([x[key] for x in runs[v]]),
                             "min": min(x[key] for x in runs[v]), "max": max(x[key] for x in runs[v])}
                       for key in keys} for v in variants}
        ratios = {}
        for g in ("on", "off"):
            for key in keys[:4]:
                per_round = [a[key] / b[key] for b, a in zip(runs[f"before-{g}"], runs[f"after-{g}"], strict=True)
                             if b[key]]
                ratios[f"after/before guardrails {g} {key}"] = {
                    "median": med(per_round), "min": round(min(per_round), 3), "max": round(max(per_round), 3)}
        for k in ("before", "after"):
            for key in ("probe_p99_ms", "ttft_p50_s"):
                per_round = [a[key] / b[key] for b, a in zip(runs[f"{k}-off"], runs[f"{k}-on"], strict=True) if b[key]]
                ratios[f"{k}: guardrails on/off {key}"] = {
                    "median": med(per_round), "min": round(min(per_round), 3), "max": round(max(per_round), 3)}

        print(f"\nengine {args.engine}; median over {args.rounds} rounds [min-max]; {args.clients} streaming clients, "
              f"max_tokens {args.max_tokens}, probe GET /health every {args.probe_interval * 1e3:.0f} ms")
        print(f"{'variant':11s} | {'probe p50 ms':>20s} | {'probe p99 ms':>22s} | {'probe max ms':>22s} | "
              f"{'TTFT p50 s':>20s} | requests | probes > 50 ms")
        for v in variants:
            cells = [f"{summary[v][key]['median']:.2f} [{summary[v][key]['min']:.1f}-{summary[v][key]['max']:.1f}]"
                     for key in keys[:3]]
            t = summary[v]["ttft_p50_s"]
            print(f"{v:11s} | {cells[0]:>20s} | {cells[1]:>22s} | {cells[2]:>22s} | "
                  f"{t['median']:.3f} [{t['min']:.3f}-{t['max']:.3f}] | {summary[v]['requests_ok']['median']} | "
                  f"{summary[v]['probe_over_50ms']['median']} of {summary[v]['probe_n']['median']}")
        print("\nratios (per round, then median [min-max]):")
        for name, rr in ratios.items():
            print(f"  {name:45s} {rr['median']:.3f} [{rr['min']}-{rr['max']}]")
        load = os.getloadavg()
        print("load average (1, 5, 15 min) at the end: {:.2f} {:.2f} {:.2f}".format(*load))

        suffix = "-native" if args.engine == "native" else ""
        name = f"serve_scan_stall-{dt.date.today().isoformat()}{suffix}.json"
        out = args.out or ROOT / "benchmarks" / "results" / name
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({
            "settings": {**{k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()},
                         "model": MODEL, "device": "cpu", "cpu_count": os.cpu_count(),
                         "commits": commits, "trees": checks, "python": sys.version.split()[0]},
            "idle_probe": idle, "runs": runs, "summary": summary, "ratios": ratios,
            "load_average_end": [round(x, 2) for x in load],
            "wall_s": round(time.monotonic() - t_begin, 1),
        }, indent=2) + "\n")
        print(f"wrote {out}")
    finally:
        for s in servers.values():
            s.stop()
        if stub is not None:
            stub.terminate()
            stub.wait(timeout=10)
        with suppress(Exception):
            probe.send(None)
            proc.join(timeout=5)
        for tree in trees.values():
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)  # the servers' private BREW_HOMEs and logs


if __name__ == "__main__":
    main()
