"""How `data build` reads its input files (data/processing/readers.py): the bytes editors and spreadsheets
really write, and files that are not what their name says."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from basementbrew.data.document import Document
from basementbrew.data.processing.readers import BadRow, InputShard, read_shard

BOM = b"\xef\xbb\xbf"
TEXTS = ["Brewing at home starts with malt, water and patience.", "The boil extracts bitterness from the hops."]


def _read(path: Path, kind: str) -> tuple[list[Document], list[BadRow]]:
    out = list(read_shard(InputShard(path, kind)))
    return [d for d in out if isinstance(d, Document)], [b for b in out if isinstance(b, BadRow)]


@pytest.mark.parametrize("name", ["a.jsonl", "a.jsonl.gz", "a.csv"])
def test_a_utf8_byte_order_mark_is_not_part_of_the_first_row(tmp_path: Path, name: str) -> None:
    """Excel's "CSV UTF-8" and Windows editors start a file with a BOM: a CSV's first column was then named
    '\\ufefftext', so every row was a no_text error and the build published nothing; a JSONL file's first line
    was a bad_json error, its document silently left out. `data prepare` already skipped the BOM."""
    if name.endswith(".csv"):
        body = ("text,id\r\n" + "".join(f'"{t}",r{i}\r\n' for i, t in enumerate(TEXTS))).encode()
    else:
        body = "".join(json.dumps({"id": f"r{i}", "text": t}) + "\r\n" for i, t in enumerate(TEXTS)).encode()
    path = tmp_path / name
    path.write_bytes(gzip.compress(BOM + body) if name.endswith(".gz") else BOM + body)
    docs, bad = _read(path, "csv" if name.endswith(".csv") else "jsonl")
    assert bad == []
    assert [(d.id, d.text) for d in docs] == [("r0", TEXTS[0]), ("r1", TEXTS[1])]
