"""Fixtures for the serving tests: a run directory with a real (non-identity) LoRA adapter, and a real
`basementbrew serve` subprocess on a free loopback port, driven over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    process: subprocess.Popen
    log: Path
    home: Path | None = None

    @property
    def v1(self) -> str:
        return f"{self.url}/v1"


def start_server(home: Path, args: list[str], log: Path, timeout: float = 120) -> Server:
    """Start `basementbrew serve` as a subprocess and wait for /health."""
    port = free_port()
    env = dict(os.environ, BREW_HOME=str(home), PYTHONUNBUFFERED="1")
    env.pop("BREW_API_KEY", None)
    cmd = [
        sys.executable,
        "-m",
        "basementbrew.cli",
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--log-level",
        "warning",
        *args,
    ]
    fh = log.open("w")
    proc = subprocess.Popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return Server(url, proc, log)
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    proc.terminate()
    raise RuntimeError(f"server did not become healthy in {timeout} s:\n{log.read_text()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Iterator[Server]:
    """One real server for the session: base SmolLM2 + the adapter run `brew-lora`, with an API key."""
    home = tmp_path_factory.mktemp("serve-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        make_adapter_run(embedded_dir)
    server = start_server(
        home,
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
        home / "server.log",
    )
    server.home = home
    yield server
    stop_server(server)


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {API_KEY}"}


@pytest.fixture
def client(served: Server):
    from openai import OpenAI

    return OpenAI(base_url=served.v1, api_key=API_KEY, max_retries=0, timeout=120)


@pytest.fixture(scope="session")
def base_lm(embedded_dir: Path):
    """SmolLM2 loaded once in this process (for in-process engine and app tests)."""
    from basementbrew.config import ModelConfig
    from basementbrew.models.generation import load_base

    return load_base(ModelConfig(), device="cpu")
