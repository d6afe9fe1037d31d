"""The polite HTTP client against a real server on 127.0.0.1: robots, spacing, retries, SSRF, caps, cache."""

from __future__ import annotations

import itertools
import time

import pytest

from basementbrew.data.http import FetchError, HttpSettings, PoliteClient, decode


def client(**kw: object) -> PoliteClient:
    opts = {"allow_loopback": True, "delay_s": 0.0, "backoff_s": 0.01, "timeout_s": 5.0, **kw}
    return PoliteClient(HttpSettings(**opts))  # type: ignore[arg-type]


def gaps(times: list[float]) -> list[float]:
    return [b - a for a, b in itertools.pairwise(times)]


def test_robots_rules_and_crawl_delay(local_server):
    local_server.add("/robots.txt", "User-agent: *\nDisallow: /private/\nCrawl-delay: 0.3\n",
                     content_type="text/plain")
    local_server.add("/ok", "<p>fine</p>")
    local_server.add("/private/x", "<p>secret</p>")
    with client(user_agent="TestBot/1.0", contact="mailto:ops@example.org") as c:
        for _ in range(3):
            assert c.get(local_server.url + "/ok").content == b"<p>fine</p>"
        with pytest.raises(FetchError) as exc:
            c.get(local_server.url + "/private/x")
    assert exc.value.reason == "robots"
    assert "/private/x" not in local_server.paths()  # refused before any request
    assert local_server.paths().count("/robots.txt") == 1  # fetched once per host
    assert min(gaps(local_server.times("/ok"))) >= 0.28  # Crawl-delay spacing, measured at the server
    ua = next(r.headers["user-agent"] for r in local_server.log if r.path == "/ok")
    assert ua == "TestBot/1.0 (+mailto:ops@example.org)"


def test_robots_missing_allows_and_5xx_disallows(local_server):
    local_server.add("/page", "<p>x</p>")
    with client() as c:
        assert c.get(local_server.url + "/page").status == 200  # robots.txt 404: allowed
    local_server.add("/robots.txt", "oops", status=500, content_type="text/plain")
    with client(retries=0) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/page")
    assert exc.value.reason == "status 500"  # the page is not asked (RFC 9309), and says why: see below
    assert exc.value.detail == ("robots.txt could not be fetched (status 500: after 1 attempts; oops); the host is "
                                "not crawled until it answers (RFC 9309)")
    assert local_server.paths("/page") == ["/page"]  # only the first client's request


def test_a_host_whose_robots_txt_cannot_be_fetched_is_retried_not_recorded_as_forbidding(local_server, tmp_path):
    """A site that was down (robots.txt refused the connection or answered 503) left every page it was asked
    for as 'robots: disallowed by robots.txt', a permanent record the second pass and a resumed run skip, and
    a user reading it would think the site forbids crawlers. The page is still not requested, but its record
    carries robots.txt's own failure, transient: it gets the second pass, and an interrupted crawl's resume
    (the same command) tries it again."""
    import socket

    from basementbrew.data.sources import config as scrape_config
    from basementbrew.data.sources import runner
    from basementbrew.data.sources.shards import read_shard

    with socket.socket() as s:  # a port with nobody listening
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    local_server.add("/robots.txt", "", status=503, content_type="text/plain")
    local_server.add("/", "<html><body><article><p>A porter needs roasted malt, a long boil and patience while "
                          "it ferments in the cellar for three weeks.</p></article></body></html>")
    cfg = scrape_config.parse({"name": "down", "workers": 0, "http": {
        "allow_loopback": True, "delay_s": 0, "backoff_s": 0.01, "retries": 1, "cache": False},
        "sources": [{"kind": "web", "seeds": [f"{local_server.url}/", f"http://127.0.0.1:{closed}/"]}]})
    result = runner.run(cfg)
    errors = {r["key"]: r for f in result.path.glob("errors-*.jsonl.gz") for r in read_shard(f)}
    assert {k: r["reason"] for k, r in errors.items()} == {f"{local_server.url}/": "status 503",
                                                          f"http://127.0.0.1:{closed}/": "connection"}
    assert errors[f"http://127.0.0.1:{closed}/"]["detail"].startswith(
        "robots.txt could not be fetched (connection: ConnectError); the host is not crawled until it answers")
    assert all(r.get("retry") for r in errors.values())  # transient: a resumed run tries them again
    assert set(local_server.paths()) == {"/robots.txt"}  # the page is never requested while robots.txt fails
    assert result.counts["web"]["retried"] == 2  # both had their second pass


