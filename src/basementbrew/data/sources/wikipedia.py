"""Wikipedia: pages by title, category or search through the MediaWiki API, as plain text, any language.

``base_url`` is a template with ``{lang}`` (``https://{lang}.wikipedia.org``), so one config reads any
language edition (or a mirror or a local test server). Titles come from ``titles``, the members of
``category`` (``list=categorymembers``, main namespace) and the results of ``search`` (``list=search``);
each page's text comes from the TextExtracts API as plain text (``explaintext``), one page per request as
the API requires for whole-article extracts. The cursor lists the titles already done; a page whose request
fails transiently is tried again in the second pass.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from basementbrew.data.http import FetchError
from basementbrew.data.sources.base import Context, SourceConfig, make_doc, register
from basementbrew.errors import BrewError

JSON = ("application/json",)


class WikipediaConfig(SourceConfig):
    kind: Literal["wikipedia"]
    language: str = Field("en", pattern=r"^[a-z][a-z0-9-]{1,15}$")
    titles: list[str] = Field(default_factory=list)
    category: str | None = None
    search: str | None = None
    max_pages: int = Field(100, ge=1)
    base_url: str = "https://{lang}.wikipedia.org"
    licence: str = "CC-BY-SA-4.0"

    def preflight(self, key: str) -> None:
        if not (self.titles or self.category or self.search):
            raise BrewError(f"{key}.titles: give titles, a category or a search for the wikipedia source")


class WikipediaSource:
    def __init__(self, cfg: WikipediaConfig) -> None:
        self.cfg = cfg
        self.name = "wikipedia"

    def _api(self) -> str:
        return self.cfg.base_url.replace("{lang}", self.cfg.language).rstrip("/") + "/w/api.php"

    def _list(self, ctx: Context, params: dict[str, Any], field: str, cont: str) -> list[str]:
        titles: list[str] = []
        extra: dict[str, Any] = {}
        while len(titles) < self.cfg.max_pages and not ctx.stopped:
            try:
                data = ctx.client.get(self._api(), params={**params, **extra, "action": "query", "format": "json",
                                                           "formatversion": 2}, expect=JSON).json()
                titles += [m["title"] for m in data["query"][field]]
            except FetchError as exc:
                ctx.fail(f"wikipedia:{field}", exc)
                break
            except (KeyError, TypeError) as exc:
                ctx.error(f"wikipedia:{field}", "changed api", repr(exc))
                break
            if cont not in data.get("continue", {}):
                break
            extra = {cont: data["continue"][cont]}
        return titles

    def scrape(self, ctx: Context) -> None:
        cfg = self.cfg
        cursor = dict(ctx.cursor or {"done": []})
        titles = list(cfg.titles)
        if cfg.category:
            cat = cfg.category if ":" in cfg.category else f"Category:{cfg.category}"
            titles += self._list(ctx, {"list": "categorymembers", "cmtitle": cat, "cmnamespace": 0,
                                       "cmlimit": 500}, "categorymembers", "cmcontinue")
        if cfg.search:
            titles += self._list(ctx, {"list": "search", "srsearch": cfg.search, "srlimit": 50,
                                       "srnamespace": 0}, "search", "sroffset")
        done = set(cursor["done"])
        for title in list(dict.fromkeys(titles))[: cfg.max_pages]:
            if ctx.stopped:
                return
            if title in done:
                continue
            self._page(ctx, title)
            done.add(title)
            ctx.checkpoint({"done": sorted(done)})

    def retry(self, ctx: Context, payloads: list[Any]) -> None:
        """Second pass: pages whose request failed transiently."""
        for p in payloads:
            if "title" in p and not ctx.stopped:
                self._page(ctx, p["title"])

    def _page(self, ctx: Context, title: str) -> None:
        key = f"wikipedia:{self.cfg.language}:{title}"
        if ctx.seen(key):
            return
        params = {"action": "query", "prop": "extracts|info", "explaintext": 1, "exsectionformat": "plain",
                  "inprop": "url", "redirects": 1, "titles": title, "format": "json", "formatversion": 2}
        try:
            pages = ctx.client.get(self._api(), params=params, expect=JSON).json()["query"]["pages"]
            page = pages[0]
        except FetchError as exc:
            ctx.fail(key, exc, retry={"title": title})
            return
        except (KeyError, TypeError, IndexError) as exc:
            ctx.error(key, "changed api", repr(exc))
            return
        if page.get("missing") or page.get("invalid"):
            ctx.error(key, "missing page", title)
            return
        text = page.get("extract")
        if not isinstance(text, str):
            ctx.error(key, "changed api", "page without extract")
            return
        ctx.emit(make_doc("wikipedia", key, text.strip(), url=page.get("fullurl"), title=page.get("title"),
                          licence=self.cfg.licence, query=self.cfg.search or self.cfg.category or title,
                          language=self.cfg.language, pageid=page.get("pageid"),
                          revision=page.get("lastrevid")))


register("wikipedia", WikipediaConfig, WikipediaSource)
