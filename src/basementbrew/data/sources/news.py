"""News: RSS/Atom feeds (feedparser) with each linked article fetched and extracted; NewsAPI with a key.

Feeds list article links; the articles are fetched through the polite client in a small thread pool and
extracted by trafilatura in the extractor pool (an article that cannot be fetched or has no main text
becomes an error record). With ``newsapi_query`` set, NewsAPI's ``/v2/everything`` under ``newsapi_url``
adds article URLs too, page by page (``pageSize`` up to 100) until ``max_articles`` or the API's
``totalResults``; its key comes from ``newsapi_key_env`` (``NEWSAPI_KEY``), checked before any request.
NewsAPI's errors (``{"status": "error", "code": ..., "message": ...}``, with HTTP 401/426/429 or 200) become
an error record naming the code and message for that page; ``rateLimited`` (and 429/5xx) is transient, so
the page is tried again in the second pass and on resume, continuing the paging from there. Feeds and
NewsAPI pages are cheap to re-read, so there is no cursor: articles already stored are skipped by URL.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Literal

from pydantic import Field

from basementbrew.data.http import FetchError
from basementbrew.data.sources.base import Context, SourceConfig, make_doc, register
from basementbrew.data.sources.extract import ExtractError
from basementbrew.data.sources.web import HTML_TYPES, normalize
from basementbrew.errors import BrewError

NEWSAPI_PAGE = 100  # the API's largest pageSize
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


class NewsConfig(SourceConfig):
    kind: Literal["news"]
    feeds: list[str] = Field(default_factory=list)
    newsapi_query: str | None = None
    newsapi_url: str = "https://newsapi.org"
    newsapi_key_env: str = "NEWSAPI_KEY"
    max_articles: int = Field(100, ge=1)
    concurrency: int = Field(4, ge=1, le=32)
    licence: str | None = None  # publishers' terms apply

    def preflight(self, key: str) -> None:
        if not self.feeds and not self.newsapi_query:
            raise BrewError(f"{key}.feeds: give RSS/Atom feed URLs or a newsapi_query")
        if self.newsapi_query and not os.environ.get(self.newsapi_key_env):
            raise BrewError(f"{key}.newsapi_key_env: environment variable {self.newsapi_key_env} is not set "
                            "(newsapi_query needs a NewsAPI key); export it or remove newsapi_query")


class NewsSource:
    def __init__(self, cfg: NewsConfig) -> None:
        self.cfg = cfg
        self.name = "news"

    def _feed(self, ctx: Context, url: str) -> list[dict[str, Any]]:
        import feedparser

        try:
            feed = feedparser.parse(ctx.client.get(url, expect=FEED_TYPES).content)
        except FetchError as exc:
            ctx.fail(url, exc, retry={"feed": url})
            return []
        entries = feed.entries
        if feed.bozo:  # recorded; the entries feedparser recovered with a link are still used
            ctx.error(url, "malformed feed", str(feed.get("bozo_exception", ""))[:200])
            entries = [e for e in entries if e.get("link")]
        title = feed.feed.get("title")
        return [{"url": e.get("link"), "title": e.get("title"), "author": e.get("author"),
                 "published": e.get("published"), "outlet": title, "query": url} for e in entries]

    def _newsapi(self, ctx: Context, page: int = 1) -> list[dict[str, Any]]:
        """Pages of ``/v2/everything`` from ``page`` on, until ``max_articles`` or ``totalResults``."""
        cfg = self.cfg
        url = f"{cfg.newsapi_url.rstrip('/')}/v2/everything"
        size = min(NEWSAPI_PAGE, cfg.max_articles)
        out: list[dict[str, Any]] = []
        while not ctx.stopped:
            key = f"newsapi:{cfg.newsapi_query}:page={page}"
            try:
                data = ctx.client.get(url, params={"q": cfg.newsapi_query, "pageSize": size, "page": page},
                                      headers={"X-Api-Key": os.environ[cfg.newsapi_key_env]},
                                      expect=("application/json",)).json()
            except FetchError as exc:
                reason, detail = _newsapi_error(exc)
                ctx.error(key, reason, detail, retry={"newsapi_page": page})
                break
            if not isinstance(data, dict) or data.get("status") != "ok":
                code = data.get("code") if isinstance(data, dict) else None
                message = data.get("message") if isinstance(data, dict) else str(data)[:80]
                ctx.error(key, "rate limited" if code == "rateLimited" else "api error", f"{code}: {message}",
                          retry={"newsapi_page": page})
                break
            try:
                articles, total = data["articles"], int(data["totalResults"])
                if not isinstance(articles, list):
                    raise TypeError("articles is not a list")
            except (KeyError, TypeError, ValueError) as exc:
                ctx.error(key, "changed api", repr(exc))
                break
            out += [{"url": a.get("url"), "title": a.get("title"), "author": a.get("author"),
                     "published": a.get("publishedAt"), "outlet": (a.get("source") or {}).get("name"),
                     "query": cfg.newsapi_query} for a in articles if isinstance(a, dict)]
            if not articles or page * size >= min(total, cfg.max_articles):
                break
            page += 1
        return out

    def _article(self, ctx: Context, entry: dict[str, Any]) -> None:
        url = entry["url"]
        try:
            resp = ctx.client.get(url, expect=HTML_TYPES)
            page = ctx.extractor.submit("html", resp.markup, resp.url).result()
        except (FetchError, ExtractError) as exc:
            ctx.fail(url, exc, retry={"article": entry})
            return
        ctx.emit(make_doc("news", url, page["text"], url=resp.url, title=entry.get("title") or page.get("title"),
                          author=entry.get("author") or page.get("author"), licence=self.cfg.licence,
                          query=entry.get("query"), outlet=entry.get("outlet"), published=entry.get("published"),
                          language=page.get("language")))

    def scrape(self, ctx: Context) -> None:
        entries: list[dict[str, Any]] = []
        for feed in self.cfg.feeds:
            entries += self._feed(ctx, feed)
        if self.cfg.newsapi_query:
            entries += self._newsapi(ctx)
        self._taken = self._articles(ctx, entries, self.cfg.max_articles)

    def retry(self, ctx: Context, payloads: list[Any]) -> None:
        """Second pass: feeds and NewsAPI pages read again (paging on from there), articles fetched again."""
        again = [p["article"] for p in payloads if "article" in p]
        entries: list[dict[str, Any]] = []
        for p in payloads:
            if "feed" in p:
                entries += self._feed(ctx, p["feed"])
            elif "newsapi_page" in p and self.cfg.newsapi_query:
                entries += self._newsapi(ctx, int(p["newsapi_page"]))
        taken = getattr(self, "_taken", None)  # None: a resumed run whose first pass was already done
        budget = self.cfg.max_articles - (taken if taken is not None else ctx.emitted + len(again))
        self._articles(ctx, again, len(again))
        self._articles(ctx, entries, max(0, budget))

    def _articles(self, ctx: Context, entries: list[dict[str, Any]], budget: int) -> int:
        """Fetch up to ``budget`` new articles in parallel; returns how many were taken."""
        todo, picked = [], set()
        for e in entries:
            url = normalize(e["url"]) if isinstance(e.get("url"), str) else None
            if url is None:
                ctx.error(str(e.get("title") or e)[:120], "changed api", "entry without a usable link")
                continue
            if url in picked or ctx.seen(url):
                continue
            picked.add(url)
            todo.append({**e, "url": url})
        todo = todo[:budget]
        with ThreadPoolExecutor(self.cfg.concurrency, thread_name_prefix="news") as pool:
            for _ in pool.map(lambda e: None if ctx.stopped else self._article(ctx, e), todo):
                pass
        return len(todo)


def _newsapi_error(exc: FetchError) -> tuple[str, str]:
    """NewsAPI's own code and message from an HTTP error body, as (reason, detail)."""
    import json

    text = exc.detail
    try:
        body = json.loads(text[text.index("{"):])
        code, message = body.get("code"), body.get("message")
    except (ValueError, AttributeError):
        return exc.reason, exc.detail
    if code == "rateLimited":
        return "rate limited", f"{exc.reason}: {code}: {message}"
    return (exc.reason if exc.reason.startswith("status 5") else "api error"), f"{exc.reason}: {code}: {message}"


register("news", NewsConfig, NewsSource)
