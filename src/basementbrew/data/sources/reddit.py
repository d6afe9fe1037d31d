"""Reddit: subreddit listings (and optionally each post's comment thread) as documents.

With ``REDDIT_CLIENT_ID``/``REDDIT_CLIENT_SECRET`` in the environment (names configurable) the official
API is used: an application-only OAuth token from ``auth_url``, then listings from ``oauth_url`` (its
``X-Ratelimit-*`` headers are honoured by the polite client). Without them (``auth: auto``) the public
``.json`` listings under ``base_url`` are the fallback; ``auth: oauth`` makes missing credentials an error
before any request. The cursor is each subreddit's ``after`` token. A post is one document: title, body
and, with ``comments: true``, the comment thread flattened in reading order.
"""

from __future__ import annotations

import os
from typing import Any, Literal

from pydantic import Field

from basementbrew.data.http import FetchError
from basementbrew.data.sources.base import Context, SourceConfig, first_text, make_doc, register
from basementbrew.errors import BrewError

JSON = ("application/json",)


class RedditConfig(SourceConfig):
    kind: Literal["reddit"]
    subreddits: list[str] = Field(min_length=1)
    sort: Literal["hot", "new", "top", "rising"] = "new"
    time_filter: Literal["hour", "day", "week", "month", "year", "all"] | None = None
    comments: bool = False
    auth: Literal["auto", "oauth", "public"] = "auto"
    client_id_env: str = "REDDIT_CLIENT_ID"
    client_secret_env: str = "REDDIT_CLIENT_SECRET"
    base_url: str = "https://www.reddit.com"
    oauth_url: str = "https://oauth.reddit.com"
    auth_url: str = "https://www.reddit.com/api/v1/access_token"
    page_size: int = Field(100, ge=1, le=100)
    licence: str = "reddit-user-content"

    def preflight(self, key: str) -> None:
        if self.auth == "oauth":
            for field in ("client_id_env", "client_secret_env"):
                env = getattr(self, field)
                if not os.environ.get(env):
                    raise BrewError(f"{key}.{field}: environment variable {env} is not set (auth: oauth needs "
                                    f"Reddit app credentials; set it, or use auth: auto for the public JSON)")


def _comments(listing: Any, out: list[str], depth: int = 0) -> None:
    children = listing.get("data", {}).get("children", []) if isinstance(listing, dict) else []
    for child in children:
        if child.get("kind") != "t1":
            continue
        data = child.get("data", {})
        body = data.get("body")
        if isinstance(body, str) and body not in ("[deleted]", "[removed]"):
            out.append(f"{'  ' * depth}{data.get('author', '?')}: {body.strip()}")
        if isinstance(data.get("replies"), dict):
            _comments(data["replies"], out, depth + 1)


class RedditSource:
    def __init__(self, cfg: RedditConfig) -> None:
        self.cfg = cfg
        self.name = "reddit"

    def _token(self, ctx: Context) -> str | None:
        cfg = self.cfg
        cid, secret = os.environ.get(cfg.client_id_env), os.environ.get(cfg.client_secret_env)
        if cfg.auth == "public" or not (cid and secret):
            return None
        try:
            resp = ctx.client.post(cfg.auth_url, data={"grant_type": "client_credentials"}, auth=(cid, secret),
                                   expect=JSON)
            token = resp.json().get("access_token")
        except FetchError as exc:
            if cfg.auth == "oauth":
                raise
            ctx.fail("reddit:oauth", exc)
            return None
        return token if isinstance(token, str) else None

    def scrape(self, ctx: Context) -> None:
        cfg = self.cfg
        token = self._token(ctx)
        headers = {"Authorization": f"bearer {token}"} if token else {}
        root = cfg.oauth_url if token else cfg.base_url
        cursor: dict[str, Any] = dict(ctx.cursor or {})
        for sub in cfg.subreddits:
            state = cursor.get(sub, {"after": None, "done": False})
            while not state["done"] and not ctx.stopped:
                url = f"{root.rstrip('/')}/r/{sub}/{cfg.sort}{'' if token else '.json'}"
                params = {"limit": cfg.page_size, "after": state["after"], "raw_json": 1, "t": cfg.time_filter}
                try:
                    listing = ctx.client.get(url, params=params, headers=headers, expect=JSON).json()
                    data = listing["data"]
                    children, after = data["children"], data.get("after")
                    if not isinstance(children, list):
                        raise TypeError("children is not a list")
                except FetchError as exc:
                    ctx.fail(f"{url}?after={state['after']}", exc)
                    break
                except (KeyError, TypeError) as exc:
                    ctx.error(f"{url}?after={state['after']}", "changed api", f"listing shape: {exc!r}")
                    break
                for child in children:
                    if ctx.stopped:
                        break
                    self._post(ctx, child, root, headers, bool(token))
                state = {"after": after, "done": not after or not children}
                cursor[sub] = state
                ctx.checkpoint(dict(cursor))

    def _post(self, ctx: Context, child: Any, root: str, headers: dict[str, str], oauth: bool) -> None:
        data = child.get("data") if isinstance(child, dict) else None
        if not isinstance(data, dict) or not data.get("id") or not data.get("permalink"):
            ctx.error(f"reddit:{str(child)[:80]}", "changed api", "post without data.id / data.permalink")
            return
        key = f"reddit:t3_{data['id']}"
        if ctx.seen(key):
            return
        url = "https://www.reddit.com" + data["permalink"]
        parts = [data.get("title"), data.get("selftext")]
        if self.cfg.comments:
            thread = f"{root.rstrip('/')}{data['permalink'].rstrip('/')}{'' if oauth else '.json'}"
            try:
                pair = ctx.client.get(thread, params={"raw_json": 1}, headers=headers, expect=JSON).json()
                lines: list[str] = []
                _comments(pair[1] if isinstance(pair, list) and len(pair) > 1 else {}, lines)
                parts.append("\n".join(lines))
            except FetchError as exc:
                ctx.fail(thread, exc)
        ctx.emit(make_doc("reddit", key, first_text(parts), url=url, title=data.get("title"),
                          author=data.get("author"), licence=self.cfg.licence, query=f"r/{data.get('subreddit')}",
                          subreddit=data.get("subreddit"), score=data.get("score"),
                          created_utc=data.get("created_utc"), link=data.get("url")))


register("reddit", RedditConfig, RedditSource)
