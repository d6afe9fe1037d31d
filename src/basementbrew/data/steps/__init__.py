"""Data-pipeline steps by name: configs name steps (``data.steps``), nothing a user writes is imported.

Each factory takes ``audit`` (DANGER MODE: content steps run and count but never drop or rewrite). Steps
that judge content (their scanner is one of the safety registry's ``CONTENT_FILTERS``) are listed in
:data:`CONTENT_STEPS`; ``safety.guardrails: false`` leaves only the
others (none are registered yet: the cleaning, language, quality and dedup steps of the data-acquisition
work will be).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from basementbrew.config import DEFAULT_DATA_STEPS
from basementbrew.data.steps.base import OK, Step, StepResult, StepStats
from basementbrew.errors import BrewError
from basementbrew.safety.registry import CONTENT_FILTERS


def _pii(audit: bool) -> Step:
    from basementbrew.data.steps.safety import PIIStep

    return PIIStep(audit=audit)


def _toxicity(audit: bool) -> Step:
    from basementbrew.data.steps.safety import ToxicityStep

    return ToxicityStep(audit=audit)


def _toxicity_strict(audit: bool) -> Step:
    from basementbrew.data.steps.safety import ToxicityStep

    return ToxicityStep(audit=audit, strict=True)


STEPS: dict[str, Callable[[bool], Step]] = {
    "pii": _pii,
    "toxicity": _toxicity,
    "toxicity_strict": _toxicity_strict,
}
STEP_SCANNERS = {"pii": "pii", "toxicity": "toxicity", "toxicity_strict": "toxicity"}  # the scanner each wraps
CONTENT_STEPS = frozenset(n for n, scanner in STEP_SCANNERS.items() if scanner in CONTENT_FILTERS)
DEFAULT_STEPS: tuple[str, ...] = DEFAULT_DATA_STEPS


def check_names(names: Sequence[str], key: str = "data.steps") -> list[str]:
    """The names unchanged, or a BrewError naming the unknown one, the key to fix and every known step."""
    seen: set[str] = set()
    for name in names:
        if name not in STEPS:
            raise BrewError(f"{key}: unknown step {name!r}; known steps: {', '.join(STEPS)}")
        if name in seen:
            raise BrewError(f"{key}: step {name!r} is listed twice; list each step once")
        seen.add(name)
    return list(names)


def build(names: Sequence[str], *, audit: bool = False) -> list[Step]:
    """Step objects for ``names`` in order (``audit`` applies to content steps)."""
    return [STEPS[n](audit and n in CONTENT_STEPS) for n in check_names(names)]


def without_content(names: Sequence[str]) -> list[str]:
    """The steps that still run when ``safety.guardrails`` is false."""
    return [n for n in names if n not in CONTENT_STEPS]


__all__ = ["CONTENT_STEPS", "DEFAULT_STEPS", "OK", "STEPS", "Step", "StepResult", "StepStats", "build",
           "check_names", "without_content"]
