"""Parquet shards of documents: the format of a built dataset version and of a build's intermediate stages.

Columns: ``id, text, source, url, metadata`` (JSON text: per-source metadata is nested and differs by source,
so it stays one string column instead of a schema per source), ``record`` (the training record as JSON, or
null for a plain document). Exclusion shards add ``step, reason, detail``. Writers append one row group per
``rows_per_group`` documents, so memory is bounded by the group, not the shard. Files are written to a dot
temp name and renamed into place; pyarrow writes the same bytes for the same rows, which is what makes a
resumed build byte-identical to an uninterrupted one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from basementbrew.data.document import RECORD, Document

DOC_SCHEMA = pa.schema([("id", pa.string()), ("text", pa.string()), ("source", pa.string()), ("url", pa.string()),
                        ("metadata", pa.string()), ("record", pa.string())])
EXCLUDED_SCHEMA = pa.schema([*DOC_SCHEMA, ("step", pa.string()), ("reason", pa.string()), ("detail", pa.string())])


def doc_row(doc: Document) -> dict[str, Any]:
    meta = {k: v for k, v in doc.metadata.items() if k != RECORD}
    record = doc.metadata.get(RECORD)
    return {"id": doc.id, "text": doc.text, "source": doc.source, "url": doc.url,
            "metadata": json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str),
            "record": json.dumps(record, ensure_ascii=False) if record is not None else None}


def row_doc(row: dict[str, Any]) -> Document:
    meta = json.loads(row["metadata"]) if row.get("metadata") else {}
    if row.get("record"):
        meta[RECORD] = json.loads(row["record"])
    return Document(row["id"], row["text"], row.get("source") or "", row.get("url"), meta)


def training_row(row: dict[str, Any]) -> dict[str, Any]:
    """What the store hands the trainer for one stored row: the record, or ``{"text": ...}``."""
    return json.loads(row["record"]) if row.get("record") else {"text": row["text"]}


class ShardWriter:
    """Append documents (or exclusion rows) to one Parquet file; ``close`` publishes it atomically."""

    def __init__(self, path: Path, schema: pa.Schema = DOC_SCHEMA, rows_per_group: int = 1000) -> None:
        self.path, self.schema, self.rows_per_group = Path(path), schema, rows_per_group
        self.tmp = self.path.with_name(f".{self.path.name}.tmp")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.buffer: list[dict[str, Any]] = []
        self.rows = 0

    def add(self, row: dict[str, Any]) -> None:
        self.buffer.append(row)
        self.rows += 1
        if len(self.buffer) >= self.rows_per_group:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            self.writer.write_table(pa.Table.from_pylist(self.buffer, schema=self.schema))
            self.buffer = []

    def close(self) -> None:
        self.flush()
        self.writer.close()
        with open(self.tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)


def iter_rows(path: Path, columns: list[str] | None = None, batch_size: int = 512) -> Iterator[dict[str, Any]]:
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=batch_size, columns=columns):
        yield from batch.to_pylist()


def text_rows(paths: list[Path]) -> int:
    """Rows stored without a training record (plain text: ``output.format: text``, or documents kept as read;
    :func:`doc_row` writes their ``record`` as null). ``basementbrew train`` fine-tunes on chat records only,
    so a build holding such rows must not be offered to it."""
    return sum(pq.read_table(p, columns=["record"]).column("record").null_count for p in paths)


def count_rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows
