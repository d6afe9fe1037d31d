"""Realistic article pages and API shapes for the scraper tests (a module of its own: several test folders have a
conftest, so ``from conftest import`` is ambiguous)."""

from __future__ import annotations

import json
from typing import Any

TOPICS = ["mashing", "hops", "yeast", "water chemistry", "fermentation", "kegging", "lagering", "sour beers",
          "barrel aging", "dry hopping", "cold crashing", "bottle conditioning"]
BOILERPLATE = ["Subscribe to our newsletter", "Accept all cookies", "Copyright 2026 Brew Site Ltd"]


def article_html(i: int, links: list[str] = (), title: str | None = None) -> str:
    topic = TOPICS[i % len(TOPICS)]
    title = title or f"Guide {i}: all about {topic}"
    paras = "".join(
        f"<p>Paragraph {j} of guide {i}. When brewing at home, {topic} matters because the brewer controls "
        f"temperature, timing and ingredients; note {j} explains step {j + 1} in detail with numbers "
        f"such as {60 + j} minutes and {64 + (i + j) % 6} degrees Celsius.</p>" for j in range(5))
    nav = "".join(f'<li><a href="{href}">link {k}</a></li>' for k, href in enumerate(links))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="author" content="Brewer {i}"><meta property="article:published_time" content="2026-0{1 + i % 9}-15">
<script>var tracking = {{"id": {i}}};</script><style>body{{font:14px sans-serif}}</style></head>
<body><header><nav><ul><li><a href="/">Home</a></li>{nav}</ul></nav></header>
<div class="cookie-banner">{BOILERPLATE[1]}</div>
<main><article><h1>{title}</h1><p class="byline">By Brewer {i}</p>{paras}</article></main>
<aside class="sidebar"><h3>Popular</h3><ul><li>Top 10 kettles</li></ul></aside>
<footer><p>{BOILERPLATE[0]}</p><p>{BOILERPLATE[2]}</p></footer></body></html>"""


def _json(obj: Any, status: int = 200, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    return status, {"Content-Type": "application/json; charset=utf-8", **(headers or {})}, json.dumps(obj).encode()


def reddit_post(i: int, sub: str = "Homebrewing") -> dict[str, Any]:
    pid = f"abc{i}"
    return {"kind": "t3", "data": {
        "id": pid, "name": f"t3_{pid}", "subreddit": sub, "title": f"Question {i}: stuck fermentation at 1.020?",
        "selftext": f"My stout (batch {i}) stopped at 1.020 after a week. Pitch more yeast or rouse it?",
        "author": f"user{i}", "score": 10 + i, "created_utc": 1764000000 + i, "num_comments": 2,
        "permalink": f"/r/{sub}/comments/{pid}/question_{i}/", "url": f"https://www.reddit.com/r/{sub}/comments/{pid}/"}}


def reddit_comments(i: int) -> list[Any]:
    reply = {"kind": "t1", "data": {"author": "helper2", "body": "Warm it up to 20 C and swirl.", "replies": ""}}
    top = {"kind": "t1", "data": {"author": "helper1", "body": f"Check gravity again for post {i}.",
                                  "replies": {"kind": "Listing", "data": {"children": [reply]}}}}
    more = {"kind": "more", "data": {"count": 3, "name": "t1_x1", "id": "x1", "parent_id": f"t3_abc{i}", "depth": 0,
                                     "children": ["x1"]}}
    return [{"kind": "Listing", "data": {"children": [reddit_post(i)]}},
            {"kind": "Listing", "data": {"after": None, "children": [top, more]}}]
