"""Reddit: subreddit listings (and optionally each post's comment thread) as documents.

With ``REDDIT_CLIENT_ID``/``REDDIT_CLIENT_SECRET`` in the environment (names configurable) the official
API is used: an application-only OAuth token from ``auth_url``, then listings from ``oauth_url`` (its
``X-Ratelimit-*`` headers are honoured by the polite client). Without them (``auth: auto``) the public
``.json`` listings under ``base_url`` are the fallback; ``auth: oauth`` makes missing credentials an error
before any request. The cursor is each subreddit's ``after`` token. A post is one document: title, body
and, with ``comments: true``, the comment thread flattened in reading order; the "load more comments"
placeholders (``kind: more``) are expanded in place through ``/api/morechildren`` (OAuth host, or the
public ``.json`` endpoint), up to ``more_comments`` ids per post, 100 per call. A listing page or a thread
that fails transiently is tried again in the second pass (a post then waits for its comments).
"""

from __future__ import annotations

import os
import re
from typing import Any, Literal

from pydantic import Field, field_validator

from basementbrew.data.http import FetchError
from basementbrew.data.sources.base import Context, SourceConfig, first_text, is_transient, make_doc, register
from basementbrew.errors import BrewError

JSON = ("application/json",)
MORE_BATCH = 100  # ids per /api/morechildren call (the API's limit)
SUBREDDIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{0,20}")  # letters, digits and underscores, at most 21


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
    more_comments: int = Field(200, ge=0)  # "load more comments" ids expanded per post (0: none)
    licence: str = "reddit-user-content"

    @field_validator("subreddits")
    @classmethod
    def _bare_names(cls, subs: list[str]) -> list[str]:
        """'r/Homebrewing' and '/r/Homebrewing' as people write them: the name after r/."""
        return [re.sub(r"^/?r/", "", sub.strip()) for sub in subs]

    def preflight(self, key: str) -> None:
        for i, sub in enumerate(self.subreddits):  # anything else was sent as a listing path no subreddit has
            if not SUBREDDIT.fullmatch(sub):
                raise BrewError(f"{key}.subreddits[{i}]: {sub!r} is not a subreddit name; write the name that "
                                "follows r/ (letters, digits and underscores), like Homebrewing")
        if self.auth == "oauth":
            for field in ("client_id_env", "client_secret_env"):
                env = getattr(self, field)
                if not os.environ.get(env):
                    raise BrewError(f"{key}.{field}: environment variable {env} is not set (auth: oauth needs "
                                    f"Reddit app credentials; set it, or use auth: auto for the public JSON)")


def _comments(listing: Any, out: list[Any], depth: int = 0) -> None:
    """Flatten a comment tree in reading order; ``more`` placeholders stay in place as ``(depth, ids)``."""
    children = listing.get("data", {}).get("children", []) if isinstance(listing, dict) else []
    for child in children:
        if not isinstance(child, dict):
            continue
        data = child.get("data")
        if not isinstance(data, dict):
            continue
        if child.get("kind") == "more":
            ids = [i for i in data.get("children", []) if isinstance(i, str)]
            if ids:  # an empty one is "continue this thread": a deeper page, not expanded here
                out.append((data.get("depth", depth), ids))
            continue
        if child.get("kind") != "t1":
            continue
        body = data.get("body")
        if isinstance(body, str) and body not in ("[deleted]", "[removed]"):
            out.append(f"{'  ' * depth}{data.get('author', '?')}: {body.strip()}")
        if isinstance(data.get("replies"), dict):
            _comments(data["replies"], out, depth + 1)