def test_per_host_spacing_is_measured(local_server):
    local_server.add("/a", "a")
    with client(delay_s=0.2, per_host_concurrency=4) as c:
        for _ in range(4):
            c.get(local_server.url + "/a")
    # the server thread stamps arrivals, and a loaded box schedules it late: one CI run measured 0.166 while another
    # process held both cores. A client that did not space requests would show ~0.001, so 3/4 of the delay still
    # tells the two apart without failing on the scheduler
    assert min(gaps(local_server.times("/a"))) >= 0.75 * 0.2


def test_retries_on_503_then_success_and_retry_after(local_server):
    calls = {"n": 0}

    def flaky(req):
        calls["n"] += 1
        if calls["n"] == 1:
            return 429, {"Retry-After": "1", "Content-Type": "text/plain"}, b"slow down"
        if calls["n"] == 2:
            return 503, {"Content-Type": "text/plain"}, b"busy"
        return 200, {"Content-Type": "text/plain"}, b"finally"

    local_server.add("/flaky", flaky)
    with client(retries=3) as c:
        t0 = time.monotonic()
        resp = c.get(local_server.url + "/flaky")
    assert resp.content == b"finally"
    assert calls["n"] == 3 and c.stats["retries"] == 2
    times = local_server.times("/flaky")
    assert times[1] - times[0] >= 0.95  # Retry-After: 1 honoured
    assert time.monotonic() - t0 < 5


def test_retries_give_up_with_reason(local_server):
    local_server.add("/down", "no", status=500, content_type="text/plain")
    with client(retries=2) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/down")
    assert exc.value.reason == "status 500"
    assert local_server.paths().count("/down") == 3
    local_server.add("/gone", "no", status=404, content_type="text/plain")
    with client(retries=2) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/gone")
    assert exc.value.reason == "status 404" and local_server.paths().count("/gone") == 1  # 4xx is not retried


def test_rate_limit_headers_push_back_the_next_request(local_server):
    def limited(req):
        reset = str(int(time.time()) + 2)  # GitHub style: epoch seconds
        return 200, {"Content-Type": "application/json", "X-RateLimit-Remaining": "0",
                     "X-RateLimit-Reset": reset}, b"{}"

    local_server.add("/api", limited)
    with client() as c:
        c.get(local_server.url + "/api")
        c.get(local_server.url + "/api")
    assert gaps(local_server.times("/api"))[0] >= 0.9


@pytest.mark.parametrize("target", ["http://127.0.0.1:9/", "http://localhost:9/", "http://[::1]:9/"])
def test_ssrf_loopback_refused_by_default(target):
    with PoliteClient(HttpSettings(respect_robots=False)) as c, pytest.raises(FetchError) as exc:
        c.get(target)
    assert exc.value.reason == "ssrf"


@pytest.mark.parametrize("location", ["http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data/",
                                      "http://192.168.1.1/", "file:///etc/passwd"])
def test_ssrf_checked_on_every_redirect(local_server, location):
    local_server.add("/jump", "", status=302, headers={"Location": location})
    with client(timeout_s=1.0) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/jump")
    assert exc.value.reason in {"ssrf", "bad url"}


def test_redirect_loop_and_follow(local_server):
    local_server.add("/a", "", status=301, headers={"Location": "/b"})
    local_server.add("/b", "", status=302, headers={"Location": "/a"})
    local_server.add("/c", "", status=301, headers={"Location": "/d"})
    local_server.add("/d", "<p>landed</p>")
    with client() as c:
        resp = c.get(local_server.url + "/c")
        assert resp.url.endswith("/d") and resp.content == b"<p>landed</p>"
        with pytest.raises(FetchError) as exc:
            c.get(local_server.url + "/a")
    assert exc.value.reason == "redirect loop"


@pytest.mark.parametrize("chunked", [False, True])
def test_size_cap(local_server, chunked):
    headers = {"X-Chunked": "1"} if chunked else {}
    local_server.add("/big", b"x" * 300_000, content_type="text/html", headers=headers)
    with client(max_bytes=100_000) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/big")
    assert exc.value.reason == "too large"


