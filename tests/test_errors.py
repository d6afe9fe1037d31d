"""errors.ConfigError: one sentence said for the config key or for the command-line flag that sets it."""

from __future__ import annotations

from basementbrew.errors import ConfigError


def test_a_config_error_names_the_key_or_the_flag() -> None:
    err = ConfigError("model.path", lambda n: f"{n.name} 'x' is missing; fix it, or {n.leave_out}")
    assert str(err) == "model.path 'x' is missing; fix it, or remove model.path"
    flagged = err.said_as("--model-path")
    assert str(flagged) == "--model-path 'x' is missing; fix it, or leave out --model-path"
    assert isinstance(flagged, ConfigError) and flagged.key == "model.path"


def test_a_plain_config_error_gets_the_flag_in_front() -> None:
    assert str(ConfigError("lora.r", "must be at least 1").said_as("--rank")) == "--rank: must be at least 1"
