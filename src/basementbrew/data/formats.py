"""Instruction-tuning records → the conversational prompt/completion rows TRL trains on.

Accepted JSONL shapes (auto-detected per file, or forced with ``data.format``):

* ``messages``: ``{"messages": [{"role": "system"|"user"|"assistant", "content": str}, ...]}`` (also what
  the playground exports);
* ``alpaca``: ``{"instruction": str, "input": str?, "output": str}``;
* ``prompt_completion``: ``{"prompt": str, "completion": str}``.

Everything becomes ``{"prompt": [messages up to the last assistant turn], "completion": [that turn]}``,
so TRL applies the model's own chat template and puts loss on the completion only. A broken line stops
the load with its file and line number instead of being skipped silently.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from basementbrew.errors import BrewError

Format = Literal["auto", "messages", "prompt_completion", "alpaca"]
ROLES = {"system", "user", "assistant"}


def read_jsonl(path: Path, *, what: str = "dataset file", hint: str = "check data.dataset",
               allow_empty: bool = False) -> list[dict[str, Any]]:
    """Parse a JSONL file of objects; errors name the file, the line and what is wrong with it.

    Shared by datasets, playground batch files and safety evaluation sets, which add their own
    per-row checks on top.
    """
    path = Path(path)
    if not path.is_file():
        raise BrewError(f"{what} {path} not found; {hint}")
    rows = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BrewError(f"{path}:{n}: not valid JSON ({exc.msg}); fix or delete that line") from None
            if not isinstance(obj, dict):
                raise BrewError(f"{path}:{n}: each line must be a JSON object, got {type(obj).__name__}")
            rows.append(obj)
    if not rows and not allow_empty:
        raise BrewError(f"{path} has no records; put one JSON object per line")
    return rows


def detect_format(row: dict[str, Any]) -> Format:
    if "messages" in row:
        return "messages"
    if "instruction" in row and "output" in row:
        return "alpaca"
    if "prompt" in row and "completion" in row:
        return "prompt_completion"
    raise BrewError(
        f"cannot tell the format of a record with keys {sorted(row)}; expected messages, "
        "instruction/output (alpaca) or prompt/completion"
    )


def _check_messages(msgs: Any, where: str) -> list[dict[str, str]]:
    if not isinstance(msgs, list) or not msgs:
        raise BrewError(f"{where}: 'messages' must be a non-empty list of {{role, content}} objects")
    out = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or m.get("role") not in ROLES or not isinstance(m.get("content"), str):
            raise BrewError(f"{where}: message {i} needs role in {sorted(ROLES)} and a string content, got {m!r}")
        out.append({"role": m["role"], "content": m["content"]})
    return out


def to_prompt_completion(row: dict[str, Any], fmt: Format, where: str,
                         system_prompt: str | None = None) -> dict[str, list[dict[str, str]]]:
    """One record → {"prompt": [...], "completion": [assistant turn]}."""
    fmt = detect_format(row) if fmt == "auto" else fmt
    try:
        if fmt == "messages":
            msgs = _check_messages(row.get("messages"), where)
        elif fmt == "alpaca":
            user = row["instruction"] + (f"\n\n{row['input']}" if row.get("input") else "")
            msgs = [{"role": "user", "content": user}, {"role": "assistant", "content": row["output"]}]
        else:
            msgs = [{"role": "user", "content": row["prompt"]}, {"role": "assistant", "content": row["completion"]}]
    except KeyError as exc:
        raise BrewError(f"{where}: missing key {exc} for format {fmt}") from None
    if msgs[-1]["role"] != "assistant":
        raise BrewError(f"{where}: the last message must be the assistant's answer (it carries the loss)")
    if not msgs[-1]["content"].strip():
        raise BrewError(f"{where}: the assistant's answer is empty; nothing would be learned from it")
    if system_prompt and msgs[0]["role"] != "system":
        msgs = [{"role": "system", "content": system_prompt}, *msgs]
    return {"prompt": msgs[:-1], "completion": msgs[-1:]}


def convert_rows(rows: Iterable[dict[str, Any]], fmt: Format, source: str,
                 system_prompt: str | None = None) -> list[dict[str, Any]]:
    return [to_prompt_completion(r, fmt, f"{source}:record {i}", system_prompt) for i, r in enumerate(rows, 1)]
