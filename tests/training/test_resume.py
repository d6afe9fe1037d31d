"""Crash-safe resume: SIGKILL a real training process, resume it, and match an uninterrupted run.

The model is a tiny random Llama (real `LlamaConfig`) saved with the SmolLM2 tokenizer; it is trained under
the `smollm2-135m` registry key, whose chat format (chatml, `<|im_end|>`) is the tokenizer's. LoRA dropout
is on, so the test also proves the RNG state continues. Tolerance: CPU float32 with the same data order and
RNG gives the same per-step losses up to float noise; we allow 1e-4 absolute (measured: 0.0).

The SIGKILL test trains three times (killed, uninterrupted, resumed): 34 s on two idle cores, fixtures
included (130 s when the cores were shared with other jobs). The resume policy tests below run on run
directories laid out the way a kill leaves them and take milliseconds.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from basementbrew.cli import app
from basementbrew.config import dump_config
from basementbrew.errors import BrewError
from basementbrew.runs import RunDir, live_status
from basementbrew.training.checkpoints import COMPLETE_MARKER, SUPERSEDED, plan_resume, problems, rotate
from basementbrew.workspace import atomic_write_text

LOSS_TOLERANCE = 1e-4
KILL_AFTER = 4  # kill once checkpoint-4 is complete (the process is then inside step 5)


def tiny_config(model_dir: Path, run_name: str) -> dict:
    return {
        "run_name": run_name,
        "model": {"name": "smollm2-135m", "path": str(model_dir)},
        "lora": {"r": 8, "alpha": 16, "dropout": 0.1, "target_modules": "all-linear"},
        "data": {"dataset": "bundled:brewing-assistant", "max_seq_length": 128, "max_train_examples": 32,
                 "max_eval_examples": 2},
        "training": {"batch_size": 2, "learning_rate": 1e-3, "warmup_ratio": 0.0, "max_steps": 8,
                     "save_steps": 2, "save_total_limit": 2, "logging_steps": 1, "sample_max_new_tokens": 4},
    }


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory, tiny_models: dict[str, Path]) -> dict:
    """One BREW_HOME with a run killed after checkpoint-4 and the same config run uninterrupted."""
    home = tmp_path_factory.mktemp("resume") / "brew"
    cfg_killed = home.parent / "killed.yaml"
    cfg_killed.write_text(yaml.safe_dump(tiny_config(tiny_models["llama-3.1-8b"], "killed")))
    env = {**os.environ, "BREW_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    t0 = time.time()
    proc = subprocess.Popen([sys.executable, "-m", "basementbrew.cli", "train", str(cfg_killed)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    marker = home / "runs" / "killed" / "checkpoints" / f"checkpoint-{KILL_AFTER}" / COMPLETE_MARKER
    while not marker.exists():
        if proc.poll() is not None:
            pytest.fail(f"training exited before checkpoint-{KILL_AFTER}:\n{proc.stdout.read().decode()[-3000:]}")
        if time.time() - t0 > 300:
            proc.kill()
            pytest.fail("no checkpoint after 300 s")
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_s = time.time() - t0

    from basementbrew.config import load_config
    from basementbrew.training.trainer import train

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        cfg_ref = home.parent / "reference.yaml"
        cfg_ref.write_text(yaml.safe_dump(tiny_config(tiny_models["llama-3.1-8b"], "reference")))
        t1 = time.time()
        reference = train(load_config(cfg_ref), log=lambda m: None)
        reference_s = time.time() - t1
    return {"home": home, "killed": RunDir(home / "runs" / "killed"), "reference": reference,
            "killed_s": killed_s, "reference_s": reference_s}


@pytest.fixture
def killed_copy(workspace: dict, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> RunDir:
    """A private copy of the killed run (resuming mutates a run), in the shared workspace."""
    monkeypatch.setenv("BREW_HOME", str(workspace["home"]))
    dest = workspace["home"] / "runs" / f"copy-{request.node.name[:40]}"
    shutil.copytree(workspace["killed"].path, dest)
    return RunDir(dest)


def train_losses(run: RunDir) -> dict[int, dict]:
    records = [r for r in run.read_metrics() if r.get("event") == "train"]
    steps = [r["step"] for r in records]
    assert len(steps) == len(set(steps)), f"duplicate train steps in {run.name}: {steps}"
    return {r["step"]: r for r in records}


def adapter_tensors(run: RunDir) -> dict:
    from safetensors.torch import load_file

    return load_file(str(run.adapter / "adapter_model.safetensors"))


def test_killed_run_state_is_interrupted(workspace: dict) -> None:
    killed = workspace["killed"]
    info = killed.read_info()
    assert info["status"] == "running" and not killed.adapter.exists()  # really killed before the end
    assert (killed.checkpoints / f"checkpoint-{KILL_AFTER}" / COMPLETE_MARKER).is_file()


def test_resume_after_sigkill_matches_uninterrupted_run(workspace: dict, killed_copy: RunDir) -> None:
    t0 = time.time()
    result = CliRunner().invoke(app, ["train", "--resume", str(killed_copy.path)])
    resume_s = time.time() - t0
    assert result.exit_code == 0, result.output
    assert "resuming from checkpoint-4" in result.output

    ref, got = train_losses(workspace["reference"]), train_losses(killed_copy)
    assert sorted(got) == sorted(ref) == list(range(1, 9))
    diffs = {s: abs(got[s]["loss"] - ref[s]["loss"]) for s in ref}
    print(f"\nmax |loss diff| = {max(diffs.values()):.2e}; killed run {workspace['killed_s']:.1f} s, "
          f"reference {workspace['reference_s']:.1f} s, resume {resume_s:.1f} s")
    assert max(diffs.values()) <= LOSS_TOLERANCE, diffs
    for s in ref:  # the optimizer, scheduler and clipping continued too
        assert got[s]["learning_rate"] == pytest.approx(ref[s]["learning_rate"], rel=1e-6)
        assert got[s]["grad_norm"] == pytest.approx(ref[s]["grad_norm"], rel=1e-3, abs=1e-6)
    a, b = adapter_tensors(killed_copy), adapter_tensors(workspace["reference"])
    assert a.keys() == b.keys()
    assert max(float((a[k] - b[k]).abs().max()) for k in a) < 1e-4

    info = killed_copy.read_info()
    assert info["status"] == "completed" and info["global_step"] == 8
    assert info["resumes"][0]["from_step"] == KILL_AFTER
    events = [r["event"] for r in killed_copy.read_metrics()]
    assert events.count("resume") == 1
    # checkpoints of the killed attempt after step 4 are gone; rotation kept the last two complete ones
    assert sorted(p.name for p in killed_copy.checkpoints.glob("checkpoint-*")) == ["checkpoint-6", "checkpoint-8"]
    assert sorted(p.name for p in workspace["reference"].checkpoints.glob("checkpoint-*")) == [
        "checkpoint-6", "checkpoint-8"]
    superseded = killed_copy.path / SUPERSEDED
    if superseded.exists():  # the killed process may have logged step 5 before dying
        assert all(json.loads(line)["step"] > KILL_AFTER for line in superseded.read_text().splitlines())
    assert_same_summary(killed_copy, workspace["reference"], resumes=1)


def assert_same_summary(resumed: RunDir, reference: RunDir, resumes: int) -> None:
    """A resumed run reports as the uninterrupted one: train loss over all steps, time over every stretch."""
    got, ref = resumed.read_info(), reference.read_info()
    print(f"train_loss: uninterrupted {ref['train_loss']:.6f}, resumed {got['train_loss']:.6f}; train_seconds: "
          f"uninterrupted {ref['train_seconds']}, resumed {got['train_seconds']}")
    assert got["train_loss"] == pytest.approx(ref["train_loss"], abs=LOSS_TOLERANCE)
    summaries = [r for r in resumed.read_metrics() if r["event"] == "summary"]
    ref_summary = [r for r in reference.read_metrics() if r["event"] == "summary"]
    assert len(summaries) == len(ref_summary) == 1
    assert summaries[0]["train_loss"] == pytest.approx(ref_summary[0]["train_loss"], abs=LOSS_TOLERANCE)
    assert summaries[0]["train_loss"] == pytest.approx(got["train_loss"])
    assert (summaries[0]["resumes"], ref_summary[0]["resumes"]) == (resumes, 0)
    # the time covers every stretch: at least up to the last step, whose record carries the time before the resume
    last_train = [r for r in resumed.read_metrics() if r["event"] == "train"][-1]
    assert summaries[0]["train_runtime"] >= last_train["elapsed_s"]
    assert got["train_seconds"] == pytest.approx(summaries[0]["train_runtime"], abs=0.1)
    report = resumed.report.read_text()
    assert f"train loss {ref['train_loss']:.4f}" in report or f"train loss {got['train_loss']:.4f}" in report
    assert f"resumed: {resumes} time(s)" in report and f"summed over {resumes + 1} stretches" in report


# Kill points after the last step's checkpoint is complete, as record counts of the uninterrupted run's log past
# that checkpoint: before the end-of-training summary, after it, midway through the final samples, and after
# everything but the adapter (the run then has every record of a finished run and no adapter yet).
KILL_POINTS = {"before_summary": 0, "after_summary": 1, "mid_samples": 3, "before_adapter_save": None}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_kill_after_the_last_step_then_resume_logs_each_record_once(
        workspace: dict, point: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A SIGKILL between the last checkpoint and the adapter save leaves the log as a prefix of the finished
    run's: rebuild that state from the uninterrupted run, resume it, and compare."""
    from basementbrew.training.trainer import resume

    monkeypatch.setenv("BREW_HOME", str(workspace["home"]))
    reference: RunDir = workspace["reference"]
    run = RunDir(workspace["home"] / "runs" / f"killed-at-end-{point}")
    shutil.copytree(reference.path, run.path)
    lines = run.metrics.read_bytes().splitlines(keepends=True)
    last_step = max(i for i, line in enumerate(lines) if json.loads(line)["event"] == "train")  # step 8, then saved
    keep = KILL_POINTS[point]
    after_ckpt = lines[last_step + 1:]
    run.metrics.write_bytes(b"".join(lines[:last_step + 1] + (after_ckpt if keep is None else after_ckpt[:keep])))
    shutil.rmtree(run.adapter)
    info = run.read_info()
    for key in ("after", "train_loss", "train_seconds", "finished"):
        info.pop(key, None)
    run.info.write_text(json.dumps(info | {"status": "running"}))

    resume(run, log=lambda m: None)
    got, ref = run.read_info(), reference.read_info()
    print(f"\n{point}: train_loss uninterrupted {ref['train_loss']:.6f}, resumed {got.get('train_loss')}; "
          f"train_seconds {ref['train_seconds']} vs {got.get('train_seconds')}; steps {got.get('global_step')}")
    records = run.read_metrics()
    for event in ("train", "eval", "summary"):
        steps = [r["step"] for r in records if r["event"] == event]
        assert len(steps) == len(set(steps)), f"{event} records repeated at kill point {point}: {steps}"
    samples = [(r["step"], r["prompt"]) for r in records if r["event"] == "sample"]
    assert sorted(samples) == sorted((r["step"], r["prompt"]) for r in reference.read_metrics()
                                     if r["event"] == "sample")
    assert got["status"] == "completed" and (run.adapter / "adapter_model.safetensors").is_file()
    assert got["after"]["eval_loss"] == pytest.approx(ref["after"]["eval_loss"], abs=1e-5)
    assert [x["output"] for x in got["after"]["samples"]] == [x["output"] for x in ref["after"]["samples"]]
    assert_same_summary(run, reference, resumes=1)


