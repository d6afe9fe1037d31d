"""A chat session: the running conversation, streamed replies, and saving it for export or training.

Conversations are stored as JSON under ``BREW_HOME/playground/conversations/<id>.json`` (written
atomically) with the model, the sampling settings and per-turn timings, so they can be exported as
JSON, Markdown or chat-format JSONL later (:mod:`basementbrew.playground.export`).
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from basementbrew.errors import BrewError, GenerationFailed
from basementbrew.limits import DEFAULT_MAX_NEW_TOKENS
from basementbrew.playground.backends import Backend, Delta, Reply
from basementbrew.workspace import atomic_write_text, sub


def conversations_dir() -> Path:
    path = sub("playground") / "conversations"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _blamed(exc: BrewError) -> tuple[int | None, str]:
    """The message a refusal names (``messages[2].content: ...``, as the in-process checks and the server both
    put it in front of their reason) and the reason without that field."""
    import re

    why = str(exc)
    found = re.search(r"messages\[(\d+)\]\.content: ", why)
    if found is None:
        return None, why
    return int(found.group(1)), why[: found.start()] + why[found.end():]


@dataclass
class ChatSession:
    """One conversation with one model; `send` streams the reply and appends both turns."""

    backend: Backend
    model: str
    system: str | None = None
    params: dict[str, Any] = field(default_factory=lambda: {"max_tokens": DEFAULT_MAX_NEW_TOKENS, "temperature": 0.7})
    id: str = field(default_factory=lambda: time.strftime("%Y%m%d-%H%M%S-") + uuid.uuid4().hex[:6])
    messages: list[dict[str, str]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.system and not self.messages:
            self.messages.append({"role": "system", "content": self.system})

    def send(self, text: str, on_delta: Delta | None = None) -> Reply:
        if not text.strip():
            raise BrewError("empty message; type something to send")
        convo = [*self.messages, {"role": "user", "content": text}]
        reply = self.backend.chat(self.model, convo, on_delta=on_delta, **self.params)
        self.messages = [*convo, {"role": "assistant", "content": reply.text}]
        self.turns.append({k: v for k, v in reply.to_dict().items() if k != "text"})
        return reply

    def refusal(self, exc: BrewError) -> str:
        """One line for a message :meth:`send` got no answer to (a guardrail block, a request the server or
        the request checks refused, a failed generation): what was refused and why, the part of the
        conversation named in words rather than as its request field (``messages[2].content``, which the
        in-process checks and the server both put in front of their reason). The conversation is as it was
        before the message; the caller carries on with the next one."""
        index, why = _blamed(exc)
        part = "" if index is None else self._part(index)
        verb = "failed" if isinstance(exc, GenerationFailed) else "refused"
        return f"{verb}{' ' + part if part else ''}: {why} (not added to the conversation)"

    def system_refused(self, exc: BrewError) -> str | None:
        """Why the system prompt was refused, when ``exc`` is about it (every later message would be refused for
        the same reason, so the caller ends the chat), else None."""
        index, why = _blamed(exc)
        blamed = index is not None and index < len(self.messages) and self.messages[index]["role"] == "system"
        return why if blamed else None

    def _part(self, i: int) -> str:
        """Message ``i`` of the request :meth:`send` makes (the conversation, then the new message), in words."""
        if i >= len(self.messages):
            return "your message"
        role = self.messages[i]["role"]
        if role == "system":
            return "the system prompt (--system)"
        nth = sum(m["role"] == role for m in self.messages[: i + 1])
        return f"{'answer' if role == 'assistant' else 'message'} {nth} of this conversation (/reset starts over)"

    def reset(self) -> None:
        self.messages = [{"role": "system", "content": self.system}] if self.system else []
        self.turns = []

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "model": self.model,
            "created": time.time(),
            "params": self.params,
            "messages": self.messages,
            "turns": self.turns,
        }

    def save(self) -> Path:
        path = conversations_dir() / f"{self.id}.json"
        atomic_write_text(path, json.dumps(self.to_dict(), indent=2, ensure_ascii=False))
        return path


def load_conversation(ref: str | Path) -> dict[str, Any]:
    """A saved conversation by id (under the workspace) or by path."""
    path = Path(ref)
    if not path.is_file():
        path = conversations_dir() / f"{ref}.json"
    if not path.is_file():
        known = sorted(p.stem for p in conversations_dir().glob("*.json"))[-5:]
        raise BrewError(f"conversation {ref!r} not found; recent: {', '.join(known) or 'none saved yet'}")
    try:  # Markdown, a list or a broken file under this name was a JSONDecodeError/AttributeError traceback
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise _not_a_conversation(path, f"not readable JSON: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise _not_a_conversation(path, "no 'messages' list")
    if not all(isinstance(m, dict) and isinstance(m.get("role"), str) and isinstance(m.get("content"), str)
               for m in data["messages"]):
        raise _not_a_conversation(path, "a message without a string 'role' and 'content'")
    return data


def _not_a_conversation(path: Path, why: str) -> BrewError:
    return BrewError(f"{path} is not a saved conversation ({why}); move it out of {path.parent} "
                     "or name the conversations to use by id")


def list_conversations() -> list[Path]:
    return sorted(conversations_dir().glob("*.json"))
