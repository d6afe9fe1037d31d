"""The scanner contract: text in, one :class:`Verdict` out.

A scanner is anything with a ``name`` and a ``scan`` method (a Protocol, not a base class). Verdicts carry a
snake_case ``reason`` ("ok" when nothing was found) so every block can be explained, a ``score`` in [0, 1],
an optional Llama Guard category (S1..S14 where one fits) and, for redacting scanners, the redacted text.
``flagged`` (reason != "ok") is what evaluation counts as a detection: redacting scanners detect without
blocking, so ``allowed`` alone would undercount them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

OK = "ok"

# Llama Guard 3 hazard taxonomy, used as the category vocabulary wherever a finding fits one.
CATEGORIES: dict[str, str] = {
    "S1": "S1: Violent Crimes",
    "S2": "S2: Non-Violent Crimes",
    "S3": "S3: Sex-Related Crimes",
    "S4": "S4: Child Sexual Exploitation",
    "S5": "S5: Defamation",
    "S6": "S6: Specialized Advice",
    "S7": "S7: Privacy",
    "S8": "S8: Intellectual Property",
    "S9": "S9: Indiscriminate Weapons",
    "S10": "S10: Hate",
    "S11": "S11: Suicide & Self-Harm",
    "S12": "S12: Sexual Content",
    "S13": "S13: Elections",
    "S14": "S14: Code Interpreter Abuse",
}


@dataclass(frozen=True)
class Verdict:
    """What one scanner decided about one text."""

    scanner: str
    allowed: bool
    reason: str
    score: float
    category: str | None = None
    redacted: str | None = None

    @property
    def flagged(self) -> bool:
        """True when the scanner found something, whether or not it blocks."""
        return self.reason != OK

    def to_dict(self) -> dict[str, Any]:
        return {
            "scanner": self.scanner,
            "allowed": self.allowed,
            "reason": self.reason,
            "score": round(float(self.score), 4),
            "category": self.category,
        }


@runtime_checkable
class Scanner(Protocol):
    """One check over one text; must be safe to call from several threads."""

    name: str

    def scan(self, text: str, *, role: str = "user", context: Mapping[str, Any] | None = None) -> Verdict: ...


def ok(scanner: str, score: float = 0.0) -> Verdict:
    """The verdict for "nothing found"."""
    return Verdict(scanner=scanner, allowed=True, reason=OK, score=score)
