"""A small fake internet on 127.0.0.1: a website with robots.txt and sitemaps, and the response shapes of the
Reddit, arXiv, GitHub, MediaWiki, RSS/Atom and NewsAPI endpoints (as recorded from the real services'
documentation and responses, shortened), plus PDF and DOCX files generated here."""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from scrape_pages import BOILERPLATE, TOPICS, _json, article_html, reddit_comments, reddit_post  # noqa: F401


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


def reddit_morechildren(req: Any) -> tuple[int, dict[str, str], bytes]:
    """``/api/morechildren``: a flat ``things`` list with depths, itself holding one more ``more``."""
    link, ids = req.query.get("link_id", ""), req.query.get("children", "").split(",")

    def t1(cid: str, parent: str, depth: int, author: str, body: str) -> dict[str, Any]:
        return {"kind": "t1", "data": {"id": cid, "name": f"t1_{cid}", "parent_id": parent, "link_id": link,
                                       "depth": depth, "author": author, "body": body, "replies": "", "score": 1}}

    things: list[Any] = []
    if ids == ["x1"]:
        things = [t1("x1", link, 0, "latecomer", "Add yeast nutrient next time."),
                  t1("x2", "t1_x1", 1, "helper3", "And check the thermometer."),
                  {"kind": "more", "data": {"count": 1, "name": "t1_x3", "id": "x3", "parent_id": "t1_x1", "depth": 1,
                                            "children": ["x3"]}}]
    elif ids == ["x3"]:
        things = [t1("x3", "t1_x1", 1, "helper4", "Nutrient helps the yeast finish.")]
    return _json({"json": {"errors": [], "data": {"things": things}}})