@pytest.fixture
def interrupted_run(tmp_path: Path) -> RunDir:
    """A run as SIGKILL leaves it: status running with a dead pid, complete checkpoints 2 and 4, a partial
    checkpoint-6, and metric records up to step 5 (the real thing is exercised by the slow test above)."""
    from basementbrew.config import RunConfig
    from basementbrew.data import store
    from basementbrew.runs import new_run

    run = new_run(RunConfig.model_validate(tiny_config(tmp_path / "model", "interrupted")))
    version = store.resolve("bundled:brewing-assistant")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    run.update_info(status="running", pid=gone.pid, dataset=version.ref, dataset_sha256=version.card["sha256"])
    for step, complete in [(2, True), (4, True), (6, False)]:
        _fake_checkpoint(run.checkpoints, step, complete)
    run.append_metric({"event": "eval", "step": 0, "eval_loss": 3.0})
    for step in range(1, 6):
        run.append_metric({"event": "train", "step": step, "loss": 3.0 - step / 10})
    with run.metrics.open("a") as fh:
        fh.write('{"event": "train", "st')  # the half line a killed writer can leave
    return run


def test_resume_takes_newest_complete_and_supersedes_the_rest(interrupted_run: RunDir) -> None:
    messages: list[str] = []
    _, ckpt = plan_resume(interrupted_run, [], messages.append)
    assert ckpt.name == "checkpoint-4"
    assert any("skipping checkpoint-6" in m for m in messages)
    assert not (interrupted_run.checkpoints / "checkpoint-6").exists()
    steps = [r["step"] for r in interrupted_run.read_metrics() if r["event"] == "train"]
    assert steps == [1, 2, 3, 4]
    superseded = (interrupted_run.path / SUPERSEDED).read_text().splitlines()
    assert len(superseded) == 2 and json.loads(superseded[0])["step"] == 5  # + the half-written line
    assert interrupted_run.read_metrics()[-1]["event"] == "resume"


