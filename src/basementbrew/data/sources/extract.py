"""Turning fetched bytes into text, off the fetch path, in worker processes with a per-document time limit.

trafilatura can run for minutes on pathological HTML and pypdf on a hostile PDF, and both hold the GIL, so
extraction never runs in the threads that fetch. :class:`Extractor` keeps ``workers`` processes; each has a
slot thread that hands it one document at a time and waits at most ``timeout_s``: a worker that overruns is
killed and replaced, and that document becomes an ``extract timeout`` error. ``workers=0`` extracts in the
calling thread (no time limit) for small jobs.

Ctrl-C belongs to the parent: a terminal sends SIGINT to the whole process group, and a worker that died of
it (a traceback each, then broken pipes in the slot threads) left documents waiting forever. Workers are
started with SIGINT blocked and ignore it, so the parent decides when they stop. A worker that dies anyway
(killed, crashed, never started) fails the document it held with ``extract worker died`` and is replaced;
if a slot thread itself fails, its documents fail too, and once no slot is left every waiting and later
document fails at once: a caller of ``submit(...).result()`` gets an error, never a hang.

Kinds: ``html`` (trafilatura main text + title, author, date, language), ``pdf`` (pypdf; an encrypted PDF
that an empty password does not open is refused), ``docx`` (python-docx paragraphs and tables).
"""

from __future__ import annotations

import contextlib
import io
import logging
import multiprocessing as mp
import pickle
import queue
import re
import select
import signal
import threading
from collections import deque
from concurrent.futures import Future
from typing import Any
from urllib.parse import urljoin

EXTRACT_TIMEOUT_S = 30.0
IN_FLIGHT = 2  # documents queued at each worker
START_TIMEOUT_S = 120.0  # a worker's imports (trafilatura, pypdf, python-docx) on a busy machine
_LANG_RE = re.compile(rb"<html[^>]*\slang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


class ExtractError(Exception):
    def __init__(self, reason: str, detail: str = "", links: list[str] | None = None) -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail  # without the reason: an error record stores both, side by side
        self.links = links or []


def extract_html(data: bytes | str, url: str | None = None, links: bool = False) -> dict[str, Any]:
    """Main text and metadata; with ``links`` also every ``<a href>`` resolved against ``url`` (for crawling).

    The page is parsed once with trafilatura's own loader and that tree is read three times (links, text,
    metadata; none of them modifies it), so the text is exactly what ``trafilatura.extract`` gives for the
    same bytes. Metadata takes trafilatura's fast path (``<meta>`` tags, ``<title>``/``<h1>``, htmldate
    without extensive search, ``<html lang>``): about 1 ms a page instead of 6-7 ms for the full
    ``extract_metadata`` (measured on the benchmark pages), which is what makes the crawler outrun
    trafilatura's own fetch+extract loop.
    """
    import trafilatura
    from trafilatura.utils import load_html

    raw = data.encode("utf-8") if isinstance(data, str) else data
    tree = load_html(_html_text(data))
    found = page_links(tree, url) if links else []
    text = trafilatura.extract(tree, url=url) if tree is not None else None
    if not text:
        raise ExtractError("no main text", "trafilatura found no main content", found)
    result = {"text": text, **_metadata(tree, url, raw)}
    if links:
        result["links"] = found
    return result


def _html_text(data: bytes | str) -> bytes | str:
    """A page's bytes as text for the HTML loader when they are not UTF-8: decoded as ``http.decode`` does (a
    ``<meta charset>``, else charset_normalizer's best guess with ties going to cp1252, as browsers do).
    trafilatura's own guess takes charset_normalizer's first candidate, which lists cp1250 before the equally
    scored cp1252, so undeclared French or German text came out as 'la bičre ... ŕ 18 degrés'. UTF-8 is
    decoded as the loader would; compressed bytes go to it unchanged."""
    if isinstance(data, str) or data[:2] == b"\x1f\x8b":
        return data
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from basementbrew.data.http import decode

        return decode(data)


def _metadata(tree: Any, url: str | None, raw: bytes) -> dict[str, Any]:
    from htmldate import find_date
    from trafilatura.metadata import examine_meta, extract_title

    meta = examine_meta(tree)
    try:
        date = find_date(tree, extensive_search=False, original_date=True, url=url)
    except Exception:  # htmldate on odd markup: a page without a date, not a failed page
        date = None
    m = _LANG_RE.search(raw[:4096])
    return {"title": meta.title or extract_title(tree), "author": meta.author, "date": date,
            "language": m.group(1).decode().lower() if m else None}


def page_links(tree: Any, url: str | None) -> list[str]:
    if tree is None:
        return []
    out = []
    for href in tree.xpath("//a/@href"):
        href = str(href).strip()
        if href and not href.startswith(("javascript:", "mailto:", "#")):
            try:
                out.append(urljoin(url, href) if url else href)
            except ValueError:
                continue
    return out


def extract_page(data: bytes | str, url: str | None = None) -> dict[str, Any]:
    """A crawled page: like ``html``, but a page without main text still gives its links (an index page)."""
    try:
        return extract_html(data, url, links=True)
    except ExtractError as exc:
        return {"text": "", "error": exc.reason, "links": exc.links}


def extract_pdf(data: bytes, url: str | None = None) -> dict[str, Any]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs ("EOF marker not found") as warnings, which reach stderr through logging's
    # last-resort handler in the worker; the file's error record (or its text) already says how it went
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ExtractError("encrypted pdf", "needs a password")
        text = "\n".join((page.extract_text() or "") for page in reader.pages).strip()
        info = reader.metadata or {}
    except ExtractError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ExtractError("broken pdf", f"{type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # pypdf raises many kinds on hostile files (DependencyError for AES, etc.)
        raise ExtractError("broken pdf", f"{type(exc).__name__}: {exc}") from exc
    if not text:
        raise ExtractError("no text", "the PDF has no text layer")
    return {"text": text, "title": info.get("/Title"), "author": info.get("/Author"), "pages": len(reader.pages)}


def extract_docx(data: bytes, url: str | None = None) -> dict[str, Any]:
    import docx

    try:
        d = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises zipfile/KeyError/ValueError on broken files
        raise ExtractError("broken docx", f"{type(exc).__name__}: {exc}") from exc
    parts = [p.text for p in d.paragraphs if p.text.strip()]
    for table in d.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text.strip() for c in row.cells))
    text = "\n".join(parts).strip()
    if not text:
        raise ExtractError("no text", "the document is empty")
    props = d.core_properties
    return {"text": text, "title": props.title or None, "author": props.author or None}


