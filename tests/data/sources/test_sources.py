"""Each source against its recorded response shapes on 127.0.0.1, through the real runner and shard writer."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

import pytest
from scrape_pages import article_html

from basementbrew.data.sources import config as scrape_config
from basementbrew.data.sources import runner
from basementbrew.data.sources.shards import read_shard
from basementbrew.errors import BrewError


def run_sources(sources: list[dict[str, Any]], name: str = "t", **http: Any) -> tuple[Any, list[dict], list[dict]]:
    cfg = scrape_config.parse({"name": name, "workers": 0, "http": {"allow_loopback": True, "delay_s": 0,
                                                                     "backoff_s": 0.01, "retries": 1, **http},
                               "sources": sources})
    scrape_config.preflight(cfg)
    result = runner.run(cfg)
    assert result.ref is not None
    docs = [r for f in sorted(result.path.glob("docs-*.jsonl.gz")) for r in read_shard(f)]
    errors = [r for f in sorted(result.path.glob("errors-*.jsonl.gz")) for r in read_shard(f)]
    return result, docs, errors


def by_reason(errors: list[dict]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in errors:
        out.setdefault(e["reason"], []).append(e["key"])
    return out


def test_web_crawl_sitemap_depth_robots_dedup_and_extraction(site):
    result, docs, errors = run_sources([{"kind": "web", "sitemaps": [f"{site.url}/sitemap_index.xml"],
                                         "seeds": [f"{site.url}/broken.html"], "max_depth": 1, "max_pages": 50}])
    urls = {d["url"] for d in docs}
    # sitemap pages (0,3,6,9) at depth 0, their links (+1, +2) at depth 1, nothing deeper
    expected = {f"{site.url}/blog/{i}.html" for i in [0, 3, 6, 9, 1, 2, 4, 5, 7, 8, 10, 11]}
    assert urls == expected
    assert f"{site.url}/private/admin" in by_reason(errors)["robots"]
    assert "/private/admin" not in [p for p in site_paths(result)]
    assert result.counts["web"]["duplicates"] == 1  # /blog/dup.html has /blog/0.html's text
    assert f"{site.url}/broken.html" in by_reason(errors)["no main text"]
    doc = next(d for d in docs if d["url"].endswith("/blog/3.html"))
    assert doc["title"] == "Guide 3: all about water chemistry" and doc["author"] == "Brewer 3"
    assert doc["metadata"]["language"] == "en" and doc["metadata"]["date"] == "2026-04-15"
    assert "Paragraph 4 of guide 3" in doc["text"] and "68 degrees Celsius" in doc["text"]
    for noise in ["Subscribe to our newsletter", "Accept all cookies", "Top 10 kettles", "tracking"]:
        assert noise not in doc["text"]
    assert all(d["sha256"] and d["fetched_at"] and d["source"] == "web" for d in docs)


def site_paths(result: Any) -> list[str]:
    return []  # the server log is checked in the robots test of test_http; kept for readability


def test_reddit_public_json_with_comments_and_changed_fields(site):
    _, docs, errors = run_sources([{"kind": "reddit", "subreddits": ["Homebrewing", "Changed"], "comments": True,
                                    "base_url": site.url, "auth": "public"}])
    assert len(docs) == 3
    d0 = next(d for d in docs if d["title"].startswith("Question 0"))
    assert d0["url"] == "https://www.reddit.com/r/Homebrewing/comments/abc0/question_0/"
    assert "Pitch more yeast" in d0["text"] and "helper1: Check gravity again for post 0." in d0["text"]
    assert "  helper2: Warm it up" in d0["text"] and d0["licence"] == "reddit-user-content"
    # "load more comments" expanded in place through /api/morechildren, the nested "more" too
    assert d0["text"].endswith("  helper2: Warm it up to 20 C and swirl.\nlatecomer: Add yeast nutrient next time.\n"
                               "  helper3: And check the thermometer.\n  helper4: Nutrient helps the yeast finish.")
    assert d0["author"] == "user0" and d0["query"] == "r/Homebrewing"
    assert len(by_reason(errors)["changed api"]) == 2  # a post without id, a listing without data


def test_reddit_oauth_uses_token(site, monkeypatch, local_server):
    monkeypatch.setenv("REDDIT_CLIENT_ID", "cid")
    monkeypatch.setenv("REDDIT_CLIENT_SECRET", "sec")
    _, docs, errors = run_sources([{"kind": "reddit", "subreddits": ["Homebrewing"], "auth": "oauth",
                                    "comments": True, "oauth_url": f"{site.url}/oauth",
                                    "auth_url": f"{site.url}/api/v1/access_token", "base_url": site.url}])
    assert len(docs) == 3 and [e["reason"] for e in errors] == ["changed api"]  # the post without an id
    assert local_server.paths("/api/v1/access_token") == ["/api/v1/access_token"]
    assert local_server.paths("/oauth/r/Homebrewing/new") == ["/oauth/r/Homebrewing/new"] * 2
    assert local_server.paths("/oauth/api/morechildren") == ["/oauth/api/morechildren"] * 6  # 2 per thread
    assert not local_server.paths("/r/") and not local_server.paths("/api/morechildren")  # no public fallback
    d1 = next(d for d in docs if d["title"].startswith("Question 1"))
    assert "latecomer: Add yeast nutrient next time." in d1["text"]
    assert "  helper4: Nutrient helps the yeast finish." in d1["text"]


def test_arxiv_pages_spacing_and_pdf_full_text(site, local_server):
    _, docs, errors = run_sources([{"kind": "arxiv", "query": "all:lora", "base_url": site.url, "page_size": 2,
                                    "max_results": 5, "delay_s": 0.25, "full_text": True}])
    assert len(docs) == 5
    api_times = local_server.times("/api/query")
    assert len(api_times) == 3
    all_times = sorted(r.at for r in local_server.log if r.path.startswith(("/api/", "/pdf/")))
    assert min(b - a for a, b in itertools.pairwise(all_times)) >= 0.24  # the API's spacing rule
    d1 = next(d for d in docs if d["metadata"]["arxiv_id"] == "2601.00001v1")
    assert d1["title"] == "Low-Rank Adaptation Study 1: Brewing Better Fine-Tunes"
    assert d1["author"] == "Ada Researcher, Bo Scientist 1" and d1["metadata"]["full_text"]
    assert "Full text of study 1" in d1["text"] and d1["metadata"]["categories"] == ["cs.CL"]
    d3 = next(d for d in docs if d["metadata"]["arxiv_id"] == "2601.00003v1")
    assert not d3["metadata"]["full_text"] and "adapter rank 16" in d3["text"]  # abstract kept
    assert by_reason(errors)["encrypted pdf"] == [f"{site.url}/pdf/2601.00003v1"]


def test_github_licence_and_file_filters(site, local_server):
    _, docs, errors = run_sources([{"kind": "github", "query": "brew", "api_url": site.url, "max_repos": 5}])
    paths = sorted(d["metadata"]["path"] for d in docs)
    assert paths == ["README.md", "brewkit/abv.py", "docs/usage.md"]
    reasons = by_reason(errors)
    assert reasons["licence not allowed"] == ["github:brewco/gpl-tool"]
    assert reasons["generated"] == ["github:brewco/brewkit/brewkit/stamp.py"]
    fetched = local_server.paths("/repos/brewco/brewkit/contents/")
    assert not any("vendor/" in p or "gen_pb2" in p or "big/" in p for p in fetched)  # skipped by path and size
    assert reasons["binary"] == ["github:brewco/brewkit/assets/logo.txt"]
    readme = next(d for d in docs if d["metadata"]["path"] == "README.md")
    assert readme["url"] == "https://github.com/brewco/brewkit/blob/main/README.md" and readme["licence"] == "MIT"
    assert "toolkit for homebrew recipe maths" in readme["text"]


def test_wikipedia_titles_category_search_and_missing(site):
    _, docs, errors = run_sources([{"kind": "wikipedia", "language": "en", "base_url": site.url.replace(
        "127.0.0.1", "{lang}").replace("{lang}", "127.0.0.1"), "titles": ["Stout", "No Such Page"],
        "category": "Beer styles", "search": "hops"}])
    assert sorted(d["title"] for d in docs) == ["Ale", "Beer", "Hops", "Lager", "Stout"]
    stout = next(d for d in docs if d["title"] == "Stout")
    assert stout["url"] == "https://en.wikipedia.org/wiki/Stout" and stout["licence"] == "CC-BY-SA-4.0"
    assert "History" in stout["text"] and "<" not in stout["text"]
    assert by_reason(errors)["missing page"] == ["wikipedia:en:No Such Page"]


def test_news_feeds_articles_and_newsapi(site, monkeypatch):
    monkeypatch.setenv("NEWSAPI_KEY", "news-key")
    _, docs, errors = run_sources([{"kind": "news", "feeds": [f"{site.url}/feeds/rss.xml", f"{site.url}/feeds/atom.xml",
                                                              f"{site.url}/feeds/broken.xml"],
                                    "newsapi_query": "beer", "newsapi_url": site.url}])
    titles = sorted(d["title"] for d in docs)
    assert titles == ["Atom story", "Brew news 0", "Brew news 1", "Brew news 2", "NewsAPI story"]
    atom_doc = next(d for d in docs if d["title"] == "Atom story")
    assert atom_doc["author"] == "Atom Writer" and atom_doc["metadata"]["outlet"] == "Hop Times"
    assert "Paragraph 2 of guide 110" in atom_doc["text"]
    reasons = by_reason(errors)
    assert reasons["status 404"] == [f"{site.url}/news/missing.html"]
    assert reasons["malformed feed"] == [f"{site.url}/feeds/broken.xml"]


def test_files_every_format_and_bad_files(site):
    _, docs, errors = run_sources([{"kind": "files", "paths": [str(site.files)]}])
    by_name = {Path(d["metadata"]["path"]).name + (f"#{d['metadata'].get('line', d['metadata'].get('row', ''))}"
                                                   if "line" in d["metadata"] or "row" in d["metadata"] else ""): d
               for d in docs}
    assert "Rinse the grain bed slowly" in by_name["paper.pdf"]["text"]
    assert "Boil for 60 minutes." in by_name["notes.docx"]["text"] and "IBU | 35" in by_name["notes.docx"]["text"]
    assert by_name["notes.docx"]["title"] == "Brew notes" and by_name["notes.docx"]["author"] == "Doc Author"
    assert "Paragraph 1 of guide 7" in by_name["page.html"]["text"]
    assert "Weißbier aus München" in by_name["latin1.txt"]["text"]
    assert by_name["rows.jsonl#0"]["text"] == "first row text" and by_name["rows.jsonl#2"]["text"] == "second row text"
    assert by_name["table.csv#1"]["text"] == "csv row two" and "Cascade" in by_name["readme.md"]["text"]
    assert all(d["url"].startswith("file://") for d in docs)
    reasons = by_reason(errors)
    assert [Path(k).name for k in reasons["encrypted pdf"]] == ["locked.pdf"]
    assert [Path(k).name for k in reasons["broken pdf"]] == ["broken.pdf"]
    assert [Path(k).name for k in reasons["malformed json"]] == ["rows.jsonl#1"]


def test_files_latin1_french_keeps_its_accents(tmp_path: Path) -> None:
    """The probe's exact file: latin-1 French without a declared charset was stored as cp1250 ('la bičre ...
    ŕ 18 degrés'), silently corrupting the raw dataset."""
    notes = tmp_path / "notes2"
    notes.mkdir()
    (notes / "fr.txt").write_bytes(b"Notes de brassage: la bi\xe8re blonde fermente \xe0 18 degr\xe9s. "
                                   b"Le caf\xe9 cr\xe8me ...")
    _, docs, errors = run_sources([{"kind": "files", "paths": [str(notes)]}], name="fr-raw")
    assert errors == [] and [d["text"] for d in docs] == [
        "Notes de brassage: la bière blonde fermente à 18 degrés. Le café crème ..."]