def test_corrupt_newest_checkpoint_falls_back_to_previous(interrupted_run: RunDir) -> None:
    (interrupted_run.checkpoints / "checkpoint-4" / "optimizer.pt").unlink()
    messages: list[str] = []
    _, ckpt = plan_resume(interrupted_run, [], messages.append)
    assert ckpt is not None and ckpt.name == "checkpoint-2"
    assert any("skipping checkpoint-4: missing optimizer state (optimizer.pt)" in m for m in messages)
    assert not (interrupted_run.checkpoints / "checkpoint-4").exists()  # the abandoned attempt is discarded
    assert max(r["step"] for r in interrupted_run.read_metrics()) == 2


def test_missing_marker_means_incomplete(interrupted_run: RunDir) -> None:
    (interrupted_run.checkpoints / "checkpoint-4" / COMPLETE_MARKER).unlink()
    messages: list[str] = []
    _, ckpt = plan_resume(interrupted_run, [], messages.append)
    assert ckpt.name == "checkpoint-2"
    assert any(f"missing {COMPLETE_MARKER}" in m for m in messages)


def test_no_complete_checkpoint_restarts_from_zero(interrupted_run: RunDir) -> None:
    for step in (2, 4):
        (interrupted_run.checkpoints / f"checkpoint-{step}" / COMPLETE_MARKER).unlink()
    messages: list[str] = []
    _, ckpt = plan_resume(interrupted_run, [], messages.append)
    assert ckpt is None and any("restarting this run from step 0" in m for m in messages)
    assert [r["event"] for r in interrupted_run.read_metrics()] == ["resume"]
    aside = list(interrupted_run.checkpoints.glob(".incomplete-*/checkpoint-*"))
    assert sorted(p.name for p in aside) == ["checkpoint-2", "checkpoint-4", "checkpoint-6"]  # kept, not destroyed