def arxiv_feed(base: str, start: int, n: int, total: int) -> str:
    entries = []
    for i in range(start, min(start + n, total)):
        aid = f"2601.{i:05d}v1"
        entries.append(f"""<entry><id>http://arxiv.org/abs/{aid}</id><updated>2026-01-0{1 + i % 9}T00:00:00Z</updated>
<published>2026-01-0{1 + i % 9}T00:00:00Z</published><title>Low-Rank Adaptation Study {i}:
  Brewing Better Fine-Tunes</title>
<summary>  We study adapter rank {4 * (i + 1)} for small language models trained on homebrewing questions
  and report held-out loss for study {i}. </summary>
<author><name>Ada Researcher</name></author><author><name>Bo Scientist {i}</name></author>
<link href="http://arxiv.org/abs/{aid}" rel="alternate" type="text/html"/>
<link title="pdf" href="{base}/pdf/{aid}" rel="related" type="application/pdf"/>
<arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CL" scheme="http://arxiv.org/schemas/atom"/>
<category term="cs.CL" scheme="http://arxiv.org/schemas/atom"/></entry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
<link href="http://arxiv.org/api/query" rel="self" type="application/atom+xml"/>
<title type="html">ArXiv Query: search_query=all:lora</title><id>http://arxiv.org/api/x</id>
<updated>2026-01-10T00:00:00-05:00</updated><opensearch:totalResults>{total}</opensearch:totalResults>
<opensearch:startIndex>{start}</opensearch:startIndex><opensearch:itemsPerPage>{n}</opensearch:itemsPerPage>
{"".join(entries)}</feed>"""


def github_repo(base: str, full: str, spdx: str | None) -> dict[str, Any]:
    owner, name = full.split("/")
    lic = {"key": spdx.lower(), "name": spdx, "spdx_id": spdx} if spdx else None
    return {"id": hash(full) % 10**6, "name": name, "full_name": full, "owner": {"login": owner},
            "html_url": f"https://github.com/{full}", "url": f"{base}/repos/{full}", "default_branch": "main",
            "stargazers_count": 42, "license": lic, "private": False}


GITHUB_FILES = {
    "README.md": b"# brewkit\n\nA toolkit for homebrew recipe maths: ABV, IBU and colour.\n",
    "docs/usage.md": b"# Usage\n\nCall `abv(og, fg)` to get alcohol by volume.\n",
    "brewkit/abv.py": b"def abv(og: float, fg: float) -> float:\n    return (og - fg) * 131.25\n",
    "brewkit/gen_pb2.py": b"# Generated by the protocol buffer compiler.  DO NOT EDIT!\nx = 1\n",
    "brewkit/stamp.py": b"# @generated by make_stamp.py\nSTAMP = 1\n",
    "vendor/lib/six.py": b"# vendored copy\n",
    "assets/logo.txt": b"\x00\x01\x02binary",
    "big/data.py": b"x = 1\n" * 10,
}


def mediawiki(req: Any, base: str) -> tuple[int, dict[str, str], bytes]:
    q = req.query
    if q.get("list") == "categorymembers":
        if q.get("cmcontinue") == "page|2":
            return _json({"batchcomplete": True, "query": {"categorymembers": [
                {"pageid": 3, "ns": 0, "title": "Lager"}]}})
        return _json({"continue": {"cmcontinue": "page|2", "continue": "-||"}, "query": {"categorymembers": [
            {"pageid": 1, "ns": 0, "title": "Beer"}, {"pageid": 2, "ns": 0, "title": "Ale"}]}})
    if q.get("list") == "search":
        return _json({"batchcomplete": True, "query": {"searchinfo": {"totalhits": 1}, "search": [
            {"ns": 0, "title": "Hops", "pageid": 4, "snippet": "..."}]}})
    if q.get("prop") == "extracts|info":
        title = q["titles"]
        if title == "No Such Page":
            return _json({"batchcomplete": True, "query": {"pages": [{"ns": 0, "title": title, "missing": True}]}})
        text = (f"{title}\n\n{title} is a topic in brewing. This plain-text extract about {title.lower()} has "
                f"sections.\n\nHistory\n\nPeople brewed {title.lower()} for centuries.")
        return _json({"batchcomplete": True, "query": {"pages": [{
            "pageid": abs(hash(title)) % 10**6, "ns": 0, "title": title, "extract": text, "lastrevid": 123,
            "fullurl": f"https://en.wikipedia.org/wiki/{title.replace(' ', '_')}"}]}})
    return _json({"error": {"code": "badvalue"}}, 200)


def rss(base: str) -> str:
    items = "".join(f"""<item><title>Brew news {i}</title><link>{base}/news/{i}.html</link>
<description>Short summary {i}</description><pubDate>Mon, 0{i + 1} Jan 2026 10:00:00 GMT</pubDate>
<guid>{base}/news/{i}.html</guid></item>""" for i in range(3))
    items += f"<item><title>Gone</title><link>{base}/news/missing.html</link></item>"
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Brew Daily</title>
<link>{base}/</link><description>News</description>{items}</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Hop Times</title><id>urn:hoptimes</id><updated>2026-01-05T00:00:00Z</updated>
<entry><title>Atom story</title><link href="{base}/news/10.html"/><id>urn:10</id>
<updated>2026-01-05T00:00:00Z</updated><author><name>Atom Writer</name></author></entry>
<entry><title>Same story again</title><link href="{base}/news/0.html"/><id>urn:0</id>
<updated>2026-01-05T00:00:00Z</updated></entry></feed>"""


@dataclass
class Site:
    url: str
    files: Path
    pages: int


@pytest.fixture
def site(local_server, tmp_path) -> Site:
    """Every fixture endpoint on one local server; returns its base URL and a folder of local files."""
    s, base = local_server, local_server.url
    n_pages = 12
    s.add("/robots.txt", "User-agent: *\nDisallow: /private/\nAllow: /\n", content_type="text/plain")
    # website: a sitemap index, a sitemap, linked pages, a duplicate page, a page robots forbids
    s.add("/sitemap_index.xml", f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{base}/sitemap-1.xml</loc></sitemap>
</sitemapindex>""", content_type="application/xml")
    s.add("/sitemap-1.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
          'sitemap/0.9">' + "".join(f"<url><loc>{base}/blog/{i}.html</loc></url>" for i in range(0, n_pages, 3))
          + "</urlset>", content_type="application/xml")
    for i in range(n_pages):
        links = [f"/blog/{(i + 1) % n_pages}.html", f"/blog/{(i + 2) % n_pages}.html#comments", "/private/admin",
                 "/blog/dup.html", "/img/logo.png", "https://elsewhere.example.com/x"]
        s.add(f"/blog/{i}.html", article_html(i, links))
    s.add("/blog/dup.html", article_html(0, ["/blog/1.html"]))  # same content as /blog/0.html
    s.add("/private/admin", article_html(99))
    s.add("/broken.html", b"\x00\x01<<html><body><div \xff\xfe<nav><a href=", content_type="text/html")
    # reddit (public JSON and the OAuth API under /oauth)
    def listing(req: Any) -> Any:
        after = req.query.get("after")
        if after is None:
            return _json({"kind": "Listing", "data": {"after": "t3_abc1", "children": [reddit_post(0),
                                                                                      reddit_post(1)]}})
        return _json({"kind": "Listing", "data": {"after": None, "children": [reddit_post(2), {"kind": "t3",
                                                                                             "data": {"title": "x"}}]}})
    s.add("/r/Homebrewing/new.json", listing)
    s.add("/oauth/r/Homebrewing/new", lambda req: listing(req) if req.headers.get("authorization") ==
          "bearer tok-123" else _json({"message": "Unauthorized"}, 401))
    s.add("/api/v1/access_token", lambda req: _json({"access_token": "tok-123", "token_type": "bearer",
                                                     "expires_in": 86400}) if req.headers.get("authorization",
                                                                                              "").startswith("Basic ")
          else _json({"error": 401}, 401))
    for i in range(3):
        s.add(f"/r/Homebrewing/comments/abc{i}/question_{i}.json", lambda req, i=i: _json(reddit_comments(i)))
        s.add(f"/oauth/r/Homebrewing/comments/abc{i}/question_{i}", lambda req, i=i: _json(reddit_comments(i))
              if req.headers.get("authorization") == "bearer tok-123" else _json({"message": "Unauthorized"}, 401))
    s.add("/api/morechildren.json", reddit_morechildren)
    s.add("/oauth/api/morechildren", lambda req: reddit_morechildren(req) if req.headers.get("authorization") ==
          "bearer tok-123" else _json({"message": "Unauthorized"}, 401))
    s.add("/r/Changed/new.json", lambda req: _json({"kind": "Listing", "items": []}))
    # arXiv
    s.add("/api/query", lambda req: (200, {"Content-Type": "application/atom+xml; charset=utf-8"}, arxiv_feed(
        base, int(req.query.get("start", 0)), int(req.query.get("max_results", 10)), 5).encode()))
    for i in range(5):
        aid = f"2601.{i:05d}v1"
        pdf = make_pdf([f"Full text of study {i}", "Section 1 Introduction to adapters"])
        if i == 3:
            pdf = encrypt_pdf(pdf)
        s.add(f"/pdf/{aid}", pdf, content_type="application/pdf")
    # GitHub REST
    repos = [github_repo(base, "brewco/brewkit", "MIT"), github_repo(base, "brewco/gpl-tool", "GPL-3.0")]
    s.add("/search/repositories", lambda req: _json({"total_count": 2, "incomplete_results": False,
                                                     "items": repos if req.query.get("page") == "1" else []}))
    s.add("/repos/brewco/brewkit", lambda req: _json(repos[0]))
    tree = [{"path": p, "type": "blob", "size": 10**7 if p.startswith("big/") else len(c), "sha": str(i)}
            for i, (p, c) in enumerate(GITHUB_FILES.items())] + [{"path": "docs", "type": "tree"}]
    s.add("/repos/brewco/brewkit/git/trees/main", lambda req: _json({"sha": "t", "truncated": False, "tree": tree},
                                                                    headers={"X-RateLimit-Remaining": "4999",
                                                                             "X-RateLimit-Reset": "9999999999"}))
    for path, content in GITHUB_FILES.items():
        s.add(f"/repos/brewco/brewkit/contents/{path}", lambda req, c=content, p=path: _json({
            "name": p.rsplit("/", 1)[-1], "path": p, "encoding": "base64", "size": len(c),
            "content": base64.encodebytes(c).decode()}))
    # MediaWiki
    s.add("/w/api.php", lambda req: mediawiki(req, base))
    # news: RSS, Atom, a broken feed, articles, NewsAPI
    s.add("/feeds/rss.xml", rss(base), content_type="application/rss+xml")
    s.add("/feeds/atom.xml", atom(base), content_type="application/atom+xml")
    s.add("/feeds/broken.xml", "<rss><channel><item><title>oops</", content_type="application/rss+xml")
    for i in [0, 1, 2, 10, 20]:
        s.add(f"/news/{i}.html", article_html(100 + i, title=f"Brew news story {i}"))
    s.add("/v2/everything", lambda req: _json({"status": "ok", "totalResults": 1, "articles": [{
        "source": {"id": None, "name": "Ale Gazette"}, "author": "N. Reporter", "title": "NewsAPI story",
        "url": f"{base}/news/20.html", "publishedAt": "2026-01-07T08:00:00Z", "content": "..."}]})
        if req.headers.get("x-api-key") == "news-key" else _json({"status": "error", "code": "apiKeyInvalid"}, 401))
    # local files
    files = tmp_path / "files"
    (files / "sub").mkdir(parents=True)
    (files / "paper.pdf").write_bytes(make_pdf(["Local PDF about sparging", "Rinse the grain bed slowly"]))
    (files / "locked.pdf").write_bytes(encrypt_pdf(make_pdf(["secret"])))
    (files / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (files / "notes.docx").write_bytes(make_docx("Brew notes", ["Boil for 60 minutes.", "Chill fast."]))
    (files / "page.html").write_text(article_html(7), encoding="utf-8")
    (files / "readme.md").write_text("# Recipes\n\nA pale ale with Cascade hops.\n", encoding="utf-8")
    (files / "sub" / "latin1.txt").write_bytes("Weißbier aus München: Gärung bei 18 Grad, Hefe über alles.".encode(
        "latin-1"))
    (files / "rows.jsonl").write_text('{"text": "first row text", "title": "r1"}\nnot json\n'
                                      '{"text": "second row text"}\n', encoding="utf-8")
    (files / "table.csv").write_text("title,text\nc1,csv row one\nc2,csv row two\n", encoding="utf-8")
    return Site(base, files, n_pages)
