"""`basementbrew eval` through the real entry point, asserting on what a user (or a log file) reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import run_cli


def test_an_eval_logged_to_a_file_has_no_redrawn_library_bars(tiny_models: dict[str, Path],
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """`basementbrew eval RUN > eval.log` (not a terminal) wrote transformers' "Loading weights" bar, redrawn with
    carriage returns ('Loading weights:   0%| ... 0/272 ...\\rLoading weights: 100%| ...'), before the result;
    `train` had turned those bars off there, eval had not."""
    from datasets.utils.logging import enable_progress_bar as datasets_bars_on
    from transformers.utils.logging import enable_progress_bar as transformers_bars_on

    transformers_bars_on()  # as a fresh process starts; an earlier test may have turned them off
    try:
        code, said = run_cli(["eval", "llama-3.1-8b", "--model-path", str(tiny_models["llama-3.1-8b"]),
                              "--max-examples", "2", "--samples", "0", "--max-length", "48"], monkeypatch, capsys)
    finally:
        datasets_bars_on()
        transformers_bars_on()
    assert code == 0, said
    assert "Loading weights" not in said, said
    assert "loss" in said and "perplexity" in said


@pytest.mark.parametrize("bad", ["empty.jsonl", "a-folder"])
def test_a_bad_dataset_is_refused_before_the_model_loads(bad: str, tiny_models: dict[str, Path], tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """`basementbrew eval RUN --dataset empty.jsonl` (or a folder) said what was wrong with the dataset only
    after loading the model (11-20 s for the embedded SmolLM2). The weights folder here has its config.json and
    no weights, so a model load would fail: the dataset's own error shows it was read first."""
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "a-folder").mkdir()
    no_weights = tmp_path / "no-weights"
    no_weights.mkdir()
    (no_weights / "config.json").write_text((tiny_models["llama-3.1-8b"] / "config.json").read_text())
    monkeypatch.chdir(tmp_path)
    code, said = run_cli(["eval", "llama-3.1-8b", "--model-path", str(no_weights), "--dataset", bad,
                          "--samples", "0"], monkeypatch, capsys)
    assert code == 2, said
    expected = "empty.jsonl has no records" if bad == "empty.jsonl" else "a-folder is a folder without a train.jsonl"
    assert expected in said and "Traceback" not in said, said


@pytest.mark.parametrize(("path", "says"), [
    ("/nope", "--model-path '/nope' is neither an existing folder, a .gguf file, nor a hub id"),
    ("/nope/model.gguf", "--model-path: GGUF file /nope/model.gguf not found"),
])
def test_a_bad_model_path_speaks_of_the_flag_not_the_config_key(path: str, says: str,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`basementbrew eval smollm2-135m --model-path /nope` said "model.path '/nope' ... or remove model.path";
    on the command line that value is the --model-path flag (as `serve` says it: errors.ConfigError.said_as)."""
    code, said = run_cli(["eval", "smollm2-135m", "--model-path", path], monkeypatch, capsys)
    assert code == 2, said
    assert says in said and "leave out --model-path to use smollm2-135m's registry weights" in said, said
    assert "model.path" not in said.replace("--model-path", ""), said


def test_the_saved_result_path_is_one_line_in_a_log(embedded_dir: Path, brew_home: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """`basementbrew eval RUN > eval.log`: rich wrapped 'saved: /.../runs/RUN/evals/...json' at 80 columns, the
    path on a line of its own or split in two."""
    import sys

    from basementbrew.cli import main
    from serving_fixtures import make_adapter_run

    make_adapter_run(embedded_dir, name="a-run-name-long-enough-to-pass-eighty-columns")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setattr(sys, "argv", ["basementbrew", "eval", "a-run-name-long-enough-to-pass-eighty-columns",
                                      "--max-examples", "1", "--samples", "0"])
    with pytest.raises(SystemExit) as stop:
        main()
    assert stop.value.code == 0
    saved = [line for line in capsys.readouterr().out.splitlines() if line.startswith("saved:")]
    assert len(saved) == 1 and saved[0].endswith(".json"), saved
    assert Path(saved[0].removeprefix("saved: ")).is_file()
