"""RunConfig: shipped configs validate, overrides apply, and bad input gets an error that names the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from basementbrew.config import RunConfig, dump_config, load_config, parse_overrides, shipped_configs
from basementbrew.errors import BrewError
from basementbrew.runs import resolve_config

CONFIGS = sorted(shipped_configs().values())


def test_there_are_shipped_configs() -> None:
    names = {p.name for p in CONFIGS}
    assert {"quickstart.yaml", "gpt-oss-20b-qlora.yaml", "llama-3.1-8b-qlora.yaml", "mistral-7b-qlora.yaml"} <= names


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_every_shipped_config_validates_and_opens_with_its_command(path: Path) -> None:
    config = load_config(path)
    assert isinstance(config, RunConfig)
    first = path.read_text().splitlines()[0]
    assert first.startswith("# basementbrew train") or first.startswith("# basementbrew "), first
    assert path.name.split(".yaml")[0] in first or "quickstart" in path.name


def test_overrides_beat_yaml(tmp_path: Path) -> None:
    cfg = load_config(CONFIGS[0].parent / "quickstart.yaml",
                      ["training.learning_rate=1e-4", "lora.target_modules=[q_proj, v_proj]", "training.batch_size=2"])
    assert cfg.training.learning_rate == pytest.approx(1e-4)
    assert cfg.lora.target_modules == ["q_proj", "v_proj"]
    assert cfg.training.batch_size == 2


def test_unknown_key_names_key_and_allowed(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("training:\n  learning_rat: 0.1\n")
    with pytest.raises(BrewError) as err:
        load_config(bad)
    msg = str(err.value)
    assert "training.learning_rat" in msg and "learning_rate" in msg and "unknown key" in msg


def test_wrong_type_names_key_and_value(tmp_path: Path) -> None:
    with pytest.raises(BrewError) as err:
        load_config(None, ["training.batch_size=lots"])
    assert "training.batch_size" in str(err.value) and "'lots'" in str(err.value)


@pytest.mark.parametrize("steps", ["0", "-5"])
def test_max_steps_zero_or_below_minus_one_is_refused(steps: str) -> None:
    """'--set training.max_steps=0' (or -5) was accepted and trained the whole of num_epochs: the Trainer
    treats any step count that is not positive as 'no limit'. Now one line naming the key and the fix."""
    with pytest.raises(BrewError) as err:
        load_config(None, [f"training.max_steps={steps}"])
    said = str(err.value)
    assert f"training.max_steps: must be a positive number of optimizer steps, or -1 to let num_epochs decide " \
           f"(got {int(steps)})" in said and "Value error" not in said
    assert load_config(None, ["training.max_steps=-1"]).training.max_steps == -1
    assert load_config(None, ["training.max_steps=3"]).training.max_steps == 3


def test_unknown_model_lists_known_models() -> None:
    with pytest.raises(BrewError) as err:
        resolve_config(None, ["model.name=gpt-5"])
    assert "gpt-5" in str(err.value) and "gpt-oss-20b" in str(err.value) and "smollm2-135m" in str(err.value)


def test_missing_and_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(BrewError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("training: [unclosed\n")
    with pytest.raises(BrewError, match="not valid YAML"):
        load_config(broken)
    scalar = tmp_path / "scalar.yaml"
    scalar.write_text("42\n")
    with pytest.raises(BrewError, match="mapping"):
        load_config(scalar)


def test_override_syntax_errors() -> None:
    with pytest.raises(BrewError, match="KEY=VALUE"):
        parse_overrides(["training.batch_size"])
    with pytest.raises(BrewError, match="empty key"):
        parse_overrides(["training..batch_size=2"])


def test_resolved_config_round_trips(tmp_path: Path) -> None:
    cfg = load_config(CONFIGS[0].parent / "gpt-oss-20b-qlora.yaml")
    out = tmp_path / "resolved.yaml"
    out.write_text(dump_config(cfg))
    assert load_config(out) == cfg


def test_shipped_configs_are_found_from_any_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # not the repository root
    for ref in ("configs/quickstart.yaml", "quickstart.yaml", "quickstart"):
        assert load_config(ref).run_name == load_config(shipped_configs()["quickstart.yaml"]).run_name
    with pytest.raises(BrewError, match=r"not found.*quickstart\.yaml"):
        load_config("configs/nope.yaml")


def test_misspelled_key_and_model_get_did_you_mean(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("trainig:\n  batch_size: 2\nlora:\n  rank: 8\n")
    with pytest.raises(BrewError) as err:
        load_config(bad)
    assert "trainig: unknown key (did you mean training?)" in str(err.value)
    assert "lora.rank: unknown key; allowed here" in str(err.value)  # nothing close enough: no guess
    with pytest.raises(BrewError, match=r"'smolm2-135m' \(did you mean smollm2-135m\?\)"):
        resolve_config(None, ["model.name=smolm2-135m"])  # model names are checked where a config is resolved
    with pytest.raises(BrewError) as err:
        resolve_config(None, ["model.name=gpt-5"])
    assert "did you mean" not in str(err.value)


NOT_UTF8 = "not UTF-8 (byte 0xff at line 2, column 12); save the file as UTF-8"


def _cli(argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`basementbrew ARGV` through the real entry point (a BrewError is one line and exit 2)."""
    import sys

    from basementbrew.cli import main

    monkeypatch.setattr(sys, "argv", ["basementbrew", *argv])
    with pytest.raises(SystemExit) as stop:
        main()
    captured = capsys.readouterr()
    return stop.value.code, " ".join((captured.out + captured.err).split())


