"""Where a merge or an export writes (merging/outputs.py): an --out that cannot take the result is refused in one
line, exit 2, before any model loads, and nothing is left there that a later run could take for a result."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from cli_helpers import run_cli
from merging_helpers import make_run

COMMANDS = {
    "into-base": ["merge", "into-base", "a"],
    "export-gguf": ["merge", "export-gguf", "a", "--type", "f16", "--no-check"],
    "moe": ["merge", "moe", "a", "b", "--router", "random"],
}


def _unwritable(tmp_path: Path) -> Path:
    """A folder this process cannot create anything in: a read-only one (0o555), or for root, who writes in
    those anyway, a read-only file system."""
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    for where in (ro, Path("/sys")):
        try:
            os.rmdir(tempfile.mkdtemp(dir=where))
        except OSError:
            return where
    pytest.skip("no folder here refuses writes to this user")


@pytest.fixture
def no_model_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """A refusal must come before the (slow) model load: loading one fails the test."""
    import basementbrew.models.loading as loading

    def tripwire(*args, **kwargs):
        raise AssertionError("a model was loaded before --out was checked")

    monkeypatch.setattr(loading, "load_model", tripwire)
    monkeypatch.setattr("basementbrew.models.generation.load_base", tripwire)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_out_that_cannot_take_the_result_is_refused_before_the_model_loads(command, tiny_llama, tmp_path,
                                                                              monkeypatch, capsys, request):
    """`--out` in a read-only folder was a PermissionError traceback from mkdtemp after the model had been
    loaded and merged (into-base 47 s, export-gguf 26 s, moe 46 s on SmolLM2); export-gguf and moe also found a
    path under a file or a non-empty folder only after loading the model."""
    make_run(tiny_llama, "a", seed=1)
    make_run(tiny_llama, "b", seed=2)
    request.getfixturevalue("no_model_loads")
    blocker = tmp_path / "notes.txt"
    blocker.write_text("mine")
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("keep")
    ro = _unwritable(tmp_path)
    cases = [(ro / "out", f"--out {ro / 'out'}: cannot write in {ro} ("),
             (ro / "deeper" / "out", f"--out {ro / 'deeper' / 'out'}: cannot write in {ro} ("),
             (blocker / "out", f"{blocker} is a file, not a folder"),
             (full, f"{full} already exists and is not empty; pass another --out or remove it")]
    for out, said in cases:
        code, output = run_cli([*COMMANDS[command], "--out", str(out)], monkeypatch, capsys)
        assert code == 2 and said in output and "Traceback" not in output, output
        assert "pass a folder" in output or "pass another --out" in output
    assert blocker.read_text() == "mine" and [p.name for p in full.iterdir()] == ["keep.txt"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary folder left behind
