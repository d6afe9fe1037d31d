"""A web crawl fetches the PDF and DOCX files its pages link to and parses them like `scrape files` does, through
the same polite client (robots.txt, per-host spacing, the body cap). It used to skip every link ending in .pdf
without a word (no document, no error record) and refuse a .docx with 'content type'."""

from __future__ import annotations

from scrape_pages import article_html, make_docx, make_pdf
from test_sources import by_reason, run_sources

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _site(server) -> None:
    server.add("/robots.txt", "User-agent: *\nDisallow: /private/\nAllow: /\n", content_type="text/plain")
    links = ["/docs/mash-guide.pdf", "/docs/notes.docx", "/files/recipe", "/docs/octet.pdf", "/docs/broken.pdf",
             "/docs/huge.pdf", "/private/secret.pdf", "/img/logo.png"]
    server.add("/", article_html(0, links))
    server.add("/docs/mash-guide.pdf", make_pdf(["Mash guide for pale ales", "Hold 66 degrees for an hour"]),
               content_type="application/pdf")
    server.add("/docs/notes.docx", make_docx("Brew notes", ["Boil for 60 minutes.", "Chill fast."]), content_type=DOCX)
    server.add("/files/recipe", make_pdf(["Recipe served without a suffix"]), content_type="application/pdf")
    server.add("/docs/octet.pdf", make_pdf(["Served as octet-stream"]), content_type="application/octet-stream")
    server.add("/docs/broken.pdf", b"%PDF-1.4\nthis is not really a pdf", content_type="application/pdf")
    server.add("/docs/huge.pdf", b"%PDF-1.4\n" + b"0" * 200_000, content_type="application/pdf")
    server.add("/private/secret.pdf", make_pdf(["never fetched"]), content_type="application/pdf")


def test_a_crawl_fetches_and_parses_linked_pdf_and_docx(local_server):
    _site(local_server)
    u = local_server.url
    _, docs, errors = run_sources([{"kind": "web", "seeds": [u + "/"], "max_depth": 1}], max_bytes=100_000)
    texts = {d["url"]: d["text"] for d in docs}
    assert "Hold 66 degrees for an hour" in texts[u + "/docs/mash-guide.pdf"]
    assert "Boil for 60 minutes." in texts[u + "/docs/notes.docx"]
    assert "Recipe served without a suffix" in texts[u + "/files/recipe"]  # told apart by its content type
    assert "Served as octet-stream" in texts[u + "/docs/octet.pdf"]  # octet-stream: by the .pdf suffix
    docx = next(d for d in docs if d["url"].endswith(".docx"))
    assert docx["title"] == "Brew notes" and docx["author"] == "Doc Author" and docx["source"] == "web"
    assert docx["metadata"]["format"] == "docx"
    reasons = by_reason(errors)
    assert reasons["broken pdf"] == [u + "/docs/broken.pdf"]
    assert u + "/docs/huge.pdf" in reasons["too large"]  # the body cap holds for documents too
    assert u + "/private/secret.pdf" in reasons["robots"]
    assert local_server.paths("/private/") == []  # robots.txt is honoured for documents
    assert local_server.paths("/img/") == []  # images are still not fetched
