"""The connect-time address check: made-up names mapped by a resolver hook, a real server on 127.0.0.1, no DNS.

Every test here runs under ``only_loopback``: a socket connect to anything but 127.0.0.1 fails the test
before a packet leaves, so a broken guard cannot reach the public address a fake name answers first.
"""

from __future__ import annotations

import socket

import pytest

from basementbrew.data.http import FetchError, HttpSettings, PoliteClient
from basementbrew.data.netguard import address_problem


class FakeDNS:
    """``getaddrinfo`` for made-up names: each name answers its list in turn (the last one repeats)."""

    def __init__(self, answers: dict[str, list[str]]) -> None:
        self.answers = {k: list(v) for k, v in answers.items()}
        self.calls: list[str] = []

    def __call__(self, host: str | bytes, port: int, *args: object, **kwargs: object) -> list[tuple]:
        name = host.decode() if isinstance(host, bytes) else host
        self.calls.append(name)
        if name in self.answers:
            seq = self.answers[name]
            ip = seq.pop(0) if len(seq) > 1 else seq[0]
        elif name.replace(".", "").isdigit():
            ip = name  # an IP literal
        else:
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        family = socket.AF_INET6 if ":" in ip else socket.AF_INET
        return [(family, socket.SOCK_STREAM, 6, "", (ip, port))]


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch):
    real = socket.socket.connect

    def connect(self, address):  # type: ignore[no-untyped-def]
        assert address[0] == "127.0.0.1", f"a test tried to connect to {address}"
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


def client(dns: FakeDNS, **kw: object) -> PoliteClient:
    opts = {"delay_s": 0.0, "retries": 0, "timeout_s": 5.0, "respect_robots": False, **kw}
    return PoliteClient(HttpSettings(**opts), resolve=dns)  # type: ignore[arg-type]


def test_rebinding_name_is_refused_at_connect(local_server):
    local_server.add("/secret", "internal only")
    # the first answer (the early check) is public, the second (the connect) is loopback
    dns = FakeDNS({"rebind.test": ["93.184.215.14", "127.0.0.1"]})
    with client(dns) as c, pytest.raises(FetchError) as exc:
        c.get(f"http://rebind.test:{local_server.port}/secret")
    assert exc.value.reason == "ssrf" and "loopback 127.0.0.1" in exc.value.detail
    assert dns.calls == ["rebind.test", "rebind.test"]  # checked once early, once at connect: nothing else
    assert local_server.log == []


def test_fake_name_to_loopback_refused_unless_allowed(local_server):
    local_server.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    local_server.add("/page", "<p>hello</p>")
    url = f"http://brew.test:{local_server.port}/page"
    with client(FakeDNS({"brew.test": ["127.0.0.1"]})) as c, pytest.raises(FetchError) as exc:
        c.get(url)
    assert exc.value.reason == "ssrf" and local_server.log == []
    with client(FakeDNS({"brew.test": ["127.0.0.1"]}), allow_loopback=True, respect_robots=True) as c:
        resp = c.get(url)
    assert resp.content == b"<p>hello</p>"
    assert local_server.paths() == ["/robots.txt", "/page"]
    assert local_server.log[-1].headers["host"] == f"brew.test:{local_server.port}"  # the name, not the IP


@pytest.mark.parametrize("answers", [["169.254.169.254"], ["93.184.215.14", "10.0.0.7"],
                                     ["93.184.215.14", "::ffff:10.0.0.1"]])
def test_redirect_to_a_name_that_is_or_turns_private_is_refused(local_server, answers):
    local_server.add("/jump", "", status=302, headers={"Location": "http://meta.test/latest/meta-data/"})
    dns = FakeDNS({"meta.test": answers})
    with client(dns, allow_loopback=True) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/jump")
    assert exc.value.reason == "ssrf"
    assert local_server.paths() == ["/jump"]


def test_a_name_with_one_private_answer_among_public_ones_is_refused():
    def mixed(host, port, *a, **k):  # type: ignore[no-untyped-def]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.10", port))]

    with PoliteClient(HttpSettings(respect_robots=False, retries=0), resolve=mixed) as c, \
            pytest.raises(FetchError) as exc:
        c.get("http://mixed.test/")
    assert exc.value.reason == "ssrf" and "192.168.1.10" in exc.value.detail


@pytest.mark.parametrize(("ip", "loopback", "private", "refused"), [
    ("127.0.0.1", False, False, True), ("127.0.0.1", True, False, False), ("::ffff:127.0.0.1", False, True, True),
    ("::ffff:127.0.0.1", True, False, False), ("100.64.3.4", False, False, True), ("10.1.2.3", True, False, True),
    ("10.1.2.3", False, True, False), ("fe80::1%eth0", False, False, True), ("0.0.0.0", False, False, True),
    ("224.0.0.1", False, False, True), ("93.184.215.14", False, False, False), ("2606:4700::1", False, False, False),
])
def test_address_policy(ip, loopback, private, refused):
    assert (address_problem(ip, loopback, private) is not None) is refused


def test_a_name_that_does_not_resolve_is_a_transient_dns_failure_not_ssrf(local_server):
    """Offline, 'scrape github a/b' stored one error 'ssrf: cannot resolve api.github.com' (the summary's top
    error 'ssrf (1)', as if the address policy had refused it) and, being permanent, a resumed run never tried
    it again; the failure was also remembered for the host, so a later request in the same run did not ask
    the resolver again. It is now 'dns' (transient: the second pass and a resumed run retry it), and the next
    request resolves afresh."""
    from basementbrew.data.sources.base import is_transient

    local_server.add("/page", "<p>back online</p>")
    online = {"on": False}

    def flaky(host, port, *a, **k):  # type: ignore[no-untyped-def]
        if not online["on"]:
            raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]

    url = f"http://brew.test:{local_server.port}/page"
    with client(flaky, allow_loopback=True) as c:  # type: ignore[arg-type]
        with pytest.raises(FetchError) as exc:
            c.get(url)
        assert exc.value.reason == "dns" and is_transient("dns")
        assert exc.value.detail == "cannot resolve brew.test: [Errno -3] Temporary failure in name resolution"
        online["on"] = True
        assert c.get(url).content == b"<p>back online</p>"
    assert local_server.paths() == ["/page"]