def test_completed_run_refuses_more_epochs_with_the_command(interrupted_run: RunDir) -> None:
    """The command given is one that trains longer: a run that stopped at training.max_steps gets more steps
    from max_steps (its num_epochs, which the hint used to name, changes nothing while max_steps is set)."""
    interrupted_run.update_info(status="completed", global_step=8)
    with pytest.raises(BrewError, match="is complete") as err:
        plan_resume(interrupted_run, ["training.num_epochs=3"])
    assert f"basementbrew train {interrupted_run.config} --set training.max_steps=N" in str(err.value)
    config = interrupted_run.load_config()
    config.training.max_steps = -1
    atomic_write_text(interrupted_run.config, dump_config(config))
    with pytest.raises(BrewError, match="is complete") as err:
        plan_resume(interrupted_run, [])
    assert f"basementbrew train {interrupted_run.config} --set training.num_epochs=N" in str(err.value)


def test_resume_overrides_only_safe_keys(interrupted_run: RunDir) -> None:
    with pytest.raises(BrewError, match=r"training\.learning_rate") as err:
        plan_resume(interrupted_run, ["training.learning_rate=0.1", "training.eval_steps=4"])
    assert "--set training.learning_rate=0.1" in str(err.value)
    with pytest.raises(BrewError, match=r"training\.max_steps"):
        plan_resume(interrupted_run, ["training.max_steps=100"])
    config, _ = plan_resume(interrupted_run, ["training.eval_steps=4"], lambda m: None)
    assert config.training.eval_steps == 4 and interrupted_run.load_config().training.eval_steps == 4
    assert config.data.dataset == interrupted_run.read_info()["dataset"]  # pinned to the exact version


