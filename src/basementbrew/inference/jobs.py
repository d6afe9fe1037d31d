"""Background jobs the cockpit starts through the server: training, resume, scraping, dataset processing.

Why processes and files: a fine-tune outlives a browser tab and must outlive a server restart too. Each job
is ``python -m basementbrew.cli train|scrape|data prepare ...`` in its own process group (so a stop reaches
every worker it spawned), with everything about it on disk under ``BREW_HOME/jobs/<id>/``::

    job.json     id, kind, dedup key, argv, pid, run/dataset it works on, created, stop_requested
    log.txt      the command's stdout + stderr
    exit_code    written by the wrapper shell when the command ends by itself
    config.yaml  the config the job was started with (train, scrape)
    progress.json  per-source counts of a scrape (``scrape --progress-file``), rewritten while it runs

A restarted server lists the same jobs (``JobManager.list`` reads the folders), and a job's status is
derived, never cached: ``exit_code`` present → completed/failed; process alive → running; a stop was asked
→ stopped; otherwise ``lost`` (killed with the machine). Training jobs stop the way ``runs stop`` does
(the STOP file: the trainer checkpoints after this step, so the run can be resumed); other jobs get SIGTERM
to their process group. Two identical starts (same kind and request, e.g. two browser tabs) while the first
still runs return the first job instead of starting a second (``existing: true``); the check and the spawn
hold an exclusive ``flock`` so two server workers cannot both start it; under the same lock a training or
resume start for a run another running job trains is refused (:class:`RunBusy`).

Users never name a command: the argv is built here from a validated config, one builder per kind. A job runs
in the server's working directory, where its route checked the request's relative paths.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError
from basementbrew.runs import FINAL, RunDir, find_run, is_run_dir, live_status, pid_alive, request_stop, runs_root
from basementbrew.workspace import atomic_write_text, sub

KINDS = ("train", "resume", "scrape", "prepare")
LOG_TAIL_LINES = 40  # what a job's detail view and a failed job's message show
LOG_WINDOW_BYTES = 64_000  # how far back a log is read for its tail (and a new follower's first lines)
STOP_GRACE_S = 10.0  # SIGTERM → SIGKILL for non-training jobs


class RunBusy(BrewError):
    """A training or resume start for a run that another running job trains (the route answers 409)."""


def _winding_down(meta: dict[str, Any], run: str) -> bool:
    """This job's trainer has written a final status into its run (checkpoint saved) and is only exiting: torch
    teardown takes seconds, and refusing a resume until the process was gone answered the cockpit's Resume
    button 409 right after the run showed 'stopped'. The run's ``pid`` must be in this job's process group, so a
    run.json left by an earlier trainer (a resume job whose trainer has not started yet) still holds the run."""
    path = runs_root() / run
    if not is_run_dir(path):
        return False
    info = RunDir(path).read_info()
    if live_status(info) not in FINAL:
        return False
    try:
        return os.getpgid(int(info["pid"])) == meta.get("pgid")
    except (KeyError, TypeError, ValueError, ProcessLookupError, PermissionError):
        return False  # the trainer is gone: the wrapper writes exit_code at once, so this job is about to end


def jobs_root() -> Path:
    return sub("jobs")


def job_key(kind: str, request: Any) -> str:
    """The dedup key: the kind plus the canonical JSON of what was asked."""
    blob = json.dumps([kind, request], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


@dataclass(frozen=True)
class Job:
    """One job folder; everything is read from disk on access."""

    path: Path

    @property
    def id(self) -> str:
        return self.path.name

    def meta(self) -> dict[str, Any]:
        try:
            return json.loads((self.path / "job.json").read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return {}

    def update(self, **fields: Any) -> dict[str, Any]:
        meta = self.meta() | fields
        atomic_write_text(self.path / "job.json", json.dumps(meta, indent=2))
        return meta

    @property
    def log(self) -> Path:
        return self.path / "log.txt"

    def exit_code(self) -> int | None:
        try:
            return int((self.path / "exit_code").read_text().strip())
        except (OSError, ValueError):
            return None

    def status(self) -> str:
        meta = self.meta()
        code = self.exit_code()
        if code is not None:
            if meta.get("stop_requested"):
                return "stopped"
            return "completed" if code == 0 else "failed"
        if running(meta.get("pid")):
            return "running"
        return "stopped" if meta.get("stop_requested") else "lost"

    def tail(self, lines: int = LOG_TAIL_LINES) -> list[str]:
        if not self.log.is_file():
            return []
        with self.log.open("rb") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            fh.seek(max(0, size - LOG_WINDOW_BYTES))
            text = fh.read().decode("utf-8", "replace")
        return _clean(text).splitlines()[-lines:]

    def log_after(self, offset: int | None, *, partial: bool = False) -> tuple[list[str], int]:
        """(log lines written after byte `offset`, the offset after them): what a follower has not seen yet,
        however long the log grew (counting lines of a tail window stopped at its size). ``None``: the lines of
        the last window, as :meth:`tail`. A line still being written waits for its newline unless `partial`
        (the job has ended)."""
        if not self.log.is_file():
            return [], offset or 0
        with self.log.open("rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            start = max(0, size - LOG_WINDOW_BYTES) if offset is None else min(offset, size)
            fh.seek(start)
            data = fh.read(size - start)
        if offset is None and start > 0:  # the window began inside a line: start at the next one
            cut = data.find(b"\n") + 1
            data, start = data[cut:], start + cut
        end = len(data) if partial else data.rfind(b"\n") + 1
        return _clean(data[:end].decode("utf-8", "replace")).splitlines(), start + end

    @property
    def progress_file(self) -> Path:
        return self.path / "progress.json"

    def progress(self) -> dict[str, Any] | None:
        """What the job reports of its progress (a scrape: counts per source), or None."""
        try:
            return json.loads(self.progress_file.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            return None

    def describe(self, with_log: bool = False) -> dict[str, Any]:
        meta = self.meta()
        out = {k: meta.get(k) for k in ("title", "run", "dataset", "created", "argv")}
        # a job.json that cannot be read (a hand edit, a disk that filled) still lists by its folder, so one damaged
        # job does not take GET /v1/jobs (and the cockpit's job lists) down with a 500
        out |= {"id": self.id, "kind": meta.get("kind") or "unknown"}
        out["status"] = self.status()
        out["exit_code"] = self.exit_code()
        out["progress"] = self.progress()
        if with_log or out["status"] == "failed":
            out["log_tail"] = self.tail()
        return out


def running(pid: int | None) -> bool:
    """Alive and not a zombie (a job orphaned by a server restart is reaped by init, or by nobody in a container)."""
    if not pid_alive(pid):
        return False
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True  # no /proc (macOS): trust the signal check


def _clean(text: str) -> str:
    """Terminal progress redraws (carriage returns, ANSI colours) as plain lines."""
    import re

    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", text)
    return "\n".join(line.rsplit("\r", 1)[-1] for line in text.split("\n"))


class JobManager:
    """Starts, lists and stops jobs; one per server, stateless apart from its reaper threads."""

    def __init__(self, root: Path | None = None, entry: list[str] | None = None) -> None:
        self.root = root or jobs_root()
        self.entry = entry or [sys.executable, "-m", "basementbrew.cli"]  # tests pass a stand-in command
        self._procs: dict[str, subprocess.Popen] = {}

    # ---- reading ----
    def list(self) -> list[Job]:
        jobs = [Job(d) for d in self.root.iterdir() if (d / "job.json").is_file()]
        return sorted(jobs, key=lambda j: j.meta().get("created", 0), reverse=True)

    def get(self, job_id: str) -> Job:
        if not job_id.replace("-", "").isalnum():
            raise BrewError(f"job {job_id!r} not found")
        job = Job(self.root / job_id)
        if not (job.path / "job.json").is_file():
            raise BrewError(f"job {job_id!r} not found; GET /v1/jobs lists them")
        return job

    # ---- starting ----
    def start(self, kind: str, request: Any, argv_tail: list[str], *, title: str, files: dict[str, str] | None = None,
              **fields: Any) -> tuple[Job, bool]:
        """(job, existing): a running job with the same key is returned instead of starting a second one."""
        if kind not in KINDS:
            raise BrewError(f"unknown job kind {kind!r}; kinds: {', '.join(KINDS)}")
        key = job_key(kind, request)
        run = fields.get("run") if kind in {"train", "resume"} else None
        with self._lock():
            for job in self.list():
                meta = job.meta()
                if meta.get("key") == key and job.status() == "running":
                    return job, True
                if run and meta.get("run") == run and meta.get("kind") in {"train", "resume"} \
                        and job.status() == "running" and not _winding_down(meta, run):
                    # decided under the lock: before its trainer makes the run folder, a second start with
                    # other settings would train beside it and this job would stop the other's run
                    raise RunBusy(f"run {run!r} is being trained by job {job.id}; stop it first "
                                  f"(POST /v1/jobs/{job.id}/stop) or pick another run_name")
            job = Job(self.root / f"{time.strftime('%Y%m%d-%H%M%S')}-{kind}-{uuid.uuid4().hex[:6]}")
            job.path.mkdir(parents=True)
            for name, text in (files or {}).items():
                atomic_write_text(job.path / name, text)
            argv = [*self.entry, *[a.replace("{job}", str(job.path)) for a in argv_tail]]
            job.update(id=job.id, kind=kind, key=key, title=title, argv=argv[1:], created=time.time(), **fields)
            self._spawn(job, argv)
        return job, False

    def _spawn(self, job: Job, argv: list[str]) -> None:
        env = dict(os.environ, PYTHONUNBUFFERED="1", TERM="dumb", COLUMNS="120")
        env.pop("BREW_API_KEY", None)  # a job never needs the server's key
        if env.get("PYTHONPATH"):  # absolute, so a job outlives a server that moves (or a cwd that goes away)
            entries = env["PYTHONPATH"].split(os.pathsep)
            env["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in entries if p)
        # in the server's working directory: the route checked the request's relative paths (a dataset file, a
        # scrape folder, a relative BREW_HOME) from there, so the job must read them from there too
        # the wrapper shell records the exit code, so a later server (not the parent) still learns the outcome
        shell = ['/bin/sh', '-c', '"$@"; echo $? > "$0/exit_code"', str(job.path), *argv]
        with job.log.open("ab") as log:
            proc = subprocess.Popen(shell, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                    env=env, start_new_session=True, cwd=Path.cwd())
        job.update(pid=proc.pid, pgid=proc.pid)
        self._procs[job.id] = proc
        threading.Thread(target=proc.wait, name=f"reap-{job.id}", daemon=True).start()  # no zombies

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        with open(self.root / ".lock", "a") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    # ---- stopping ----
    def stop(self, job_id: str) -> Job:
        """Training: the STOP file (checkpoint, resumable); anything else: SIGTERM to the process group."""
        job = self.get(job_id)
        if job.status() != "running":
            raise BrewError(f"job {job.id} is {job.status()}, not running; nothing to stop")
        meta = job.update(stop_requested=time.time())
        if meta.get("kind") in {"train", "resume"} and meta.get("run"):
            with contextlib.suppress(BrewError):
                run = find_run(meta["run"])
                if live_status(run.read_info()) == "running":
                    request_stop(run)
                    return job
        self.terminate(job)
        return job

    def terminate(self, job: Job, grace: float = STOP_GRACE_S) -> None:
        pgid = job.meta().get("pgid")
        if not pgid:
            return
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGTERM)

        def escalate() -> None:
            deadline = time.monotonic() + grace
            while time.monotonic() < deadline:
                if not running(pgid) or self._reaped(job.id):
                    return
                time.sleep(0.2)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(pgid, signal.SIGKILL)

        threading.Thread(target=escalate, daemon=True).start()

    def _reaped(self, job_id: str) -> bool:
        proc = self._procs.get(job_id)
        return proc is not None and proc.poll() is not None
