"""``/v1/jobs``: background training, resume, scraping and dataset processing (see
:mod:`basementbrew.inference.jobs`), with server-sent events for a job's log and status.

Every request body is a validated config: a training config is checked the way ``basementbrew train``
checks it (unknown keys, limits, the model, the data steps, the dataset) before anything starts, so a bad
form value is a 400 naming the key, never a job that fails a minute later. Two identical starts while the
first runs answer with the first job (``existing: true``). A started run gets a fresh ``run_name`` when the
config has none, so the job knows which run folder to watch, stop and resume.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from basementbrew.errors import BrewError, ConfigError
from basementbrew.inference.cockpit_schemas import (
    JobInfo,
    JobList,
    PrepareJobRequest,
    ScrapeJobRequest,
    TrainJobRequest,
)
from basementbrew.inference.jobs import Job, JobManager, RunBusy
from basementbrew.inference.routes.deps import APIError, Authed, Limited

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], dependencies=[Authed, Limited])
SSE_POLL_S = 0.5
SSE_HEARTBEAT_S = 15.0
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def job_manager(request: Request) -> JobManager:
    """One manager per app, made on first use (it holds reaper threads, nothing else)."""
    jm = getattr(request.app.state, "jobs", None)
    if jm is None:
        jm = request.app.state.jobs = JobManager()
    return jm


def info(job: Job, existing: bool = False, with_log: bool = False) -> JobInfo:
    return JobInfo(**job.describe(with_log=with_log), existing=existing)


def bad(exc: BrewError, param: str = "config") -> APIError:
    """400 ``invalid_config`` with ``param`` the key the error is about: a ConfigError's own key (a train
    config's dotted key such as ``data.dataset``), else a ``key:`` head of the message (a scrape config's
    ``sources[0].kind``), else ``param``."""
    text = str(exc)
    head = text.split(":", 1)[0]
    key = exc.key if isinstance(exc, ConfigError) else head if ":" in text and " " not in head else param
    return APIError(400, text, param=key, code="invalid_config")


def validated_run_config(data: dict[str, Any]) -> Any:
    """The RunConfig a form sent, checked like the CLI checks a YAML: a ConfigError names the key (the first
    one when the schema refuses several; the message lists them all)."""
    from pydantic import ValidationError

    from basementbrew.config import RunConfig, format_validation_error

    try:
        cfg = RunConfig.model_validate(data)
    except ValidationError as exc:
        key = ".".join(str(p) for p in exc.errors()[0]["loc"]) or "config"
        raise ConfigError(key, format_validation_error(exc, "the config")) from None
    check_run_config(cfg)
    return cfg


def check_run_config(cfg: Any) -> None:
    """What ``basementbrew train`` checks after the schema (``runs.check_config``, the dataset, and
    ``runs.check_start``: model.path's weights and init_adapter's run), in seconds and with no model loaded,
    for POST /v1/jobs/train and /v1/config/validate alike. Every refusal is a ConfigError on its key."""
    from basementbrew.data.preference import check_dataset_for
    from basementbrew.runs import check_config, check_start

    check_config(cfg)
    try:
        check_dataset_for(cfg.data.dataset, cfg.training.method)
    except BrewError as exc:  # missing, a line that does not parse, or the wrong kind of rows for the method
        raise ConfigError("data.dataset", str(exc)) from None
    check_start(cfg)


@router.get("")
def list_jobs(request: Request) -> JobList:
    return JobList(jobs=[info(j) for j in job_manager(request).list()[:200]])


@router.get("/{job_id}")
def get_job(job_id: str, request: Request) -> JobInfo:
    return info(_find(request, job_id), with_log=True)


def _find(request: Request, job_id: str) -> Job:
    try:
        return job_manager(request).get(job_id)
    except BrewError as exc:
        raise APIError(404, str(exc), param="job_id", code="job_not_found") from None


@router.post("/train")
def start_train(body: TrainJobRequest, request: Request) -> JobInfo:
    """Start a fine-tune from a config (the Train form); validation errors are 400 with the key in ``param``."""
    from basementbrew.config import dump_config
    from basementbrew.runs import runs_root

    try:
        cfg = validated_run_config(body.config)
    except BrewError as exc:
        raise bad(exc) from None
    if cfg.run_name and (runs_root() / cfg.run_name).exists():
        # an identical start from another tab is answered with the running job below; anything else is a clash
        running = [j for j in job_manager(request).list() if j.meta().get("run") == cfg.run_name
                   and j.status() == "running"]
        if not running:
            raise APIError(409, f"run_name: a run named {cfg.run_name!r} exists; pick another name or resume it "
                           "(POST /v1/runs/{name}/resume)", param="run_name", code="run_exists")
    request_key = cfg.model_dump(mode="json")
    if not cfg.run_name:
        cfg = cfg.model_copy(update={"run_name": f"ui-{cfg.model.name}-{time.strftime('%Y%m%d-%H%M%S')}"})
    try:
        job, existing = job_manager(request).start(
            "train", request_key, ["train", "{job}/config.yaml"], title=f"train {cfg.run_name}",
            files={"config.yaml": dump_config(cfg)}, run=cfg.run_name)
    except RunBusy as exc:
        raise APIError(409, f"run_name: {exc}", param="run_name", code="run_exists") from None
    return info(job, existing)


@router.post("/scrape")
def start_scrape(body: ScrapeJobRequest, request: Request) -> JobInfo:
    """Start a scrape into a new raw dataset version (``basementbrew scrape CONFIG``)."""
    import yaml

    from basementbrew.data.sources.config import parse, preflight

    try:
        cfg = parse(body.config)
        preflight(cfg)
    except BrewError as exc:
        raise bad(exc) from None
    data = cfg.model_dump(mode="json")
    job, existing = job_manager(request).start(
        "scrape", data, ["scrape", "{job}/config.yaml", "--progress-file", "{job}/progress.json"],
        title=f"scrape {cfg.name}",
        files={"config.yaml": yaml.safe_dump(data, sort_keys=False)}, dataset=cfg.name)
    return info(job, existing)


@router.post("/prepare")
def start_prepare(body: PrepareJobRequest, request: Request) -> JobInfo:
    """Run the processing pipeline over a dataset into a stored version (``basementbrew data prepare REF``)."""
    from basementbrew.data.store import check_ref

    try:
        check_ref(body.dataset, hint="check dataset")
    except BrewError as exc:  # about the one field this request has, whatever the message starts with
        raise APIError(400, str(exc), param="dataset", code="invalid_config") from None
    job, existing = job_manager(request).start(
        "prepare", body.dataset, ["data", "prepare", body.dataset], title=f"prepare {body.dataset}",
        dataset=body.dataset)
    return info(job, existing)


@router.post("/{job_id}/stop")
def stop_job(job_id: str, request: Request) -> JobInfo:
    """Training: stop after the current step with a checkpoint (resumable); other jobs: SIGTERM."""
    _find(request, job_id)
    try:
        job = job_manager(request).stop(job_id)
    except BrewError as exc:
        raise APIError(409, str(exc), param="job_id", code="not_running") from None
    return info(job)


@router.get("/{job_id}/events", response_class=StreamingResponse)
async def job_events(job_id: str, request: Request) -> StreamingResponse:
    """Server-sent events: ``log`` (new log lines), ``progress`` (a scrape's counts per source, on change),
    ``status`` (on change); ends when the job ends."""
    job = _find(request, job_id)
    return StreamingResponse(_job_stream(request, job), media_type="text/event-stream", headers=SSE_HEADERS)


def sse(event: str, data: Any) -> str:
    return f"event: {event}\ndata: {json.dumps(data, default=str)}\n\n"


async def _job_stream(request: Request, job: Job) -> AsyncIterator[str]:
    offset, status, beat, progress = None, None, time.monotonic(), None
    while True:
        now = job.status()  # read before the log and progress: a job that ended has written its last of both
        lines, offset = job.log_after(offset, partial=now != "running")
        if lines:
            yield sse("log", lines)
        if (latest := job.progress()) is not None and latest.get("sources") != progress:
            progress = latest.get("sources")
            yield sse("progress", latest)
        if now != status:
            status = now
            yield sse("status", job.describe(with_log=now == "failed"))
        if status != "running":
            return
        if time.monotonic() - beat > SSE_HEARTBEAT_S:
            beat = time.monotonic()
            yield ": keep-alive\n\n"
        if await request.is_disconnected():
            return
        await asyncio.sleep(SSE_POLL_S)
