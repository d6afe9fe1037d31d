"""How `data build` reads its input files (data/processing/readers.py): the bytes editors and spreadsheets
really write, and files that are not what their name says."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import yaml

from basementbrew.data import store
from basementbrew.data.document import Document
from basementbrew.data.processing.readers import BadRow, InputShard, read_shard
from cli_helpers import run_cli

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


def test_a_csv_row_that_is_not_utf8_is_an_error_record_not_replacement_characters(tmp_path: Path) -> None:
    """A Latin-1 CSV was decoded with errors='replace': 'Weißbier aus München' was stored as
    'Wei\\ufffdbier aus M\\ufffdnchen' without a word. Such a row is now a bad_utf8 error naming the byte, the
    column and the fix (JSONL rows already were); the file's UTF-8 rows are read as before."""
    path = tmp_path / "a.csv"
    path.write_bytes(b"id,text\nr0,Wei\xdfbier aus M\xfcnchen\nr1," + TEXTS[1].encode() + b"\n")
    docs, bad = _read(path, "csv")
    assert [(d.id, d.text) for d in docs] == [("r1", TEXTS[1])]
    assert [(b.where, b.reason) for b in bad] == [("a.csv:2", "bad_utf8")]
    assert "byte 0xdf in 'text' is not UTF-8" in bad[0].detail and "iconv -f latin1 -t utf-8" in bad[0].detail


def test_a_latin1_csv_build_says_which_line_and_how_to_convert(tmp_path: Path, monkeypatch, capsys) -> None:
    """A Latin-1 CSV built into a version whose text had U+FFFD in place of every accented letter (exit 0).
    Now nothing is published (exit 2), and the one line names the file, the line and the iconv command."""
    (tmp_path / "brew.csv").write_bytes(b"text\nWei\xdfbier aus M\xfcnchen, vergoren bei 18 Grad.\n")
    (tmp_path / "b.yaml").write_text(yaml.safe_dump({"name": "latin", "input": {"path": str(tmp_path / "brew.csv")},
                                                     "steps": ["clean"], "output": {"tokenizer": "words"}}))
    code, out = run_cli(["data", "build", str(tmp_path / "b.yaml")], monkeypatch, capsys)
    assert code == 2, out
    assert "read could read none of the 1 document(s) that reached it (bad_utf8 1)" in out
    assert "brew.csv:2: byte 0xdf in 'text' is not UTF-8" in out and "iconv -f latin1 -t utf-8" in out
    assert "Traceback" not in out and not store.versions("latin")


@pytest.mark.parametrize("name", ["bad.parquet", "bad.arrow"])
def test_a_broken_parquet_or_arrow_file_is_an_error_record_naming_it(tmp_path: Path, name: str, monkeypatch,
                                                                     capsys) -> None:
    """One broken file (truncated, or not Parquet at all) failed the whole build with pyarrow's words and no
    file name ('build x failed: Parquet magic bytes not found in footer...'), however many good files the
    folder held. It is now one bad_parquet / bad_arrow error record named by the file, the good files are
    built, and a build of only that file says which file and what to do."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    inp = tmp_path / "in"
    inp.mkdir()
    pq.write_table(pa.table({"id": ["r0", "r1"], "text": TEXTS}), inp / "good.parquet")
    (inp / name).write_bytes(b"PAR1 this is not a table")
    docs, bad = _read(inp / name, name.rsplit(".", 1)[1])
    assert docs == [] and [(b.where, b.reason) for b in bad] == [(name, f"bad_{name.rsplit('.', 1)[1]}")]
    for path, code, expect in ((inp, 0, "train 2"), (inp / name, 2, f"first: {name}: not a readable")):
        (tmp_path / "b.yaml").write_text(yaml.safe_dump({"name": "pq", "input": {"path": str(path)},
                                                         "steps": ["clean"], "output": {"tokenizer": "words",
                                                                                        "eval_fraction": 0}}))
        got, out = run_cli(["data", "build", str(tmp_path / "b.yaml")], monkeypatch, capsys)
        assert got == code and expect in out and "Traceback" not in out, out
    assert "move it out of the input folder" in out
    assert [v.version for v in store.versions("pq")] == [1]


def test_a_text_field_the_rows_lack_is_refused_not_read_from_another_column(tmp_path: Path, monkeypatch,
                                                                             capsys) -> None:
    """`input.text_field: txet` (a typo) on rows with `text` and `content` built a version out of `text`,
    and a row with only `content` or `body` was read from that column, without a word. Now such a row is a
    no_text error naming the field, the row's fields and the setting, and a build where no row has the field
    publishes nothing (exit 2) with that one line."""
    rows = [{"id": f"r{i}", "text": t, "content": f"other column {i}"} for i, t in enumerate(TEXTS)]
    (tmp_path / "docs.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    docs, bad = _read(tmp_path / "docs.jsonl", "jsonl")
    assert [d.text for d in docs] == TEXTS and bad == []  # the default field is read as before
    only_content = tmp_path / "content.jsonl"
    only_content.write_text(json.dumps({"id": "c0", "content": TEXTS[0]}) + "\n", encoding="utf-8")
    docs, bad = _read(only_content, "jsonl")
    assert docs == [] and [(b.where, b.reason) for b in bad] == [("content.jsonl:1", "no_text")]
    assert "no field 'text' in this row (its fields: content, id)" in bad[0].detail
    (tmp_path / "b.yaml").write_text(yaml.safe_dump({
        "name": "typo", "input": {"path": str(tmp_path / "docs.jsonl"), "text_field": "txet"},
        "steps": ["clean"], "output": {"tokenizer": "words", "eval_fraction": 0}}))
    code, out = run_cli(["data", "build", str(tmp_path / "b.yaml")], monkeypatch, capsys)
    assert code == 2, out
    assert "read could read none of the 2 document(s) that reached it (no_text 2)" in out
    assert "no row has a string field 'txet' (input.text_field)" in out
    assert "docs.jsonl:1: no field 'txet' in this row (its fields: content, id, text)" in out
    assert "set input.text_field to the field holding the text (string fields here: content, id, text)" in out
    assert "Traceback" not in out and not store.versions("typo")
