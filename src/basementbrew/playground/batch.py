"""Batch inference over a JSONL file: plain prompts or OpenAI batch-format requests, results with timing.

Accepted lines (one JSON object each):

* ``{"prompt": "..."}`` or ``{"messages": [...]}`` (optional ``"id"``, ``"model"``, ``"max_tokens"``, ...);
* OpenAI batch requests ``{"custom_id", "method": "POST", "url": "/v1/chat/completions" |
  "/v1/completions", "body": {...}}`` — answered in the OpenAI batch output shape
  ``{"id", "custom_id", "response": {"status_code", "body"}, "error"}`` plus a ``timing`` object.

Requests run concurrently (the server batches them); results are written in input order. A failing line
gets an ``error`` entry instead of stopping the run.
"""

from __future__ import annotations

import json
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from basementbrew.data.formats import read_jsonl
from basementbrew.errors import BrewError
from basementbrew.playground.backends import Backend, Reply
from basementbrew.workspace import atomic_write_text

PARAMS = ("max_tokens", "temperature", "top_p", "stop", "seed")


def read_requests(path: Path) -> list[dict[str, Any]]:
    rows = read_jsonl(path, what="batch file", hint="pass a JSONL file of prompts or OpenAI batch requests")
    for n, row in enumerate(rows, 1):
        if not ({"prompt", "messages", "body"} & row.keys()):
            raise BrewError(f"{path}: record {n}: expected an object with 'prompt', 'messages' or an OpenAI 'body'")
    return rows


def _timing(reply: Reply) -> dict[str, Any]:
    return {"latency_s": round(reply.latency_s, 4), "ttft_s": None if reply.ttft_s is None else round(reply.ttft_s, 4)}


def _one(backend: Backend, row: dict[str, Any], model: str, defaults: dict[str, Any]) -> dict[str, Any]:
    if "body" in row:  # OpenAI batch format
        body, url = dict(row["body"]), row.get("url", "/v1/chat/completions")
        name = body.pop("model", model)
        params = {k: body[k] for k in PARAMS if k in body}
        out: dict[str, Any] = {"id": f"batch_req_{uuid.uuid4().hex[:12]}", "custom_id": row.get("custom_id")}
        try:
            if url.endswith("/chat/completions"):
                reply = backend.chat(name, body["messages"], **params)
                choice = {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text},
                    "finish_reason": reply.finish_reason,
                }
            elif url.endswith("/completions"):
                reply = backend.complete(name, body["prompt"], **params)
                choice = {"index": 0, "text": reply.text, "finish_reason": reply.finish_reason}
            else:
                raise BrewError(f"url {url!r}: only /v1/chat/completions and /v1/completions are supported")
        except (BrewError, KeyError) as exc:
            return out | {"response": None, "error": {"message": str(exc)}}
        usage = {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        }
        resp = {"model": name, "choices": [choice], "usage": usage}
        return out | {"response": {"status_code": 200, "body": resp}, "error": None, "timing": _timing(reply)}
    name = row.get("model", model)
    params = defaults | {k: row[k] for k in PARAMS if k in row}
    msgs = row.get("messages") or [{"role": "user", "content": row["prompt"]}]
    base = {"id": row.get("id"), "model": name}
    try:
        reply = backend.chat(name, msgs, **params)
    except BrewError as exc:
        return base | {"error": str(exc)}
    return (
        base
        | {
            "completion": reply.text,
            "finish_reason": reply.finish_reason,
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
        }
        | _timing(reply)
    )


def run_batch(
    backend: Backend, src: Path, out: Path, model: str, concurrency: int = 8, **defaults: Any
) -> dict[str, Any]:
    """Answer every line of `src` into `out` (JSONL, same order); returns a summary."""
    rows = read_requests(src)
    start = time.perf_counter()
    with ThreadPoolExecutor(max(1, concurrency)) as pool:
        results = list(pool.map(lambda r: _one(backend, r, model, defaults), rows))
    wall = time.perf_counter() - start
    atomic_write_text(out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results))
    failed = sum(1 for r in results if r.get("error"))
    return {"requests": len(rows), "failed": failed, "wall_s": round(wall, 2), "output": str(out)}
