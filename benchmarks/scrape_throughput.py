"""Scrape throughput: our crawler (polite client + extraction pool + shard writer) against trafilatura's own
``fetch_url`` + ``extract`` loop, on the same pages from the same local server, in the same run.

Run:  PYTHONPATH=src .venv/bin/python benchmarks/scrape_throughput.py [--pages 300] [--workers 2]

A separate process serves ``--pages`` generated pages on 127.0.0.1 with zero delay: news/blog-like
articles of varied length with navigation, cookie banners, sidebars, comments, scripts and footers (about
20-60 kB of HTML each, like real pages). Measured, in this order:

1. baseline: ``for url: trafilatura.extract(trafilatura.fetch_url(url))``, one page after another;
2. ours, the crawler: ``basementbrew`` web source over a sitemap of the same pages (robots.txt honoured,
   zero delay allowed by the local site, per-host concurrency 8 (the web source's default), ``--workers``
   extraction processes started and warmed once before the first round), documents written as shards;
3. ours, the extractor alone: the pool over the already-fetched HTML (pages/s of extraction only).

1 and 2 alternate for ``--rounds`` rounds (default 7; which arm goes first alternates too), so both see
the same phases of whatever else runs on the machine. Prints pages/s and CPU-ms per page (all our processes
counted) for each, the median of the per-round crawler/baseline ratios (each round's pair ran back to back,
so it is the steadiest figure on a shared machine; target >= 1.5), the ratio of the medians, the load
average before and after, and whether every page's extracted text is identical. Threads are pinned
(OMP_NUM_THREADS=1).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import socket
import statistics
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

os.environ.setdefault("OMP_NUM_THREADS", "1")
TARGET_RATIO = 1.5
WORDS = [
    "mash", "wort", "hops", "yeast", "barley", "malt", "boil", "chill", "ferment", "gravity", "bitterness",
    "aroma", "lager", "ale", "stout", "porter", "kettle", "sparge", "lauter", "pitch", "temperature",
    "carbonation", "keg", "bottle", "priming", "sugar", "water", "chemistry", "acidity", "clarity", "haze",
    "protein", "enzyme", "starch", "conversion", "efficiency", "recipe", "batch", "brewer", "style"
]


def page(i: int) -> str:
    rng = random.Random(i)
    title = f"{rng.choice(WORDS).title()} and {rng.choice(WORDS)}: field notes #{i}"
    paras = []
    for j in range(rng.randint(6, 30)):
        n = rng.randint(30, 120)
        text = " ".join(rng.choice(WORDS) for _ in range(n))
        paras.append(f"<p>{text.capitalize()}, measured at {rng.randint(50, 80)} degrees in step {j}.</p>")
        if j % 7 == 3:
            paras.append(f"<h2>Section {j}</h2><ul>" + "".join(f"<li>{rng.choice(WORDS)} {k}</li>"
                                                             for k in range(4)) + "</ul>")
    nav = "".join(f'<li><a href="/cat/{w}">{w}</a></li>' for w in WORDS[:25])
    comments = "".join(f'<div class="comment"><b>user{k}</b><p>Great post, {rng.choice(WORDS)}!</p></div>'
                       for k in range(rng.randint(0, 8)))
    related = "".join(f'<li><a href="/post/{(i + k) % 1000}.html">Related {k}</a></li>' for k in range(1, 11))
    script = "<script>window.dataLayer=[" + ",".join(str(rng.random()) for _ in range(200)) + "];</script>"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="author" content="Author {i % 17}"><meta name="description" content="{title}">'
            f"{script}<style>.x{{color:red}}</style></head><body>"
            f'<header class="site-header"><nav><ul>{nav}</ul></nav></header>'
            f'<div id="cookie-consent">We use cookies. <button>Accept all</button></div>'
            f'<div class="layout"><main><article><h1>{title}</h1><div class="meta">By Author {i % 17} · '
            f'2026-0{1 + i % 9}-1{i % 10}</div>{"".join(paras)}</article>'
            f'<section class="comments"><h3>Comments</h3>{comments}</section></main>'
            f'<aside class="sidebar"><h3>Related</h3><ul>{related}</ul><div class="ad">Advertisement</div></aside>'
            f'</div><footer><p>Newsletter signup</p><p>© 2026 Brew Media</p><ul>{nav}</ul></footer></body></html>')


def serve(port_queue: mp.Queue, n: int) -> None:
    pages = {f"/post/{i}.html": page(i).encode() for i in range(n)}
    sitemap = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               + "".join(f"<url><loc>http://127.0.0.1:{{port}}/post/{i}.html</loc></url>" for i in range(n))
               + "</urlset>")

    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *a: object) -> None:
            pass

        def setup(self) -> None:
            super().setup()  # no Nagle delay: headers and body go out at once for every client alike
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:
            if self.path == "/robots.txt":
                body, ctype = b"User-agent: *\nAllow: /\n", "text/plain"
            elif self.path == "/sitemap.xml":
                body, ctype = sitemap.replace("{port}", str(self.server.server_address[1])).encode(), "application/xml"
            elif self.path in pages:
                body, ctype = pages[self.path], "text/html; charset=utf-8"
            else:
                body, ctype = b"not found", "text/plain"
            self.send_response(200 if ctype != "text/plain" or self.path == "/robots.txt" else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    httpd.daemon_threads = True
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


def baseline(urls: list[str]) -> tuple[float, float, dict[str, str], dict[str, bytes]]:
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()  # trafilatura's defaults, except its own SSRF guard, which refuses our loopback server
    config.set("DEFAULT", "SSRF_PROTECTION", "False")
    texts, htmls = {}, {}
    t0, c0 = time.perf_counter(), time.process_time()
    for url in urls:
        html = trafilatura.fetch_url(url, config=config)
        texts[url] = trafilatura.extract(html) or ""
        htmls[url] = html.encode() if isinstance(html, str) else (html or b"")
    return time.perf_counter() - t0, time.process_time() - c0, texts, htmls


def _cpu(procs: list) -> float:
    return sum(sum(p.cpu_times()[:2]) for p in procs)


class Ours:
    """Our crawler with a warm extraction pool shared by every round (a long-running crawler's pool)."""

    def __init__(self, base: str, n: int, workers: int) -> None:
        import psutil

        from basementbrew.data.sources import runner
        from basementbrew.data.sources.extract import Extractor

        self.base, self.n, self.workers = base, n, workers
        self.pool = Extractor(workers)
        for f in [self.pool.submit("page", page(0).encode(), f"{base}/warm") for _ in range(workers * 2)]:
            f.result()
        self._close, self.pool.close = self.pool.close, lambda: None  # type: ignore[method-assign]
        runner.Extractor = lambda *a, **k: self.pool  # type: ignore[assignment,misc]
        self.procs = [psutil.Process(), *psutil.Process().children()]  # this process and the workers

    def crawl(self) -> tuple[float, float, dict[str, str]]:
        from basementbrew.data.sources import config, runner
        from basementbrew.data.sources.shards import read_shard

        cfg = config.parse({"name": f"bench-{time.time_ns()}", "workers": self.workers, "flush_s": 3600,
                            "http": {"allow_loopback": True, "delay_s": 0, "per_host_concurrency": 8,
                                     "cache": False},
                            "sources": [{"kind": "web", "sitemaps": [f"{self.base}/sitemap.xml"], "max_depth": 0,
                                         "max_pages": self.n, "concurrency": 8}]})
        t0, c0 = time.perf_counter(), _cpu(self.procs)
        result = runner.run(cfg)
        seconds, cpu = time.perf_counter() - t0, _cpu(self.procs) - c0
        texts = {r["url"]: r["text"] for s in sorted(result.path.glob("docs-*.jsonl.gz")) for r in read_shard(s)}
        return seconds, cpu, texts

    def extract_only(self, htmls: list[bytes]) -> float:
        t0 = time.perf_counter()
        for f in [self.pool.submit("html", h, None) for h in htmls]:
            f.result()
        return len(htmls) / (time.perf_counter() - t0)

    def close(self) -> None:
        self._close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=7, help="alternating baseline/ours rounds; medians reported")
    args = parser.parse_args()
    q: mp.Queue = mp.get_context("spawn").Queue()
    server = mp.get_context("spawn").Process(target=serve, args=(q, args.pages), daemon=True)
    server.start()
    port = q.get(timeout=60)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.05)
    os.environ["BREW_HOME"] = tempfile.mkdtemp(prefix="brew-bench-")
    urls = [f"{base}/post/{i}.html" for i in range(args.pages)]
    load = os.getloadavg()[0]
    b_rates, o_rates, b_cpus, o_cpus, x_rates, same, docs = [], [], [], [], [], args.pages, args.pages
    ours = Ours(base, args.pages, args.workers)
    try:
        for r in range(args.rounds):  # alternate, so both see the same phases of the other jobs' load
            if r % 2:
                ours_s, our_cpu, our_texts = ours.crawl()
                base_s, base_cpu, base_texts, htmls = baseline(urls)
            else:
                base_s, base_cpu, base_texts, htmls = baseline(urls)
                ours_s, our_cpu, our_texts = ours.crawl()
            x_rates.append(ours.extract_only([htmls[u] for u in urls]))
            b_rates.append(args.pages / base_s)
            o_rates.append(len(our_texts) / ours_s)
            b_cpus.append(1000 * base_cpu / args.pages)
            o_cpus.append(1000 * our_cpu / max(1, len(our_texts)))
            same = min(same, sum(1 for u in urls if our_texts.get(u) == base_texts[u]))
            docs = min(docs, len(our_texts))
    finally:
        ours.close()
        server.kill()
    med = statistics.median
    sizes = sorted(len(page(i)) for i in range(args.pages))
    print(f"{args.pages} pages, HTML {sizes[0] // 1024}-{sizes[-1] // 1024} kB (median {sizes[len(sizes) // 2] // 1024}"
          f" kB), {os.cpu_count()} CPUs (load average {load:.1f} at start), {args.workers} extraction workers, "
          f"{args.rounds} alternating rounds, medians; OMP_NUM_THREADS=1")
    print(f"trafilatura fetch_url+extract loop:          {med(b_rates):7.1f} pages/s  {med(b_cpus):5.1f} CPU-ms/page"
          f"  rounds {[round(r) for r in b_rates]}")
    print(f"basementbrew crawler (fetch+extract+shards): {med(o_rates):7.1f} pages/s  {med(o_cpus):5.1f} CPU-ms/page"
          f"  rounds {[round(r) for r in o_rates]}  (all processes)")
    print(f"basementbrew extractor pool alone:           {med(x_rates):7.1f} pages/s")
    paired = [o / b for o, b in zip(o_rates, b_rates, strict=True)]
    print(f"ratio crawler/baseline: {med(paired):.2f}x median of paired rounds {[round(x, 2) for x in paired]}, "
          f"{med(o_rates) / med(b_rates):.2f}x of the medians (target >= {TARGET_RATIO}x); "
          f"load average {load:.1f} at start, {os.getloadavg()[0]:.1f} at end")
    print(f"identical extracted text: {same}/{args.pages} pages, {docs} documents stored")
    return 0 if same == args.pages and docs == args.pages else 1


if __name__ == "__main__":
    sys.exit(main())
