"""Load a file from ``scripts/`` or ``benchmarks/`` as a module: those folders are not packages, and tests read
their functions (the rows a data script writes, a benchmark's model builder)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_script(path: Path | str) -> ModuleType:
    """The module of ``path`` (absolute, or relative to the repository root). Its folder goes on ``sys.path``
    (scripts import their siblings) and the module into ``sys.modules`` under its file name (dataclasses look
    their module up there)."""
    path = Path(path) if Path(path).is_absolute() else ROOT / path
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module
