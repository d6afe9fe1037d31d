"""The error types: problems the user can fix. The CLI prints their message without a traceback (exit 2);
the server maps each kind to one HTTP status (see ``inference/routes/deps.py``).

The subclasses exist so callers branch on the kind of problem, never on message text.
"""

from __future__ import annotations

from collections.abc import Iterable


class BrewError(Exception):
    """A user-facing error: the message names the problem and how to fix it."""


class ConfigError(BrewError):
    """A config value the user must change: ``key`` is its dotted path (``training.init_adapter``). The message
    names the key (it is put in front when the sentence does not say it); the server answers ``key`` as the
    error's ``param`` and ``/v1/config/validate`` as the field error's key, so the cockpit marks that field."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(message if key in message else f"{key}: {message}")
        self.key = key


class ContextOverflow(BrewError):
    """Prompt plus requested new tokens do not fit the model's context (HTTP 400 on ``max_tokens``)."""


class QueueFull(BrewError):
    """The generation queue is at capacity; retry after ``retry_after`` seconds (HTTP 429)."""

    def __init__(self, depth: int, retry_after: float = 1.0) -> None:
        super().__init__(f"the generation queue is full ({depth} waiting); retry in {retry_after:.0f} s")
        self.retry_after = retry_after


class Blocked(BrewError):
    """A guardrail refused a text (HTTP 400 ``content_filter`` for inputs)."""

    def __init__(self, message: str, *, param: str = "input", reason: str = "") -> None:
        super().__init__(message)
        self.param = param
        self.reason = reason


class AuditUnavailable(BrewError):
    """A DANGER MODE record could not be written, so the request is not served (HTTP 503)."""


class GenerationFailed(BrewError):
    """The engine failed while generating (HTTP 500); the message says why."""


class EngineUnavailable(GenerationFailed):
    """The serving engine (a separate vLLM / llama.cpp / upstream process) is not reachable (HTTP 503)."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`" (did you mean X?)"` for the closest of `choices` to a misspelled `word` (difflib), else ``""``."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""
