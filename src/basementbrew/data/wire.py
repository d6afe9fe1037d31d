"""One HTTP request on the wire for :class:`~basementbrew.data.http.PoliteClient`: httpcore pools, no httpx.Client.

httpx 0.28 has no argument for a network backend on its default transport (encode/httpx#3749 is open), and
the scraper needs little of ``httpx.Client``: ``PoliteClient`` follows redirects, retries and caches itself
and wants no cookie jar. So requests go to public ``httpcore.ConnectionPool``\\ s over
:class:`~basementbrew.data.netguard.GuardedBackend` (the connect-time address check) directly, which costs
about half the CPU per request of ``httpx.Client`` (measured on the scrape benchmark's pages: the client
layer's URL merging, cookie extraction and auth flow were half of the fetch path). Kept from httpx: URL
parsing and percent-encoding (``httpx.URL``) and case-insensitive ``httpx.Headers``.

Bodies are decoded here (gzip and deflate, the encodings we ask for) with the size cap applied to the
decoded bytes, so a small compressed bomb cannot grow past ``max_bytes`` in memory.
"""

from __future__ import annotations

import base64
import ssl
import threading
import zlib
from collections.abc import Mapping
from urllib.parse import urlencode

import httpcore
import httpx

from basementbrew.data.netguard import GuardedBackend

ACCEPT_ENCODING = "gzip, deflate"


class BadEncoding(Exception):
    """A body that does not decode with the content encoding it declares."""


class TooLarge(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class GuardedPools:
    """httpcore connection pools over :class:`GuardedBackend`: one for http, one for https built on first use."""

    def __init__(self, backend: GuardedBackend, max_connections: int = 64, keepalive: int = 32,
                 verify: ssl.SSLContext | bool = True) -> None:
        self._backend, self._max, self._keepalive, self._verify = backend, max_connections, keepalive, verify
        self._plain = self._pool(None)
        self._tls: httpcore.ConnectionPool | None = None
        self._lock = threading.Lock()

    def _pool(self, context: ssl.SSLContext | None) -> httpcore.ConnectionPool:
        return httpcore.ConnectionPool(ssl_context=context, max_connections=self._max,
                                       max_keepalive_connections=self._keepalive, network_backend=self._backend)

    def for_scheme(self, scheme: str) -> httpcore.ConnectionPool:
        """Loading the CA bundle costs ~40 ms of CPU: only a scrape that speaks https pays it, once."""
        if scheme == "http":
            return self._plain
        with self._lock:
            if self._tls is None:
                v = self._verify
                self._tls = self._pool(v if isinstance(v, ssl.SSLContext) else httpx.create_ssl_context(verify=v))
            return self._tls

    def close(self) -> None:
        self._plain.close()
        if self._tls is not None:
            self._tls.close()


class _Decoder:
    """gzip or deflate to bytes, at most ``limit`` bytes out per call (a compression bomb never inflates)."""

    def __init__(self, encoding: str) -> None:
        self.deflate = encoding == "deflate"
        self.z = zlib.decompressobj(16 + zlib.MAX_WBITS if not self.deflate else zlib.MAX_WBITS)
        self.started = False

    def decompress(self, data: bytes, limit: int) -> bytes:
        try:
            out = self.z.decompress(data, limit)
        except zlib.error:
            if not (self.deflate and not self.started):
                raise
            self.z = zlib.decompressobj(-zlib.MAX_WBITS)  # "deflate" sent raw, as some servers do
            out = self.z.decompress(data, limit)
        self.started = True
        return out


def _decoder(encoding: str) -> _Decoder | None:
    encoding = encoding.strip().lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        return _Decoder("deflate" if encoding == "deflate" else "gzip")
    return None  # identity, or one we never ask for: passed on as sent (what httpx does)


def send(pools: GuardedPools, method: str, url: str, headers: Mapping[str, str], *, timeout: float, cap: int,
         data: Mapping[str, str] | None = None, auth: tuple[str, str] | None = None) -> tuple[int, httpx.Headers,
                                                                                               bytes]:
    """(status, headers, decoded body) of one request; :class:`TooLarge` past ``cap`` decoded bytes,
    :class:`BadEncoding` for a body that is not the gzip/deflate it claims.

    Raises httpcore's exceptions (``TimeoutException``, ``NetworkError``, ``ProtocolError``) and
    :class:`~basementbrew.data.netguard.AddressRefused` as they come.
    """
    u = httpx.URL(url)
    req = {"Host": u.netloc.decode("ascii"), "Accept": "*/*", "Accept-Encoding": ACCEPT_ENCODING, **headers}
    content = None
    if data is not None:
        content = urlencode(data).encode()
        req["Content-Type"] = "application/x-www-form-urlencoded"
        req["Content-Length"] = str(len(content))
    if auth is not None:
        req["Authorization"] = "Basic " + base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
    target = httpcore.URL(scheme=u.raw_scheme, host=u.raw_host, port=u.port, target=u.raw_path)
    pool = pools.for_scheme(u.scheme)
    ext = {"timeout": {"connect": timeout, "read": timeout, "write": timeout, "pool": timeout}}
    with pool.stream(method, target, headers=list(req.items()), content=content, extensions=ext) as r:
        resp_headers = httpx.Headers(r.headers)
        length = resp_headers.get("content-length")
        if length and length.isdigit() and int(length) > cap:
            raise TooLarge(f"content-length {length} > {cap}")
        decoder = _decoder(resp_headers.get("content-encoding", ""))
        chunks, size = [], 0
        try:
            for raw in r.iter_stream():
                chunk = raw if decoder is None else decoder.decompress(raw, cap + 1 - size)
                size += len(chunk)
                if size > cap or (decoder is not None and decoder.z.unconsumed_tail):
                    raise TooLarge(f"body over {cap} bytes")
                chunks.append(chunk)
            if decoder is not None:
                chunks.append(decoder.z.flush())
                if size + len(chunks[-1]) > cap:
                    raise TooLarge(f"body over {cap} bytes")
        except zlib.error as exc:
            raise BadEncoding(f"{resp_headers.get('content-encoding')}: {exc}") from None
        return r.status, resp_headers, b"".join(chunks)