def test_files_binary_text_is_an_error_record_and_a_broken_pdf_stays_quiet(tmp_path: Path, capfd, caplog) -> None:
    """A .txt of NUL and control bytes was stored as a document (the build's read step dropped it later as
    binary), and pypdf's 'EOF marker not found' reached stderr beside the broken-pdf error record. Now the
    binary file is an error record naming it, and the PDF's record is the only word on it; UTF-16 text
    with its byte-order mark is still text."""
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "bin.txt").write_bytes(b"hello\x00\x01\x02\x03 binary \x04\x05")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (folder / "u16.txt").write_bytes("A UTF-16 note about brewing beer.".encode("utf-16"))
    _, docs, errors = run_sources([{"kind": "files", "paths": [str(folder)]}])
    assert {Path(e["key"]).name: e["reason"] for e in errors} == {"bin.txt": "binary file", "broken.pdf": "broken pdf"}
    broken = next(e for e in errors if e["reason"] == "broken pdf")
    assert not broken["detail"].startswith("broken pdf"), broken  # was 'broken pdf: broken pdf: PdfReadError ...'
    assert [d["text"] for d in docs] == ["A UTF-16 note about brewing beer."]
    assert "EOF marker" not in capfd.readouterr().err + caplog.text


def test_bad_config_names_the_key():
    with pytest.raises(BrewError, match=r"sources\[0\]\.subredits: unknown key"):
        scrape_config.parse({"name": "x", "sources": [{"kind": "reddit", "subreddits": ["a"], "subredits": 1}]})
    with pytest.raises(BrewError, match=r"sources\[0\]\.subreddits: Field required"):
        scrape_config.parse({"name": "x", "sources": [{"kind": "reddit"}]})
    with pytest.raises(BrewError, match=r"sources\[0\]\.kind: unknown source kind"):
        scrape_config.parse({"name": "x", "sources": [{"kind": "gopher"}]})
    with pytest.raises(BrewError, match=r"http\.timeout_s"):
        scrape_config.parse({"name": "x", "http": {"timeout_s": -1}, "sources": [{"kind": "web", "seeds": []}]})


