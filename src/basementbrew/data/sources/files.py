"""Local files: folders (or single files) of PDF, DOCX, HTML, Markdown, TXT, JSONL and CSV as documents.

PDF (pypdf), DOCX (python-docx) and HTML (trafilatura) are parsed in the extractor's worker processes with
its time limit; Markdown and text are decoded with the declared-or-detected charset; each JSONL line and
CSV row is one document (its ``text_field``). A broken, encrypted or undecodable file is an error record, and
so is a text file holding binary data (NUL or control bytes), which the build's read step would drop anyway.
The key of a document is its path (``path#N`` for a line or row), so a resumed run skips what it stored.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Literal

from pydantic import Field

from basementbrew.data.document import looks_binary
from basementbrew.data.http import decode
from basementbrew.data.sources.base import Context, SourceConfig, make_doc, register
from basementbrew.data.sources.extract import ExtractError
from basementbrew.errors import BrewError

SUFFIXES = [".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".jsonl", ".csv"]


class FilesConfig(SourceConfig):
    kind: Literal["files"]
    paths: list[Path] = Field(min_length=1)
    recursive: bool = True
    extensions: list[str] = SUFFIXES
    text_field: str = "text"
    max_file_bytes: int = Field(100 * 1024 * 1024, ge=1)
    licence: str | None = None

    def preflight(self, key: str) -> None:
        for i, p in enumerate(self.paths):
            if not Path(p).expanduser().exists():
                raise BrewError(f"{key}.paths[{i}]: {p} does not exist")


class FilesSource:
    def __init__(self, cfg: FilesConfig) -> None:
        self.cfg = cfg
        self.name = "files"

    def _files(self) -> list[Path]:
        out: list[Path] = []
        exts = {e.lower() for e in self.cfg.extensions}
        for p in self.cfg.paths:
            p = Path(p).expanduser().resolve()
            if p.is_file():
                out.append(p)
            else:
                found = p.rglob("*") if self.cfg.recursive else p.glob("*")
                out += sorted(f for f in found if f.is_file() and f.suffix.lower() in exts)
        return out

    def scrape(self, ctx: Context) -> None:
        done = set((ctx.cursor or {}).get("done", []))
        for path in self._files():
            if ctx.stopped:
                return
            if str(path) in done:
                continue
            self._file(ctx, path)
            if ctx.interrupted:  # a JSONL file may be half read: the resumed run reads it again (stored rows are
                return           # skipped as seen); marking it done lost the rest of it
            done.add(str(path))
            ctx.checkpoint({"done": sorted(done)})

    def _doc(self, ctx: Context, key: str, text: str, path: Path, **meta: object) -> None:
        anchor = key[len(str(path)):]  # "#N" for a JSONL line or CSV row: each row its own URL
        ctx.emit(make_doc("files", key, text, url=path.as_uri() + anchor, licence=self.cfg.licence, query=None,
                          path=str(path), **meta))  # type: ignore[arg-type]

    def _file(self, ctx: Context, path: Path) -> None:
        key, suffix = str(path), path.suffix.lower()
        try:
            if path.stat().st_size > self.cfg.max_file_bytes:
                ctx.error(key, "too large", f"{path.stat().st_size} > {self.cfg.max_file_bytes} bytes")
                return
            data = path.read_bytes()
        except OSError as exc:
            ctx.error(key, "unreadable", str(exc))
            return
        if suffix in {".pdf", ".docx", ".html", ".htm"}:
            kind = {"pdf": "pdf", "docx": "docx"}.get(suffix[1:], "html")
            try:
                got = ctx.extractor.submit(kind, data, None).result()
            except ExtractError as exc:
                ctx.fail(key, exc)
                return
            self._doc(ctx, key, got["text"], path, title=got.get("title") or path.stem, author=got.get("author"))
            return
        text = decode(data)
        if looks_binary(text):  # the build's read step would drop it as binary: refuse it here, by name
            ctx.error(key, "binary file", f"a {suffix} file holding NUL or control bytes, not text; remove it or "
                      "give it its real extension")
            return
        if suffix in {".md", ".markdown", ".txt"}:
            self._doc(ctx, key, text, path, title=path.stem)
        elif suffix == ".jsonl":
            for i, line in enumerate(text.splitlines()):
                if not line.strip() or ctx.stopped or ctx.seen(f"{key}#{i}"):  # seen: stored before a resume
                    continue
                try:
                    row = json.loads(line)
                    value = row[self.cfg.text_field]
                    if not isinstance(value, str):
                        raise TypeError(f"{self.cfg.text_field} is not a string")
                except (ValueError, KeyError, TypeError) as exc:
                    ctx.error(f"{key}#{i}", "malformed json", f"{type(exc).__name__}: {exc}"[:200])
                    continue
                extra = {k: v for k, v in row.items() if k != self.cfg.text_field and isinstance(v, str | int)}
                self._doc(ctx, f"{key}#{i}", value, path, title=extra.pop("title", None), line=i, fields=extra)
        elif suffix == ".csv":
            reader = csv.DictReader(io.StringIO(text))
            if reader.fieldnames is None or self.cfg.text_field not in reader.fieldnames:
                ctx.error(key, "no text column", f"{self.cfg.text_field!r} not in {reader.fieldnames}")
                return
            for i, row in enumerate(reader):
                if ctx.seen(f"{key}#{i}"):
                    continue
                value = row.get(self.cfg.text_field) or ""
                self._doc(ctx, f"{key}#{i}", value, path, title=row.get("title"), row=i)
        else:
            ctx.error(key, "unsupported file type", suffix)


register("files", FilesConfig, FilesSource)
