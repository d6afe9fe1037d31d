"""Transient failures get a second pass in the same run and another try on resume; permanent ones do not.
NewsAPI paging and its error responses. A local server that fails N times, then answers."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from scrape_pages import _json, article_html, reddit_comments, reddit_post

from basementbrew.data.sources import config as scrape_config
from basementbrew.data.sources import news, runner
from basementbrew.data.sources.shards import read_shard

# the client tries twice (retries: 1) before an item fails; a second pass tries twice more
HTTP = {"allow_loopback": True, "delay_s": 0, "backoff_s": 0.01, "retries": 1}


def flaky(fails: int, answer: Any, status: int = 503) -> Any:
    """A route that answers ``status`` for its first ``fails`` requests, then ``answer(req)``."""
    calls = {"n": 0}

    def route(req: Any) -> Any:
        calls["n"] += 1
        if calls["n"] <= fails:
            return status, {"Content-Type": "text/plain"}, b"busy"
        return answer(req)

    return route


def page(i: int) -> Any:
    return lambda req: (200, {"Content-Type": "text/html; charset=utf-8"}, article_html(i).encode())


def scrape(sources: list[dict[str, Any]], name: str, stop: threading.Event | None = None) -> Any:
    cfg = scrape_config.parse({"name": name, "workers": 0, "http": HTTP, "sources": sources})
    return runner.run(cfg, stop=stop)


def rows(path: Any, kind: str) -> list[dict[str, Any]]:
    return [r for f in sorted(path.glob(f"{kind}-*.jsonl.gz")) for r in read_shard(f)]


def test_transient_failures_get_a_second_pass_permanent_ones_do_not(local_server, brew_home):
    s, base = local_server, local_server.url
    s.add("/a.html", flaky(2, page(1)))  # fails both first-pass tries, answers in the second pass
    s.add("/b.html", flaky(99, page(2)))  # always 503: an error record after the second pass
    s.add("/c.html", "gone", status=404, content_type="text/plain")
    s.add("/d.html", page(3))
    seeds = [f"{base}/{p}.html" for p in "abcd"]
    result = scrape([{"kind": "web", "seeds": seeds, "max_depth": 0}], "retry")
    assert result.ref == "retry@v1"
    assert sorted(r["url"] for r in rows(result.path, "docs")) == [f"{base}/a.html", f"{base}/d.html"]
    errors = {r["key"]: r for r in rows(result.path, "errors")}
    assert set(errors) == {f"{base}/b.html", f"{base}/c.html"}
    assert errors[f"{base}/b.html"]["reason"] == "status 503" and "retry" in errors[f"{base}/b.html"]
    assert errors[f"{base}/c.html"]["reason"] == "status 404" and "retry" not in errors[f"{base}/c.html"]
    assert s.paths("/a.html") == ["/a.html"] * 3 and s.paths("/b.html") == ["/b.html"] * 4
    assert s.paths("/c.html") == ["/c.html"]  # a 404 is not tried again
    counts = result.counts["web"]
    assert counts["documents"] == 2 and counts["errors"] == 2 and counts["retried"] == 2


def test_resume_retries_transient_errors_only(local_server, brew_home):
    s, base = local_server, local_server.url
    stop = threading.Event()
    down = {"on": True}

    def b(req: Any) -> Any:  # down for the whole first run; the run is interrupted after its last try
        if down["on"]:
            if len(s.paths("/b.html")) >= 4:
                stop.set()
            return 503, {"Content-Type": "text/plain"}, b"busy"
        return page(2)(req)

    s.add("/b.html", b)
    s.add("/c.html", "gone", status=404, content_type="text/plain")
    s.add("/d.html", page(3))
    sources = [{"kind": "web", "seeds": [f"{base}/{p}.html" for p in "bcd"], "max_depth": 0}]
    first = scrape(sources, "resume", stop)
    assert first.ref is None  # interrupted: the run folder stays resumable
    assert {r["key"] for r in rows(first.path, "errors")} == {f"{base}/b.html", f"{base}/c.html"}
    down["on"] = False
    second = scrape(sources, "resume")
    assert second.ref == "resume@v1" and second.resumed
    docs = rows(second.path, "docs")
    assert sorted(r["url"] for r in docs) == [f"{base}/b.html", f"{base}/d.html"]
    assert [r["key"] for r in rows(second.path, "errors")] == [f"{base}/c.html"]  # the 503 record is gone
    assert s.paths("/b.html") == ["/b.html"] * 5 and s.paths("/c.html") == ["/c.html"]
    assert s.paths("/d.html") == ["/d.html"]  # stored before the interruption: not fetched again
    card = second.counts["web"]
    assert card["documents"] == 2 and card["errors"] == 1 and card.get("error:status 503", 0) == 0


def test_reddit_thread_that_fails_then_answers_keeps_its_comments(local_server, brew_home):
    s, base = local_server, local_server.url
    s.add("/r/Homebrewing/new.json", lambda req: _json({"kind": "Listing", "data": {
        "after": None, "children": [reddit_post(0)]}}))
    s.add("/r/Homebrewing/comments/abc0/question_0.json", flaky(2, lambda req: _json(reddit_comments(0)), 502))
    result = scrape([{"kind": "reddit", "subreddits": ["Homebrewing"], "comments": True, "base_url": base,
                      "auth": "public", "more_comments": 0}], "rt")
    docs = rows(result.path, "docs")
    assert len(docs) == 1 and "helper1: Check gravity again for post 0." in docs[0]["text"]
    assert rows(result.path, "errors") == [] and result.counts["reddit"]["retried"] == 1


def newsapi(total: int, fail_page: int | None = None, fails: int = 0, code: str = "rateLimited",
            status: int = 429) -> Any:
    calls: dict[int, int] = {}

    def route(req: Any) -> Any:
        p, size = int(req.query["page"]), int(req.query["pageSize"])
        calls[p] = calls.get(p, 0) + 1
        if p == fail_page and calls[p] <= fails:
            return _json({"status": "error", "code": code, "message": f"{code} from the recorded API"}, status)
        first = (p - 1) * size
        arts = [{"source": {"id": None, "name": "Ale Gazette"}, "author": "N. Reporter", "title": f"Story {i}",
                 "url": f"{req.headers['x-base']}/a/{i}.html", "publishedAt": "2026-01-07T08:00:00Z"}
                for i in range(first, min(first + size, total))]
        return _json({"status": "ok", "totalResults": total, "articles": arts})

    return route


@pytest.fixture
def news_site(local_server, monkeypatch):
    monkeypatch.setenv("NEWSAPI_KEY", "k")
    monkeypatch.setattr(news, "NEWSAPI_PAGE", 2)  # pages of two, so five articles take three pages
    for i in range(12):
        local_server.add(f"/a/{i}.html", article_html(200 + i, title=f"Story {i}"))
    return local_server


def news_source(s: Any, max_articles: int) -> list[dict[str, Any]]:
    # the route needs the base URL for article links: the recorded shape has absolute URLs
    return [{"kind": "news", "newsapi_query": "beer", "newsapi_url": s.url, "max_articles": max_articles}]


def add_newsapi(s: Any, route: Any) -> None:
    s.add("/v2/everything", lambda req: route(type(req)(req.method, req.path, req.query,
                                                        {**req.headers, "x-base": s.url}, req.body, req.at)))


def test_newsapi_pages_up_to_max_articles_and_total_results(news_site, brew_home):
    add_newsapi(news_site, newsapi(total=12))
    result = scrape(news_source(news_site, 5), "np1")
    assert [r.query["page"] for r in news_site.log if r.path == "/v2/everything"] == ["1", "2", "3"]
    assert sorted(r["title"] for r in rows(result.path, "docs")) == [f"Story {i}" for i in range(5)]
    news_site.log.clear()
    add_newsapi(news_site, newsapi(total=3))
    result = scrape(news_source(news_site, 10), "np2")
    assert [r.query["page"] for r in news_site.log if r.path == "/v2/everything"] == ["1", "2"]  # totalResults
    assert len(rows(result.path, "docs")) == 3


def test_newsapi_rate_limit_page_retried_later_and_paging_goes_on(news_site, brew_home):
    add_newsapi(news_site, newsapi(total=6, fail_page=2, fails=2))
    result = scrape(news_source(news_site, 6), "np3")
    pages = [r.query["page"] for r in news_site.log if r.path == "/v2/everything"]
    assert pages == ["1", "2", "2", "2", "3"]  # page 2: two tries, then the second pass, then page 3
    assert len(rows(result.path, "docs")) == 6 and rows(result.path, "errors") == []


@pytest.mark.parametrize(("code", "status", "reason"), [("maximumResultsReached", 426, "api error"),
                                                        ("apiKeyInvalid", 401, "api error"),
                                                        ("rateLimited", 429, "rate limited")])
def test_newsapi_errors_are_per_page_records_naming_the_code(news_site, brew_home, code, status, reason):
    add_newsapi(news_site, newsapi(total=6, fail_page=2, fails=99, code=code, status=status))
    result = scrape(news_source(news_site, 6), f"np-{status}")
    assert len(rows(result.path, "docs")) == 2  # page 1's articles are kept
    [err] = rows(result.path, "errors")
    assert err["key"] == "newsapi:beer:page=2" and err["reason"] == reason
    assert code in err["detail"] and f"{code} from the recorded API" in err["detail"]
    tries = [r.query["page"] for r in news_site.log if r.path == "/v2/everything"].count("2")
    assert tries == (4 if reason == "rate limited" else 1)  # only the transient one gets a second pass


def test_newsapi_status_error_with_200(news_site, brew_home):
    news_site.add("/v2/everything", lambda req: _json({"status": "error", "code": "parameterInvalid",
                                                       "message": "q is too long"}))
    result = scrape(news_source(news_site, 6), "np200")
    [err] = rows(result.path, "errors")
    assert err["reason"] == "api error" and err["detail"] == "parameterInvalid: q is too long"


@pytest.mark.parametrize(("source", "path", "check"), [
    ({"kind": "arxiv", "query": "all:lora", "page_size": 2, "max_results": 5, "delay_s": 0}, "/api/query",
     lambda docs: len(docs) == 5),
    ({"kind": "arxiv", "query": "all:lora", "max_results": 2, "delay_s": 0, "full_text": True},
     "/pdf/2601.00001v1", lambda docs: any("Full text of study 1" in d["text"] for d in docs)),
    ({"kind": "wikipedia", "titles": ["Stout", "Porter"]}, "/w/api.php",
     lambda docs: sorted(d["title"] for d in docs) == ["Porter", "Stout"]),
    ({"kind": "github", "repos": ["brewco/brewkit"]}, "/repos/brewco/brewkit/contents/README.md",
     lambda docs: any(d["metadata"]["path"] == "README.md" for d in docs)),
    ({"kind": "reddit", "subreddits": ["Homebrewing"], "auth": "public"}, "/r/Homebrewing/new.json",
     lambda docs: len(docs) == 3),
])
def test_each_api_source_recovers_an_item_in_its_second_pass(site, local_server, brew_home, source, path, check):
    key = "api_url" if source["kind"] == "github" else "base_url"
    local_server.routes[path] = flaky(2, local_server.routes[path])  # both first-pass tries fail with 503
    result = scrape([{**source, key: site.url}], f"second-{source['kind']}")
    docs, errors = rows(result.path, "docs"), rows(result.path, "errors")
    assert check(docs), [d["title"] for d in docs]
    assert not [e for e in errors if e["reason"] == "status 503"]
    assert result.counts[source["kind"]]["retried"] == 1


def test_a_page_that_arrives_as_ctrl_c_lands_is_stored_not_lost(local_server, brew_home):
    """Ctrl-C while a page was on its way: the crawl dropped the page's document (emit() refused anything once
    the run was stopping) but still committed a cursor that counted it fetched and queued its links, so the
    same command resumed without it: a 60-page crawl interrupted after its seed page published 59 pages,
    the seed never stored nor fetched again. The page that arrived is now stored with its cursor."""
    s, base = local_server, local_server.url
    stop = threading.Event()
    links = [f"{base}/p{i}.html" for i in range(1, 4)]

    def seed(req: Any) -> Any:  # the interrupt lands while the seed is being served
        stop.set()
        return 200, {"Content-Type": "text/html; charset=utf-8"}, article_html(0, links).encode()

    s.add("/", seed)
    for i in range(1, 4):
        s.add(f"/p{i}.html", page(i))
    sources = [{"kind": "web", "seeds": [f"{base}/"], "max_depth": 1}]
    first = scrape(sources, "ctrl-c", stop)
    assert first.ref is None
    assert [r["url"] for r in rows(first.path, "docs")] == [f"{base}/"]
    second = scrape(sources, "ctrl-c")
    assert second.ref == "ctrl-c@v1" and second.resumed
    assert sorted(r["url"] for r in rows(second.path, "docs")) == [f"{base}/", *links]
    assert [p for p in s.paths() if p == "/"] == ["/"]  # stored the first time: not fetched again


def test_a_jsonl_file_cut_short_by_ctrl_c_is_read_to_the_end_on_resume(tmp_path, brew_home):
    """`scrape files` on a 300,000-row JSONL file, Ctrl-C after about 41,000 rows, then the same command:
    it published 41,001 documents, the file having been checkpointed as done when the interrupt cut its loop
    short. The resumed run now reads the file again, skips the rows it stored (not counted as duplicates) and
    stores the rest."""
    import json

    folder = tmp_path / "rows"
    folder.mkdir()
    n = 30_000  # more than the runner's queue holds (10,000): the interrupt lands mid-file
    (folder / "rows.jsonl").write_text("".join(json.dumps({"text": f"row {i} about mashing"}) + "\n"
                                               for i in range(n)))
    stop = threading.Event()
    sources = [{"kind": "files", "paths": [str(folder)]}]
    cfg = scrape_config.parse({"name": "rows", "workers": 0, "sources": sources})
    first = runner.run(cfg, lambda name, counts, finished: stop.set(), stop)  # the first progress is Ctrl-C
    assert first.ref is None and 0 < first.counts["files"]["documents"] < n
    second = runner.run(cfg)  # the same command
    assert second.ref == "rows@v1" and second.resumed
    texts = [r["text"] for r in rows(second.path, "docs")]
    assert sorted(texts) == sorted(f"row {i} about mashing" for i in range(n))
    assert second.counts["files"].get("duplicates", 0) == 0


@pytest.mark.parametrize(("source", "path"), [
    ({"kind": "github", "repos": ["brewco/brewkit"]}, "/repos/brewco/brewkit/contents/README.md"),
    ({"kind": "reddit", "subreddits": ["Homebrewing"], "auth": "public"}, "/r/Homebrewing/new.json"),
])
def test_an_api_item_cut_short_by_ctrl_c_is_finished_on_resume(site, local_server, brew_home, source, path):
    """Ctrl-C while a GitHub repository's files or a Reddit listing page were being read: the repository was
    checkpointed as done with the files not yet read, the listing's cursor moved past the posts not yet
    stored, so the same command resumed without them (GitHub: only the files before the interrupt; Reddit:
    none of the page's posts). The resumed run now finishes the item; what was stored is not fetched again."""
    key = "api_url" if source["kind"] == "github" else "base_url"
    src = {**source, key: site.url}
    want = sorted(r["url"] for r in rows(scrape([src], "whole").path, "docs"))
    stop, answer = threading.Event(), local_server.routes[path]

    def interrupted(req: Any) -> Any:  # the interrupt lands while this item is served
        stop.set()
        return answer(req)

    local_server.routes[path] = interrupted
    first = scrape([src], "cut", stop)
    assert first.ref is None and len(rows(first.path, "docs")) < len(want)
    local_server.routes[path] = answer
    second = scrape([src], "cut")
    assert second.ref == "cut@v1"
    assert sorted(r["url"] for r in rows(second.path, "docs")) == want
