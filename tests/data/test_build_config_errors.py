"""A build config with a wrong key or type is answered like a training config: the dotted key, the keys
allowed there with a did-you-mean, and what was given; `input: PATH` (a string where a mapping belongs) says
to write `input: {path: PATH}`. It used to be pydantic's own text ('input.colour: Extra inputs are not
permitted', 'input: Input should be a valid dictionary or instance of InputConfig')."""

from __future__ import annotations

from pathlib import Path

import pytest

from basementbrew.data.processing.config import load_build_config
from basementbrew.errors import BrewError
from cli_helpers import run_cli


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "b.yaml"
    path.write_text(text)
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ("name: x\ninput: {path: docs.jsonl, colour: red}\n",
     "input.colour: unknown key; allowed here: path, format, text_field, id_field, fields, limit"),
    ("name: x\ninput: {path: docs.jsonl, text_feild: body}\n",
     "input.text_feild: unknown key (did you mean text_field?); allowed here: path, format, text_field,"),
    ("name: x\ninput: {path: docs.jsonl}\nstesp: [clean]\n",
     "stesp: unknown key (did you mean steps?); allowed here: name, input, steps, output, workers,"),
    ("name: x\ninput: {path: docs.jsonl}\noutput: {eval_frac: 0.1}\n",
     "output.eval_frac: unknown key (did you mean eval_fraction?); allowed here: format, eval_fraction,"),
    ("name: x\ninput: {path: docs.jsonl}\nsteps: [{step: clean, parms: {}}]\n",
     "steps[0].parms: unknown key (did you mean params?); allowed here: step, params"),
    ("name: x\ninput: docs.jsonl\n",
     "input: should be a mapping, not a string; write input: {path: docs.jsonl} (got 'docs.jsonl')"),
    ("name: x\ninput: {path: docs.jsonl}\nworkers: many\n",
     "workers: Input should be a valid integer, unable to parse string as an integer (got 'many')"),
])
def test_a_wrong_key_or_type_names_the_key_what_is_allowed_and_what_was_given(tmp_path, text, expected):
    path = _write(tmp_path, text)
    with pytest.raises(BrewError) as err:
        load_build_config(path)
    assert f"{path} is not a valid build config:" in str(err.value)
    assert expected in str(err.value)
    assert "Extra inputs are not permitted" not in str(err.value)
    assert "instance of InputConfig" not in str(err.value)


def test_the_cli_says_it_in_one_message_exit_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("BREW_HOME", str(tmp_path / "home"))
    path = _write(tmp_path, "name: x\ninput: docs.jsonl\n")
    code, out = run_cli(["data", "build", str(path)], monkeypatch, capsys)
    assert code == 2
    assert "input: should be a mapping, not a string; write input: {path: docs.jsonl}" in out
    assert "Traceback" not in out and out.count("error:") == 1


def test_a_misspelt_step_param_names_the_params_that_step_takes(tmp_path):
    path = _write(tmp_path, "name: x\ninput: {path: d}\nsteps: [{step: length, params: {min_char: 3}}]\n")
    with pytest.raises(BrewError, match=r"steps\[0\]\.params\.min_char: unknown key \(did you mean min_chars\?\); "
                       r"allowed here: min_chars"):
        load_build_config(path)
    path = _write(tmp_path, "name: x\ninput: {path: d}\nsteps: [{step: pii, params: {strict: true}}]\n")
    with pytest.raises(BrewError, match=r"steps\[0\]\.params\.strict: unknown key; step 'pii' takes no params"):
        load_build_config(path)


@pytest.mark.parametrize(("params", "expected"), [
    # clean: a pattern that does not compile stopped every worker with re.error's traceback (exit 1)
    ("{step: clean, params: {extra_patterns: ['ok', '(unclosed']}}",
     "steps[0].params.extra_patterns: item 1, '(unclosed', is not a valid regular expression (missing ), "
     "unterminated subpattern at position 0); escape ( [ { . * + ? with a backslash to match them literally"),
    # gopher_repetition: n = 0 never advanced through the words, so the build hung in its first stage
    ("{step: gopher_repetition, params: {dup_n_grams: {0: 0.1}}}",
     "steps[0].params.dup_n_grams: key 0: Input should be greater than or equal to 1 (got 0)"),
    ("{step: gopher_repetition, params: {top_n_grams: {2: 5}}}",
     "steps[0].params.top_n_grams.2: Input should be less than or equal to 1 (got 5)"),
    # negative thresholds were taken and dropped every document (or none) under a rule's reason
    ("{step: fineweb, params: {line_punct_thr: -1}}",
     "steps[0].params.line_punct_thr: Input should be greater than or equal to 0 (got -1)"),
    ("{step: gopher_quality, params: {max_symbol_word_ratio: -0.1}}",
     "steps[0].params.max_symbol_word_ratio: Input should be greater than or equal to 0 (got -0.1)"),
    ("{step: c4, params: {max_word_length: 0}}",
     "steps[0].params.max_word_length: Input should be greater than or equal to 1 (got 0)"),
])
def test_a_step_param_no_document_can_meet_is_refused_before_any_work(tmp_path, monkeypatch, capsys, params,
                                                                       expected):
    monkeypatch.setenv("BREW_HOME", str(tmp_path / "home"))
    (tmp_path / "d.jsonl").write_text('{"text": "one document of a few words to read."}\n')
    path = _write(tmp_path, f"name: x\ninput: {{path: {tmp_path / 'd.jsonl'}}}\nsteps: [{params}]\n")
    code, out = run_cli(["data", "build", str(path)], monkeypatch, capsys)
    assert code == 2
    assert out == f"error: {path} is not a valid build config: - {expected}"
    assert not (tmp_path / "home" / "datasets" / "x").exists()