KINDS = {"html": extract_html, "page": extract_page, "pdf": extract_pdf, "docx": extract_docx}


def run_one(kind: str, data: bytes | str, url: str | None) -> dict[str, Any]:
    if kind not in KINDS:
        raise ExtractError("unknown kind", kind)
    return KINDS[kind](data, url)


def _worker(conn: Any) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # started with SIGINT blocked (see Extractor._slot): now drop it
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    import docx  # noqa: F401  (imports before "ready": a document's time limit counts extraction only)
    import pypdf  # noqa: F401
    import trafilatura  # noqa: F401

    _put(conn, "ready")
    while True:
        try:
            task = _get(conn)
        except EOFError:
            return
        if task is None:
            return
        kind, data, url = task
        try:
            _put(conn, ("ok", run_one(kind, data, url)))
        except ExtractError as exc:
            _put(conn, ("err", exc.reason, exc.detail))
        except Exception as exc:  # a bug or a library crash on one document must not end the worker
            _put(conn, ("err", "extract failed", f"{type(exc).__name__}: {exc}"))


def _put(conn: Any, obj: Any) -> None:
    """One message as a plain pickle (``Connection.send`` builds a ForkingPickler, copying copyreg's dispatch
    table, and ``Connection.poll`` a selector, for every message: with them the extraction slot threads held
    the GIL in two thirds of the crawler process's py-spy samples, a third after this change)."""
    conn.send_bytes(pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL))


def _get(conn: Any) -> Any:
    return pickle.loads(conn.recv_bytes())