def test_missing_credentials_stop_before_any_request(monkeypatch, local_server):
    monkeypatch.delenv("REDDIT_CLIENT_ID", raising=False)
    monkeypatch.delenv("NEWSAPI_KEY", raising=False)
    cfg = scrape_config.parse({"name": "x", "sources": [
        {"kind": "web", "seeds": [local_server.url + "/"]},
        {"kind": "reddit", "subreddits": ["a"], "auth": "oauth", "base_url": local_server.url}]})
    with pytest.raises(BrewError, match=r"sources\[1\]\.client_id_env: environment variable REDDIT_CLIENT_ID"):
        scrape_config.preflight(cfg)
    cfg = scrape_config.parse({"name": "x", "sources": [{"kind": "news", "newsapi_query": "beer"}]})
    with pytest.raises(BrewError, match=r"sources\[0\]\.newsapi_key_env"):
        scrape_config.preflight(cfg)
    time.sleep(0.05)
    assert local_server.log == []


def test_a_crawl_whose_every_start_url_is_loopback_names_allow_loopback(local_server, monkeypatch, capsys):
    """`scrape web http://127.0.0.1:PORT/` published an empty web-raw@v1 and exited 0, its only hint 'ssrf (1)'.
    Now exit 2 before any request, naming http.allow_loopback; nothing is stored. A start URL whose host does
    not resolve is left to the crawl (it may be a transient DNS failure), and allow_loopback still crawls."""
    from basementbrew.cli import main
    from basementbrew.data import store

    local_server.add("/", "<html><body><p>local page</p></body></html>")
    monkeypatch.setattr("sys.argv", ["basementbrew", "scrape", "web", local_server.url + "/"])
    with pytest.raises(SystemExit) as exit_:
        main()
    err = " ".join(capsys.readouterr().err.split())
    assert exit_.value.code == 2 and "Traceback" not in err, err
    assert "every start URL is refused before any request" in err and "`http: {allow_loopback: true}`" in err
    assert local_server.log == [] and store.versions("web-raw") == []
    mixed = scrape_config.parse({"name": "x", "sources": [{"kind": "web", "seeds": [
        local_server.url + "/", "http://no-such-host.invalid/"]}]})
    scrape_config.preflight(mixed)  # the unresolvable seed is the crawl's to report
    allowed = scrape_config.parse({"name": "x", "http": {"allow_loopback": True},
                                   "sources": [{"kind": "web", "seeds": [local_server.url + "/"]}]})
    scrape_config.preflight(allowed)


