"""The job manager with real processes: its own process group, log and exit code on disk, found again by a new
manager (a restarted server), identical starts deduplicated, stop by SIGTERM to the group, a failed job's last
log lines. A stand-in command (python -c) replaces `basementbrew ...` so the tests take seconds."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from basementbrew.inference.jobs import JobManager

SLEEPER = [sys.executable, "-c",
           "import sys, time; print('started', sys.argv[1:], flush=True); time.sleep(float(sys.argv[1]))"]
FAILER = [sys.executable, "-c",
          "import sys; print('loading config', flush=True); print('error: boom', flush=True); sys.exit(3)"]


def wait_for(cond, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if cond():
            return
        time.sleep(0.1)
    raise AssertionError("condition not met in time")


def group_alive(pgid: int) -> bool:
    """Whether any process of the group still runs (zombies waiting for their parent do not count)."""
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


@pytest.fixture
def root(tmp_path: Path) -> Path:
    path = tmp_path / "jobs"
    path.mkdir()
    return path


def test_a_job_runs_in_its_own_group_and_its_outcome_is_on_disk(root: Path) -> None:
    jm = JobManager(root, entry=SLEEPER)
    job, existing = jm.start("scrape", {"name": "x"}, ["0.2"], title="scrape x")
    assert not existing
    pid = job.meta()["pid"]
    assert os.getpgid(pid) == pid != os.getpgid(0)  # a stop reaches every process it spawned, not the server
    wait_for(lambda: job.status() == "completed")
    assert job.exit_code() == 0
    assert any("started" in line for line in job.tail())


def test_two_identical_starts_start_once_and_a_new_manager_finds_the_job(root: Path) -> None:
    jm = JobManager(root, entry=SLEEPER)
    first, _ = jm.start("train", {"model": "a"}, ["30"], title="t")
    second, existing = jm.start("train", {"model": "a"}, ["30"], title="t")
    other, other_existing = jm.start("train", {"model": "b"}, ["30"], title="t")
    try:
        assert existing and second.id == first.id
        assert not other_existing and other.id != first.id
        restarted = JobManager(root, entry=SLEEPER)  # what a restarted server sees
        assert {j.id: j.status() for j in restarted.list()} == {first.id: "running", other.id: "running"}
        again, existing = restarted.start("train", {"model": "a"}, ["30"], title="t")
        assert existing and again.id == first.id
    finally:
        for j in (first, other):
            jm.stop(j.id)
    wait_for(lambda: first.status() == "stopped" and other.status() == "stopped")


def test_stop_terminates_the_process_group_and_a_second_stop_is_refused(root: Path) -> None:
    from basementbrew.errors import BrewError

    jm = JobManager(root, entry=SLEEPER)
    job, _ = jm.start("scrape", {"name": "long"}, ["60"], title="long")
    pid = job.meta()["pid"]
    jm.stop(job.id)
    wait_for(lambda: job.status() == "stopped")
    wait_for(lambda: not group_alive(pid))
    with pytest.raises(BrewError, match="not running"):
        jm.stop(job.id)


def test_a_failed_job_shows_its_last_log_lines(root: Path) -> None:
    jm = JobManager(root, entry=FAILER)
    job, _ = jm.start("prepare", "bad", [], title="prepare bad")
    wait_for(lambda: job.status() == "failed")
    described = job.describe()
    assert described["exit_code"] == 3
    assert described["log_tail"][-1] == "error: boom"


def test_unknown_kinds_and_job_ids_are_refused(root: Path) -> None:
    from basementbrew.errors import BrewError

    jm = JobManager(root, entry=SLEEPER)
    with pytest.raises(BrewError, match="unknown job kind"):
        jm.start("shell", {}, ["1"], title="x")
    with pytest.raises(BrewError, match="not found"):
        jm.get("../../etc")


def test_a_second_training_start_for_a_run_being_trained_is_refused(root: Path) -> None:
    """Before the first trainer makes the run folder, a start with the same run_name and other settings was a
    second job: it trained into 'NAME-2' while its job said NAME, so stopping it stopped the other's run."""
    from basementbrew.inference.jobs import RunBusy

    jm = JobManager(root, entry=SLEEPER)
    first, _ = jm.start("train", {"run_name": "r", "max_steps": 2}, ["30"], title="train r", run="r")
    try:
        with pytest.raises(RunBusy, match=f"run 'r' is being trained by job {first.id}"):
            jm.start("train", {"run_name": "r", "max_steps": 3}, ["30"], title="train r", run="r")
        with pytest.raises(RunBusy):
            jm.start("resume", "r", ["30"], title="resume r", run="r")
        same, existing = jm.start("train", {"run_name": "r", "max_steps": 2}, ["30"], title="train r", run="r")
        assert existing and same.id == first.id  # the same start from another tab is still that job
        assert [j.id for j in jm.list()] == [first.id]
    finally:
        jm.stop(first.id)
    wait_for(lambda: first.status() == "stopped")
    later, existing = jm.start("train", {"run_name": "r", "max_steps": 3}, ["0"], title="train r", run="r")
    assert not existing and later.id != first.id  # once it ended, the run_name is the route's to judge


