"""The error types: problems the user can fix. The CLI prints their message without a traceback (exit 2);
the server maps each kind to one HTTP status (see ``inference/routes/deps.py``).

The subclasses exist so callers branch on the kind of problem, never on message text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass


class BrewError(Exception):
    """A user-facing error: the message names the problem and how to fix it."""


@dataclass(frozen=True)
class SettingName:
    """How a message names the setting to change: the config key (``model.path`` in a YAML, the cockpit, the
    server) or, on a command line, the option that sets the same value (``--model-path``)."""

    name: str
    leave_out: str  # the words for "do not set it"

    @classmethod
    def key(cls, key: str) -> SettingName:
        return cls(key, f"remove {key}")

    @classmethod
    def flag(cls, flag: str) -> SettingName:
        return cls(flag, f"leave out {flag}")


class ConfigError(BrewError):
    """A config value the user must change: ``key`` is its dotted path (``training.init_adapter``). The message
    names the key (it is put in front when the sentence does not say it); the server answers ``key`` as the
    error's ``param`` and ``/v1/config/validate`` as the field error's key, so the cockpit marks that field.

    ``message`` may be a function of a :class:`SettingName`: then :meth:`said_as` says the same sentence for a
    command line, naming the flag where the config would name the key."""

    def __init__(self, key: str, message: str | Callable[[SettingName], str], *, said_as: SettingName | None = None
                 ) -> None:
        named = said_as or SettingName.key(key)
        text = message(named) if callable(message) else message
        super().__init__(text if named.name in text else f"{named.name}: {text}")
        self.key = key
        self._message = message

    def said_as(self, flag: str) -> ConfigError:
        """The same error as a command whose ``flag`` sets this key says it (``--model-path`` for model.path)."""
        message = self._message
        if not callable(message):  # a plain sentence about the key: put the flag in front of it
            return ConfigError(self.key, f"{flag}: {message}", said_as=SettingName.flag(flag))
        return ConfigError(self.key, message, said_as=SettingName.flag(flag))


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