@pytest.mark.parametrize("command", [["train"], ["data", "preview"], ["data", "build"], ["scrape"]])
def test_a_config_that_is_not_utf8_is_named_by_every_command(command, tmp_path, monkeypatch, capsys) -> None:
    """A Latin-1 byte in a YAML config was a UnicodeDecodeError traceback (train, data preview) or "config
    not found" (data build, scrape, whose loaders read the file after find_config)."""
    bad = tmp_path / "bad5.yaml"
    bad.write_bytes(b"# a config\nrun_name: a\xff\n")
    code, output = _cli([*command, str(bad)], monkeypatch, capsys)
    assert code == 2 and f"bad5.yaml: {NOT_UTF8}" in output and "Traceback" not in output


def test_a_directory_given_as_config_is_called_a_directory(tmp_path, monkeypatch, capsys) -> None:
    """`train DIR` said "config file DIR not found" for a folder that is there."""
    for command in (["train"], ["data", "build"]):
        code, output = _cli([*command, str(tmp_path)], monkeypatch, capsys)
        assert code == 2 and "is a directory; pass a YAML config file" in output and "not found" not in output
    with pytest.raises(BrewError, match="is a directory"):
        load_config(tmp_path)


@pytest.mark.parametrize(("override", "said"), [
    ("training.seed=-1", "training.seed: Input should be greater than or equal to 0 (got -1)"),
    ("training.seed=4294967296", "training.seed: Input should be less than or equal to 4294967295"),
    ("training.num_epochs=.inf", "training.num_epochs: Input should be a finite number (got inf)"),
    ("training.weight_decay=.inf", "training.weight_decay: Input should be a finite number (got inf)"),
])
def test_a_seed_or_float_the_trainer_cannot_take_is_refused(override, said, monkeypatch, capsys) -> None:
    """'train quickstart --set training.seed=-1' (or 2**32) was accepted and the run then died after the model
    had loaded with numpy's 'ValueError: Seed must be between 0 and 2**32 - 1' traceback (exit 1); an infinite
    num_epochs or weight_decay was accepted as well. Now one line per key, exit 2, before anything loads."""
    code, output = _cli(["train", "quickstart", "--set", override], monkeypatch, capsys)
    assert code == 2 and said in output and "Traceback" not in output
    assert load_config(None, ["training.seed=0"]).training.seed == 0
    assert load_config(None, ["training.seed=4294967295"]).training.seed == 2**32 - 1


@pytest.mark.parametrize(("override", "said"), [
    ("training.max_steps=1000000000000", "training.max_steps: Input should be less than or equal to 10000000"),
    ("training.batch_size=1000000000", "training.batch_size: Input should be less than or equal to 8192"),
    ("training.gradient_accumulation=1000000", "training.gradient_accumulation: Input should be less than or equal "
     "to 8192"),
])
def test_a_step_count_or_batch_no_run_can_finish_is_refused(override, said, monkeypatch, capsys) -> None:
    """'train quickstart --set training.max_steps=1000000000000' started and printed an eta of 9964503049840 s,
    'training.batch_size=1000000000' sat in the first held-out evaluation for minutes, and
    'training.gradient_accumulation=1000000' made each optimizer step a pass over the whole set (69 s for step 1
    of 8 examples). Now one line naming the key and the limit, exit 2, before anything loads."""
    code, output = _cli(["train", "quickstart", "--set", override], monkeypatch, capsys)
    assert code == 2 and said in output and "Traceback" not in output, output