def test_content_type_check(local_server):
    local_server.add("/img", b"\x89PNG....", content_type="image/png")
    with client() as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/img", expect=("text/html",))
    assert exc.value.reason == "content type"


def test_timeout_is_a_reason(local_server):
    def slow(req):
        time.sleep(1.0)
        return 200, {"Content-Type": "text/plain"}, b"late"

    local_server.add("/slow", slow)
    with client(timeout_s=0.2, retries=0) as c, pytest.raises(FetchError) as exc:
        c.get(local_server.url + "/slow")
    assert exc.value.reason == "timeout"


def test_disk_cache_revalidates_with_etag(local_server, tmp_path):
    def tagged(req):
        if req.headers.get("if-none-match") == '"v1"':
            return 304, {"ETag": '"v1"'}, b""
        return 200, {"Content-Type": "text/html", "ETag": '"v1"'}, b"<p>cached body</p>"

    local_server.add("/doc", tagged)
    with client(cache_dir=tmp_path / "cache") as c:
        first = c.get(local_server.url + "/doc")
    with client(cache_dir=tmp_path / "cache") as c:
        second = c.get(local_server.url + "/doc")
    assert not first.from_cache and second.from_cache
    assert second.content == first.content == b"<p>cached body</p>"
    assert [r.headers.get("if-none-match") for r in local_server.log if r.path == "/doc"] == [None, '"v1"']


def test_decode_wrong_declared_encoding():
    text = "Brauerei Müller: Hefeweizen, Weißbier"
    assert decode(text.encode("latin-1"), "text/html; charset=utf-8") == text
    assert decode(text.encode("utf-8"), "text/html; charset=bogus-charset") == text


@pytest.mark.parametrize(("text", "encoding"), [
    ("Notes de brassage: la bière blonde fermente à 18 degrés. Le café crème ...", "latin-1"),
    ("A cerveja é ótima, não há dúvida. Ação e coração.", "latin-1"),
    ("Le café coûte 3 € — c’est «cher».", "cp1252"),
    ("Zażółć gęślą jaźń. Piwo jest dobre i świeże.", "cp1250"),
    ("Příliš žluťoučký kůň úpěl ďábelské ódy. Pivo je výborné a čerstvé.", "cp1250"),
    ("Привет, как дела? Это пиво очень хорошее.", "cp1251"),
    ("\ufeffBOM-marked UTF-8: Weißbier", "utf-8"),
])
def test_decode_undeclared_legacy_text(text: str, encoding: str) -> None:
    """Undeclared Western latin-1/cp1252 text was decoded as cp1250 ('la bičre ... ŕ 18'): charset_normalizer
    scores the two the same and its first tie was cp1250. Ties now go to cp1252 (the WHATWG default for
    Western text) while texts it ranks clearly (Polish, Czech, Russian) keep the library's choice."""
    assert decode(text.encode(encoding)) == text.lstrip("\ufeff")


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_bodies_are_decoded_and_capped_after_decoding(local_server, encoding):
    import gzip
    import zlib

    pack = gzip.compress if encoding == "gzip" else zlib.compress
    page = b"<p>Mash at 67 degrees for an hour.</p>" * 50
    local_server.add("/z", pack(page), content_type="text/html", headers={"Content-Encoding": encoding})
    local_server.add("/bomb", pack(b"\0" * 5_000_000), content_type="text/html",
                     headers={"Content-Encoding": encoding})
    with client(max_bytes=100_000) as c:
        assert c.get(local_server.url + "/z").content == page
        with pytest.raises(FetchError) as exc:
            c.get(local_server.url + "/bomb")  # ~5 kB on the wire, 5 MB decoded
    assert exc.value.reason == "too large"
    assert local_server.log[-1].headers["accept-encoding"] == "gzip, deflate"


def test_raw_deflate_decodes_and_a_lying_encoding_is_a_reason(local_server):
    import zlib

    page = b"<p>Sparge slowly.</p>" * 40
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    local_server.add("/raw", raw.compress(page) + raw.flush(), content_type="text/html",
                     headers={"Content-Encoding": "deflate"})
    local_server.add("/liar", b"<p>plain text, not gzip</p>", content_type="text/html",
                     headers={"Content-Encoding": "gzip"})
    with client() as c:
        assert c.get(local_server.url + "/raw").content == page
        with pytest.raises(FetchError) as exc:
            c.get(local_server.url + "/liar")
    assert exc.value.reason == "bad content encoding"
