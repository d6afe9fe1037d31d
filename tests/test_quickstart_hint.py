"""The quickstart's closing hint prints a `basementbrew` that runs as printed, venv activated or not."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from basementbrew.commands.train import command_path

SCRIPT = Path(sys.prefix) / "bin" / "basementbrew"


@pytest.mark.skipif(not SCRIPT.exists(), reason="basementbrew is not installed as a script in this environment")
def test_hint_uses_the_venv_path_when_the_venv_is_not_on_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "/usr/bin:/bin")
    printed = command_path()
    assert printed != "basementbrew" and Path(printed).resolve() == SCRIPT.resolve()
    assert os.access(printed, os.X_OK)


@pytest.mark.skipif(not SCRIPT.exists(), reason="basementbrew is not installed as a script in this environment")
def test_hint_is_the_bare_name_when_the_venv_is_active(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", f"{SCRIPT.parent}{os.pathsep}/usr/bin:/bin")
    assert command_path() == "basementbrew"


def test_readme_says_the_embedded_model_is_a_dequantized_q4_1_gguf() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    assert "the real SmolLM2" not in readme
    assert "Q4_1" in readme and "dequantiz" in readme
