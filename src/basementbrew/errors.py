"""One exception type for problems the user can fix; the CLI prints its message without a traceback."""


class BrewError(Exception):
    """A user-facing error: the message names the problem and how to fix it."""
