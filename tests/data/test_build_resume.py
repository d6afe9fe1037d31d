"""A build killed with SIGKILL resumes where it stopped and publishes the same bytes as an uninterrupted
build; worker processes produce the same bytes as one process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from corpus import write_corpus

from basementbrew.data.processing.config import load_build_config
from basementbrew.data.processing.executor import KILL_ENV
from basementbrew.data.processing.workflow import run_build
from interrupt_helpers import interrupt_cli

STEPS = ["clean", "exact_dedup", "minhash_dedup", "gopher_quality"]


def _config(tmp_path: Path, **extra) -> Path:
    inp = tmp_path / "raw"
    if not inp.exists():
        write_corpus(inp)
    path = tmp_path / "build.yaml"
    path.write_text(yaml.safe_dump({"name": "resume", "input": {"path": str(inp)}, "steps": STEPS,
                                    "output": {"tokenizer": "words"}, **extra}))
    return path


def _shards(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.parquet"))}


def _cli(cfg: Path, home: Path, kill_after: int | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, BREW_HOME=str(home), PYTHONPATH=os.pathsep.join(sys.path))
    env.pop(KILL_ENV, None)
    if kill_after:
        env[KILL_ENV] = str(kill_after)
    return subprocess.run([sys.executable, "-m", "basementbrew.cli", "data", "build", str(cfg)], env=env,
                          capture_output=True, text=True, timeout=300)


def test_sigkill_then_rerun_is_byte_identical(tmp_path: Path, brew_home: Path) -> None:
    cfg = _config(tmp_path)
    reference = run_build(load_build_config(cfg))  # uninterrupted, in this process's BREW_HOME
    home = tmp_path / "killed-home"
    for kill_after in (2, 9):  # inside the first map wave; inside MinHash's bucket wave
        killed = _cli(cfg, home, kill_after)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        assert not (home / "datasets" / "resume" / "v1").exists()  # nothing published by a killed build
    work = list((home / "datasets" / "resume").glob(".build-*"))
    assert len(work) == 1 and list(work[0].rglob(".done-*"))  # completed tasks are kept for the rerun
    done = _cli(cfg, home)
    assert done.returncode == 0, done.stderr
    resumed = home / "datasets" / "resume" / "v1"
    assert _shards(resumed) == _shards(reference.path) and len(_shards(resumed)) >= 9


@pytest.mark.slow
def test_two_worker_processes_write_the_same_bytes(tmp_path: Path) -> None:
    one = run_build(load_build_config(_config(tmp_path)))
    (one.path.parent / "v1").rename(one.path.parent / "old")  # free the name; same content is then rebuilt
    two = run_build(load_build_config(_config(tmp_path, workers=2)))
    assert _shards(two.path) == _shards(one.path.parent / "old")


def test_a_second_build_of_the_same_work_is_refused(tmp_path: Path, brew_home: Path) -> None:
    import fcntl

    from basementbrew.data.processing import readers
    from basementbrew.data.processing.workflow import build_key, work_folder
    from basementbrew.errors import BrewError

    cfg = load_build_config(_config(tmp_path))
    work = work_folder(cfg, build_key(cfg, readers.discover(cfg.input.path)[0]))
    work.mkdir(parents=True)
    with (work / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a running build holds it
        held.write("4242")
        held.flush()
        with pytest.raises(BrewError, match=r"this build is already running \(pid 4242"):
            run_build(cfg)
    assert run_build(cfg).version == 1  # released: the build runs


def test_ctrl_c_to_the_process_group_is_one_line_exit_130_and_resumes(tmp_path: Path) -> None:
    """What a terminal's Ctrl-C does: SIGINT to the driver and its worker processes together. The workers
    leave it to the driver (no ``Process SpawnProcess-N`` tracebacks), the driver says how to resume, exits
    130, and the rerun publishes."""

    cfg = _config(tmp_path, workers=2)
    home = tmp_path / "home"
    env = dict(os.environ, BREW_HOME=str(home), PYTHONPATH=os.pathsep.join(sys.path))
    env.pop(KILL_ENV, None)
    code, text, took = interrupt_cli(  # settle: the first wave is spawning its workers (or importing in them)
        ["data", "build", str(cfg)], env,
        lambda: bool(list((home / "datasets" / "resume").glob(".build-*/config.json"))),
        start_s=120, settle_s=0.5, stop_s=60)
    assert code == 130, text
    assert took < 30, f"{took:.1f} s to stop"
    assert "Traceback" not in text and "KeyboardInterrupt" not in text and "SpawnProcess" not in text, text
    assert text.count("interrupted") == 1 and "run the same command again to resume" in text, text
    assert not (home / "datasets" / "resume" / "v1").exists()
    done = _cli(cfg, home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (home / "datasets" / "resume" / "v1" / "card.json").exists()


def test_a_name_whose_build_has_not_published_says_how_to_finish_it(tmp_path: Path) -> None:
    """After a killed build, `data show resume` said "no dataset named 'resume' in the store; use
    bundled:brewing-assistant or a .jsonl path": another dataset, not the rerun that finishes this one."""
    cfg = _config(tmp_path)
    home = tmp_path / "home"
    assert _cli(cfg, home, kill_after=2).returncode == -signal.SIGKILL
    work = next((home / "datasets" / "resume").glob(".build-*"))
    env = dict(os.environ, BREW_HOME=str(home), PYTHONPATH=os.pathsep.join(sys.path), COLUMNS="400")
    for argv in (["data", "show", "resume"], ["data", "diff", "resume@v1", "resume@v2"]):
        shown = subprocess.run([sys.executable, "-m", "basementbrew.cli", *argv], env=env, capture_output=True,
                               text=True, timeout=120)
        said = " ".join((shown.stdout + shown.stderr).split())
        assert shown.returncode == 2, said
        assert said == (f"error: no version of 'resume' is stored yet: its data build has not finished (work "
                        f"folder {work}); run the same `basementbrew data build CONFIG.yaml` again to resume it")
