"""The playground: chat, batch inference, benchmarks, blind A/B votes and conversation export.

Everything talks to a :class:`~basementbrew.playground.backends.Backend`: either a running server (any
OpenAI-compatible URL, e.g. ``basementbrew serve``) or an in-process engine behind the same guardrails.
"""