def test_shipped_scrape_config_validates_and_opens_with_its_command():
    from basementbrew.config import SHIPPED_CONFIGS

    path = SHIPPED_CONFIGS / "scrape" / "example.yaml"
    assert path.read_text().splitlines()[0] == f"# basementbrew scrape configs/scrape/{path.name}"
    cfg = scrape_config.load(path)
    assert {s.kind for s in cfg.sources} == {"web", "reddit", "arxiv", "github", "wikipedia", "news", "files"}


def test_a_second_scrape_of_the_same_config_is_refused_while_one_runs(site):
    cfg = scrape_config.parse({"name": "locked", "workers": 0, "http": {"allow_loopback": True},
                               "sources": [{"kind": "files", "paths": [str(site.files)]}]})
    from basementbrew.workspace import sub

    folder = sub("datasets") / "locked" / f".scrape-{runner.run_key(cfg)}"
    held = runner._lock(folder)
    try:
        with pytest.raises(BrewError, match="another basementbrew scrape of this config"):
            runner.run(cfg)
    finally:
        held.close()
    assert runner.run(cfg).ref == "locked@v1"


def test_raw_version_reads_as_documents_not_as_training_splits(site):
    from basementbrew.data import store

    result, docs, _ = run_sources([{"kind": "files", "paths": [str(site.files / "readme.md")]}], name="rawtest")
    version = store.resolve(result.ref)
    got = list(version.documents())
    assert [d.text for d in got] == [d["text"] for d in docs] and got[0].metadata["sha256"] == docs[0]["sha256"]
    with pytest.raises(BrewError, match="raw \\(scraped\\) dataset"):
        version.split("train")


