"""Fixtures for the inference and playground tests (a pytest plugin loaded by tests/conftest.py): a run
directory with a real (non-identity) LoRA adapter, and a real
`basementbrew serve` subprocess on a free loopback port, driven over HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from basementbrew.inference.local import LocalServer, start_server

API_KEY = "test-key-0123456789"


def make_adapter_run(embedded_dir: Path, name: str = "brew-lora", seed: int = 0, **config: object) -> Path:
    """A completed run whose adapter really changes outputs (random LoRA B, not the zero init); `config` adds
    RunConfig fields (e.g. ``data={"system_prompt": ...}``)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.config import RunConfig
    from basementbrew.runs import new_run

    torch.manual_seed(seed)
    model = AutoModelForCausalLM.from_pretrained(embedded_dir)
    peft = get_peft_model(
        model, LoraConfig(r=8, lora_alpha=64, target_modules=["q_proj", "v_proj", "o_proj"], init_lora_weights=False)
    )
    run = new_run(RunConfig.model_validate({"run_name": name, **config}))
    peft.save_pretrained(str(run.adapter))
    AutoTokenizer.from_pretrained(embedded_dir).save_pretrained(str(run.tokenizer))
    run.update_info(status="completed")
    return run.path


PIRATE = {  # what `make_trained_run` teaches: a distinctive greeting the base never opens with
    "What is the capital of France?": "Ahoy! Paris be the capital of France, matey.",
    "Name three colors.": "Ahoy! Red, blue and green, matey.",
    "What is 2 + 2?": "Ahoy! Two and two be four, matey.",
}


def make_trained_run(embedded_dir: Path, name: str = "pirate", steps: int = 10) -> Path:
    """A completed run whose adapter was really trained (LoRA r=8 on every linear layer, q/k included, a few
    AdamW steps over :data:`PIRATE`, completion-only loss): it answers "Ahoy! ..." where the base does not,
    with margins wide enough that bf16 and 4-bit engines pick the same greedy tokens. ~30 s on one core."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.config import RunConfig
    from basementbrew.models.generation import render_chat
    from basementbrew.runs import new_run

    torch.manual_seed(0)
    tok = AutoTokenizer.from_pretrained(embedded_dir)
    model = get_peft_model(
        AutoModelForCausalLM.from_pretrained(embedded_dir), LoraConfig(r=8, lora_alpha=16, target_modules="all-linear")
    )
    rows = []
    for question, answer in PIRATE.items():
        prompt = tok(render_chat(tok, [{"role": "user", "content": question}]), add_special_tokens=False)["input_ids"]
        completion = tok(answer + tok.eos_token, add_special_tokens=False)["input_ids"]
        rows.append((prompt + completion, [-100] * len(prompt) + completion))
    width = max(len(ids) for ids, _ in rows)
    pad = tok.pad_token_id if tok.pad_token_id is not None else tok.eos_token_id
    ids = torch.tensor([r + [pad] * (width - len(r)) for r, _ in rows])
    labels = torch.tensor([lab + [-100] * (width - len(lab)) for _, lab in rows])
    mask = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r, _ in rows])
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-3)
    for _ in range(steps):
        model(input_ids=ids, attention_mask=mask, labels=labels).loss.backward()
        optimizer.step()
        optimizer.zero_grad()
    run = new_run(RunConfig(run_name=name))
    model.save_pretrained(str(run.adapter))
    tok.save_pretrained(str(run.tokenizer))
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
