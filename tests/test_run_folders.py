"""runs.new_run: the run folder each training gets, when several start at the same instant."""

from __future__ import annotations

import multiprocessing as mp
import os
from pathlib import Path

from basementbrew.config import RunConfig

WORKERS, EACH = 8, 25


def _make_runs(home: str, start, names) -> None:
    os.environ["BREW_HOME"] = home
    from basementbrew.runs import new_run

    config = RunConfig.model_validate({"run_name": "same", "model": {"name": "smollm2-135m"}})
    start.wait()
    for _ in range(EACH):
        names.put(new_run(config).name)


def test_trainings_started_at_the_same_instant_get_distinct_run_folders(tmp_path: Path) -> None:
    """new_run looked for a free name (path.exists()) and then made it: two trainings (the cockpit's job
    queue and a shell, or two shells) that asked at once both saw `same-2` free, and the second one's mkdir
    crashed it with FileExistsError. Creating the folder is now the claim: one that exists already takes the
    next name. Processes, as trainings are, each making runs of one name from the same instant."""
    from basementbrew.runs import RunDir

    ctx = mp.get_context("spawn")
    start, names = ctx.Barrier(WORKERS), ctx.Queue()
    procs = [ctx.Process(target=_make_runs, args=(str(tmp_path), start, names)) for _ in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0] * WORKERS
    got = [names.get(timeout=10) for _ in range(WORKERS * EACH)]
    assert len(set(got)) == WORKERS * EACH
    assert sorted(got) == sorted(["same", *(f"same-{n}" for n in range(2, WORKERS * EACH + 1))])
    for name in got:  # each folder is one run's: its config and run.json name it
        run = RunDir(tmp_path / "runs" / name)
        assert run.read_info()["name"] == name and run.config.is_file()
