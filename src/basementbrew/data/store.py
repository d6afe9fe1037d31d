"""Versioned, immutable datasets under ``BREW_HOME/datasets/<name>/v<N>/``.

A version holds ``train.jsonl``, ``eval.jsonl`` and ``card.json`` (source, counts, content hash, created,
per-split stats). Versions are written through an atomic folder rename and never modified; writing the
same content again returns the existing version instead of a duplicate. A run records the exact
``name@vN`` and hash it trained on.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.data.formats import read_jsonl
from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_dir, sub

BUNDLED = Path(__file__).resolve().parents[1] / "assets" / "datasets"
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")


@dataclass(frozen=True)
class DatasetVersion:
    name: str
    version: int
    path: Path

    @property
    def ref(self) -> str:
        return f"{self.name}@v{self.version}"

    @property
    def card(self) -> dict[str, Any]:
        return json.loads((self.path / "card.json").read_text(encoding="utf-8"))

    def split(self, name: str) -> list[dict[str, Any]]:
        return read_jsonl(self.path / f"{name}.jsonl")


def _root(name: str) -> Path:
    if not NAME_RE.match(name):
        raise BrewError(f"dataset name {name!r} is invalid; use lowercase letters, digits, '.', '_' or '-'")
    return sub("datasets") / name


def versions(name: str) -> list[DatasetVersion]:
    root = _root(name)
    found = []
    for d in root.glob("v*"):
        if d.name[1:].isdigit() and (d / "card.json").is_file():
            found.append(DatasetVersion(name, int(d.name[1:]), d))
    return sorted(found, key=lambda v: v.version)


def _hash(rows: list[dict[str, Any]]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps(r, sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def _stats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    chars = [len(json.dumps(r, ensure_ascii=False)) for r in rows]
    return {"rows": len(rows), "chars_total": sum(chars), "chars_mean": round(sum(chars) / max(1, len(rows)), 1),
            "chars_max": max(chars, default=0)}


def write(name: str, train: list[dict[str, Any]], eval_rows: list[dict[str, Any]], source: str) -> DatasetVersion:
    """Store a new version (or return the identical latest one)."""
    digest = _hash([*train, {"__split__": "eval"}, *eval_rows])
    existing = versions(name)
    for v in existing:
        if v.card.get("sha256") == digest:
            return v
    number = (existing[-1].version + 1) if existing else 1
    final = _root(name) / f"v{number}"
    with atomic_dir(final) as tmp:
        for split, rows in [("train", train), ("eval", eval_rows)]:
            (tmp / f"{split}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        card = {"name": name, "version": number, "source": source, "sha256": digest, "created": time.time(),
                "splits": {"train": _stats(train), "eval": _stats(eval_rows)}}
        (tmp / "card.json").write_text(json.dumps(card, indent=2), encoding="utf-8")
    return DatasetVersion(name, number, final)


def import_file(path: Path, name: str | None, eval_fraction: float, seed: int = 0) -> DatasetVersion:
    """Import a JSONL file (or a folder with train.jsonl/eval.jsonl) as a new version."""
    path = Path(path)
    if path.is_dir():
        train = read_jsonl(path / "train.jsonl")
        eval_rows = read_jsonl(path / "eval.jsonl") if (path / "eval.jsonl").is_file() else []
    else:
        train, eval_rows = read_jsonl(path), []
    if not eval_rows and eval_fraction > 0:
        rng = random.Random(seed)
        order = list(range(len(train)))
        rng.shuffle(order)
        n_eval = max(1, int(len(train) * eval_fraction)) if len(train) > 1 else 0
        eval_idx = set(order[:n_eval])
        eval_rows = [r for i, r in enumerate(train) if i in eval_idx]
        train = [r for i, r in enumerate(train) if i not in eval_idx]
    slug = name or re.sub(r"[^a-z0-9._-]+", "-", path.stem.lower()).strip("-") or "dataset"
    return write(slug, train, eval_rows, source=str(path))


def resolve(ref: str, eval_fraction: float = 0.1) -> DatasetVersion:
    """`bundled:NAME`, `NAME`, `NAME@vN` or a path → a stored version (importing on first use)."""
    if ref.startswith("bundled:"):
        name = ref.split(":", 1)[1]
        folder = BUNDLED / name
        if not folder.is_dir():
            known = ", ".join(sorted(p.name for p in BUNDLED.iterdir() if p.is_dir()))
            raise BrewError(f"unknown bundled dataset {name!r}; bundled: {known}")
        return import_file(folder, name, eval_fraction)
    p = Path(ref).expanduser()
    if p.suffix == ".jsonl" or p.is_dir() or "/" in ref:
        if not p.exists():
            raise BrewError(f"dataset file {p} not found; check data.dataset")
        return import_file(p, None, eval_fraction)
    name, _, ver = ref.partition("@v")
    found = versions(name)
    if not found:
        raise BrewError(f"no dataset named {name!r} in the store; use bundled:brewing-assistant or a .jsonl path")
    if not ver:
        return found[-1]
    for v in found:
        if str(v.version) == ver:
            return v
    raise BrewError(f"{name} has versions {[v.version for v in found]}, not v{ver}")
