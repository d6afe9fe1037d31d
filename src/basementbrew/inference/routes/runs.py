"""``/v1/runs``: every training run with its status, metrics, samples; live metrics as server-sent events;
stop and resume.

Read through :mod:`basementbrew.runs` only (run.json, metrics.jsonl, config.yaml), never trainer code, so a
run written by another process (a job, a terminal, another machine's shared disk) is shown the same way.
``stop`` is ``basementbrew runs stop`` (the STOP file: the trainer saves a checkpoint after the current
step); ``resume`` starts ``basementbrew train --resume NAME`` as a job (:mod:`basementbrew.inference.jobs`).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import StreamingResponse

from basementbrew.errors import BrewError
from basementbrew.inference.cockpit_schemas import JobInfo, MetricList, Ok, RunDetail, RunList, RunSummary
from basementbrew.inference.jobs import RunBusy
from basementbrew.inference.routes.deps import APIError, Authed, Limited
from basementbrew.inference.routes.jobs import SSE_HEADERS, SSE_HEARTBEAT_S, SSE_POLL_S, info, job_manager, sse

router = APIRouter(prefix="/v1/runs", tags=["runs"], dependencies=[Authed, Limited])
MAX_RECORDS = 20_000  # metrics records returned at once (a long run logs one per step)


def _run(name: str) -> Any:
    """The run called `name` under BREW_HOME/runs, or 404 naming it as the client wrote it (find_run's message
    would carry the server's absolute path: API errors never show where the workspace lives)."""
    from basementbrew.runs import RunDir, is_run_dir, runs_root

    path = runs_root() / name
    if "/" in name or name.startswith(".") or not is_run_dir(path):
        raise APIError(404, f"run {name!r} not found; GET /v1/runs lists the runs there are", param="name",
                       code="run_not_found")
    return RunDir(path)


def summary(run: Any) -> dict[str, Any]:
    from basementbrew.runs import live_status, readable_info

    info_ = readable_info(run)
    if info_ is None:  # a damaged run.json: listed as such (GET /v1/runs/NAME says what is wrong), not a 500
        return dict(name=run.name, status="damaged", has_adapter=run.has_adapter)
    evals = [r["eval_loss"] for r in run.read_metrics() if r.get("event") == "eval" and "eval_loss" in r]
    max_steps = None
    with contextlib.suppress(Exception):  # a run written by an older version: the summary is still useful
        max_steps = run.load_config().training.max_steps
    return dict(name=run.name, status=live_status(info_), model=info_.get("model"), dataset=info_.get("dataset"),
                created=info_.get("created"), global_step=info_.get("global_step"),
                max_steps=max_steps if max_steps and max_steps > 0 else None,
                best_eval_loss=min(evals) if evals else None, has_adapter=run.has_adapter)


@router.get("")
def list_runs() -> RunList:
    from basementbrew.runs import list_runs as all_runs

    return RunList(runs=[RunSummary(**summary(r)) for r in reversed(all_runs())])


@router.get("/{name}")
def show_run(name: str) -> RunDetail:
    run = _run(name)
    samples = [r for r in run.read_metrics() if r.get("event") == "sample"]
    info_ = run.read_info()
    base = {s.get("prompt"): s.get("output") for s in (info_.get("before") or {}).get("samples", [])}
    latest: dict[str, dict[str, Any]] = {}
    for s in samples:
        latest[s.get("prompt", "")] = s | {"base_output": base.get(s.get("prompt"))}
    config_yaml = run.config.read_text(encoding="utf-8") if run.config.is_file() else ""
    return RunDetail(**summary(run), info=info_, config_yaml=config_yaml, samples=list(latest.values()),
                     evaluations=evaluation_points(info_))


def evaluation_points(info_: dict[str, Any]) -> list[dict[str, Any]]:
    """run.json's before/after evaluations as chart points: exact-answer accuracy
    (:mod:`basementbrew.evaluation.accuracy`) and held-out preference accuracy, at step 0 and the final step."""
    out = []
    for when, step in (("before", 0), ("after", info_.get("global_step"))):
        part = info_.get(when)
        if not isinstance(part, dict) or not isinstance(step, int):
            continue
        for key, metric in (("accuracy", "exact_answer_accuracy"), ("preference", "preference_accuracy")):
            value = (part.get(key) or {}).get("accuracy") if isinstance(part.get(key), dict) else None
            if isinstance(value, int | float):
                out.append({"step": step, "metric": metric, "value": float(value)})
    return out


@router.get("/{name}/metrics")
def metrics(name: str, since: int = Query(0, ge=0, description="Skip this many records.")) -> MetricList:
    from basementbrew.runs import live_status

    run = _run(name)
    return MetricList(records=run.read_metrics()[since:since + MAX_RECORDS], status=live_status(run.read_info()))


@router.post("/{name}/stop")
def stop_run(name: str) -> Ok:
    from basementbrew.runs import request_stop

    run = _run(name)
    try:
        request_stop(run)
    except BrewError as exc:
        raise APIError(409, str(exc), param="name", code="not_running") from None
    return Ok(message=f"{run.name} stops after its current step and saves a checkpoint")


@router.post("/{name}/resume")
def resume_run(name: str, request: Request) -> JobInfo:
    """Continue from the newest complete checkpoint (``train --resume``), as a background job."""
    from basementbrew.runs import completed_reason, live_status

    run = _run(name)
    status = live_status(run.read_info())
    if status in {"running", "resuming"}:
        raise APIError(409, f"run {run.name} is {status}; stop it before resuming", param="name", code="running")
    finished = completed_reason(run)
    if finished:  # refused now, not by a job that starts and fails
        raise APIError(409, f"{finished}; start a new run from its config (POST /v1/jobs/train) with more "
                       "training.num_epochs", param="name", code="run_completed")
    try:
        job, existing = job_manager(request).start("resume", run.name, ["train", "--resume", run.name],
                                                   title=f"resume {run.name}", run=run.name)
    except RunBusy as exc:
        raise APIError(409, str(exc), param="name", code="running") from None
    return info(job, existing)


@router.get("/{name}/events", response_class=StreamingResponse)
async def run_events(name: str, request: Request,
                     since: int = Query(0, ge=0, description="Records the client already has.")) -> StreamingResponse:
    """Server-sent events: ``metric`` (one per new metrics record), ``status`` (on change), ``superseded``
    (a resume rewrote the log: reload from 0); ends when the run reaches a final status."""
    return StreamingResponse(_run_stream(request, _run(name), since), media_type="text/event-stream",
                             headers=SSE_HEADERS)


async def _run_stream(request: Request, run: Any, seen: int) -> AsyncIterator[str]:
    from basementbrew.runs import FINAL, live_status

    status, beat, final_polls = None, time.monotonic(), 0
    while True:
        records = await asyncio.to_thread(run.read_metrics)
        if len(records) < seen:
            yield sse("superseded", {"records": len(records)})
            seen = 0
        for r in records[seen:]:
            yield sse("metric", r)
        seen = len(records)
        now = live_status(run.read_info())
        if now != status:
            status = now
            yield sse("status", {"status": now, "records": seen})
        if status in FINAL | {"interrupted"}:
            final_polls += 1
            if final_polls > 1:  # one more read for records written together with the status
                return
        if time.monotonic() - beat > SSE_HEARTBEAT_S:
            beat = time.monotonic()
            yield ": keep-alive\n\n"
        if await request.is_disconnected():
            return
        await asyncio.sleep(SSE_POLL_S)
