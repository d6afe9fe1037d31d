"""Every built-in source, by the key a config names it with.

Kept apart from :mod:`~basementbrew.data.sources.base` (the protocol and ``register``, which each source
module imports) so that importing every source here does not make ``base`` and the sources import each
other in a circle.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from basementbrew.data.sources import arxiv, files, github, news, reddit, web, wikipedia  # noqa: F401  (register)
from basementbrew.data.sources.base import REGISTRY, Source, SourceConfig


def load_registry() -> dict[str, tuple[type[SourceConfig], Callable[[Any], Source]]]:
    """The registry, with every built-in source module imported (each registers itself on import)."""
    return REGISTRY
