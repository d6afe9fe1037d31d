"""Web crawl: from seed URLs and sitemaps, within allowed domains, to a depth and a page limit.

Fetches overlap in a thread pool (the polite client still spaces requests per host); each page's main text,
metadata and links come from trafilatura in the extractor's worker processes. URLs are normalized with
courlan (lower-case host, no fragment, default port dropped, tracking parameters removed) before the
de-duplication check. The cursor is the frontier (pending URLs with their depth, in-flight ones included)
and the number of pages fetched, so a resumed crawl continues the same walk without refetching. A page
that fails transiently (timeout, 5xx) is deferred; its second pass is a small crawl from those pages (their
links are followed as in the first pass, within what is left of ``max_pages``).

A link to a PDF or DOCX file is fetched like a page (robots.txt, per-host spacing, the body cap: the same
client) and parsed in the extractor pool as ``scrape files`` parses one (pypdf, python-docx); which it is comes
from the response's content type, or from the URL's ``.pdf``/``.docx`` suffix when a server sends
``application/octet-stream``. A broken, encrypted or text-less file is an error record (``broken pdf``,
``encrypted pdf``, ``no text`` ...); a document has no links to follow.

A config that cannot fetch anything (no seeds and no sitemaps, or a seed that is not an http(s) URL, which
:func:`normalize` would drop without a word) is refused by :meth:`WebConfig.preflight`, naming the key: such
a crawl used to publish an empty version and exit 0. So is one whose every start URL is on this machine or a
private network while ``http.allow_loopback`` / ``allow_private`` are off (:meth:`WebConfig.preflight_http`).
"""

from __future__ import annotations

import gzip
from collections import deque
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from pathlib import PurePosixPath
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import Field

from basementbrew.data.http import FetchError
from basementbrew.data.sources.base import Context, SourceConfig, make_doc, register
from basementbrew.data.sources.extract import ExtractError
from basementbrew.errors import BrewError

HTML_TYPES = ("text/html", "application/xhtml+xml")
SITEMAP_TYPES = ("application/xml", "text/xml", "application/gzip", "application/x-gzip", "text/plain")
SKIP_EXT = (".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp", ".ico", ".css", ".js", ".zip", ".gz", ".tar",
            ".mp3", ".mp4", ".avi", ".mov", ".woff", ".woff2", ".ttf", ".exe", ".dmg", ".iso")
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC_TYPES = {"application/pdf": "pdf", "application/x-pdf": "pdf", DOCX_TYPE: "docx"}  # content type: extractor kind
DOC_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}
OCTET_TYPES = ("application/octet-stream", "binary/octet-stream")
PAGE_TYPES = (*HTML_TYPES, *DOC_TYPES, *OCTET_TYPES)  # what a crawled URL may answer with


def document_kind(content_type: str, url: str) -> str | None:
    """``"pdf"``/``"docx"`` for a fetched file the extractor parses as a document, None for anything else (an
    HTML page). A server that sends a document as octet-stream is read by the URL path's suffix."""
    if content_type in DOC_TYPES:
        return DOC_TYPES[content_type]
    if content_type in OCTET_TYPES:
        return DOC_SUFFIXES.get(PurePosixPath(urlsplit(url).path).suffix.lower())
    return None