def test_resume_refuses_changed_dataset(interrupted_run: RunDir) -> None:
    interrupted_run.update_info(dataset_sha256="0" * 64)
    with pytest.raises(BrewError, match="changed since run"):
        plan_resume(interrupted_run, [])


def test_resume_refuses_a_live_run(interrupted_run: RunDir) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        interrupted_run.update_info(pid=sleeper.pid)
        with pytest.raises(BrewError, match="still being trained"):
            plan_resume(interrupted_run, [])
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_second_resume_while_the_first_loads_is_refused_and_a_stop_is_taken(interrupted_run: RunDir) -> None:
    """`train --resume RUN` twice (two terminals): the first marked the run 'resuming' with the killed trainer's
    pid, so until its trainer started (loading the model: tens of seconds) the run read 'interrupted' and the
    second resume planned again (deleting and superseding under the first) and trained beside it into the same
    folder; `runs stop RUN` meanwhile said 'nothing to stop'. The resuming process now holds the run."""
    first = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from basementbrew.runs import find_run; "
        "from basementbrew.training.checkpoints import plan_resume; "
        "plan_resume(find_run('interrupted'), [], lambda m: None); print('planned', flush=True); time.sleep(30)")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert first.stdout.readline().strip() == "planned"
        info = interrupted_run.read_info()
        assert (info["status"], info["pid"]) == ("resuming", first.pid)
        with pytest.raises(BrewError, match=f"run interrupted is still being resumed by process {first.pid}; stop"):
            plan_resume(interrupted_run, [])
        assert sorted(p.name for p in interrupted_run.checkpoints.iterdir()) == ["checkpoint-2", "checkpoint-4"]
        result = CliRunner().invoke(app, ["runs", "stop", "interrupted"])
        assert result.exit_code == 0, result.exception
        assert interrupted_run.stop_flag.is_file()  # the trainer stops after its first step, with a checkpoint
    finally:
        first.kill()
        first.wait()
    assert live_status(interrupted_run.read_info()) == "interrupted"  # the resumer died: resumable again


