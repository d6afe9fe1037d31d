"""Fixtures for merge tests: the tiny Llama (real config class, SmolLM2 tokenizer and chat template)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def tiny_llama(tiny_models: dict[str, Path]) -> Path:
    return tiny_models["llama-3.1-8b"]
