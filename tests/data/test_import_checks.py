"""`basementbrew data prepare` refuses what no run could train on, at import, through the real CLI entry point:
bytes that are not UTF-8 text, records of no known shape or of two shapes in one file, a conversation without
an answer, NaN, a file too small to hold anything out. Each refusal is one line naming the file and line (or
what to do), exit code 2, and the store is left exactly as it was. Training-time loading refuses mixed shapes
too (a version stored by older code)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from basementbrew.cli import main
from basementbrew.data.examples import harmony_rows
from basementbrew.data.formats import convert_rows
from basementbrew.errors import BrewError

GOOD = {"prompt": "How long should an ale ferment?", "completion": "About two weeks at 18-20 C."}
CHAT = {"messages": [{"role": "user", "content": "Best mash temperature?"},
                     {"role": "assistant", "content": "66 C for a medium body."}]}
ALPACA = {"instruction": "Convert 5 gallons to litres.", "output": "18.9 litres."}


def _jsonl(*rows: dict) -> bytes:
    return "".join(json.dumps(r) + "\n" for r in rows).encode()


def _store_snapshot(home: Path) -> dict[str, bytes]:
    root = home / "datasets"
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()} if root.exists() else {}


def prepare(args: list[str], capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """Run `basementbrew data prepare ARGS` through cli.main (the console script): (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "argv", ["basementbrew", "data", "prepare", *args])
    with pytest.raises(SystemExit) as exit_:
        main()
    out = capsys.readouterr()
    return int(exit_.value.code or 0), out.out, out.err


@pytest.fixture
def stored(brew_home: Path, tmp_path: Path, capsys, monkeypatch) -> dict[str, bytes]:
    """A store that already holds one version, so 'untouched' means more than 'still empty'."""
    ok = tmp_path / "ok.jsonl"
    ok.write_bytes(_jsonl(*[GOOD] * 3))
    assert prepare([str(ok), "--name", "kept"], capsys, monkeypatch)[0] == 0
    snapshot = _store_snapshot(brew_home)
    assert any(name.endswith("train.jsonl") for name in snapshot)
    return snapshot


