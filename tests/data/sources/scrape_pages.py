"""Realistic article pages, API shapes and PDF/DOCX files for the scraper tests (a module of its own: several
test folders have a conftest, so ``from conftest import`` is ambiguous)."""

from __future__ import annotations

import io
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


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer (Helvetica), xref offsets computed."""
    content = "BT /F1 12 Tf 14 TL 72 720 Td " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode() + b"".join(b"%010d 00000 n \n" % o
                                                                                  for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def encrypt_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="secret", algorithm="RC4-128")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_docx(title: str, paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Doc Author"
    d.add_heading(title, 1)
    for p in paragraphs:
        d.add_paragraph(p)
    table = d.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "IBU", "35"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()
