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