BAD_BYTES = {
    # name: (file bytes, line named, words the message must contain)
    "binary": (_jsonl(GOOD) + b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", 2, "not UTF-8 text (byte 0x89"),
    "nul_bytes": (_jsonl(GOOD, GOOD) + b"{\x00\x01\x02\xff}\n", 3, "NUL byte"),
    "latin1": (_jsonl(GOOD, GOOD) + '{"prompt": "Caf\xe9 stout?", "completion": "Yes."}\n'.encode("latin-1"), 3,
               "not UTF-8 text (byte 0xe9"),
    "utf16_bom": ((json.dumps(GOOD) + "\n").encode("utf-16"), 1, "UTF-16 little-endian"),
    "utf16_no_bom": ((json.dumps(GOOD) + "\n").encode("utf-16-be"), 1, "NUL byte"),
}


@pytest.mark.parametrize("case", sorted(BAD_BYTES))
def test_bad_bytes_are_one_line_with_file_and_line(case: str, tmp_path: Path, stored: dict, brew_home: Path,
                                                   capsys, monkeypatch) -> None:
    data, line, words = BAD_BYTES[case]
    f = tmp_path / f"{case}.jsonl"
    f.write_bytes(data)
    code, _, err = prepare([str(f)], capsys, monkeypatch)
    assert code == 2, err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err
    assert f"{f}:{line}:" in err and words in err, err
    assert "UTF-8" in err  # says what the file must be
    assert _store_snapshot(brew_home) == stored


def test_folder_whose_train_file_is_not_utf8(tmp_path: Path, stored: dict, brew_home: Path, capsys,
                                             monkeypatch) -> None:
    folder = tmp_path / "split"
    folder.mkdir()
    (folder / "train.jsonl").write_bytes(_jsonl(GOOD) + b'{"prompt": "\xff\xfe", "completion": "x"}\n')
    (folder / "eval.jsonl").write_bytes(_jsonl(GOOD))
    code, _, err = prepare([str(folder)], capsys, monkeypatch)
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert f"{folder / 'train.jsonl'}:2:" in err and "byte 0xff" in err
    assert _store_snapshot(brew_home) == stored


UNTRAINABLE = {
    # name: (records or raw lines, line named, words the message must contain)
    "no_known_shape": ([GOOD, {"foo": "bar"}], 2, "cannot tell the format"),
    "no_shape_first_line": ([{"foo": "bar"}, GOOD], 1, "cannot tell the format"),
    "no_assistant_turn": ([CHAT, {"messages": [{"role": "system", "content": "Be brief."},
                                               {"role": "user", "content": "Hi?"}]}], 2, "no answer to learn"),
    "nan_value": (['{"prompt": "q", "completion": "a"}', '{"prompt": NaN, "completion": "a"}'], 2, "NaN is not"),
    "infinity_value": (['{"instruction": "q", "output": "a", "score": Infinity}'], 1, "Infinity is not"),
    "number_as_text": ([GOOD, {"prompt": 42, "completion": "a"}], 2, "'prompt' must be a string"),
    "mixed_shapes": ([CHAT, CHAT, ALPACA, CHAT], 3, "this record is alpaca (instruction/output), but the first record"),
    "mixed_pc_then_chat": ([GOOD, CHAT], 2, "this record is messages"),
}


@pytest.mark.parametrize("case", sorted(UNTRAINABLE))
def test_untrainable_records_are_refused_at_import(case: str, tmp_path: Path, stored: dict, brew_home: Path,
                                                   capsys, monkeypatch) -> None:
    rows, line, words = UNTRAINABLE[case]
    f = tmp_path / f"{case}.jsonl"
    f.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    code, _, err = prepare([str(f)], capsys, monkeypatch)
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    assert f"{f}:{line}:" in err and words in err, err
    assert "datasets/" not in err  # names the user's file, never the store's copy
    assert _store_snapshot(brew_home) == stored


def test_mixed_shapes_name_the_first_record(tmp_path: Path, capsys, monkeypatch) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(_jsonl(CHAT, CHAT, ALPACA, CHAT))
    _, _, err = prepare([str(f)], capsys, monkeypatch)
    assert f"the first record ({f}:1) is messages" in err and "one format" in err


def test_one_record_file_says_what_to_do(tmp_path: Path, stored: dict, brew_home: Path, capsys,
                                         monkeypatch) -> None:
    f = tmp_path / "tiny.jsonl"
    f.write_bytes(_jsonl(GOOD))
    code, _, err = prepare([str(f)], capsys, monkeypatch)
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert str(f) in err and "1 record" in err and "hold out" in err
    assert "Add records" in err and "eval.jsonl" in err
    assert _store_snapshot(brew_home) == stored
    # the way out the message names works: a folder with its own held-out file
    folder = tmp_path / "tiny-split"
    folder.mkdir()
    (folder / "train.jsonl").write_bytes(_jsonl(GOOD))
    (folder / "eval.jsonl").write_bytes(_jsonl(GOOD | {"completion": "Two weeks."}))
    code, out, err = prepare([str(folder)], capsys, monkeypatch)
    assert code == 0, err
    assert "data.dataset=tiny-split@v1" in out


def test_mixed_shapes_refused_when_loading_for_training() -> None:
    """A version stored before import checks existed still cannot train silently on two shapes."""
    first = r"the first record \(old@v1/train:record 1\) is messages"
    with pytest.raises(BrewError, match=r"old@v1/train:record 3: this record is alpaca .*" + first):
        convert_rows([CHAT, CHAT, ALPACA], "auto", "old@v1/train")
    with pytest.raises(BrewError, match=r"record 2: this record is prompt/completion"):
        harmony_rows([CHAT, GOOD], "auto", "old@v1/train")
    assert len(convert_rows([ALPACA, ALPACA], "auto", "ok")) == 2


def test_steps_dropping_every_held_out_record_are_refused_at_import(tmp_path: Path, stored: dict, brew_home: Path,
                                                                    capsys, monkeypatch) -> None:
    """The toxicity step drops the only held-out record: the version would have nothing to measure."""
    folder = tmp_path / "toxic-eval"
    folder.mkdir()
    (folder / "train.jsonl").write_bytes(_jsonl(GOOD, GOOD))
    insult = "You are a worthless idiot and nobody will ever love you."
    (folder / "eval.jsonl").write_bytes(_jsonl({"prompt": "How long should a lager condition?", "completion": insult}))
    code, _, err = prepare([str(folder)], capsys, monkeypatch)
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert f"{folder}: the data steps dropped every eval record (1 of 1: toxicity:" in err
    assert _store_snapshot(brew_home) == stored


NOT_JSONL = {
    # name: (file name, bytes or None for a missing file, words the message must contain, words it must not)
    "missing": ("nofile.jsonl", None, "dataset file nofile.jsonl not found; check the path given to data prepare",
                "data.dataset"),
    "docx": ("mash.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00word/document.xml",
             "mash.docx is a DOCX document, not training records; collect documents with `basementbrew scrape "
             "files mash.docx", "iconv"),
    "csv": ("c.csv", b"text\nshort csv row\n", "c.csv is a CSV file, and datasets are imported from JSON lines",
            "not valid JSON"),
    "txt": ("notes.txt", "la bi\xe8re".encode("latin-1"), "notes.txt is a text document", "iconv"),
    "folder": ("raw", b"", "raw is a folder without a train.jsonl", "check data.dataset"),
}


@pytest.mark.parametrize("case", sorted(NOT_JSONL))
def test_prepare_names_what_reads_a_file_that_is_not_jsonl(case: str, tmp_path: Path, stored: dict,
                                                           brew_home: Path, capsys, monkeypatch) -> None:
    """`data prepare nofile.jsonl` said 'check data.dataset' (a training config's key, not the argument);
    a DOCX (a zip, NUL bytes) got `iconv -f utf-16`; a CSV was 'not valid JSON' on line 1. Each is now
    one line saying what the file is and which command reads it (data build, scrape files)."""
    name, data, words, never = NOT_JSONL[case]
    monkeypatch.chdir(tmp_path)
    if case == "folder":
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.csv").write_bytes(b"text\nrow\n")
    elif data is not None:
        (tmp_path / name).write_bytes(data)
    for args in ([name], [name, "--name", "x"]):
        code, _, err = prepare(args, capsys, monkeypatch)
        said = " ".join(err.split())
        assert code == 2 and "Traceback" not in err, err
        assert words in said and never not in said, said
    assert _store_snapshot(brew_home) == stored


ONE_JSON_DOCUMENT = {
    # name: (file name, text, words the message must contain)
    "array_json": ("alpaca_data.json", json.dumps([ALPACA, ALPACA]),
                   "alpaca_data.json is one JSON array (2 item(s)), not JSON lines (one object per line); convert "
                   "it with `jq -c '.[]' alpaca_data.json > alpaca_data.jsonl` and give alpaca_data.jsonl"),
    "array_jsonl": ("a.jsonl", json.dumps([GOOD, GOOD]), "`jq -c '.[]' a.jsonl > a-lines.jsonl`"),
    "pretty_array": ("p.jsonl", json.dumps([GOOD, GOOD, GOOD], indent=2), "p.jsonl is one JSON array (3 item(s))"),
    "pretty_object": ("o.jsonl", json.dumps(GOOD, indent=2),
                      "o.jsonl is one JSON object over several lines, not JSON lines (one object per line); "
                      "convert it with `jq -c '.' o.jsonl > o-lines.jsonl`"),
    "wrapped": ("w.json", json.dumps({"version": 1, "data": [GOOD, GOOD]}, indent=2), "`jq -c '.data[]' w.json"),
    # the same object on one line parsed as one record and was 'cannot tell the format of a record with keys
    # ['data']; expected messages, instruction/output (alpaca) or prompt/completion'
    "wrapped_one_line": ("d.json", json.dumps({"data": [ALPACA, ALPACA]}),
                         "d.json is one JSON object with its records under \"data\" (2 item(s)), not JSON lines (one "
                         "object per line); convert it with `jq -c '.data[]' d.json > d.jsonl` and give d.jsonl"),
    "wrapped_one_line_jsonl": ("v.jsonl", json.dumps({"version": 1, "rows": [GOOD, GOOD, GOOD]}),
                               "`jq -c '.rows[]' v.jsonl > v-lines.jsonl`"),
    "wrapped_odd_key": ("k.json", json.dumps({"my data": [GOOD]}), """`jq -c '.["my data"][]' k.json > k.jsonl`"""),
}


@pytest.mark.parametrize("case", sorted(ONE_JSON_DOCUMENT))
def test_a_file_that_is_one_json_document_says_how_to_convert_it(case: str, tmp_path: Path, stored: dict,
                                                                 brew_home: Path, capsys, monkeypatch) -> None:
    """An existing alpaca_data.json (a JSON array, how many datasets ship) was looked up in the store: 'no
    dataset named 'alpaca_data.json' in the store; use ... a .jsonl path'; the same array in a .jsonl file was
    'each line must be a JSON object, got list', and pretty-printed JSON 'not valid JSON (Expecting value); fix
    or delete that line'. Each is now one line saying what the file is and the jq command that converts it
    (to a new file, never over itself)."""
    name, text, words = ONE_JSON_DOCUMENT[case]
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(text, encoding="utf-8")
    code, _, err = prepare([name], capsys, monkeypatch)
    said = " ".join(err.split())
    assert code == 2 and "Traceback" not in err and words in said, said
    assert _store_snapshot(brew_home) == stored


def test_a_json_file_of_json_lines_is_imported(tmp_path: Path, brew_home: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "lines.json").write_bytes(_jsonl(GOOD, GOOD, GOOD))
    code, out, err = prepare(["lines.json"], capsys, monkeypatch)
    assert code == 0 and "data.dataset=lines@v1" in out, err


def test_an_existing_file_without_a_known_extension_is_read_as_a_file(tmp_path: Path, brew_home: Path, capsys,
                                                                     monkeypatch) -> None:
    """`data prepare noext` (a file of JSON lines here, no extension) said "no dataset named 'noext' in the
    store" while `./noext` imported it. A file or folder of that name that names no stored dataset is read."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "noext").write_bytes(_jsonl(GOOD, GOOD, GOOD))
    code, out, err = prepare(["noext"], capsys, monkeypatch)
    assert code == 0 and "data.dataset=noext@v1" in out, err
    code, out, err = prepare(["noext"], capsys, monkeypatch)  # noext@v1 came from this file: it is read again
    assert code == 0 and "data.dataset=noext@v1" in out, err
    code, _, err = prepare(["absent"], capsys, monkeypatch)  # no such file: still a store name
    assert code == 2 and "no dataset named 'absent' in the store" in " ".join(err.split())


def test_a_file_named_like_a_stored_dataset_is_said_with_how_to_pick(tmp_path: Path, stored: dict, brew_home: Path,
                                                                    capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "kept").write_bytes(_jsonl(GOOD, GOOD, GOOD))
    code, _, err = prepare(["kept"], capsys, monkeypatch)
    said = " ".join(err.split())
    assert code == 2 and "Traceback" not in err, err
    assert ("'kept' is both a file here and a stored dataset (kept@v1); give ./kept for the file, or kept@v1 for "
            "the stored dataset") in said, said
    assert _store_snapshot(brew_home) == stored
    assert prepare(["kept@v1"], capsys, monkeypatch)[0] == 0  # a version picks the store, as before
    assert _store_snapshot(brew_home) == stored
