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
