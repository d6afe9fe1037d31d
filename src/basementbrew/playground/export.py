"""Export saved conversations as JSON, Markdown, or chat-format JSONL that training accepts as a dataset.

The JSONL form is one ``{"messages": [{"role", "content"}, ...]}`` object per line, the ``messages``
format of :mod:`basementbrew.data.formats`; conversations without an assistant turn are skipped there
(nothing to learn from) and counted in the return value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_write_text

Format = Literal["json", "md", "jsonl"]


def to_markdown(convo: dict[str, Any]) -> str:
    lines = [f"# Conversation {convo.get('id', '')}", "", f"Model: `{convo.get('model', '?')}`", ""]
    for m in convo["messages"]:
        lines += [f"**{m['role']}**", "", m["content"], ""]
    return "\n".join(lines)


def to_chat_record(convo: dict[str, Any]) -> dict[str, Any] | None:
    """The training record, or None when there is no assistant answer to learn from."""
    msgs = [{"role": m["role"], "content": m["content"]} for m in convo["messages"] if m.get("content")]
    if not any(m["role"] == "assistant" for m in msgs):
        return None
    return {"messages": msgs}


def export(convos: list[dict[str, Any]], fmt: Format, out: Path) -> dict[str, int]:
    """Write `convos` to `out` in `fmt`; returns counts of written and skipped conversations."""
    if not convos:
        raise BrewError("no conversations to export; chat first (`basementbrew chat`) or name saved ones")
    if fmt == "json":
        atomic_write_text(out, json.dumps(convos, indent=2, ensure_ascii=False))
        return {"written": len(convos), "skipped": 0}
    if fmt == "md":
        atomic_write_text(out, "\n\n---\n\n".join(to_markdown(c) for c in convos) + "\n")
        return {"written": len(convos), "skipped": 0}
    if fmt == "jsonl":
        records = [r for r in (to_chat_record(c) for c in convos) if r is not None]
        atomic_write_text(out, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        return {"written": len(records), "skipped": len(convos) - len(records)}
    raise BrewError(f"unknown export format {fmt!r}; use json, md or jsonl")
