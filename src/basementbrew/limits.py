"""Limits and defaults: every cap a request or a job is held to, and every generation default, named once.

On the ground floor (it imports only ``errors``) so the config, the CLI, the server, the playground and
training all read the same numbers; nothing else spells them.

- ``DEFAULT_MAX_NEW_TOKENS`` (256): new tokens for an answer when the caller does not say (``generate``,
  ``chat``, the playground, ``/generate``, ``/v1/chat/completions`` and ``/v1/completions``).
- ``SAMPLE_MAX_NEW_TOKENS`` (64): new tokens for fixed-prompt samples (training's before/after samples,
  ``eval`` samples, ``playground bench``), short so they cost little.

- ``MAX_PROMPT_CHARS`` (32,000): longest prompt text accepted (all messages together).
- ``MAX_MESSAGES`` (64): most chat messages in one request.
- ``MAX_NEW_TOKENS`` (1,024): most tokens generated per completion; the server answers a request asking
  for more with 400 naming ``max_tokens`` (the OpenAI error shape).
- ``MAX_TEMPERATURE`` (2.0): highest sampling temperature (0 = greedy), OpenAI's range; the server answers
  400 naming ``temperature`` above it, and ``--temperature`` of ``chat``, the playground and ``generate``
  is refused above it before a model loads.
- ``MAX_REQUEST_BYTES`` (1,000,000): largest HTTP request body.
- ``REQUEST_BODY_TIMEOUT_S`` (10): a request body must arrive within this time after the headers, else 408
  (authentication is decided from the headers before any body byte is read).
- ``MIN_API_KEY_CHARS`` (16) and ``MIN_API_KEY_DISTINCT`` (8): an API key shorter or more repetitive than
  this is refused at start-up (generate one with ``python -c "import secrets; print(secrets.token_urlsafe(32))"``).
- ``MAX_N`` (4): most completions per request (``n``).
- ``MAX_STOP_SEQUENCES`` (4) and ``MAX_STOP_CHARS`` (64): ``stop`` list length and item length.
- ``RATE_LIMIT_PER_MINUTE`` (60) and ``RATE_LIMIT_BURST`` (10): a token bucket
  (:class:`~basementbrew.safety.ratelimit.RateLimiter`) per validated API key (its hash) when the server
  has one, else per client address; failed authentications have their own bucket per address. Over it
  the server answers 429 with ``Retry-After``. Never relaxed by DANGER MODE.
- ``DANGER_TOKEN_TTL_S`` (900): lifetime of a DANGER MODE consent token.
- ``MAX_VRAM_GB`` (4,096): largest GPU memory a user may declare (``models fit --vram``, ``hardware.vram_gb``,
  ``GET /v1/registry?vram_gb=``); nan and infinity are refused with it.
"""

from __future__ import annotations

from basementbrew.errors import BrewError

MAX_PROMPT_CHARS = 32_000
MAX_MESSAGES = 64
MAX_NEW_TOKENS = 1_024
MAX_TEMPERATURE = 2.0
DEFAULT_MAX_NEW_TOKENS = 256
SAMPLE_MAX_NEW_TOKENS = 64
MAX_REQUEST_BYTES = 1_000_000
REQUEST_BODY_TIMEOUT_S = 10.0
MIN_API_KEY_CHARS = 16
MIN_API_KEY_DISTINCT = 8
MAX_N = 4
MAX_STOP_SEQUENCES = 4
MAX_STOP_CHARS = 64
RATE_LIMIT_PER_MINUTE = 60
RATE_LIMIT_BURST = 10
DANGER_TOKEN_TTL_S = 900
MAX_VRAM_GB = 4_096


def check_prompt(text: str) -> None:
    """Raise a BrewError when a prompt is longer than :data:`MAX_PROMPT_CHARS`."""
    if len(text) > MAX_PROMPT_CHARS:
        raise BrewError(f"prompt is {len(text):,} characters; the limit is {MAX_PROMPT_CHARS:,} "
                        f"(basementbrew.limits.MAX_PROMPT_CHARS). Shorten it or split the request")


def check_new_tokens(n: int) -> None:
    """Raise a BrewError when ``max_new_tokens`` is outside 1..:data:`MAX_NEW_TOKENS`."""
    if not 1 <= n <= MAX_NEW_TOKENS:
        raise BrewError(f"max_new_tokens={n} is outside 1..{MAX_NEW_TOKENS} "
                        f"(basementbrew.limits.MAX_NEW_TOKENS)")
