"""The polite HTTP client every scraping source goes through.

Sources never make requests themselves: :class:`PoliteClient` is where the web is treated well and where we
are protected from it. One shared client serves all sources of a scrape (it is thread-safe), so per-host
limits hold across sources. The bytes go over httpcore's pools (:mod:`basementbrew.data.wire`).

Politeness:
    robots.txt is fetched once per host and read with protego (RFC 9309; ``Crawl-delay`` raises the host's
    request spacing). A robots.txt answering 4xx allows everything; 5xx or unreachable disallows the host,
    and its pages fail with robots.txt's own (transient) reason, not ``robots``.
    Requests to one host start at least ``delay_s`` (or its Crawl-delay) apart, at most
    ``per_host_concurrency`` at a time. A User-Agent with a contact address goes with every request.
Retries:
    429, 500, 502, 503, 504 and transport errors (timeouts, refused connections) are retried up to
    ``retries`` times with exponential backoff and full jitter; ``Retry-After`` (seconds or an HTTP date)
    and the rate-limit headers APIs send (``X-RateLimit-Remaining: 0`` with ``X-RateLimit-Reset`` as epoch
    seconds (GitHub) or seconds to wait (Reddit)) push the host's next request back. A wait longer than
    ``max_wait_s`` is an error instead.
Safety limits (named constants below, overridable per client):
    bodies larger than ``max_bytes`` (decoded) are cut off and refused; a response whose content type is not one the
    caller expects is refused; redirects are followed by hand (at most ``MAX_REDIRECTS``; a loop is an
    error; a caller may keep them on its own sites, as the web crawl keeps them on its allowed domains) and
    every hop's host is resolved and refused when any address is loopback or not globally
    routable (private, link-local, CGNAT, reserved, multicast), unless ``allow_loopback``/``allow_private``
    say otherwise (tests allow loopback, nothing else does by default). That early check gives a clear
    ``ssrf`` reason before robots.txt is asked; the binding check is at connect time
    (:mod:`basementbrew.data.netguard`): every socket resolves its host once, checks every answer and dials
    the checked address, so a DNS-rebinding host cannot pass the check and then connect elsewhere.
Cache:
    with ``cache_dir`` set, GET responses carrying an ETag or Last-Modified are kept on disk and revalidated
    with If-None-Match / If-Modified-Since; a 304 answers from the cache.

Every failure is a :class:`FetchError` with a short ``reason`` code; sources turn it into an error record.
Stopping: a client built with ``stop`` (the scrape's Ctrl-C event) raises :class:`Stopped` from any request
that would still wait for its host's turn or start after the event is set, so an interrupted crawl behind a
long ``Crawl-delay`` ends in seconds instead of after every queued request.
"""

from __future__ import annotations

import codecs
import email.utils
import hashlib
import json
import random
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from basementbrew.data import wire
from basementbrew.data.netguard import AddressRefused, GuardedBackend, Resolver, Unresolved, resolve_checked
from basementbrew.data.wire import GuardedPools
from basementbrew.workspace import atomic_write_bytes

DEFAULT_USER_AGENT = "BasementBrewAI-scraper/0.1"
MAX_BYTES = 20 * 1024 * 1024  # largest body we read (PDFs included)
MAX_REDIRECTS = 5
TIMEOUT_S = 20.0
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_WAIT_S = 120.0  # longest Retry-After / rate-limit reset we sleep through


class Stopped(BaseException):
    """The run is stopping (Ctrl-C): the request was not made. Not an ``Exception`` on purpose: it is no
    failure of the item, so no ``except Exception`` in a source may turn it into an error record (which
    would keep a resumed run from fetching the item); the runner catches it where a source ends."""