def test_a_resume_may_start_while_a_stopped_trainer_is_still_exiting(root: Path) -> None:
    """Stop writes the STOP file; the trainer checkpoints, writes the run's status 'stopped' and then takes a few
    seconds to exit. The cockpit enables Resume on 'stopped', and a busy check that waited for the process
    answered that click 409 (the browser test stalled on it). The job holds its run until its own trainer (a
    process of the job's group) writes a final status; a final status left by another process does not count."""
    from basementbrew.inference.jobs import RunBusy
    from basementbrew.runs import CONFIG_NAME, RunDir, request_stop, runs_root

    run = RunDir(runs_root() / "r")
    run.path.mkdir(parents=True)
    (run.path / CONFIG_NAME).write_text("{}\n")
    run.update_info(status="stopped", pid=os.getpid())  # left by an earlier trainer, not this job's
    jm = JobManager(root, entry=SLEEPER)
    first, _ = jm.start("train", {"run_name": "r"}, ["30"], title="train r", run="r")
    try:
        with pytest.raises(RunBusy):  # its trainer has not written the run yet
            jm.start("resume", "r", ["30"], title="resume r", run="r")
        run.update_info(status="running", pid=first.meta()["pid"])
        request_stop(run)  # what the cockpit's Stop does; the stand-in ignores STOP and stays alive
        with pytest.raises(RunBusy):  # still checkpointing: a resume now would read a half-written checkpoint
            jm.start("resume", "r", ["30"], title="resume r", run="r")
        run.update_info(status="stopped")  # what the trainer writes once its checkpoint is saved
        assert first.status() == "running"
        later, existing = jm.start("resume", "r", ["0"], title="resume r", run="r")
        assert not existing and later.id != first.id
    finally:
        os.killpg(first.meta()["pgid"], 9)


def test_a_job_reads_relative_paths_from_the_servers_folder(root: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The routes check a request's relative paths (a dataset file, a scrape folder, a relative BREW_HOME) from
    the server's working directory; a job run from its own folder failed on them ('dataset file data.jsonl not
    found' after the start was accepted). It now runs where the server runs."""
    server_dir = tmp_path / "server-cwd"
    server_dir.mkdir()
    (server_dir / "data.jsonl").write_text("{}\n")
    monkeypatch.chdir(server_dir)
    monkeypatch.setenv("BREW_HOME", "relative-home")  # what `BREW_HOME=relative-home basementbrew ui` leaves
    reader = [sys.executable, "-c",
              "import os, pathlib; print('read', pathlib.Path('data.jsonl').read_text().strip(), "
              "pathlib.Path(os.environ['BREW_HOME']).resolve(), flush=True)"]
    job, _ = JobManager(root, entry=reader).start("prepare", "data.jsonl", [], title="prepare data.jsonl")
    wait_for(lambda: job.status() != "running")
    assert job.status() == "completed", job.tail()
    assert job.tail()[-1] == f"read {{}} {server_dir / 'relative-home'}"


def test_a_damaged_job_json_is_still_listed_by_its_folder(root: Path) -> None:
    """A job.json cut short made describe() give id and kind None, so GET /v1/jobs failed validation with a 500
    for every job; the job is listed by its folder name, kind 'unknown', status from its exit code."""
    from basementbrew.inference.cockpit_schemas import JobInfo

    jm = JobManager(root, entry=FAILER)
    job, _ = jm.start("prepare", {"d": 1}, [], title="prepare d")
    wait_for(lambda: job.status() == "failed")
    (job.path / "job.json").write_text('{"id": "' + job.id + '", "ki', encoding="utf-8")
    [listed] = jm.list()
    info = JobInfo(**listed.describe())
    assert (info.id, info.kind, info.status, info.exit_code) == (job.id, "unknown", "failed", 3)
    assert info.log_tail[-1] == "error: boom"
