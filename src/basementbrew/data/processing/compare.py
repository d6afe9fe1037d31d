"""`data show` and `data diff`: what a version holds and what changed between two versions.

Works for built (Parquet) and imported (JSONL) versions alike. A row's identity is its ``id`` column for
Parquet versions (the n-th row of a repeated id is ``ID#n``) and a hash of the row for JSONL ones, so ``diff``
reports rows added and removed with a few examples, row counts per split, and steps whose parameters or counters
changed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from basementbrew.errors import BrewError


def find(ref: str) -> Any:
    from basementbrew.data import store

    name, _, ver = ref.partition("@v")
    found = store.versions(name)
    if not found:
        raise store.not_stored(name, "see `basementbrew data list`")
    if not ver:
        return found[-1]
    for v in found:
        if str(v.version) == ver:
            return v
    raise BrewError(f"{name} has versions {[v.version for v in found]}, not v{ver}; use NAME@vN")


def rows_by_key(version: Any, split: str) -> dict[str, str]:
    """key → a short text of each row of ``split``."""
    shards = sorted(version.path.glob(f"{split}-*.parquet"))
    out: dict[str, str] = {}
    seen: dict[str, int] = {}
    if shards:
        from basementbrew.data.processing.shards import iter_rows

        for p in shards:
            for r in iter_rows(p, ["id", "text"]):
                _put(out, seen, r["id"], r["text"][:160])
        return out
    if not (version.path / f"{split}.jsonl").is_file():
        return out
    for row in version.split(split):
        body = json.dumps(row, sort_keys=True, ensure_ascii=False)
        _put(out, seen, hashlib.sha1(body.encode()).hexdigest()[:12], body[:160])
    return out


def _put(out: dict[str, str], seen: dict[str, int], key: str, text: str) -> None:
    """Keys need not be unique (two input files both numbering rows from 0, a row stored twice): the n-th row
    with one key is ``KEY#n``, so no row hides another and a split's count is its rows."""
    n = seen[key] = seen.get(key, 0) + 1
    out[key if n == 1 else f"{key}#{n}"] = text


def summary(version: Any) -> dict[str, Any]:
    card = version.card
    pipe = card.get("pipeline", {})
    return {"ref": version.ref, "kind": card.get("kind", "imported"), "source": card.get("source"),
            "splits": {s: d.get("rows") for s, d in card.get("splits", {}).items()},
            "steps": pipe.get("steps", []), "excluded": pipe.get("excluded", 0),
            "stats": {n: {k: s[k] for k in ("seen", "kept", "dropped", "modified")} | {
                "reasons": s.get("dropped_by_reason", {})} for n, s in pipe.get("stats", {}).items()},
            "languages": card.get("languages", {}), "lengths": card.get("lengths", {}),
            "report": str(version.path / "card.md") if (version.path / "card.md").is_file() else None}


def diff(a: Any, b: Any, examples: int = 3) -> dict[str, Any]:
    ca, cb = a.card, b.card
    out: dict[str, Any] = {"a": a.ref, "b": b.ref, "splits": {}, "steps": {}}
    for split in ("train", "eval"):
        ra, rb = rows_by_key(a, split), rows_by_key(b, split)
        added = [k for k in rb if k not in ra]
        removed = [k for k in ra if k not in rb]
        out["splits"][split] = {"a": len(ra), "b": len(rb), "added": len(added), "removed": len(removed),
                                "added_examples": [{"id": k, "text": rb[k]} for k in added[:examples]],
                                "removed_examples": [{"id": k, "text": ra[k]} for k in removed[:examples]]}
    pa, pb = ca.get("pipeline", {}), cb.get("pipeline", {})
    for name in dict.fromkeys([*pa.get("stats", {}), *pb.get("stats", {})]):
        sa, sb = pa.get("stats", {}).get(name), pb.get("stats", {}).get(name)
        par_a, par_b = pa.get("params", {}).get(name), pb.get("params", {}).get(name)
        if sa is None or sb is None:
            out["steps"][name] = "only in " + (b.ref if sa is None else a.ref)
        elif par_a != par_b or sa["dropped"] != sb["dropped"] or sa["kept"] != sb["kept"]:
            out["steps"][name] = {"params": [par_a, par_b] if par_a != par_b else "same",
                                  "kept": [sa["kept"], sb["kept"]], "dropped": [sa["dropped"], sb["dropped"]]}
    return out
