"""Realistic article pages for the scraper tests (a module of its own: several test folders have a conftest)."""

from __future__ import annotations

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
