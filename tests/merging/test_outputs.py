"""Where a merge or an export writes (merging/outputs.py): an --out that cannot take the result is refused in one
line, exit 2, before any model loads, and nothing is left there that a later run could take for a result."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest

from basementbrew.errors import BrewError
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


@pytest.mark.parametrize("command", ["into-base", "export-gguf"])
def test_files_put_in_the_out_folder_while_the_merge_runs_are_never_replaced(command, tiny_llama, tmp_path,
                                                                            monkeypatch):
    """output_folder finds --out absent before the merge, then the result was renamed over whatever had been put
    there since (seen with 'merge into-base a --out X' and a note saved into X 45 s in: X held the merged model,
    the note was gone, exit 0). Now that is one line, exit 2, and the folder keeps what was put there."""
    import basementbrew.merging.outputs as outputs
    from basementbrew.merging.export import export_gguf
    from basementbrew.merging.into_base import merge_into_base

    make_run(tiny_llama, "a", seed=1)
    out = tmp_path / "out"
    real = outputs.atomic_dir

    @contextlib.contextmanager
    def someone_writes_there(path, **kwargs):  # the real atomic_dir; meanwhile another process fills --out
        with real(path, **kwargs) as tmp:
            yield tmp
            out.mkdir()
            (out / "notes.txt").write_text("mine")

    monkeypatch.setattr(outputs, "atomic_dir", someone_writes_there)
    with pytest.raises(BrewError) as err:
        if command == "into-base":
            merge_into_base("a", str(out))
        else:
            export_gguf("a", str(out), ("f16",), check=False)
    assert str(err.value) == (f"{out} was filled by something else while this command ran, so nothing was written "
                              "and what is there was left as it was; pass another --out or remove it, and run the "
                              "same command again")
    assert [p.name for p in out.iterdir()] == ["notes.txt"] and (out / "notes.txt").read_text() == "mine"
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")]  # no temporary folder left
