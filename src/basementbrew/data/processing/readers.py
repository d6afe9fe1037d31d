"""Input shards for a build: any JSONL/Parquet/CSV folder, a Hugging Face dataset on disk, or a store version.

One input file is one shard (one task of the executor); every reader streams rows, so a shard is never
held in memory. A row becomes a :class:`~basementbrew.data.document.Document`: a plain document (its
``text_field``) or a training record (``messages``, ShareGPT ``conversations``, alpaca
``instruction/output``, ``prompt/completion``, which keeps a boolean thumbs ``label``, or a preference pair
``prompt/chosen/rejected``), detected per row from its keys after the ``fields`` renames.
ShareGPT turns (``from: human|gpt|system``, ``value``) are mapped to OpenAI messages on read, so the store
and the trainer see one shape. A broken row never stops the build: it becomes an error record naming the
file and line (``bad_json``, ``not_an_object``, ``no_text``, ``empty``, ``binary``, ``bad_utf8``; a whole file:
``bad_csv``, ``bad_parquet``, ``bad_arrow``), written
to the exclusion shard like any drop.

Raw scrape versions (``docs-*.jsonl.gz``, issue 12) are read with their provenance columns folded into
``metadata`` the way the scrapers' ``row_doc`` does.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.data.conversational import flat_row, is_conversational
from basementbrew.data.document import MAX_DOC_CHARS, Document, from_record, looks_binary
from basementbrew.errors import BrewError

SUFFIXES = (".jsonl", ".jsonl.gz", ".json.gz", ".parquet", ".csv", ".arrow")
SKIP_PREFIXES = ("excluded", "errors", ".")
PROVENANCE = ("fetched_at", "licence", "title", "author", "query", "sha256")
SHAREGPT_ROLES = {"human": "user", "user": "user", "gpt": "assistant", "assistant": "assistant",
                  "chatgpt": "assistant", "bing": "assistant", "bard": "assistant", "system": "system"}
UTF8_BOM = b"\xef\xbb\xbf"
# MAX_DOC_CHARS (basementbrew.data.document): a huge single document is an error record, not an out-of-memory
# what a row becomes, in the build key: a build made by an older reader is redone, not returned as current
# (2: a thumbs label is kept; version 1 dropped it, storing thumbs-down answers as plain examples;
#  3: a prompt/chosen/rejected row is a pair record; before, it was a no_text error;
#  4: TRL's conversational pairs and thumbs (messages, not strings) are pair / thumbs records; before, an
#     implicit-prompt pair with a ``messages`` copy became the chosen conversation as an SFT example;
#  5: a UTF-8 byte-order mark is skipped; before, a JSONL file's first row was a bad_json error;
#  6: a CSV row with bytes that are not UTF-8 is a bad_utf8 error; before, it was stored with U+FFFD in them;
#  7: a training record whose texts exceed MAX_DOC_CHARS is a too_large error, as a plain document was;
#  8: a row without a string ``text_field`` is a no_text error; before, its ``text``/``content``/``body`` was read
#     in its place, so a misspelt text_field built from another column without a word)
RECORDS_VERSION = 8


@dataclass(frozen=True)
class InputShard:
    path: Path
    kind: str  # jsonl | parquet | csv | arrow

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class BadRow:
    """A row that could not become a document: where it is and why."""

    where: str
    reason: str
    detail: str = ""


def _kind(path: Path) -> str | None:
    name = path.name
    if name.startswith(SKIP_PREFIXES):
        return None
    if name.endswith((".jsonl", ".jsonl.gz", ".json.gz")):
        return "jsonl"
    for suffix in (".parquet", ".csv", ".arrow"):
        if name.endswith(suffix):
            return suffix[1:]
    return None


def discover(ref: str) -> tuple[list[InputShard], str]:
    """The input shards of ``ref`` (sorted, so shard numbers are stable) and a provenance string."""
    path = Path(ref).expanduser()
    if not path.exists() and "@v" in ref and "/" not in ref:
        from basementbrew.data import store

        name, _, ver = ref.partition("@v")
        found = [v for v in store.versions(name) if str(v.version) == ver]
        if not found:
            raise BrewError(f"input.path: no stored version {ref}; see `basementbrew data list`")
        path = found[0].path
    if not path.exists():
        where = f" (looked for {path.absolute()}: a relative path is read from the folder the command runs in)" \
            if not path.is_absolute() else ""
        raise BrewError(f"input.path: {ref} not found{where}; give a store ref NAME@vN, a folder or a data file")
    if path.is_file():
        kind = _kind(path)
        if kind is None:
            raise BrewError(f"input.path: {path.name} is not one of {', '.join(SUFFIXES)}")
        return [InputShard(path, kind)], str(path)
    files = sorted(p for p in path.rglob("*") if p.is_file() and _kind(p) and not _hidden(p, path))
    if not files:
        raise BrewError(f"input.path: {path} holds no {', '.join(SUFFIXES)} files")
    return [InputShard(p, _kind(p) or "") for p in files], str(path)


def _hidden(p: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in p.relative_to(root).parts[:-1])


def fingerprint(shards: list[InputShard]) -> str:
    """Names, sizes and modification times of the input files: a changed input is a new build."""
    h = hashlib.sha256()
    for s in shards:
        st = s.path.stat()
        h.update(f"{s.path}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


def _rows(shard: InputShard) -> Iterator[tuple[int, dict[str, Any] | BadRow]]:
    """(line or row number, row) pairs; unreadable rows come back as :class:`BadRow`."""
    p, where = shard.path, shard.path.name
    if shard.kind == "jsonl":
        opener = gzip.open if p.name.endswith(".gz") else open
        with opener(p, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if n == 1:  # a UTF-8 byte-order mark (Windows editors, Excel) is no part of the first row
                    raw = raw.removeprefix(UTF8_BOM)
                if not raw.strip():
                    continue
                if len(raw) > MAX_DOC_CHARS * 4:
                    yield n, BadRow(f"{where}:{n}", "too_large", f"{len(raw)} bytes")
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield n, BadRow(f"{where}:{n}", "bad_utf8", str(exc)[:200])
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield n, BadRow(f"{where}:{n}", "bad_json", exc.msg)
                    continue
                yield n, obj if isinstance(obj, dict) else BadRow(f"{where}:{n}", "not_an_object",
                                                                   type(obj).__name__)
    elif shard.kind == "csv":
        with open(p, "rb") as fb:
            # utf-8-sig: a byte-order mark (Excel's "CSV UTF-8") would otherwise be part of the first column's name
            # surrogateescape, not replace: a byte that is not UTF-8 (a Latin-1 export) makes its row a bad_utf8
            # error instead of text stored with U+FFFD where the letter was
            text = io.TextIOWrapper(fb, encoding="utf-8-sig", errors="surrogateescape", newline="")
            csv.field_size_limit(MAX_DOC_CHARS)
            try:
                for n, row in enumerate(csv.DictReader(text), 2):
                    bad = _undecodable(row)
                    yield n, BadRow(f"{where}:{n}", "bad_utf8", bad) if bad else dict(row)
            except csv.Error as exc:
                yield 0, BadRow(f"{where}", "bad_csv", str(exc))
    elif shard.kind in ("parquet", "arrow"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        n = 0
        try:
            if shard.kind == "parquet":
                batches: Any = pq.ParquetFile(p).iter_batches(batch_size=512)
            else:
                with open(p, "rb") as fh:
                    head = fh.read(6)
                reader = pa.ipc.open_file(p) if head == b"ARROW1" else pa.ipc.open_stream(p)
                batches = (reader.get_batch(i) for i in range(reader.num_record_batches)) if head == b"ARROW1" \
                    else iter(reader)
            for batch in batches:
                for row in batch.to_pylist():
                    n += 1
                    yield n, row
        except (pa.ArrowException, OSError) as exc:  # a truncated or mislabelled file: one error record, as for CSV
            what = "Parquet" if shard.kind == "parquet" else "Arrow"
            yield n + 1, BadRow(where, f"bad_{shard.kind}", f"not a readable {what} file ({str(exc)[:200]}) after "
                                f"{n} row(s); export it again, or move it out of the input folder")


def _undecodable(row: dict[Any, Any]) -> str:
    """What is not UTF-8 in a CSV row decoded with surrogateescape (a lone surrogate per raw byte), or ''."""
    for key, value in row.items():
        for cell in (key, *(value if isinstance(value, list) else [value])):
            raw = [ord(ch) - 0xDC00 for ch in cell if "\udc80" <= ch <= "\udcff"] if isinstance(cell, str) else []
            if raw:
                where = "the header" if cell is key else repr(key)
                return (f"byte 0x{raw[0]:02x} in {where} is not UTF-8; if the file is Latin-1 or Windows-1252, "
                        "convert it with `iconv -f latin1 -t utf-8 IN > OUT`")
    return ""


def _sharegpt(turns: Any) -> list[dict[str, str]] | None:
    if not isinstance(turns, list):
        return None
    out = []
    for t in turns:
        if not isinstance(t, dict):
            return None
        role = SHAREGPT_ROLES.get(str(t.get("from", t.get("role", ""))).lower())
        text = t.get("value", t.get("content"))
        if role is None or not isinstance(text, str):
            return None
        out.append({"role": role, "content": text})
    return out


def to_record(row: dict[str, Any], fmt: str) -> dict[str, Any] | None:
    """A training record in one of the store's shapes, or None for a plain document.

    A prompt/completion row keeps a boolean ``label`` (thumbs up/down, KTO's unpaired shape): dropping it
    turned thumbs-down answers into SFT examples (:mod:`basementbrew.data.processing.thumbs`). A
    prompt/chosen/rejected row (DPO/ORPO's paired shape, what ``data prepare --from-votes`` stores) stays one
    pair record; it used to be no record at all, so every pair was a ``no_text`` error. TRL's conversational
    rows (:mod:`basementbrew.data.conversational`) are read as those flat rows first, before a ``messages``
    copy beside them could make the pair one SFT example; a BrewError when one cannot be."""
    if fmt == "auto" and is_conversational(row):
        row = flat_row(row, "row")
    if fmt in ("auto", "messages") and isinstance(row.get("messages"), list):
        return {"messages": row["messages"]}
    if fmt in ("auto", "sharegpt") and "conversations" in row:
        msgs = _sharegpt(row["conversations"])
        return {"messages": msgs} if msgs else None
    if fmt in ("auto", "alpaca") and isinstance(row.get("instruction"), str) and isinstance(row.get("output"), str):
        rec = {"instruction": row["instruction"], "output": row["output"]}
        if isinstance(row.get("input"), str) and row["input"]:
            rec["input"] = row["input"]
        return rec
    if fmt == "auto" and all(isinstance(row.get(k), str) for k in ("prompt", "chosen", "rejected")):
        rec = {"prompt": row["prompt"], "chosen": row["chosen"], "rejected": row["rejected"]}
        if isinstance(row.get("system"), str) and row["system"]:  # preference training prompts with it
            rec["system"] = row["system"]
        return rec
    if fmt in ("auto", "prompt_completion") and isinstance(row.get("prompt"), str) \
            and isinstance(row.get("completion"), str):
        rec = {"prompt": row["prompt"], "completion": row["completion"]}
        if isinstance(row.get("label"), bool):  # a thumbs row (KTO): without it a thumbs-down reads as an example
            rec["label"] = row["label"]
            if isinstance(row.get("system"), str) and row["system"]:  # KTO training prompts with it
                rec["system"] = row["system"]
        return rec
    return None


def no_text_detail(row: dict[str, Any], text_field: str) -> str:
    """Why a row has no text: the field named, the fields the row has, and the setting to change.

    A row without a string ``text_field`` used to be read from ``text``, ``content`` or ``body`` instead,
    without a word, so a misspelt ``input.text_field`` built a version out of another column."""
    keys = sorted(row)
    strings = [k for k in keys if isinstance(row[k], str)]
    shown = ", ".join(keys[:12]) + (f", ... ({len(keys)} in all)" if len(keys) > 12 else "")
    if text_field not in row:
        what = f"no field {text_field!r} in this row"
    else:
        what = f"field {text_field!r} is {type(row[text_field]).__name__}, not a string"
    fix = (f"set input.text_field to the field holding the text (string fields here: {', '.join(strings[:12])})"
           if strings else "set input.text_field to the field holding the text")
    return f"{what} (its fields: {shown or 'none'}); {fix}, or input.format for training records"


def row_to_doc(row: dict[str, Any], *, where: str, source: str, fmt: str, text_field: str, id_field: str,
               fields: dict[str, str]) -> Document | BadRow:
    if fields:
        row = {fields.get(k, k): v for k, v in row.items()}
    rid = row.get(id_field)
    doc_id = str(rid) if isinstance(rid, str | int) and str(rid) else where
    if fmt != "text":
        try:
            record = to_record(row, fmt)
        except BrewError as exc:  # a conversational pair with no flat form (a multi-turn prompt, ...)
            return BadRow(where, "unsupported_pair", str(exc).removeprefix("row: "))
        if record is not None:
            doc = from_record(record, source=source, index=0)
            if len(doc.text) > MAX_DOC_CHARS:
                return BadRow(where, "too_large", f"{len(doc.text)} characters > {MAX_DOC_CHARS}")
            return Document(doc_id, doc.text, source, row.get("url") if isinstance(row.get("url"), str) else None,
                            doc.metadata)
        if fmt != "auto":
            return BadRow(where, "missing_fields", f"no {fmt} fields among keys {sorted(row)[:12]}")
    text = row.get(text_field)
    if not isinstance(text, str):  # never another field in its place: a misspelt text_field read the wrong one
        return BadRow(where, "no_text", no_text_detail(row, text_field))
    if not text.strip():
        return BadRow(where, "empty")
    if len(text) > MAX_DOC_CHARS:
        return BadRow(where, "too_large", f"{len(text)} characters > {MAX_DOC_CHARS}")
    if looks_binary(text):
        return BadRow(where, "binary", "control characters")
    meta = dict(row.get("metadata") or {}) if isinstance(row.get("metadata"), dict) else {}
    for key in PROVENANCE:
        if row.get(key) is not None:
            meta[key] = row[key]
    url = row.get("url") if isinstance(row.get("url"), str) else None
    src = row.get("source") if isinstance(row.get("source"), str) and row.get("source") else source
    return Document(doc_id, text, src, url, meta)


def read_shard(shard: InputShard, *, fmt: str = "auto", text_field: str = "text", id_field: str = "id",
               fields: dict[str, str] | None = None, limit: int | None = None) -> Iterator[Document | BadRow]:
    """Stream one input shard as documents (or :class:`BadRow` error records)."""
    source = os.path.basename(shard.path)
    count = 0
    for n, row in _rows(shard):
        if limit is not None and count >= limit:
            return
        count += 1
        if isinstance(row, BadRow):
            yield row
            continue
        yield row_to_doc(row, where=f"{source}:{n}", source=source, fmt=fmt, text_field=text_field,
                         id_field=id_field, fields=fields or {})
