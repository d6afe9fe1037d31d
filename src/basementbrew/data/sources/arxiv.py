"""arXiv: search through the arXiv API (Atom), abstracts with metadata, full text from the PDF when asked.

arXiv asks API clients to leave three seconds between requests; ``delay_s`` (default 3) is set as the
minimum spacing for the API host on the shared client. Pages of ``page_size`` results are read with
feedparser; the cursor is the next ``start`` offset. With ``full_text: true`` the PDF linked from each entry
is fetched and its text extracted by pypdf in the extractor pool (a broken or encrypted PDF becomes an
error record and the abstract is kept). A result page or a PDF that fails transiently (timeout, 429, 5xx)
is tried again in the second pass; the entry waits for its PDF.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from basementbrew.data.http import FetchError
from basementbrew.data.sources.base import Context, SourceConfig, first_text, make_doc, register
from basementbrew.data.sources.extract import ExtractError

ATOM = ("application/atom+xml", "application/xml", "text/xml")


class ArxivConfig(SourceConfig):
    kind: Literal["arxiv"]
    query: str = Field(min_length=1)  # arXiv search_query syntax: "cat:cs.CL AND abs:lora"
    max_results: int = Field(100, ge=1)
    page_size: int = Field(50, ge=1, le=2000)
    sort_by: Literal["relevance", "lastUpdatedDate", "submittedDate"] = "submittedDate"
    full_text: bool = False
    base_url: str = "https://export.arxiv.org"
    delay_s: float = Field(3.0, ge=0)
    licence: str | None = None  # the API does not say; each paper's licence is on its abstract page


class ArxivSource:
    def __init__(self, cfg: ArxivConfig) -> None:
        self.cfg = cfg
        self.name = "arxiv"

    def scrape(self, ctx: Context) -> None:
        self._pages(ctx, (ctx.cursor or {}).get("start", 0), checkpoint=True)

    def retry(self, ctx: Context, payloads: list[Any]) -> None:
        """Second pass: a failed result page (paging goes on from there), entries whose PDF failed."""
        for p in payloads:
            if "entry" in p:
                self._entry(ctx, p["entry"])
            elif "start" in p:
                self._pages(ctx, int(p["start"]), checkpoint=False)

    def _pages(self, ctx: Context, start: int, checkpoint: bool) -> None:
        import feedparser

        cfg = self.cfg
        api = f"{cfg.base_url.rstrip('/')}/api/query"
        ctx.client.min_delay(api, cfg.delay_s)
        while start < cfg.max_results and not ctx.stopped:
            params = {"search_query": cfg.query, "start": start, "max_results": min(cfg.page_size, cfg.max_results -
                      start), "sortBy": cfg.sort_by, "sortOrder": "descending"}
            try:
                feed = feedparser.parse(ctx.client.get(api, params=params, expect=ATOM).content)
            except FetchError as exc:
                ctx.fail(f"{api}?start={start}", exc, retry={"start": start})
                return
            if feed.bozo and not feed.entries:
                ctx.error(f"{api}?start={start}", "malformed feed", str(feed.get("bozo_exception", ""))[:200])
                return
            for entry in feed.entries:
                if ctx.stopped:
                    return
                self._entry(ctx, entry)
            start += len(feed.entries)
            if checkpoint:
                ctx.checkpoint({"start": start})
            total = int(feed.feed.get("opensearch_totalresults", start) or start)
            if not feed.entries or start >= total:
                return

    def _entry(self, ctx: Context, entry: Any) -> None:
        abs_url = entry.get("id") or entry.get("link")
        if not abs_url or not entry.get("title"):
            ctx.error(str(abs_url or entry)[:120], "changed api", "entry without id or title")
            return
        arxiv_id = abs_url.rsplit("/abs/", 1)[-1]
        key = f"arxiv:{arxiv_id}"
        if ctx.seen(key):
            return
        title = " ".join(entry["title"].split())
        abstract = " ".join(entry.get("summary", "").split())
        parts, pages = [title, abstract], None
        if self.cfg.full_text:
            pdf = next((lk.get("href") for lk in entry.get("links", [])
                        if lk.get("type") == "application/pdf" or lk.get("title") == "pdf"), None)
            if pdf:
                try:
                    resp = ctx.client.get(pdf, expect=("application/pdf", "application/octet-stream"))
                    got = ctx.extractor.submit("pdf", resp.content, pdf).result()
                    parts, pages = [title, got["text"]], got.get("pages")
                except (FetchError, ExtractError) as exc:
                    if ctx.fail(pdf, exc, retry={"entry": _plain(entry)}):
                        return  # transient: the entry again in the second pass
        authors = [a.get("name") for a in entry.get("authors", []) if a.get("name")]
        ctx.emit(make_doc("arxiv", key, first_text(parts), url=abs_url, title=title, author=", ".join(authors),
                          licence=entry.get("arxiv_license") or self.cfg.licence, query=self.cfg.query,
                          arxiv_id=arxiv_id, published=entry.get("published"), abstract=abstract,
                          categories=[t.get("term") for t in entry.get("tags", [])], pdf_pages=pages,
                          full_text=pages is not None))


def _plain(entry: Any) -> dict[str, Any]:
    """The fields of a feedparser entry that ``_entry`` reads, as JSON (a deferred item's payload)."""
    keep = ("id", "link", "title", "summary", "published", "arxiv_license")
    out: dict[str, Any] = {k: entry.get(k) for k in keep if entry.get(k) is not None}
    out["links"] = [{k: lk.get(k) for k in ("href", "type", "title")} for lk in entry.get("links", [])]
    out["authors"] = [{"name": a.get("name")} for a in entry.get("authors", [])]
    out["tags"] = [{"term": t.get("term")} for t in entry.get("tags", [])]
    return out


register("arxiv", ArxivConfig, ArxivSource)