class Extractor:
    """A pool of extraction processes with a time limit per document; ``submit`` returns a Future."""

    def __init__(self, workers: int = 2, timeout_s: float = EXTRACT_TIMEOUT_S) -> None:
        self.workers = workers
        self.timeout_s = timeout_s
        self._tasks: queue.Queue[Any] = queue.Queue()
        self._ctx = mp.get_context("spawn")  # no fork: the fetch threads hold locks and sockets
        self._lock = threading.Lock()
        self._alive = workers
        self._broken: str | None = None  # why no slot is left (every document fails with it)
        self._threads = [threading.Thread(target=self._slot, daemon=True, name=f"extract-{i}")
                         for i in range(workers)]
        for t in self._threads:
            t.start()

    def submit(self, kind: str, data: bytes | str, url: str | None = None) -> Future[dict[str, Any]]:
        fut: Future[dict[str, Any]] = Future()
        if self.workers == 0:
            try:
                fut.set_result(run_one(kind, data, url))
            except Exception as exc:
                fut.set_exception(exc if isinstance(exc, ExtractError) else
                                  ExtractError("extract failed", f"{type(exc).__name__}: {exc}"))
            return fut
        with self._lock:  # against _slot_failed draining the queue between the check and the put
            if self._broken is None:
                self._tasks.put((fut, (kind, data, url)))
                return fut
        fut.set_exception(ExtractError("extract worker died", self._broken))
        return fut

    def extract(self, kind: str, data: bytes | str, url: str | None = None) -> dict[str, Any]:
        return self.submit(kind, data, url).result()

    def _start(self) -> tuple[Any, Any, Any]:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker, args=(child,), daemon=True)
        proc.start()  # inherits this thread's mask (SIGINT blocked) until _worker ignores it
        child.close()
        poller = select.poll()  # one poll object per worker: Connection.poll builds a selector every call
        poller.register(parent.fileno(), select.POLLIN)
        try:
            ready = bool(poller.poll(START_TIMEOUT_S * 1000)) and _get(parent) == "ready"
        except (EOFError, OSError):  # it died while importing
            ready = False
        if not ready:
            proc.kill()
            proc.join()
            parent.close()
            raise ExtractError("extract worker died", "an extraction worker did not start")
        return proc, parent, poller

    def _slot(self) -> None:
        """One worker's feeder thread; whatever ends it fails its documents instead of leaving them waiting."""
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})  # the main thread takes Ctrl-C; workers inherit
        sent: deque[tuple[Future[dict[str, Any]], tuple[Any, ...]]] = deque()
        try:
            self._feed(sent)
        except BaseException as exc:  # a bug here must not leave a caller waiting on .result() forever
            self._slot_failed(sent, f"{type(exc).__name__}: {exc}")

    def _slot_failed(self, sent: deque[tuple[Future[dict[str, Any]], tuple[Any, ...]]], why: str) -> None:
        for fut, _ in sent:
            if not fut.done():
                fut.set_exception(ExtractError("extract worker died", why))
        with self._lock:
            self._alive -= 1
            if self._alive > 0:
                return
            self._broken = why
            while True:  # no slot is left to take what waits in the queue
                try:
                    item = self._tasks.get_nowait()
                except queue.Empty:
                    return
                if item is not None and item[0].set_running_or_notify_cancel():
                    item[0].set_exception(ExtractError("extract worker died", why))

    def _feed(self, sent: deque[tuple[Future[dict[str, Any]], tuple[Any, ...]]]) -> None:
        """Feed one worker, keeping ``IN_FLIGHT`` documents queued at it so it never waits on this process.

        The worker handles its documents in order, so the head of ``sent`` is the one running and its time
        limit counts from when the previous answer arrived. On a timeout or a crash (an answer that cannot
        be read, a document that cannot be sent) the head document fails, the worker is replaced and the
        documents queued behind it are sent to the new worker. A worker that does not start fails the
        documents it was to get; the next document tries a fresh one.
        """
        proc, conn, poller = None, None, None
        closing = False
        while True:
            broken = False
            while len(sent) < IN_FLIGHT and not closing and not broken:
                try:
                    item = self._tasks.get(block=not sent)
                except queue.Empty:
                    break
                if item is None:
                    closing = True
                    break
                fut, task = item
                if not fut.set_running_or_notify_cancel():
                    continue
                sent.append((fut, task))
                if proc is None:
                    try:
                        proc, conn, poller = self._start()
                    except ExtractError as exc:
                        for waiting, _ in sent:
                            waiting.set_exception(exc)
                        sent.clear()
                        continue
                try:
                    _put(conn, task)
                except OSError:  # the worker is gone (killed while idle): handled as a crash below
                    broken = True
            if not sent:
                break
            fut, _ = sent[0]
            try:
                if broken:
                    raise EOFError
                if poller.poll(self.timeout_s * 1000):
                    answer = _get(conn)
                    sent.popleft()
                    if answer[0] == "ok":
                        fut.set_result(answer[1])
                    else:
                        fut.set_exception(ExtractError(answer[1], answer[2]))
                    continue
                sent.popleft()
                fut.set_exception(ExtractError("extract timeout", f"over {self.timeout_s:g} s"))
            except (EOFError, OSError) as exc:
                sent.popleft()
                fut.set_exception(ExtractError("extract worker died", type(exc).__name__))
            proc.kill()
            proc.join()
            conn.close()
            proc, conn, poller = None, None, None
            if sent:
                try:
                    proc, conn, poller = self._start()
                    for _, task in sent:  # never started: the worker runs documents one after another
                        _put(conn, task)
                except (ExtractError, OSError) as exc:
                    for waiting, _ in sent:
                        waiting.set_exception(exc if isinstance(exc, ExtractError) else
                                              ExtractError("extract worker died", type(exc).__name__))
                    sent.clear()
                    if proc is not None:
                        proc.kill()
                        proc.join()
                    proc, conn, poller = None, None, None
        if proc is not None:
            with contextlib.suppress(OSError):
                _put(conn, None)
            proc.join(timeout=5)
            if proc.is_alive():
                proc.kill()

    def close(self) -> None:
        for _ in self._threads:
            self._tasks.put(None)
        for t in self._threads:
            t.join(timeout=10)

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
