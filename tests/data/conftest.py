"""A real HTTP server on 127.0.0.1 for the scraper tests: routes, a request log with times, nothing else."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float


Reply = tuple[int, dict[str, str], bytes]
Handler = Callable[[Request], Reply]


@dataclass
class LocalServer:
    host: str = "127.0.0.1"
    port: int = 0
    routes: dict[str, Handler] = field(default_factory=dict)
    log: list[Request] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def add(self, path: str, body: bytes | str | Handler = b"", status: int = 200,
            content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None) -> None:
        if callable(body):
            self.routes[path] = body
            return
        data = body.encode("utf-8") if isinstance(body, str) else body
        hdrs = {"Content-Type": content_type, **(headers or {})}
        self.routes[path] = lambda req: (status, hdrs, data)

    def paths(self, prefix: str = "") -> list[str]:
        return [r.path for r in self.log if r.path.startswith(prefix)]

    def times(self, prefix: str) -> list[float]:
        return [r.at for r in self.log if r.path.startswith(prefix)]


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("content-length") or 0)
            req = Request(self.command, parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()},
                          {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length) if length else b"",
                          time.monotonic())
            server.log.append(req)
            route = server.routes.get(parts.path)
            status, headers, body = route(req) if route else (404, {"Content-Type": "text/plain"}, b"not found")
            self.send_response(status)
            chunked = headers.pop("X-Chunked", None) is not None
            for k, v in headers.items():
                self.send_header(k, v)
            if chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for i in range(0, len(body), 65536):
                    piece = body[i:i + 65536]
                    self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        do_GET = do_POST = do_HEAD = _serve

    return H


class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up early (size-cap tests) are expected


@pytest.fixture
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    httpd = _Quiet(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    yield server
    httpd.shutdown()
    httpd.server_close()
