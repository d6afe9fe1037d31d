"""Patterns for credentials: provider API keys, private key blocks, URLs with passwords, high-entropy tokens.

Shared by the ``pii`` scanner (inputs and data) and the ``sanitize`` scanner (outputs must never echo a
secret). Provider patterns follow the formats the providers document (AWS ``AKIA``/``ASIA`` + 16, GitHub
``ghp_``/``gho_``/``ghs_``/``ghu_``/``ghr_`` and ``github_pat_``, OpenAI/Anthropic ``sk-``, Slack ``xox?-``,
Google ``AIza``, Stripe ``sk_live_``, Hugging Face ``hf_``, JWTs). The entropy rule catches the rest: a
token of 32+ characters mixing letters and digits with more than :data:`ENTROPY_BITS` bits per character;
hex digests (at most 4 bits per character) stay below it on purpose. Two shapes pass the entropy rule but
are not secrets, and are skipped: a run of words joined by ``/``, ``-`` or ``_`` (URL paths and slugs such
as ``/posts/Best-IPA-Recipes-For-Beginners-2024-Edition``) and base64 that decodes to readable text
(a random key decodes to random bytes).
"""

from __future__ import annotations

import base64
import binascii
import math
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

ENTROPY_BITS = 4.2
MIN_ENTROPY_TOKEN = 32

_PROVIDERS: list[tuple[str, re.Pattern[str]]] = [
    ("private_key", re.compile(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*"
                               r"PRIVATE KEY-----|\Z)")),
    ("aws_access_key", re.compile(r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA)[0-9A-Z]{16}\b")),
    ("github_token", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})\b")),
    ("openai_key", re.compile(r"\bsk-(?:proj-|svcacct-|admin-|ant-(?:api\d\d-)?)?[A-Za-z0-9_\-]{20,}")),
    ("slack_token", re.compile(r"\bxox[abposr]-[A-Za-z0-9\-]{10,}")),
    ("google_api_key", re.compile(r"\bAIza[0-9A-Za-z_\-]{35}")),
    ("stripe_key", re.compile(r"\b[rsp]k_(?:live|test)_[0-9A-Za-z]{16,}")),
    ("huggingface_token", re.compile(r"\bhf_[A-Za-z0-9]{30,}\b")),
    ("jwt", re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}")),
    # a scheme is a short word: unbounded, every word of "a-b-c-..." or "a.b.c...." scanned to the end of the run
    # looking for "://" (32,000 characters: 3 s; a scraped page with such a line, minutes)
    ("url_credentials", re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.\-]{0,63}://[^\s/:@]+:[^\s/@]+@[^\s]+")),
    ("credential", re.compile(r"(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|auth[_-]?token|"
                              r"aws_secret_access_key)\b[\"']?\s*[:=]\s*[\"']?([^\s\"']{8,})")),
]  # fmt: skip
_TOKEN = re.compile(r"(?<![A-Za-z0-9+/_\-])[A-Za-z0-9+/_\-]{32,}={0,2}(?![A-Za-z0-9+/_\-])")


@dataclass(frozen=True)
class Finding:
    """One span of sensitive text: kind (snake_case), [start, end) offsets, the matched value."""

    kind: str
    start: int
    end: int
    value: str


def entropy(token: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(token)
    n = len(token)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


_PART = re.compile(r"[a-z]+|[A-Z][a-z]+|[A-Z]{2,}|\d{1,4}|(?:[A-Z]?[a-z]+|v)\d{1,2}")


def _wordy(token: str) -> bool:
    """Words joined by separators (a slug or a path), each part a plain word, a short number or ``Part3``."""
    parts = [p for p in re.split(r"[/_\-]+", token) if p]
    words = sum(p.isalpha() and len(p) >= 3 for p in parts)
    return len(parts) >= 3 and words >= 2 and all(_PART.fullmatch(p) for p in parts)


def _readable_base64(token: str) -> bool:
    """Base64 whose bytes are printable text with spaces: an encoded sentence, not a key."""
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), validate=True)
        text = raw.decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return False
    return " " in text and sum(ch.isprintable() or ch in "\n\t" for ch in text) >= 0.95 * len(text)


def _looks_random(token: str) -> bool:
    if len(token) < MIN_ENTROPY_TOKEN or _wordy(token) or _readable_base64(token):
        return False
    classes = sum([any(c.islower() for c in token), any(c.isupper() for c in token), any(c.isdigit() for c in token)])
    return classes >= 2 and any(c.isdigit() for c in token) and entropy(token) > ENTROPY_BITS


def find_secrets(text: str) -> Iterator[Finding]:
    """Every secret-looking span, provider patterns first, then high-entropy tokens; may overlap."""
    for kind, pattern in _PROVIDERS:
        for m in pattern.finditer(text):
            if kind == "credential":  # mask the value, keep "password=" visible
                yield Finding(kind, m.start(1), m.end(1), m.group(1))
            else:
                yield Finding(kind, m.start(), m.end(), m.group(0))
    for m in _TOKEN.finditer(text):
        if _looks_random(m.group(0)):
            yield Finding("high_entropy_token", m.start(), m.end(), m.group(0))
