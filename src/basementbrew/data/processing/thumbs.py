"""Preference rows in a build (thumbs and pairs): keep KTO and DPO data preference-shaped, never let it pass as
SFT data.

A thumbs row (``{prompt, completion, label: true|false}``, KTO's unpaired shape, what the playground's thumbs
export writes) keeps its ``label`` through the reader and the steps (they only read and rewrite text); a pair
(``{prompt, chosen, rejected}``, DPO/ORPO's paired shape, what ``data prepare --from-votes`` stores) stays one
record with both answers. The last stage counts each written row's kind (:func:`record_kind`) in its stats
file, and publishing reads them back (:func:`merge`):

- every row a thumbs row: the version is a preference dataset (``"kind": "preference"``, ``"shape":
  "unpaired"``, thumbs-up/down counts), which ``training.method=kto`` trains on and SFT refuses, like one
  stored by ``data prepare FILE --preference``;
- every row a pair: a preference dataset with ``"shape": "paired"`` and the pair count, which
  ``training.method=dpo`` (or ``orpo``, or ``kto``, which splits each pair) trains on;
- rows of more than one kind (thumbs, pairs, other rows): no version (:func:`mixed_error`); a dataset holds
  one kind, and the plain rows would make the whole version unusable for preference training while the
  thumbs-down and rejected answers must never reach SFT;
- ``output.format: messages`` or ``text`` (SFT or pretraining data, where a label has no place): a thumbs-up
  answer or a pair's chosen answer becomes an ordinary example, a thumbs-down one is dropped with reason
  ``thumbs_down`` and a rejected answer is left out
  (:func:`basementbrew.data.processing.stages.format_output`), so nobody trains on answers a person marked
  bad.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from basementbrew.data.document import RECORD, Document
from basementbrew.data.formats import is_thumbs_row

UP, DOWN, PAIR, OTHER = "thumbs_up", "thumbs_down", "pair", "other"
ANY = "thumbs"  # first-row key of either thumbs kind


def is_pair(record: Any) -> bool:
    """A prompt/chosen/rejected record (a preference pair)."""
    return isinstance(record, Mapping) and all(isinstance(record.get(k), str) for k in ("prompt", "chosen", "rejected"))


def record_kind(doc: Document) -> str:
    """``thumbs_up`` / ``thumbs_down`` for a thumbs record, ``pair`` for a preference pair, ``other`` for
    anything else (SFT record, text)."""
    record = doc.metadata.get(RECORD)
    if is_pair(record):
        return PAIR
    if isinstance(record, Mapping) and is_thumbs_row(dict(record)):
        return UP if record["label"] else DOWN
    return OTHER


def split_key(doc: Document) -> str:
    """What decides a row's train/eval side: a preference row's prompt (all the thumbs and pairs of one prompt
    land on one side, so no prompt is both trained on and measured), any other row's id."""
    record = doc.metadata.get(RECORD)
    if record_kind(doc) != OTHER and isinstance(record, Mapping):
        return f"prompt\0{record['prompt']}"
    return doc.id


def answer_key(doc: Document) -> str | None:
    """What dedup keeps apart besides the text: a preference row's answers and label (normalised), so rows of
    one prompt with different answers, or with the same answer judged up and down, are never duplicates of each
    other (a long prompt makes them near duplicates by text); None for every other row."""
    record = doc.metadata.get(RECORD)
    kind = record_kind(doc)
    if kind == OTHER or not isinstance(record, Mapping):
        return None
    answers = (record["chosen"], record["rejected"]) if kind == PAIR else (record["completion"],)
    return "\0".join([kind, *(" ".join(a.lower().split()) for a in answers)])


def group(kind: str) -> str:
    """The first-row key of a kind: thumbs up and down are one group."""
    return ANY if kind in (UP, DOWN) else kind


def is_thumbs_down(doc: Document) -> bool:
    """Whether ``doc`` is an answer a person gave a thumbs down (dropped from SFT and text outputs)."""
    return record_kind(doc) == DOWN


def merge(bodies: Iterable[Mapping[str, Any]]) -> tuple[Counter[str], dict[str, str]]:
    """Row kinds summed over the last stage's per-shard stats, and the first row id of each group."""
    counts: Counter[str] = Counter()
    first: dict[str, str] = {}
    for body in bodies:
        counts.update(body.get("kinds", {}))
        for kind, where in body.get("first", {}).items():
            first.setdefault(kind, where)
    return counts, first


_WHAT = {ANY: "carry a thumbs label (prompt/completion/label: KTO data, first {})",
         PAIR: "are preference pairs (prompt/chosen/rejected: DPO/ORPO data, first {})",
         OTHER: "are neither (first {})"}


def mixed_error(name: str, counts: Counter[str], first: dict[str, str]) -> str | None:
    """Why a build holding rows of more than one kind publishes nothing (``None``: one kind)."""
    sizes = {ANY: counts[UP] + counts[DOWN], PAIR: counts[PAIR], OTHER: counts[OTHER]}
    present = [k for k, n in sizes.items() if n]
    if len(present) < 2:
        return None
    where = f"build {name}: nothing to publish (no version written)"
    if present == [ANY, OTHER]:  # the message thumbs builds have always given
        return (f"{where}: {sizes[ANY]} row(s) carry a thumbs label (prompt/completion/label: KTO data, first "
                f"{first.get(ANY)}) and {sizes[OTHER]} row(s) do not (first {first.get(OTHER)}); a dataset holds "
                "one kind: build the thumbs file(s) and the rest as two datasets (separate input.path), or set "
                "output.format: messages to keep only the thumbs-up answers as SFT examples")
    parts = " and ".join(f"{sizes[k]} row(s) {_WHAT[k].format(first.get(k))}" for k in present)
    return (f"{where}: {parts}; a dataset holds one kind: build each kind as its own dataset (separate "
            "input.path), or set output.format: messages to keep only the thumbs-up and chosen answers as SFT "
            "examples")


def card_fields(counts: Counter[str]) -> dict[str, Any]:
    """The card fields of a version whose rows are all thumbs rows or all pairs (empty for any other build)."""
    thumbs = counts[UP] + counts[DOWN]
    if counts[OTHER] or (thumbs and counts[PAIR]):
        return {}
    if counts[PAIR]:
        return {"kind": "preference", "shape": "paired", "counts": {"pairs": counts[PAIR]}}
    if thumbs:
        return {"kind": "preference", "shape": "unpaired",
                "counts": {"thumbs_up": counts[UP], "thumbs_down": counts[DOWN]}}
    return {}