def test_api_shape_changes_are_per_item_errors_and_the_scrape_goes_on(local_server):
    s, base = local_server, local_server.url
    s.add("/repos/a/listed", lambda req: (200, {"Content-Type": "application/json"}, b'["not", "a", "repo"]'))
    s.add("/repos/a/odd", lambda req: (200, {"Content-Type": "application/json"}, (
        b'{"full_name": "a/odd", "default_branch": "main", "license": {"spdx_id": "MIT"}}')))
    s.add("/repos/a/odd/git/trees/main", lambda req: (200, {"Content-Type": "application/json"}, (
        b'{"tree": ["junk", {"path": 5, "type": "blob"}, {"path": "README.md", "type": "blob", "size": "big"}]}'
    )))
    s.add("/r/B/new.json", lambda req: (200, {"Content-Type": "application/json"}, (
        b'{"data": {"after": null, "children": [{"kind": "t3", "data": {"id": "p1", "permalink": "/r/B/comments/p1/x/",'
        b' "title": "Still here", "selftext": "body"}}]}}')))
    s.add("/r/B/comments/p1/x.json", lambda req: (200, {"Content-Type": "application/json"},
                                                   b'[{}, {"data": ["children", "moved"]}]'))
    s.add("/r/C/new.json", lambda req: (200, {"Content-Type": "application/json"}, b"{not json"))
    _, docs, errors = run_sources([
        {"kind": "github", "repos": ["a/listed", "a/odd"], "api_url": base},
        {"kind": "reddit", "subreddits": ["B", "C"], "comments": True, "base_url": base, "auth": "public"}])
    assert [d["title"] for d in docs] == ["Still here"]  # kept without its unreadable comments
    reasons = by_reason(errors)
    assert f"{base}/r/B/comments/p1/x.json" in reasons["changed api"]
    assert any(k.startswith("github:") for k in reasons["changed api"])
    assert reasons["malformed json"] == [f"{base}/r/C/new.json?after=None"]
    assert "source failed" not in reasons