def test_a_hand_edit_of_the_runs_config_is_refused_like_an_unsafe_set(interrupted_run: RunDir) -> None:
    """`--resume RUN --set training.learning_rate=0.5` is refused, but the same change typed into
    runs/RUN/config.yaml was resumed with, without a word (a changed lora.r died loading the checkpoint). The
    edit is now refused naming each key; an edit of a key --set may change is still taken."""
    text = interrupted_run.config.read_text(encoding="utf-8")
    assert "learning_rate: 0.001" in text
    interrupted_run.config.write_text(text.replace("learning_rate: 0.001", "learning_rate: 0.5"), encoding="utf-8")
    with pytest.raises(BrewError) as refused:
        plan_resume(interrupted_run, [])
    assert str(refused.value) == (
        f"{interrupted_run.config} was edited since run interrupted started: training.learning_rate: 0.001 -> 0.5; "
        f"--resume keeps what is trained fixed. Undo the edit to resume, or start a new run with it: "
        f"basementbrew train {interrupted_run.config}")
    assert (interrupted_run.checkpoints / "checkpoint-6").is_dir()  # refused before anything moved
    interrupted_run.config.write_text(text.replace("logging_steps: 1", "logging_steps: 2"), encoding="utf-8")
    config, ckpt = plan_resume(interrupted_run, ["training.save_steps=4"], lambda m: None)
    assert (config.training.logging_steps, config.training.save_steps, ckpt.name) == (2, 4, "checkpoint-4")
    interrupted_run.update_info(status="stopped")
    assert plan_resume(interrupted_run, [], lambda m: None)[0].training.save_steps == 4  # its own write is no edit


def _fake_checkpoint(folder: Path, step: int, complete: bool) -> Path:
    ckpt = folder / f"checkpoint-{step}"
    ckpt.mkdir(parents=True)
    for name in ["trainer_state.json", "optimizer.pt", "scheduler.pt", "adapter_config.json",
                 "adapter_model.safetensors", "rng_state.pth"]:
        (ckpt / name).write_text("{}")
    if complete:
        (ckpt / COMPLETE_MARKER).write_text("{}")
    return ckpt


def test_rotation_never_deletes_the_only_complete_checkpoint(tmp_path: Path) -> None:
    _fake_checkpoint(tmp_path, 2, complete=True)
    _fake_checkpoint(tmp_path, 4, complete=False)  # killed between the Trainer's write and our marker
    assert rotate(tmp_path, keep=1) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkpoint-2", "checkpoint-4"]
    (tmp_path / "checkpoint-4" / COMPLETE_MARKER).write_text("{}")
    _fake_checkpoint(tmp_path, 6, complete=False)
    deleted = rotate(tmp_path, keep=1)
    assert [p.name for p in deleted] == ["checkpoint-2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["checkpoint-4", "checkpoint-6"]


@pytest.mark.parametrize("layout", ["fsdp_bin", "fsdp_sharded", "deepspeed"])
def test_fsdp_and_deepspeed_optimizer_layouts_count_as_complete(tmp_path: Path, layout: str) -> None:
    """FSDP writes optimizer.bin or optimizer_0/, DeepSpeed global_step<N>/: none of them is optimizer.pt."""
    ckpt = _fake_checkpoint(tmp_path, 2, complete=True)
    (ckpt / "optimizer.pt").unlink()
    assert problems(ckpt) == ["missing optimizer state (optimizer.pt)"]
    if layout == "fsdp_bin":
        (ckpt / "optimizer.bin").write_text("{}")
    else:
        shard = ckpt / ("optimizer_0" if layout == "fsdp_sharded" else "global_step2")
        shard.mkdir()
        (shard / "shard.distcp").write_text("{}")
    assert problems(ckpt) == []


def test_the_error_that_ended_an_attempt_moves_into_its_resume_record(interrupted_run: RunDir) -> None:
    """A Ctrl-C'd run that was resumed and completed still showed 'error: interrupted (Ctrl-C)' in `runs show`:
    the error now leaves the run's status fields when it resumes, kept in that resume's record."""
    interrupted_run.update_info(status="stopped", error="interrupted (Ctrl-C)")
    plan_resume(interrupted_run, [], lambda _: None)
    info = interrupted_run.read_info()
    assert info["error"] is None and info["resumes"][-1]["after_error"] == "interrupted (Ctrl-C)"
