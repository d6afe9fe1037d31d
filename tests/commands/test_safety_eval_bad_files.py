"""`basementbrew safety eval FILE` with a file a person got wrong: one line naming the file, the line and the
fix, exit 2, never a traceback or a message about something else."""

from __future__ import annotations

import pytest

from cli_helpers import run_cli

ROW = '{"text": "How do I bake rye bread?", "label": 0'


@pytest.mark.parametrize("scanner", ['["injection"]', "5", "null", '{"a": 1}'])
def test_a_scanner_field_that_is_not_a_name_is_named_with_its_line(tmp_path, brew_home, scanner, monkeypatch, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(f'{ROW}, "scanner": "injection"}}\n{ROW}, "scanner": {scanner}}}\n', encoding="utf-8")
    code, out = run_cli(["safety", "eval", str(rows)], monkeypatch, capsys)
    assert code == 2 and "Traceback" not in out, out
    assert "rows.jsonl line 2" in out and '"scanner"' in out and "scanner name" in out


def test_an_empty_file_is_said_to_be_empty(tmp_path, brew_home, monkeypatch, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n\n", encoding="utf-8")
    for argv in (["safety", "eval", str(rows)], ["safety", "eval", str(rows), "-s", "injection"]):
        code, out = run_cli(argv, monkeypatch, capsys)
        assert code == 2 and "has no rows" in out and "rows.jsonl" in out, out


def test_a_folder_is_said_to_be_a_folder(tmp_path, brew_home, monkeypatch, capsys):
    code, out = run_cli(["safety", "eval", str(tmp_path)], monkeypatch, capsys)
    assert code == 2 and "is a directory" in out and "does not exist" not in out, out


def test_bad_record_names_its_line_not_its_row_count(tmp_path, brew_home, monkeypatch, capsys):
    rows = tmp_path / "rows.jsonl"
    rows.write_text(f'\n{ROW}, "scanner": "injection"}}\n\n{{"text": "x", "label": 2}}\n', encoding="utf-8")
    code, out = run_cli(["safety", "eval", str(rows)], monkeypatch, capsys)
    assert code == 2 and "rows.jsonl line 4" in out and '"label"' in out, out


def test_a_pipe_is_read_and_a_byte_order_mark_is_no_error(tmp_path, brew_home, monkeypatch, capsys):
    """`safety eval <(grep ... set.jsonl)` said "evaluation file /dev/fd/63 does not exist" (it exists: a pipe), and
    a file saved with a UTF-8 byte-order mark (Notepad) failed on line 1 with "Unexpected UTF-8 BOM"."""
    import os

    read, write = os.pipe()
    os.write(write, f'{ROW}, "scanner": "toxicity"}}\n'.encode())
    os.close(write)
    code, out = run_cli(["safety", "eval", f"/dev/fd/{read}"], monkeypatch, capsys)
    assert code == 0 and "does not exist" not in out and "│ 1 │ 0 │ 1.000 │ 1.000 │ 0.000 │" in out, out
    rows = tmp_path / "rows.jsonl"
    rows.write_bytes(b"\xef\xbb\xbf" + f'{ROW}, "scanner": "toxicity"}}\n'.encode())
    code, out = run_cli(["safety", "eval", str(rows)], monkeypatch, capsys)
    assert code == 0 and "BOM" not in out and "│ 1 │ 0 │ 1.000 │ 1.000 │ 0.000 │" in out, out


def test_a_scanner_that_does_not_exist_is_named_with_its_line_and_the_chain_is_listed(tmp_path, brew_home, monkeypatch,
                                                                                      capsys):
    """A row naming scanner 'nope' (or --scanner nope) got the registry's bare 'unknown scanner' line, without
    the file and line, and without input_chain among the names it could have used."""
    path = tmp_path / "set.jsonl"
    path.write_text('{"text": "fine", "label": 0, "scanner": "injection"}\n'
                    '{"text": "hello there", "label": 0, "scanner": "nope"}\n', encoding="utf-8")
    code, said = run_cli(["safety", "eval", str(path)], monkeypatch, capsys)
    assert code == 2 and f'{path} line 2: "scanner" is \'nope\', which is no scanner; use one of ' in said, said
    assert "input_chain" in said
    code, said = run_cli(["safety", "eval", str(path), "--scanner", "nope"], monkeypatch, capsys)
    assert code == 2, said  # the file is refused first, by its line
    good = tmp_path / "good.jsonl"
    good.write_text('{"text": "fine", "label": 0}\n', encoding="utf-8")
    code, said = run_cli(["safety", "eval", str(good), "--scanner", "nope"], monkeypatch, capsys)
    assert code == 2 and "--scanner nope: no such scanner; use one of " in said and "input_chain" in said, said
