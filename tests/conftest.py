"""Shared fixtures: an isolated BREW_HOME per test, one shared converted-model cache, tiny models."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["serving_fixtures"]  # a real server subprocess and an in-process base model

os.environ.setdefault("BREW_MODEL_CACHE", str(Path.home() / ".cache" / "basementbrew" / "models"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(autouse=True)
def brew_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "brew"
    monkeypatch.setenv("BREW_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def embedded_dir() -> Path:
    """The real SmolLM2-135M-Instruct, converted once from the wheel's GGUF into safetensors."""
    from basementbrew.models.loading import embedded_model_dir

    return embedded_model_dir()


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> dict[str, Path]:
    """Tiny random models from the real config classes, saved with the SmolLM2 tokenizer (chatml)."""
    from transformers import AutoTokenizer

    from basementbrew.models.architectures import build_random_model
    from basementbrew.models.registry import get_spec

    tok = AutoTokenizer.from_pretrained(embedded_dir)
    root = tmp_path_factory.mktemp("tiny")
    out = {}
    for key in ["gpt-oss-20b", "llama-3.1-8b", "mistral-7b", "mixtral-8x7b"]:
        path = build_random_model(get_spec(key), root / key, vocab_size=len(tok))
        tok.save_pretrained(path)
        out[key] = path
    return out
