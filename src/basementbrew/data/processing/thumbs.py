"""Thumbs rows in a build: keep KTO data KTO-shaped, never let it pass as SFT data.

A thumbs row (``{prompt, completion, label: true|false}``, KTO's unpaired shape, what the playground's thumbs
export writes) keeps its ``label`` through the reader and the steps (they only read and rewrite text). The
last stage counts each written row's kind (:func:`record_kind`) in its stats file, and publishing reads them
back (:func:`merge`):

- every row a thumbs row: the version is a preference dataset (``"kind": "preference"``, ``"shape":
  "unpaired"``, thumbs-up/down counts), which ``training.method=kto`` trains on and SFT refuses, like one
  stored by ``data prepare FILE --preference``;
- thumbs rows mixed with other rows: no version (:func:`mixed_error`); a dataset holds one kind, and the
  plain rows would make the whole version unusable for KTO while the thumbs-down ones must never reach SFT;
- ``output.format: messages`` or ``text`` (SFT or pretraining data, where a label has no place): a thumbs-up
  answer becomes an ordinary example, a thumbs-down one is dropped with reason ``thumbs_down``
  (:func:`basementbrew.data.processing.stages.format_output`), so nobody trains on answers a person marked
  bad.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from basementbrew.data.document import RECORD, Document
from basementbrew.data.formats import is_thumbs_row

UP, DOWN, OTHER = "thumbs_up", "thumbs_down", "other"
ANY = "thumbs"  # first-row key of either thumbs kind


def record_kind(doc: Document) -> str:
    """``thumbs_up`` / ``thumbs_down`` for a thumbs record, ``other`` for anything else (SFT record, text)."""
    record = doc.metadata.get(RECORD)
    if isinstance(record, Mapping) and is_thumbs_row(dict(record)):
        return UP if record["label"] else DOWN
    return OTHER


def is_thumbs_down(doc: Document) -> bool:
    """Whether ``doc`` is an answer a person gave a thumbs down (dropped from SFT and text outputs)."""
    return record_kind(doc) == DOWN


def merge(bodies: Iterable[Mapping[str, Any]]) -> tuple[Counter[str], dict[str, str]]:
    """Row kinds summed over the last stage's per-shard stats, and the first row id of thumbs and other rows."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for body in bodies:
        counts.update(body.get("kinds", {}))
        for kind, where in body.get("first", {}).items():
            first.setdefault(kind, where)
    return counts, first


def mixed_error(name: str, counts: Counter[str], first: dict[str, str]) -> str | None:
    """Why a build holding thumbs rows and other rows publishes nothing (``None``: not mixed)."""
    thumbs = counts[UP] + counts[DOWN]
    if not thumbs or not counts[OTHER]:
        return None
    return (f"build {name}: nothing to publish (no version written): {thumbs} row(s) carry a thumbs label "
            f"(prompt/completion/label: KTO data, first {first.get(ANY)}) and {counts[OTHER]} row(s) do not (first "
            f"{first.get(OTHER)}); a dataset holds one kind: build the thumbs file(s) and the rest as two datasets "
            "(separate input.path), or set output.format: messages to keep only the thumbs-up answers as SFT "
            "examples")


def card_fields(counts: Counter[str]) -> dict[str, Any]:
    """The card fields of a version whose rows are all thumbs rows (empty for any other build)."""
    if counts[OTHER] or not (counts[UP] + counts[DOWN]):
        return {}
    return {"kind": "preference", "shape": "unpaired",
            "counts": {"thumbs_up": counts[UP], "thumbs_down": counts[DOWN]}}
