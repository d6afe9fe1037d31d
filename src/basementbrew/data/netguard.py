"""Where the scraper's sockets may go: the address policy, enforced on the address we actually connect to.

Checking a URL's host with ``getaddrinfo`` and then letting httpx connect leaves a DNS-rebinding window:
httpcore resolves the name again when it opens the socket, and a hostile DNS server can answer a public
address to the check and ``127.0.0.1`` or ``169.254.169.254`` to the connect. So the check lives in the
connect itself: :class:`GuardedBackend` is an httpcore network backend (httpcore's documented extension
point, ``ConnectionPool(network_backend=...)``) whose ``connect_tcp`` resolves the host once, refuses when
any answer is forbidden, and dials the checked IP literal. TLS is untouched: httpcore still handshakes
against the URL's host name (SNI and certificate checks), only the TCP endpoint is the pinned address.
Every connection goes through it, so every redirect hop and every reconnect is checked too.

httpx 0.28 has no argument for a network backend on its default transport (encode/httpx#3749 is open), so
:class:`GuardedTransport` is a small ``httpx.BaseTransport`` over a public ``httpcore.ConnectionPool``: the
same request/response mapping httpx's own transport does, without reaching into its private ``_pool``.
Plain-http and https requests use separate pools, the https one built on first use (so a scrape of
local http mirrors never loads the CA bundle). Environment proxies are not used: a proxy would resolve the
name itself, out of reach of the check.

``resolve`` (default ``socket.getaddrinfo``) is a hook so tests can map made-up names to 127.0.0.1 without
any DNS traffic.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import ssl
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import httpcore
import httpx

Resolver = Callable[..., list[tuple[Any, ...]]]


class AddressRefused(Exception):
    """A connection the policy forbids (raised inside the transport, never retried)."""

    def __init__(self, host: str, problem: str) -> None:
        super().__init__(problem)
        self.host = host
        self.problem = problem


def address_problem(ip_text: str, allow_loopback: bool, allow_private: bool) -> str | None:
    """Why ``ip_text`` may not be contacted (``None``: it may). Anything not globally routable is private."""
    ip = ipaddress.ip_address(ip_text.split("%")[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:  # ::ffff:127.0.0.1 is 127.0.0.1
        ip = ip.ipv4_mapped
    if ip.is_loopback:
        return None if allow_loopback else f"loopback {ip}"
    if ip.is_multicast or ip.is_unspecified or not ip.is_global:  # private, link-local, CGNAT, reserved …
        return None if allow_private else f"non-public {ip}"
    return None


def resolve_checked(host: str, port: int, resolve: Resolver, allow_loopback: bool,
                    allow_private: bool) -> list[str]:
    """Every address ``host`` resolves to, or :class:`AddressRefused` when one of them is forbidden.

    One forbidden answer refuses the host: a name that mixes public and private answers is not trusted.
    """
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AddressRefused(host, f"cannot resolve {host}: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise AddressRefused(host, f"cannot resolve {host}: no addresses")
    for ip in addresses:
        problem = address_problem(ip, allow_loopback, allow_private)
        if problem:
            raise AddressRefused(host, f"{host} resolves to {problem}")
    return addresses


class GuardedBackend(httpcore.NetworkBackend):
    """httpcore's sync backend, but ``connect_tcp`` resolves once, checks, and dials only checked addresses."""

    def __init__(self, allow_loopback: bool, allow_private: bool, resolve: Resolver | None = None) -> None:
        self.allow_loopback = allow_loopback
        self.allow_private = allow_private
        self.resolve = resolve or socket.getaddrinfo
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        addresses = resolve_checked(host, port, self.resolve, self.allow_loopback, self.allow_private)
        last: Exception | None = None
        for ip in addresses:  # an IP literal: create_connection does no DNS lookup for it
            try:
                return self._inner.connect_tcp(ip, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
        raise AddressRefused(path, "unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


@contextlib.contextmanager
def _mapped() -> Iterator[None]:
    """httpcore's exceptions as httpx's same-named ones (what ``httpx.HTTPTransport`` does)."""
    try:
        yield
    except httpcore.TimeoutException as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TimeoutException)(str(exc)) from exc
    except httpcore.NetworkError as exc:
        raise getattr(httpx, type(exc).__name__, httpx.NetworkError)(str(exc)) from exc
    except (httpcore.ProtocolError, httpcore.UnsupportedProtocol, httpcore.ProxyError) as exc:
        raise getattr(httpx, type(exc).__name__, httpx.TransportError)(str(exc)) from exc


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _mapped():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport over ``httpcore.ConnectionPool(network_backend=GuardedBackend(...))``."""

    def __init__(self, backend: GuardedBackend, limits: httpx.Limits, verify: ssl.SSLContext | bool = True) -> None:
        self._backend, self._limits, self._verify = backend, limits, verify
        self._plain = self._pool(None)
        self._tls: httpcore.ConnectionPool | None = None  # built at the first https request
        self._lock = threading.Lock()

    def _pool(self, context: ssl.SSLContext | None) -> httpcore.ConnectionPool:
        limits = self._limits
        return httpcore.ConnectionPool(ssl_context=context, max_connections=limits.max_connections,
                                       max_keepalive_connections=limits.max_keepalive_connections,
                                       keepalive_expiry=limits.keepalive_expiry, network_backend=self._backend)

    def _tls_pool(self) -> httpcore.ConnectionPool:
        """Loading the CA bundle costs ~40 ms of CPU: only a scrape that speaks https pays it, once."""
        with self._lock:
            if self._tls is None:
                v = self._verify
                self._tls = self._pool(v if isinstance(v, ssl.SSLContext) else httpx.create_ssl_context(verify=v))
            return self._tls

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        pool = self._plain if url.scheme == "http" else self._tls_pool()
        req = httpcore.Request(method=request.method,
                               url=httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port,
                                                target=url.raw_path),
                               headers=request.headers.raw, content=request.stream, extensions=request.extensions)
        with _mapped():
            resp = pool.handle_request(req)
        return httpx.Response(status_code=resp.status, headers=resp.headers, stream=_Body(resp.stream),
                              extensions=resp.extensions)

    def close(self) -> None:
        self._plain.close()
        if self._tls is not None:
            self._tls.close()