class WebConfig(SourceConfig):
    kind: Literal["web"]
    seeds: list[str] = Field(default_factory=list)
    sitemaps: list[str] = Field(default_factory=list)
    allowed_domains: list[str] | None = None  # default: the hosts of the seeds and sitemaps
    max_depth: int = Field(2, ge=0)  # 0: the seeds and sitemap pages only
    max_pages: int = Field(100, ge=1)
    concurrency: int = Field(8, ge=1, le=64)
    licence: str | None = None

    def preflight(self, key: str) -> None:
        if not (self.seeds or self.sitemaps):
            raise BrewError(f"{key}.seeds: give at least one seed URL or sitemap (seeds: [https://example.org/] "
                            "or sitemaps: [https://example.org/sitemap.xml])")
        for field, check in (("seeds", normalize), ("sitemaps", _http_url)):
            for i, url in enumerate(getattr(self, field)):
                if check(url) is None:
                    raise BrewError(f"{key}.{field}[{i}]: {url!r} is not an http(s) URL; write it in full, "
                                    "like https://example.org/")

    def preflight_http(self, key: str, http: Any) -> None:
        """Refuse a crawl whose every seed and sitemap the address check would refuse (loopback or private,
        with ``http.allow_loopback`` / ``http.allow_private`` off): it used to publish an empty version and
        exit 0, its only hint ``ssrf (1)`` in the summary. Resolved once here, as the client will; a host
        that does not resolve is left to the crawl (offline, a typo), which says so in its error record."""
        import socket

        from basementbrew.data.netguard import AddressRefused, resolve_checked

        urls = [u for u in (*map(normalize, self.seeds), *map(_http_url, self.sitemaps)) if u]
        refused: list[tuple[str, str]] = []
        for url in urls:
            parts = urlsplit(url)
            try:
                resolve_checked(parts.hostname or "", parts.port or (443 if parts.scheme == "https" else 80),
                                socket.getaddrinfo, http.allow_loopback, http.allow_private)
            except AddressRefused as exc:
                if " resolves to " in exc.problem:
                    refused.append((url, exc.problem))
                    continue
            return  # this start URL may be fetched (or the crawl will say why not)
        if not refused:
            return
        needed = {"allow_loopback" if " loopback " in problem else "allow_private" for _, problem in refused}
        where = " and ".join(w for k, w in (("allow_loopback", "this machine (loopback)"),
                                            ("allow_private", "private networks")) if k in needed)
        url, problem = refused[0]
        more = f" and {len(refused) - 1} more" if len(refused) > 1 else ""
        raise BrewError(f"{key} (web): every start URL is refused before any request: {url} ({problem}){more}; "
                        f"the scraper does not crawl {where} unless told to; to crawl a local server on purpose, "
                        f"use a scrape config with `http: {{{', '.join(f'{k}: true' for k in sorted(needed))}}}` "
                        f"({', '.join(f'http.{k}' for k in sorted(needed))})")


def normalize(url: str) -> str | None:
    from courlan import normalize_url

    try:
        out = normalize_url(url.strip(), strict=True)
    except (ValueError, TypeError):
        return None
    parts = urlsplit(out)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        return None
    return out