class RedditSource:
    def __init__(self, cfg: RedditConfig) -> None:
        self.cfg = cfg
        self.name = "reddit"
        self.token: str | None = None
        self.ready = False

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

    def _setup(self, ctx: Context) -> None:
        if not self.ready:
            self.token = self._token(ctx)
            self.headers = {"Authorization": f"bearer {self.token}"} if self.token else {}
            self.root = (self.cfg.oauth_url if self.token else self.cfg.base_url).rstrip("/")
            self.suffix = "" if self.token else ".json"
            self.ready = True

    def scrape(self, ctx: Context) -> None:
        self._setup(ctx)
        self.cursor: dict[str, Any] = dict(ctx.cursor or {})
        for sub in self.cfg.subreddits:
            self._walk(ctx, sub, self.cursor.get(sub, {"after": None, "done": False}))

    def retry(self, ctx: Context, payloads: list[Any]) -> None:
        """Second pass: listing pages (the walk goes on from there) and posts whose comments failed."""
        self._setup(ctx)
        self.cursor = dict(getattr(self, "cursor", {}))
        for p in payloads:
            if "post" in p:
                self._post(ctx, p["post"])
            elif "sub" in p:
                self._walk(ctx, p["sub"], {"after": p.get("after"), "done": False})

    def _walk(self, ctx: Context, sub: str, state: dict[str, Any]) -> None:
        cfg = self.cfg
        while not state["done"] and not ctx.stopped:
            url = f"{self.root}/r/{sub}/{cfg.sort}{self.suffix}"
            params = {"limit": cfg.page_size, "after": state["after"], "raw_json": 1, "t": cfg.time_filter}
            key = f"{url}?after={state['after']}"
            try:
                listing = ctx.client.get(url, params=params, headers=self.headers, expect=JSON).json()
                data = listing["data"]
                children, after = data["children"], data.get("after")
                if not isinstance(children, list):
                    raise TypeError("children is not a list")
            except FetchError as exc:
                ctx.fail(key, exc, retry={"sub": sub, "after": state["after"]})
                break
            except (KeyError, TypeError) as exc:
                ctx.error(key, "changed api", f"listing shape: {exc!r}")
                break
            for child in children:
                if ctx.stopped:
                    break
                self._post(ctx, child)
            if ctx.interrupted:  # the page may be half read: the resumed run reads it again (stored posts are seen)
                break
            state = {"after": after, "done": not after or not children}
            if not ctx.final:  # a second-pass walk leaves the cursor alone (its items are in the run's state)
                self.cursor[sub] = state
                ctx.checkpoint(dict(self.cursor))

    def _post(self, ctx: Context, child: Any) -> None:
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
            thread = f"{self.root}{data['permalink'].rstrip('/')}{self.suffix}"
            try:
                parts.append(self._thread(ctx, thread, f"t3_{data['id']}"))
            except FetchError as exc:
                if ctx.fail(thread, exc, retry={"post": child}):
                    return  # transient: the whole post again in the second pass
            except (KeyError, TypeError, AttributeError) as exc:  # a thread in a shape we do not know
                ctx.error(thread, "changed api", f"comment thread shape: {exc!r}")
        ctx.emit(make_doc("reddit", key, first_text(parts), url=url, title=data.get("title"),
                          author=data.get("author"), licence=self.cfg.licence, query=f"r/{data.get('subreddit')}",
                          subreddit=data.get("subreddit"), score=data.get("score"),
                          created_utc=data.get("created_utc"), link=data.get("url")))

    def _thread(self, ctx: Context, thread: str, link_id: str) -> str:
        """The comment thread as text, ``more`` placeholders expanded through ``/api/morechildren``."""
        pair = ctx.client.get(thread, params={"raw_json": 1}, headers=self.headers, expect=JSON).json()
        lines: list[Any] = []
        _comments(pair[1] if isinstance(pair, list) and len(pair) > 1 else {}, lines)
        budget = self.cfg.more_comments
        while budget > 0 and not ctx.stopped:
            at = next((i for i, x in enumerate(lines) if isinstance(x, tuple)), None)
            if at is None:
                break
            depth, ids = lines[at]
            take, rest = ids[: min(budget, MORE_BATCH)], ids[min(budget, MORE_BATCH):]
            budget -= len(take)
            got = self._more(ctx, link_id, take)
            lines[at:at + 1] = got + ([(depth, rest)] if rest else [])
        return "\n".join(x for x in lines if isinstance(x, str))

    def _more(self, ctx: Context, link_id: str, ids: list[str]) -> list[Any]:
        """One ``/api/morechildren`` call: its flat ``things`` as indented lines (nested ``more`` kept)."""
        url = f"{self.root}/api/morechildren{self.suffix}"
        params = {"api_type": "json", "link_id": link_id, "children": ",".join(ids), "limit_children": "false",
                  "raw_json": 1}
        key = f"{url}?link_id={link_id}&children={','.join(ids)}"
        try:
            body = ctx.client.get(url, params=params, headers=self.headers, expect=JSON).json()
        except FetchError as exc:
            if is_transient(exc.reason) and not ctx.final:
                raise  # the whole post waits for the second pass
            ctx.fail(key, exc)  # the thread is kept without these replies
            return []
        try:
            things = body["json"]["data"]["things"]
            if not isinstance(things, list):
                raise TypeError("things is not a list")
        except (KeyError, TypeError) as exc:
            errors = body.get("json", {}).get("errors") if isinstance(body, dict) else None
            ctx.error(key, "changed api", f"morechildren shape: {errors or repr(exc)}")
            return []
        out: list[Any] = []
        for thing in things:
            if not isinstance(thing, dict) or not isinstance(thing.get("data"), dict):
                continue
            data = thing["data"]
            depth = data.get("depth") if isinstance(data.get("depth"), int) else 0
            if thing.get("kind") == "more":
                ids_more = [i for i in data.get("children", []) if isinstance(i, str)]
                if ids_more:
                    out.append((depth, ids_more))
            elif thing.get("kind") == "t1" and isinstance(data.get("body"), str) and \
                    data["body"] not in ("[deleted]", "[removed]"):
                out.append(f"{'  ' * depth}{data.get('author', '?')}: {data['body'].strip()}")
        return out


register("reddit", RedditConfig, RedditSource)
