"""One exception type for problems the user can fix; the CLI prints its message without a traceback."""

from __future__ import annotations

from collections.abc import Iterable


class BrewError(Exception):
    """A user-facing error: the message names the problem and how to fix it."""


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """`" (did you mean X?)"` for the closest of `choices` to a misspelled `word` (difflib), else ``""``."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]}?)" if close else ""
