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

from basementbrew.data.formats import read_jsonl_lines
from basementbrew.errors import BrewError
from basementbrew.playground.backends import Backend, Reply
from basementbrew.workspace import atomic_write_text

PARAMS = ("max_tokens", "temperature", "top_p", "stop", "seed")


URLS = ("/v1/chat/completions", "/v1/completions")


def read_requests(path: Path) -> list[dict[str, Any]]:
    """The file's requests, each checked for shape: a wrong type ('prompt': 5, a message without 'content',
    'stop': 5) stopped the whole batch with a TypeError or KeyError traceback once the model had loaded."""
    lines = read_jsonl_lines(path, what="batch file", hint="pass a JSONL file of prompts or OpenAI batch requests")
    for n, row in lines:
        problem = _problem(row)
        if problem:
            raise BrewError(f"{path}:{n}: {problem}; fix or delete that line")
    return [row for _, row in lines]


def _problem(row: dict[str, Any]) -> str | None:
    """What is wrong with one request, or None: its shape, then what the server would refuse in it (max_tokens
    5000, temperature 9), whichever backend answers. An unsupported OpenAI url is left to the request itself,
    which then fails that line alone in the output file."""
    if "body" in row:
        fields, url = row["body"], row.get("url", URLS[0])
        if not isinstance(fields, dict):
            return "'body' must be an object (an OpenAI batch request's body)"
        if not isinstance(url, str):
            return f"url {url!r}: give one of {' or '.join(URLS)}"
        if not url.endswith(URLS):
            return None  # answered as an error line, as the OpenAI batch API does
        need = "prompt" if url.endswith(URLS[1]) else "messages"
    elif {"prompt", "messages"} & row.keys():
        fields, need = row, "messages" if row.get("messages") or "prompt" not in row else "prompt"
    else:
        return "expected an object with 'prompt', 'messages' or an OpenAI 'body'"
    if need == "messages":
        msgs = fields.get("messages")
        if not isinstance(msgs, list) or not msgs:
            return "'messages' must be a non-empty list of {\"role\", \"content\"} objects"
        for i, m in enumerate(msgs):
            if not (isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)):
                return f"messages[{i}] must be an object with string 'role' and 'content'"
    elif not isinstance(fields.get("prompt"), str) or not fields["prompt"].strip():
        return "'prompt' must be a non-empty string"
    if "model" in fields and not isinstance(fields["model"], str):
        return "'model' must be a string (a model id)"
    for key in ("max_tokens", "seed"):
        if key in fields and fields[key] is not None and (isinstance(fields[key], bool)
                                                          or not isinstance(fields[key], int)):
            return f"'{key}' must be a whole number"
    for key in ("temperature", "top_p"):
        if key in fields and fields[key] is not None and (isinstance(fields[key], bool)
                                                          or not isinstance(fields[key], int | float)):
            return f"'{key}' must be a number"
    stop = fields.get("stop")
    if stop is not None and not (isinstance(stop, str)
                                 or (isinstance(stop, list) and all(isinstance(x, str) for x in stop))):
        return "'stop' must be a string or a list of strings"
    # what the server would answer 400 to (temperature 9, top_p 1.5, max_tokens 0 or 5000), by its own request
    # model and in its words: run in-process, such a line was answered anyway (max_tokens 0 with 256 tokens)
    from basementbrew.inference.schemas import refusal

    if "body" in row:  # the request as it is sent: the server validates every field of the body
        return refusal({"model": "default"} | fields, completion=need == "prompt")
    request = {k: row[k] for k in PARAMS if k in row} | {"model": row.get("model", "default")}
    return refusal(request | {"messages": row.get("messages") or [{"role": "user", "content": row["prompt"]}]})


def _timing(reply: Reply) -> dict[str, Any]:
    return {"latency_s": round(reply.latency_s, 4), "ttft_s": None if reply.ttft_s is None else round(reply.ttft_s, 4)}


def _one(backend: Backend, row: dict[str, Any], model: str, defaults: dict[str, Any]) -> dict[str, Any]:
    if "body" in row:  # OpenAI batch format
        body, url = dict(row["body"]), row.get("url", "/v1/chat/completions")
        name = body.pop("model", model)
        params = {k: body[k] for k in PARAMS if body.get(k) is not None}
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
    params = defaults | {k: row[k] for k in PARAMS if row.get(k) is not None}
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
    backend: Backend, src: Path | list[dict[str, Any]], out: Path, model: str, concurrency: int = 8, **defaults: Any
) -> dict[str, Any]:
    """Answer every line of `src` (a file, or what :func:`read_requests` read from one) into `out` (JSONL, same
    order); returns a summary."""
    rows = src if isinstance(src, list) else read_requests(src)
    start = time.perf_counter()
    with ThreadPoolExecutor(max(1, concurrency)) as pool:
        results = list(pool.map(lambda r: _one(backend, r, model, defaults), rows))
    wall = time.perf_counter() - start
    atomic_write_text(out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in results))
    failed = sum(1 for r in results if r.get("error"))
    return {"requests": len(rows), "failed": failed, "wall_s": round(wall, 2), "output": str(out)}
