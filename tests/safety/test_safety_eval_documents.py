"""The pasted-document evaluation and the document training rows: what they cut, which side of the split a
package falls on, and one real run of the evaluation through the shipped input chain."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from tests.script_helpers import load_script

evaluation = load_script("scripts/safety_eval_documents.py")
training = load_script("scripts/safety_data_documents.py")
code_training = load_script("scripts/safety_data_code.py")


def test_readme_pieces_are_paragraph_aligned_bounded_and_mostly_prose():
    prose = "\n\n".join(f"Paragraph {i} explains how the library parses configuration files." * 3 for i in range(20))
    pieces = evaluation.pieces(prose)
    assert 1 <= len(pieces) <= evaluation.PER_PACKAGE
    assert all(evaluation.MIN_CHARS <= len(p) <= evaluation.MAX_CHARS for p in pieces)
    table = "\n\n".join("| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |" * 4 for _ in range(20))
    assert evaluation.pieces(table) == []  # under 60 % letters: not prose


def test_code_pieces_cut_between_top_level_blocks_and_hold_a_definition():
    funcs = "\n\n".join(f"def f{i}(x):\n    y = x + {i}\n\n    return y * 2  # doubled" for i in range(60))
    pieces = evaluation.code_pieces(f"import os\n\n{funcs}")
    assert len(pieces) == evaluation.CODE_PER_MODULE
    piece = pieces[0]
    assert evaluation.MIN_CHARS <= len(piece) <= evaluation.MAX_CHARS
    assert piece.startswith("import os\n\ndef f0(x):\n    y = x + 0\n\n    return y")  # indented blank kept
    constants = "\n\n".join(f"NAME_{i} = {i}  # a constant with a comment" for i in range(80))
    assert evaluation.code_pieces(constants) == []  # no def or class


def test_standard_library_code_leaves_out_tests_and_codec_tables():
    docs = evaluation.code_documents()
    modules = [m for m, _ in docs]
    assert len(docs) > 200 and len(set(modules)) == len(modules)  # one piece per module
    assert not any(m.startswith(("stdlib:test.", "stdlib:encodings.")) or ".test_" in m for m in modules)
    assert "stdlib:json.decoder" in modules or "stdlib:json.encoder" in modules


def test_the_package_split_is_by_name_and_both_sides_are_used():
    assert evaluation.split_of("requests==2.32.3") == evaluation.split_of("requests")
    sides = {evaluation.split_of(f"package{i}") for i in range(40)}
    assert sides == {"train", "eval"}


def test_training_rows_come_from_training_packages_only_in_three_frames():
    rows = training.rows()
    if not rows:
        pytest.skip("no installed package has a long description here")
    assert {evaluation.split_of(r["package"]) for r in rows} == {"train"}
    assert {r["kind"] for r in rows} <= {"document/alone", "document/then ask", "document/ask first"}
    assert all(r["label"] == 0 for r in rows)
    asks = [template.replace("{doc}", "").strip() for template in evaluation.FRAMES.values()]
    assert not any(ask and ask in r["text"] for r in rows for ask in asks)  # evaluation frames never train


def test_code_training_rows_are_training_packages_source_and_never_the_evaluated_code():
    rows = code_training.rows()
    if not rows:
        pytest.skip("no installed package ships Python source here")
    assert {evaluation.split_of(r["package"]) for r in rows} == {"train"}
    assert {r["kind"] for r in rows} == {"code/alone", "code/then ask", "code/ask first"}
    held = {line for _, piece in evaluation.code_documents() for line in code_training._long_lines(piece)}
    for r in rows:
        if r["kind"] == "code/alone":
            lines = code_training._long_lines(r["text"])
            assert sum(line in held for line in lines) <= code_training.MAX_SHARED * len(lines)
    per_package = Counter(r["package"] for r in rows if r["kind"] == "code/alone")
    assert max(per_package.values()) <= code_training.PER_PACKAGE


@pytest.mark.parametrize("source", ["code", "readme"])
def test_one_piece_runs_through_the_shipped_input_chain(source, tmp_path, capsys):
    out = tmp_path / "figures.json"
    assert evaluation.main(["--source", source, "--limit", "1", "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["source"] == source and len(report["packages"]) == 1
    assert set(report["frames"]) == set(evaluation.FRAMES)
    for frame in report["frames"].values():
        assert frame["rows"] == 1 and frame["blocked"] in (0, 1) and frame["fpr"] == frame["blocked"]
    assert "| frame | pieces | whole chain FPR |" in capsys.readouterr().out