def test_web_redirect_to_another_host_is_refused_before_any_request_to_it(local_server):
    """A page inside the crawl redirecting to a host outside the allowed domains (here localhost, the same
    server under another name) was followed and stored under the other host's URL: the domain scope applied
    to links only. The hop is now an 'off-site redirect' error, and the other host is never asked."""
    s, other = local_server, f"http://localhost:{local_server.port}"
    s.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    s.add("/", article_html(0, ["/away", "/here"]))
    s.add("/away", status=302, headers={"Location": f"{other}/landing"})
    s.add("/here", status=301, headers={"Location": "/moved"})  # same host: still followed
    s.add("/moved", article_html(2))
    s.add("/landing", article_html(1))
    _, docs, errors = run_sources([{"kind": "web", "seeds": [f"{s.url}/"], "max_depth": 1}])
    assert {d["url"] for d in docs} == {f"{s.url}/", f"{s.url}/moved"}
    off = [e for e in errors if e["reason"] == "off-site redirect"]
    assert [e["key"] for e in off] == [f"{s.url}/away"] and f"{other}/landing" in off[0]["detail"]
    assert "/landing" not in s.paths()


FRENCH = [f"Étape {i}: la bière brune fermente à {16 + i} degrés, dit le brasseur à Liège." for i in range(4)]


def test_html_in_latin1_keeps_its_accents_on_the_web_in_news_and_in_files(local_server, tmp_path: Path) -> None:
    """A latin-1 page without a declared charset was stored as 'La bičre brune ŕ 18 degrés' by the web crawl,
    the news source's articles and `scrape files` on a .html (trafilatura's own guess took cp1250 over the
    equally scored cp1252), and a charset named only in the Content-Type header was never used: the extractor
    got the bytes without the header. Now HTML that is not UTF-8 is decoded as text files are, and a header
    charset outranks any guess."""
    page = f"<html><body><article><p>{'</p><p>'.join(FRENCH)}</p></article></body></html>".encode("latin-1")
    short = "<html><body><article><p>Ça coûte 3 €, déjà payé.</p></article></body></html>".encode("cp1252")
    local_server.add("/robots.txt", "User-agent: *\nAllow: /\n", content_type="text/plain")
    local_server.add("/", '<html><body><p>Index of the brewing notes.</p><a href="/fr">fr</a> <a href="/euro">euro</a>'
                     '</body></html>')
    local_server.add("/fr", page, content_type="text/html")
    local_server.add("/euro", short, content_type="text/html; charset=windows-1252")
    local_server.add("/feed", f"""<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>
<item><title>fr</title><link>{local_server.url}/fr</link></item></channel></rss>""",
                     content_type="application/rss+xml")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "fr.html").write_bytes(page)
    text = "\n".join(FRENCH)
    _, web, errors = run_sources([{"kind": "web", "seeds": [f"{local_server.url}/"], "max_depth": 1}], "w", cache=False)
    assert errors == [] and {d["url"].rsplit("/", 1)[1]: d["text"] for d in web if d["metadata"]["depth"] == 1} == {
        "fr": text, "euro": "Ça coûte 3 €, déjà payé."}
    _, news, errors = run_sources([{"kind": "news", "feeds": [f"{local_server.url}/feed"]}], "n", cache=False)
    assert errors == [] and [d["text"] for d in news] == [text]
    _, files, errors = run_sources([{"kind": "files", "paths": [str(tmp_path / "notes")]}], "f")
    assert errors == [] and [d["text"] for d in files] == [text]
