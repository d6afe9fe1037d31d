"""News: RSS/Atom feeds (feedparser) with each linked article fetched and extracted; NewsAPI with a key.

Feeds list article links; the articles are fetched through the polite client in a small thread pool and
extracted by trafilatura in the extractor pool (an article that cannot be fetched or has no main text
becomes an error record). With ``newsapi_query`` set, NewsAPI's ``/v2/everything`` under ``newsapi_url``
adds article URLs too; its key comes from ``newsapi_key_env`` (``NEWSAPI_KEY``), checked before any
request. Feed entries are cheap to re-read, so the cursor is only the finished feeds; articles already
stored are skipped by URL.
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
            ctx.fail(url, exc)
            return []
        entries = feed.entries
        if feed.bozo:  # recorded; the entries feedparser recovered with a link are still used
            ctx.error(url, "malformed feed", str(feed.get("bozo_exception", ""))[:200])
            entries = [e for e in entries if e.get("link")]
        title = feed.feed.get("title")
        return [{"url": e.get("link"), "title": e.get("title"), "author": e.get("author"),
                 "published": e.get("published"), "outlet": title, "query": url} for e in entries]

    def _newsapi(self, ctx: Context) -> list[dict[str, Any]]:
        cfg = self.cfg
        url = f"{cfg.newsapi_url.rstrip('/')}/v2/everything"
        params = {"q": cfg.newsapi_query, "pageSize": min(100, cfg.max_articles), "page": 1}
        try:
            data = ctx.client.get(url, params=params, headers={"X-Api-Key": os.environ[cfg.newsapi_key_env]},
                                  expect=("application/json",)).json()
            if data.get("status") != "ok":
                ctx.error(url, "api error", str(data.get("message", data.get("code")))[:200])
                return []
            articles = data["articles"]
        except FetchError as exc:
            ctx.fail(url, exc)
            return []
        except (KeyError, TypeError) as exc:
            ctx.error(url, "changed api", repr(exc))
            return []
        return [{"url": a.get("url"), "title": a.get("title"), "author": a.get("author"),
                 "published": a.get("publishedAt"), "outlet": (a.get("source") or {}).get("name"),
                 "query": cfg.newsapi_query} for a in articles if isinstance(a, dict)]

    def _article(self, ctx: Context, entry: dict[str, Any]) -> None:
        url = entry["url"]
        try:
            resp = ctx.client.get(url, expect=HTML_TYPES)
            page = ctx.extractor.submit("html", resp.content, resp.url).result()
        except (FetchError, ExtractError) as exc:
            ctx.fail(url, exc)
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
        with ThreadPoolExecutor(self.cfg.concurrency, thread_name_prefix="news") as pool:
            for _ in pool.map(lambda e: None if ctx.stopped else self._article(ctx, e),
                              todo[: self.cfg.max_articles]):
                pass


register("news", NewsConfig, NewsSource)