class FetchError(Exception):
    """One request that failed for good; ``reason`` is a short code (``robots``, ``status 404``, ``ssrf`` …)."""

    def __init__(self, url: str, reason: str, detail: str = "") -> None:
        super().__init__(f"{url}: {reason}{' (' + detail + ')' if detail else ''}")
        self.url = url
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class HttpSettings:
    """How the client behaves; the scrape config's ``http`` section maps onto this."""

    user_agent: str = DEFAULT_USER_AGENT
    contact: str = ""
    timeout_s: float = TIMEOUT_S
    max_bytes: int = MAX_BYTES
    retries: int = 3
    backoff_s: float = 0.5
    max_backoff_s: float = 30.0
    max_wait_s: float = MAX_WAIT_S
    delay_s: float = 1.0
    per_host_concurrency: int = 2
    host_delays: Mapping[str, float] = field(default_factory=dict)  # host -> spacing (arXiv asks for 3 s)
    respect_robots: bool = True
    cache_dir: Path | None = None
    allow_loopback: bool = False
    allow_private: bool = False

    @property
    def agent(self) -> str:
        return f"{self.user_agent} (+{self.contact})" if self.contact else self.user_agent


@dataclass
class Response:
    """A fetched body (already size-checked) with what the sources need to know about it."""

    url: str  # final URL after redirects
    status: int
    headers: httpx.Headers
    content: bytes
    from_cache: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return decode(self.content, self.headers.get("content-type", ""))

    @property
    def markup(self) -> bytes | str:
        """The body for the HTML extractor: decoded here when the Content-Type header names a charset other
        than UTF-8 (it outranks a ``<meta charset>``, as in browsers; the extractor never sees the header),
        else the bytes, which the extractor decodes (UTF-8, a ``<meta charset>``, or a guess)."""
        charset = _charset(self.headers.get("content-type", ""))
        try:
            utf8 = not charset or codecs.lookup(charset).name == "utf-8"
        except LookupError:  # a charset Python does not know: as if none were named
            utf8 = True
        return self.content if utf8 else self.text

    def json(self) -> Any:
        try:
            return json.loads(self.content)
        except (ValueError, UnicodeDecodeError) as exc:
            raise FetchError(self.url, "malformed json", str(exc)[:120]) from exc


# Legacy encodings preferred when charset_normalizer scores several decodings of a text the same (equal
# chaos and coherence): windows-1252 first, as the WHATWG Encoding standard does for unlabelled Western text
# (what "latin-1" means on the web), then true ISO-8859-1. Without this, French or Portuguese notes came out
# in cp1250 ("la bičre ... ŕ 18"), the first of the tied candidates in the library's own order.
TIE_PREFERENCE = ("cp1252", "latin_1")


def decode(content: bytes, content_type: str = "") -> str:
    """Bytes to text: the declared charset when it decodes cleanly, else UTF-8 (a BOM dropped), else the
    decoding charset_normalizer scores best, ties going to :data:`TIE_PREFERENCE`."""
    charset = _charset(content_type)
    if charset:
        try:
            return content.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = guess_encoding(content)
        return content.decode(best) if best else content.decode("utf-8", errors="replace")


def _charset(content_type: str) -> str:
    """The ``charset`` parameter of a Content-Type header ('' when it names none)."""
    charset = ""
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset":
            charset = value.strip("\"' ")
    return charset


