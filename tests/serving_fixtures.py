"""Fixtures for the inference and playground tests (a pytest plugin loaded by tests/conftest.py): a run
directory with a real (non-identity) LoRA adapter, and a real
`basementbrew serve` subprocess on a free loopback port, driven over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from basementbrew.inference.local import LocalServer, start_server

API_KEY = "test-key-0123456789"


def make_adapter_run(embedded_dir: Path, name: str = "brew-lora") -> Path:
    """A completed run whose adapter really changes outputs (random LoRA B, not the zero init)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.config import RunConfig
    from basementbrew.runs import new_run

    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_pretrained(embedded_dir)
    peft = get_peft_model(
        model, LoraConfig(r=8, lora_alpha=64, target_modules=["q_proj", "v_proj", "o_proj"], init_lora_weights=False)
    )
    run = new_run(RunConfig(run_name=name))
    peft.save_pretrained(str(run.adapter))
    AutoTokenizer.from_pretrained(embedded_dir).save_pretrained(str(run.tokenizer))
    run.update_info(status="completed")
    return run.path


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Iterator[LocalServer]:
    """One real server for the session: base SmolLM2 + the adapter run `brew-lora`, with an API key."""
    home = tmp_path_factory.mktemp("serve-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        make_adapter_run(embedded_dir)
    server = start_server(
        [
            "--adapter",
            "brew-lora=brew-lora",
            "--api-key",
            API_KEY,
            "--max-batch",
            "16",
            "--max-queue",
            "64",
            "--rate-limit",
            "100000",
            "--burst",
            "1000",
        ],
        home=home,
        log=home / "server.log",
        timeout=600,  # a loaded 2-core box can take minutes to load the model and the scanners
    )
    yield server
    server.stop()


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def client(served: LocalServer):
    from openai import OpenAI

    return OpenAI(base_url=served.v1, api_key=API_KEY, max_retries=0, timeout=120)


@pytest.fixture(scope="session")
def base_lm(embedded_dir: Path):
    """SmolLM2 loaded once in this process (for in-process engine and app tests)."""
    from basementbrew.config import ModelConfig
    from basementbrew.models.generation import load_base

    return load_base(ModelConfig(), device="cpu")
