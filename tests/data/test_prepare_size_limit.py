"""One limit on a document's size, MAX_DOC_CHARS, for `data prepare` and `data build`. `data prepare` took a
record with tens of millions of characters and spent minutes on it in the pii/toxicity steps, while `data
build` made the same text a too_large error record. Now `data prepare` (and `--preference`) refuses such a
record before any step runs, naming the file and line and the fix; `data build` records an over-long
training record (not only a plain document) as too_large and goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.data import preference, store
from basementbrew.data.document import MAX_DOC_CHARS
from basementbrew.data.formats import check_records
from basementbrew.data.processing import readers
from cli_helpers import run_cli

SMALL = [{"messages": [{"role": "user", "content": f"Question {i}?"}, {"role": "assistant", "content": f"Answer {i}."}]}
         for i in range(3)]


def _big_chat(chars: int) -> dict:
    return {"messages": [{"role": "user", "content": "Tell me everything."},
                         {"role": "assistant", "content": "x" * chars}]}


def _write(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def no_steps(monkeypatch):
    """The refusal comes before any step: a step run fails the test."""
    def boom(*a, **k):
        raise AssertionError("a data step ran on a record over the limit")

    monkeypatch.setattr(store, "process_splits", boom)
    monkeypatch.setattr(preference, "process_splits", boom)


@pytest.mark.parametrize("row", [
    _big_chat(MAX_DOC_CHARS),  # with the question, over the limit
    {"instruction": "Summarise.", "input": "y" * MAX_DOC_CHARS, "output": "Short."},
    {"prompt": "p", "completion": "z" * (MAX_DOC_CHARS + 1)},
], ids=["messages", "alpaca", "prompt_completion"])
def test_data_prepare_refuses_a_record_over_the_limit_with_its_line(tmp_path, brew_home, monkeypatch, capsys,
                                                                       no_steps, row):
    path = _write(tmp_path / "big.jsonl", [*SMALL[:2], row, SMALL[2]])
    code, out = run_cli(["data", "prepare", str(path)], monkeypatch, capsys)
    assert code == 2, out
    assert f"{path}:3: this record has " in out
    assert f"more than the {MAX_DOC_CHARS:,} characters a document may have" in out
    assert "split the document into smaller records" in out
    assert "basementbrew data build" in out and "too_large error and goes on" in out
    assert "Traceback" not in out and out.count("error:") == 1
    assert not (brew_home / "datasets").exists() or not any((brew_home / "datasets").rglob("*.jsonl"))


def test_a_preference_file_is_held_to_the_same_limit(tmp_path, brew_home, monkeypatch, capsys, no_steps):
    small = [{"prompt": f"q{i}", "chosen": "good", "rejected": "bad"} for i in range(3)]
    path = _write(tmp_path / "pairs.jsonl", [small[0], {"prompt": "q", "chosen": "c" * MAX_DOC_CHARS,
                                                        "rejected": "r"}, *small[1:]])
    code, out = run_cli(["data", "prepare", "--preference", str(path)], monkeypatch, capsys)
    assert code == 2, out
    assert f"{path}:2: this record has " in out and "split the document" in out


def test_a_record_at_the_limit_passes_the_check(tmp_path):
    path = tmp_path / "ok.jsonl"
    row = {"prompt": "p", "completion": "z" * (MAX_DOC_CHARS - 3)}  # "p" + "\n\n" + completion: exactly the limit
    assert check_records([(1, row)], path) == "prompt_completion"


def test_data_build_records_an_over_long_training_record_as_too_large():
    assert readers.MAX_DOC_CHARS is MAX_DOC_CHARS  # one constant for both commands
    kw = {"where": "big.jsonl:1", "source": "big.jsonl", "fmt": "auto", "text_field": "text", "id_field": "id",
          "fields": {}}
    bad = readers.row_to_doc(_big_chat(MAX_DOC_CHARS), **kw)
    assert isinstance(bad, readers.BadRow) and bad.reason == "too_large"
    ok = readers.row_to_doc(_big_chat(1000), **kw)
    assert not isinstance(ok, readers.BadRow)
