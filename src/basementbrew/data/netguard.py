"""Where the scraper's sockets may go: the address policy, enforced on the address we actually connect to.

Checking a URL's host with ``getaddrinfo`` and then letting httpx connect leaves a DNS-rebinding window:
httpcore resolves the name again when it opens the socket, and a hostile DNS server can answer a public
address to the check and ``127.0.0.1`` or ``169.254.169.254`` to the connect. So the check lives in the
connect itself: :class:`GuardedBackend` is an httpcore network backend (httpcore's documented extension
point, ``ConnectionPool(network_backend=...)``) whose ``connect_tcp`` resolves the host once, refuses when
any answer is forbidden, and dials the checked IP literal. TLS is untouched: httpcore still handshakes
against the URL's host name (SNI and certificate checks), only the TCP endpoint is the pinned address.
Every connection goes through it, so every redirect hop and every reconnect is checked too.

The pools that use this backend are in :mod:`basementbrew.data.wire`. Environment proxies are not used: a
proxy would resolve the name itself, out of reach of the check.

``resolve`` (default ``socket.getaddrinfo``) is a hook so tests can map made-up names to 127.0.0.1 without
any DNS traffic.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable
from typing import Any

import httpcore

Resolver = Callable[..., list[tuple[Any, ...]]]


class AddressRefused(Exception):
    """A connection the policy forbids (raised inside the transport, never retried)."""

    def __init__(self, host: str, problem: str) -> None:
        super().__init__(problem)
        self.host = host
        self.problem = problem


class Unresolved(AddressRefused):
    """The host name did not resolve (offline, a typo, a DNS hiccup): nothing was refused, nothing reached."""


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
        raise Unresolved(host, f"cannot resolve {host}: {exc}") from None
    addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
    if not addresses:
        raise Unresolved(host, f"cannot resolve {host}: no addresses")
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