def _http_url(url: str) -> str | None:
    """``url`` when it is an http(s) URL with a host (a sitemap is fetched as written, not normalized)."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError:
        return None
    return url if parts.scheme in {"http", "https"} and host else None


def _host_allowed(url: str, domains: set[str]) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in domains)


def parse_sitemap(content: bytes) -> tuple[list[str], list[str]]:
    """(page URLs, nested sitemap URLs) of a sitemap or sitemap index (gzip allowed)."""
    from lxml import etree

    if content[:2] == b"\x1f\x8b":
        content = gzip.decompress(content)
    root = etree.fromstring(content, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    tag = etree.QName(root).localname
    locs = [el.text.strip() for el in root.iter("{*}loc") if el.text]
    return ([], locs) if tag == "sitemapindex" else (locs, [])


class WebSource:
    def __init__(self, cfg: WebConfig) -> None:
        self.cfg = cfg
        self.name = "web"

    def _start(self, ctx: Context, domains: set[str], seeds: list[str], sitemaps: list[str]) -> list[tuple[str, int]]:
        pending = [(u, 0) for u in (normalize(s) for s in seeds) if u]
        maps, done = deque(sitemaps), set()
        while maps and not ctx.stopped:
            sm = maps.popleft()
            if sm in done:
                continue
            done.add(sm)
            try:
                pages, nested = parse_sitemap(ctx.client.get(sm, expect=SITEMAP_TYPES).content)
            except FetchError as exc:
                ctx.fail(sm, exc, retry={"sitemap": sm})
                continue
            except Exception as exc:  # lxml XMLSyntaxError and friends: a broken sitemap
                ctx.error(sm, "malformed sitemap", f"{type(exc).__name__}: {exc}")
                continue
            maps.extend(nested)
            pending += [(u, 0) for u in (normalize(p) for p in pages) if u and _host_allowed(u, domains)]
        return pending

    def _page(self, ctx: Context, url: str, follow: bool) -> tuple[str, dict[str, Any]]:
        domains = self._domains()  # a redirect stays inside them too: no request to, no page from another site
        resp = ctx.client.get(url, expect=PAGE_TYPES, redirect_ok=lambda target: _host_allowed(target, domains))
        kind = document_kind(resp.content_type, resp.url)
        if kind is not None:  # a PDF or DOCX: parsed as `scrape files` parses one; ExtractError is its record
            return resp.url, {**ctx.extractor.submit(kind, resp.content, resp.url).result(), "format": kind}
        if resp.content_type in OCTET_TYPES:  # neither a page nor a document this crawl reads
            raise FetchError(url, "content type", f"{resp.content_type} not in {list(HTML_TYPES + tuple(DOC_TYPES))}")
        if follow:  # links are read only where the crawl goes deeper
            return resp.url, ctx.extractor.submit("page", resp.markup, resp.url).result()
        try:
            return resp.url, ctx.extractor.submit("html", resp.markup, resp.url).result()
        except ExtractError as exc:
            return resp.url, {"text": "", "error": exc.reason}

    def _domains(self) -> set[str]:
        cfg = self.cfg
        return {d.lower() for d in (cfg.allowed_domains or [])} or {
            (urlsplit(u).hostname or "").lower() for u in [*cfg.seeds, *cfg.sitemaps]}

    def scrape(self, ctx: Context) -> None:
        domains = self._domains()
        state = ctx.cursor or {"pending": self._start(ctx, domains, self.cfg.seeds, self.cfg.sitemaps), "fetched": 0}
        self._fetched = self._crawl(ctx, state, domains)

    def retry(self, ctx: Context, payloads: list[Any]) -> None:
        domains = self._domains()
        pages = [(p["url"], p["depth"]) for p in payloads if "url" in p]
        fetched = getattr(self, "_fetched", self.cfg.max_pages) - len(pages)  # they were counted once already
        pages += self._start(ctx, domains, [], [p["sitemap"] for p in payloads if "sitemap" in p])
        self._crawl(ctx, {"pending": pages, "fetched": max(0, fetched)}, domains)

    def _crawl(self, ctx: Context, state: dict[str, Any], domains: set[str]) -> int:
        cfg = self.cfg
        frontier = deque((u, d) for u, d in state["pending"])
        fetched = state["fetched"]
        enqueued = {u for u, _ in frontier}
        in_flight: dict[Future[Any], tuple[str, int]] = {}
        with ThreadPoolExecutor(cfg.concurrency, thread_name_prefix="web") as pool:
            while (frontier or in_flight) and not ctx.stopped:
                while frontier and len(in_flight) < cfg.concurrency and fetched + len(in_flight) < cfg.max_pages:
                    url, depth = frontier.popleft()
                    if ctx.seen(url) or url.lower().endswith(SKIP_EXT):
                        continue
                    in_flight[pool.submit(self._page, ctx, url, depth < cfg.max_depth)] = (url, depth)
                if not in_flight:
                    break
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for fut in done:
                    url, depth = in_flight.pop(fut)
                    fetched += 1
                    try:
                        final, page = fut.result()
                    except (FetchError, ExtractError) as exc:
                        ctx.fail(url, exc, retry={"url": url, "depth": depth})
                        continue
                    if depth < cfg.max_depth:
                        for link in page.get("links", []):
                            norm = normalize(link)
                            if norm and norm not in enqueued and _host_allowed(norm, domains):
                                enqueued.add(norm)
                                frontier.append((norm, depth + 1))
                    if page.get("error"):
                        ctx.error(url, page["error"])
                    else:
                        ctx.emit(make_doc("web", url, page["text"], url=final, title=page.get("title"),
                                          author=page.get("author"), licence=cfg.licence, query=None,
                                          date=page.get("date"), language=page.get("language"), depth=depth,
                                          format=page.get("format"), pages=page.get("pages")))
                pending = [*in_flight.values(), *frontier]
                ctx.checkpoint({"pending": pending, "fetched": fetched})
            for fut in in_flight:
                fut.cancel()
        return fetched


register("web", WebConfig, WebSource)