def guess_encoding(content: bytes) -> str | None:
    """charset_normalizer's best encoding for ``content`` (``None``: nothing plausible). Its ranking is kept;
    only among candidates it cannot tell apart does :data:`TIE_PREFERENCE` decide, so a Polish or Czech
    cp1250 text (where cp1252 scores worse) still decodes as cp1250."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(content))
    if not matches:
        return None
    top = matches[0]
    tied = {m.encoding for m in matches if (m.chaos, m.coherence) == (top.chaos, top.coherence)}
    return next((enc for enc in TIE_PREFERENCE if enc in tied), top.encoding)


class _HostGate:
    """Spacing and concurrency for one host: a semaphore plus the earliest time the next request may start."""

    def __init__(self, delay: float, concurrency: int) -> None:
        self.delay = delay
        self.sem = threading.Semaphore(concurrency)
        self.lock = threading.Lock()
        self.next_at = 0.0

    def wait_turn(self, stop: threading.Event | None = None) -> None:
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_at)
            self.next_at = start + self.delay
        if stop is None:
            if start > now:
                time.sleep(start - now)
        elif stop.wait(max(0.0, start - now)):
            raise Stopped

    def push_back(self, seconds: float) -> None:
        with self.lock:
            self.next_at = max(self.next_at, time.monotonic() + seconds)


def _snippet(body: bytes) -> str:
    """The start of an error body (APIs explain themselves there: ``{"code": "rateLimited", ...}``)."""
    return " ".join(body[:300].decode("utf-8", errors="replace").split())[:200]


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _rate_limit_wait(headers: httpx.Headers) -> float | None:
    """Seconds until an exhausted API quota resets (GitHub: epoch seconds; Reddit: seconds to wait)."""
    remaining = headers.get("x-ratelimit-remaining")
    reset = headers.get("x-ratelimit-reset")
    if remaining is None or reset is None:
        return None
    try:
        if float(remaining) > 0:
            return None
        value = float(reset)
    except ValueError:
        return None
    return max(0.0, value - time.time()) if value > 1e9 else value


class PoliteClient:
    """Thread-safe polite GET/POST; see the module docstring for the rules it keeps."""

    def __init__(self, settings: HttpSettings | None = None, resolve: Resolver | None = None,
                 stop: threading.Event | None = None) -> None:
        """``resolve``: a ``getaddrinfo``-like hook (tests map made-up names to 127.0.0.1 with it); ``stop``:
        once set, requests raise :class:`Stopped` instead of waiting for their turn."""
        self.settings = s = settings or HttpSettings()
        self._stop = stop
        self._resolve = resolve or socket.getaddrinfo
        self._pools = GuardedPools(GuardedBackend(s.allow_loopback, s.allow_private, self._resolve))
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._robots_locks: dict[str, threading.Lock] = {}
        self._robots_failed: dict[str, FetchError] = {}  # origin: why its robots.txt could not be read
        self._checked_hosts: dict[str, str | None] = {}
        self.stats = {"requests": 0, "bytes": 0, "retries": 0, "cache_hits": 0}

    def close(self) -> None:
        self._pools.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- address checks -------------------------------------------------------------------------------------
    def check_address(self, url: str) -> None:
        """Refuse URLs that are not http(s) or whose host resolves to a forbidden address."""
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise FetchError(url, "bad url", "only http(s) URLs with a host")
        host = parts.hostname
        with self._lock:
            cached = self._checked_hosts.get(host, "unchecked")
        if cached != "unchecked":
            if cached:
                raise FetchError(url, "ssrf", cached)
            return
        try:
            resolve_checked(host, parts.port or (443 if parts.scheme == "https" else 80), self._resolve,
                            self.settings.allow_loopback, self.settings.allow_private)
            problem = None
        except Unresolved as exc:  # offline or a typo, not a refusal: transient, and asked again next time
            raise FetchError(url, "dns", exc.problem) from None
        except AddressRefused as exc:
            problem = exc.problem
        with self._lock:
            self._checked_hosts[host] = problem
        if problem:
            raise FetchError(url, "ssrf", problem)

    # -- robots.txt -----------------------------------------------------------------------------------------
    def _origin(self, url: str) -> str:
        p = urlsplit(url)
        return f"{p.scheme}://{p.netloc}"

    def robots(self, url: str) -> Any:
        """The protego parser for ``url``'s origin (``None``: no rules); fetched once per origin."""
        origin = self._origin(url)
        with self._lock:
            lock = self._robots_locks.setdefault(origin, threading.Lock())
        with lock:
            if origin in self._robots:
                return self._robots[origin]
            from protego import Protego

            try:
                resp = self._request("GET", origin + "/robots.txt", check_robots=False, expect=None)
                parser = Protego.parse(resp.text)
            except FetchError as exc:  # 4xx: no robots.txt, everything allowed; unreachable or 5xx: stay away
                parser = None if exc.reason.startswith("status 4") else Protego.parse("User-agent: *\nDisallow: /")
                if parser is not None:
                    self._robots_failed[origin] = exc
            self._robots[origin] = parser
            if parser is not None:
                delay = parser.crawl_delay(self.settings.user_agent)
                if delay:
                    gate = self._gate(urlsplit(url).netloc)
                    gate.delay = max(gate.delay, float(delay))
            return parser

    def _robots_refusal(self, url: str) -> FetchError:
        """Why ``url`` is not fetched: its robots.txt forbids it, or (RFC 9309) robots.txt itself could not be
        fetched; then the error carries that failure's reason (``connection``, ``status 503`` ...), so a site
        that was down is retried like one (second pass, resume) instead of being recorded as forbidding us."""
        failed = self._robots_failed.get(self._origin(url))
        if failed is None:
            return FetchError(url, "robots", "disallowed by robots.txt")
        why = f"{failed.reason}: {failed.detail.rstrip('; ')}" if failed.detail.rstrip("; ") else failed.reason
        return FetchError(url, failed.reason, f"robots.txt could not be fetched ({why}); the host is not crawled "
                          "until it answers (RFC 9309)")

    def allowed(self, url: str) -> bool:
        if not self.settings.respect_robots:
            return True
        parser = self.robots(url)
        return parser is None or parser.can_fetch(url, self.settings.user_agent)

    # -- the request loop -----------------------------------------------------------------------------------
    def _gate(self, netloc: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(netloc)
            if gate is None:
                host = netloc.split(":")[0]
                delays = self.settings.host_delays
                delay = delays.get(netloc, delays.get(host, self.settings.delay_s))
                gate = self._gates[netloc] = _HostGate(delay, self.settings.per_host_concurrency)
            return gate

    def min_delay(self, url: str, seconds: float) -> None:
        """Space requests to ``url``'s host at least ``seconds`` apart (an API's documented rule)."""
        gate = self._gate(urlsplit(url).netloc)
        gate.delay = max(gate.delay, seconds)

    def get(self, url: str, *, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None,
            expect: Sequence[str] | None = None, check_robots: bool = True,
            redirect_ok: Callable[[str], bool] | None = None) -> Response:
        """GET ``url`` politely. ``expect``: accepted content-type prefixes (``None``: any). ``redirect_ok``: whether
        a redirect may go to a URL (a crawl's allowed domains); a refused hop is an ``off-site redirect`` error,
        raised before any request to it."""
        if params:
            url = str(httpx.URL(url, params={k: v for k, v in params.items() if v is not None}))
        return self._request("GET", url, headers=headers, expect=expect, check_robots=check_robots,
                             redirect_ok=redirect_ok)

    def post(self, url: str, *, data: Mapping[str, str] | None = None, headers: Mapping[str, str] | None = None,
             auth: tuple[str, str] | None = None, expect: Sequence[str] | None = None) -> Response:
        return self._request("POST", url, headers=headers, data=data, auth=auth, expect=expect, check_robots=False)

    def _request(self, method: str, url: str, *, headers: Mapping[str, str] | None = None,
                 data: Mapping[str, str] | None = None, auth: tuple[str, str] | None = None,
                 expect: Sequence[str] | None = None, check_robots: bool = True,
                 redirect_ok: Callable[[str], bool] | None = None) -> Response:
        seen: set[str] = set()
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self.check_address(current)
            if check_robots and not self.allowed(current):
                raise self._robots_refusal(current)
            if current in seen:
                raise FetchError(url, "redirect loop", current)
            seen.add(current)
            resp = self._send(method, current, headers, data, auth)
            if resp.status in (301, 302, 303, 307, 308) and "location" in resp.headers:
                current = urljoin(current, resp.headers["location"])
                if redirect_ok is not None and not redirect_ok(current):
                    raise FetchError(url, "off-site redirect", f"to {current}, outside the allowed domains")
                if resp.status == 303:
                    method, data = "GET", None
                continue
            if resp.status >= 400:
                raise FetchError(current, f"status {resp.status}", _snippet(resp.content))
            if expect is not None and resp.status != 304 and not any(
                    resp.content_type.startswith(e) for e in expect):
                raise FetchError(current, "content type", f"{resp.content_type or 'none'} not in {list(expect)}")
            return resp
        raise FetchError(url, "too many redirects", f"more than {MAX_REDIRECTS}")

    def _send(self, method: str, url: str, headers: Mapping[str, str] | None, data: Mapping[str, str] | None,
              auth: tuple[str, str] | None) -> Response:
        s = self.settings
        gate = self._gate(urlsplit(url).netloc)
        cached = self._cache_get(url) if method == "GET" else None
        req_headers = dict(headers or {})
        if cached:
            if cached.get("etag"):
                req_headers["If-None-Match"] = cached["etag"]
            if cached.get("last_modified"):
                req_headers["If-Modified-Since"] = cached["last_modified"]
        attempt = 0
        while True:
            wait: float | None = None
            if self._stop is not None and self._stop.is_set():
                raise Stopped
            with gate.sem:
                gate.wait_turn(self._stop)
                try:
                    status, resp_headers, body = self._stream(method, url, req_headers, data, auth)
                except Unresolved as exc:  # the name stopped resolving between the check and the connect
                    raise FetchError(url, "dns", exc.problem) from None
                except AddressRefused as exc:  # the connect-time check (a DNS answer that changed)
                    raise FetchError(url, "ssrf", exc.problem) from None
                except (httpcore.TimeoutException, httpcore.NetworkError, httpcore.ProtocolError) as exc:
                    reason = "timeout" if isinstance(exc, httpcore.TimeoutException) else "connection"
                    if attempt >= s.retries:
                        raise FetchError(url, reason, type(exc).__name__) from exc
                    status, resp_headers, body = -1, httpx.Headers(), b""
            limit_wait = _rate_limit_wait(resp_headers)
            if status in RETRY_STATUSES or status == -1:
                if attempt >= s.retries:
                    raise FetchError(url, f"status {status}", f"after {attempt + 1} attempts; {_snippet(body)}")
                wait = _parse_retry_after(resp_headers.get("retry-after"))
                if wait is None:
                    wait = limit_wait
                if wait is None:
                    wait = random.uniform(0, min(s.max_backoff_s, s.backoff_s * 2 ** attempt))  # full jitter
                if wait > s.max_wait_s:
                    raise FetchError(url, f"status {status}", f"server asks to wait {wait:.0f} s")
                gate.push_back(wait)
                attempt += 1
                with self._lock:
                    self.stats["retries"] += 1
                continue
            if limit_wait:  # the quota is spent: later requests to this host wait for the reset
                if limit_wait > s.max_wait_s:
                    raise FetchError(url, "rate limited", f"quota resets in {limit_wait:.0f} s")
                gate.push_back(limit_wait)
            if status == 304 and cached:
                with self._lock:
                    self.stats["cache_hits"] += 1
                body = Path(cached["body"]).read_bytes()
                return Response(url, 200, httpx.Headers(cached["headers"]), body, from_cache=True)
            resp = Response(url, status, resp_headers, body)
            if method == "GET" and status == 200:
                self._cache_put(url, resp)
            return resp

    def _stream(self, method: str, url: str, headers: Mapping[str, str], data: Mapping[str, str] | None,
                auth: tuple[str, str] | None) -> tuple[int, httpx.Headers, bytes]:
        s = self.settings
        try:
            status, resp_headers, body = wire.send(self._pools, method, url, {"User-Agent": s.agent, **headers},
                                                   timeout=s.timeout_s, cap=s.max_bytes, data=data, auth=auth)
        except wire.TooLarge as exc:
            raise FetchError(url, "too large", exc.detail) from None
        except wire.BadEncoding as exc:
            raise FetchError(url, "bad content encoding", str(exc)) from None
        with self._lock:
            self.stats["requests"] += 1
            self.stats["bytes"] += len(body)
        return status, resp_headers, body

    # -- the on-disk cache ----------------------------------------------------------------------------------
    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.settings.cache_dir is None:
            return None
        key = hashlib.sha256(url.encode()).hexdigest()
        folder = Path(self.settings.cache_dir) / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def _cache_get(self, url: str) -> dict[str, Any] | None:
        paths = self._cache_paths(url)
        if paths is None or not paths[0].is_file() or not paths[1].is_file():
            return None
        try:
            meta = json.loads(paths[0].read_text(encoding="utf-8"))
        except ValueError:
            return None
        meta["body"] = str(paths[1])
        return meta

    def _cache_put(self, url: str, resp: Response) -> None:
        paths = self._cache_paths(url)
        etag, modified = resp.headers.get("etag"), resp.headers.get("last-modified")
        if paths is None or not (etag or modified):
            return
        keep = {k: v for k, v in resp.headers.items() if k.lower() in {"content-type", "etag", "last-modified"}}
        atomic_write_bytes(paths[1], resp.content)  # body first: the meta file is the cache entry's marker
        meta = {"url": url, "etag": etag, "last_modified": modified, "headers": keep}
        atomic_write_bytes(paths[0], json.dumps(meta).encode())
